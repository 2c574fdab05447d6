//! The numbers of the scoring models (docs/scoring.md §3–§4): section scores, the overall index, the band and
//! the gates, computed from counted items only. [`super::evaluate`] decides which items count and at what
//! level; [`super::explain`] reuses [`outcome`] to try changes ("what would lift the band").
//!
//! Model 2 is exact: section scores and the index are [`Ratio`]s of integers (`100 × Σ w·level / (top × Σ w)`,
//! the index pooling every counted item), and a band minimum (a whole number of tenths) is compared with the
//! index by cross-multiplication. Model 1, kept so stored results can be reproduced, takes the weighted mean
//! of the section scores in floating point and compares band thresholds with a tolerance of 1e-9.

use std::cmp::Ordering;

use super::locale::{format_fraction, Lang};
use super::questionnaire::Band;

/// Model 1: the tolerance used when an index is compared with a band's minimum.
pub const BAND_TOLERANCE: f64 = 1e-9;

/// A version of the scoring model (docs/scoring.md).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ModelVersion {
    /// Model 1: the index is the weighted mean of section scores; "don't know" counts as answered.
    V1,
    /// Model 2 (the current one): pooled items, exact figures, N/A and "don't know" shares.
    #[default]
    V2,
}

impl ModelVersion {
    /// Every version, oldest first.
    pub const ALL: [ModelVersion; 2] = [ModelVersion::V1, ModelVersion::V2];

    /// The stable id recorded with every result (`1`, `2`).
    pub fn id(self) -> &'static str {
        match self {
            ModelVersion::V1 => "1",
            ModelVersion::V2 => "2",
        }
    }

    /// The version with this id.
    pub fn from_id(id: &str) -> Option<ModelVersion> {
        ModelVersion::ALL.into_iter().find(|v| v.id() == id)
    }
}

/// An exact non-negative fraction `num / den` (`den > 0`): a score on 0–100 or a share on 0–1. Two ratios
/// are equal when they are the same number (1/2 = 2/4), and are ordered exactly.
#[derive(Clone, Copy, Debug)]
pub struct Ratio {
    /// The numerator.
    pub num: u64,
    /// The denominator, never 0.
    pub den: u64,
}

impl Ratio {
    /// `num / den`, `None` when `den` is 0.
    pub fn new(num: u64, den: u64) -> Option<Ratio> {
        (den > 0).then_some(Ratio { num, den })
    }

    /// The nearest `f64`.
    pub fn to_f64(self) -> f64 {
        self.num as f64 / self.den as f64
    }

    /// The value as shown (one decimal, half up, a zero decimal dropped: docs/scoring.md §9).
    pub fn text(self, lang: Lang) -> String {
        format_fraction(u128::from(self.num), u128::from(self.den), 1, lang)
    }

    /// As a percentage of 1 (a share), as shown: `0.25` → "25".
    pub fn percent_text(self, lang: Lang) -> String {
        format_fraction(100 * u128::from(self.num), u128::from(self.den), 1, lang)
    }
}

impl PartialEq for Ratio {
    fn eq(&self, other: &Ratio) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Ratio {}

impl PartialOrd for Ratio {
    fn partial_cmp(&self, other: &Ratio) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ratio {
    fn cmp(&self, other: &Ratio) -> Ordering {
        (u128::from(self.num) * u128::from(other.den))
            .cmp(&(u128::from(other.num) * u128::from(self.den)))
    }
}

/// How far a legal duty is met, by its counted answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DutyStatus {
    /// Counted below the level under the top (0 or 1 on the 0–3 scale), "don't know" or unanswered.
    Unmet,
    /// Counted one level below the top (2 on the 0–3 scale).
    PartlyMet,
    /// Counted at the top level (3, with evidence).
    Met,
}

impl DutyStatus {
    /// The status of a duty whose counted level is `level` (`None`: unanswered or "don't know") on a scale
    /// whose top is `top`.
    pub fn of(level: Option<u8>, top: u8) -> DutyStatus {
        match level {
            Some(level) if level >= top => DutyStatus::Met,
            Some(level) if level > 0 && level + 1 == top => DutyStatus::PartlyMet,
            _ => DutyStatus::Unmet,
        }
    }

    /// The stable id (`unmet`, `partly_met`, `met`).
    pub fn id(self) -> &'static str {
        match self {
            DutyStatus::Unmet => "unmet",
            DutyStatus::PartlyMet => "partly_met",
            DutyStatus::Met => "met",
        }
    }
}

/// One counted item, as the numbers see it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Counted {
    /// Index of its section in the questionnaire.
    pub section: usize,
    /// 1, 2 or 3.
    pub weight: u8,
    /// The counted level; `None` for unanswered and "don't know" (scored 0).
    pub level: Option<u8>,
    /// Whether it carries a legal duty that binds the organisation.
    pub binding: bool,
}

/// The fixed parts of the model for one evaluation.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Model<'a> {
    /// Which model.
    pub version: ModelVersion,
    /// The top level of the scale.
    pub top: u8,
    /// Model 1: `W_k`, per section in questionnaire order (model 2 pools items and ignores them, but uses
    /// the length as the number of sections).
    pub section_weights: &'a [f64],
    /// Ascending.
    pub bands: &'a [Band],
    /// Index of the gate band in `bands`.
    pub gate_band: usize,
    /// Whether some in-scope system is prohibited.
    pub prohibited: bool,
}

/// What the numbers come to.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Outcome {
    /// `P_k`, per section, exact (`None`: no counted item).
    pub sections: Vec<Option<Ratio>>,
    /// `R` (`None`: no section has a score).
    pub index: Option<f64>,
    /// Model 2: `R`, exact.
    pub exact: Option<Ratio>,
    /// The band of the index before gates (index into `bands`).
    pub uncapped: Option<usize>,
    /// The band after gates.
    pub band: Option<usize>,
    /// Some binding duty is unmet.
    pub unmet: bool,
    /// Some binding duty is partly met.
    pub partly: bool,
}

impl Outcome {
    /// The highest band the duty gates allow (`None`: no duty gate holds).
    pub fn duty_cap(&self, model: &Model<'_>) -> Option<usize> {
        if self.unmet {
            Some(model.gate_band)
        } else if self.partly {
            Some(model.bands.len().saturating_sub(2))
        } else {
            None
        }
    }

    /// Compares two indices: exactly under model 2; under model 1 within [`BAND_TOLERANCE`] (closer
    /// indices are equal, so that ties fall to questionnaire order and not to rounding noise).
    pub fn index_cmp(&self, other: &Outcome) -> Ordering {
        match (self.exact, other.exact) {
            (Some(a), Some(b)) => a.cmp(&b),
            _ => {
                let (a, b) = (self.index.unwrap_or(0.0), other.index.unwrap_or(0.0));
                if (a - b).abs() <= BAND_TOLERANCE {
                    Ordering::Equal
                } else {
                    a.total_cmp(&b)
                }
            }
        }
    }
}

/// Model 1: the band an index falls in, with [`BAND_TOLERANCE`].
pub(crate) fn band_of(bands: &[Band], index: f64) -> Option<usize> {
    if bands.is_empty() {
        return None;
    }
    Some(
        bands
            .iter()
            .rposition(|band| index + BAND_TOLERANCE >= band.min)
            .unwrap_or(0),
    )
}

/// A band minimum in tenths (the loader checks it has at most one decimal).
fn min_tenths(band: &Band) -> u128 {
    (band.min * 10.0).round().max(0.0) as u128
}

/// Model 2: the band an exact index (0–100) falls in: the last band whose minimum it reaches, exactly
/// (`10 × num ≥ tenths(min) × den`).
pub(crate) fn band_of_exact(bands: &[Band], index: Ratio) -> Option<usize> {
    if bands.is_empty() {
        return None;
    }
    let reached =
        |band: &Band| 10 * u128::from(index.num) >= min_tenths(band) * u128::from(index.den);
    Some(bands.iter().rposition(reached).unwrap_or(0))
}

/// Section scores, index, band and gates for these counted items.
pub(crate) fn outcome(model: &Model<'_>, items: &[Counted]) -> Outcome {
    let n = model.section_weights.len();
    let mut numerator = vec![0u64; n];
    let mut denominator = vec![0u64; n];
    let mut unmet = false;
    let mut partly = false;
    let top = u64::from(model.top.max(1));
    for item in items {
        if item.section >= n {
            continue;
        }
        let weight = u64::from(item.weight);
        numerator[item.section] += weight * u64::from(item.level.unwrap_or(0).min(model.top));
        denominator[item.section] += weight * top;
        if item.binding {
            match DutyStatus::of(item.level, model.top) {
                DutyStatus::Unmet => unmet = true,
                DutyStatus::PartlyMet => partly = true,
                DutyStatus::Met => {}
            }
        }
    }
    let sections: Vec<Option<Ratio>> = (0..n)
        .map(|k| Ratio::new(100 * numerator[k], denominator[k]))
        .collect();
    let (index, exact, uncapped) = match model.version {
        ModelVersion::V2 => {
            let exact = Ratio::new(
                100 * numerator.iter().sum::<u64>(),
                denominator.iter().sum::<u64>(),
            );
            let uncapped = exact.and_then(|index| band_of_exact(model.bands, index));
            (exact.map(Ratio::to_f64), exact, uncapped)
        }
        ModelVersion::V1 => {
            let mut weighted = 0.0;
            let mut weights = 0.0;
            for (score, weight) in sections.iter().zip(model.section_weights) {
                if let Some(score) = score {
                    weighted += weight * score.to_f64();
                    weights += weight;
                }
            }
            let index = (weights > 0.0).then(|| weighted / weights);
            (
                index,
                None,
                index.and_then(|index| band_of(model.bands, index)),
            )
        }
    };
    let mut result = Outcome {
        sections,
        index,
        exact,
        uncapped,
        band: uncapped,
        unmet,
        partly,
    };
    if let (Some(band), Some(cap)) = (result.band, result.duty_cap(model)) {
        result.band = Some(band.min(cap));
    }
    if model.prohibited && !model.bands.is_empty() {
        result.band = Some(0);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Text;

    fn bands() -> Vec<Band> {
        [
            ("not_ready", 0.0),
            ("partial", 40.0),
            ("largely", 65.0),
            ("ready", 85.0),
        ]
        .into_iter()
        .map(|(id, min)| Band {
            id: id.into(),
            min,
            label: Text::new(id, id),
        })
        .collect()
    }

    #[test]
    fn duty_status_follows_the_scale() {
        assert_eq!(DutyStatus::of(None, 3), DutyStatus::Unmet);
        assert_eq!(DutyStatus::of(Some(1), 3), DutyStatus::Unmet);
        assert_eq!(DutyStatus::of(Some(2), 3), DutyStatus::PartlyMet);
        assert_eq!(DutyStatus::of(Some(3), 3), DutyStatus::Met);
    }

    #[test]
    fn thresholds_tolerate_rounding() {
        let bands = bands();
        assert_eq!(band_of(&bands, 64.999_999_999_9), Some(2));
        assert_eq!(band_of(&bands, 64.9), Some(1));
        assert_eq!(band_of(&bands, 100.0), Some(3));
        assert_eq!(band_of(&[], 50.0), None);
    }

    #[test]
    fn exact_thresholds_and_ratios() {
        let bands = bands();
        let r = |num, den| Ratio::new(num, den).unwrap();
        // 65 exactly reaches "largely"; one part in 10^12 below does not.
        assert_eq!(band_of_exact(&bands, r(65 * 3, 3)), Some(2));
        assert_eq!(
            band_of_exact(&bands, r(65_000_000_000_000 - 1, 1_000_000_000_000)),
            Some(1)
        );
        assert_eq!(band_of_exact(&bands, r(0, 7)), Some(0));
        assert_eq!(r(1, 2), r(2, 4));
        assert!(r(1, 3) < r(334, 1000));
        assert_eq!(Ratio::new(1, 0), None);
        assert_eq!(ModelVersion::from_id("2"), Some(ModelVersion::V2));
        assert_eq!(ModelVersion::default().id(), "2");
    }

    #[test]
    fn gates_cap_and_prohibited_use_floors() {
        let bands = bands();
        let weights = [1.0, 1.0];
        let model = Model {
            version: ModelVersion::V2,
            top: 3,
            section_weights: &weights,
            bands: &bands,
            gate_band: 1,
            prohibited: false,
        };
        let item = |section, level, binding| Counted {
            section,
            weight: 3,
            level,
            binding,
        };
        let all_met = outcome(&model, &[item(0, Some(3), true), item(1, Some(3), false)]);
        assert_eq!((all_met.index, all_met.band), (Some(100.0), Some(3)));
        let partly = outcome(
            &model,
            &[
                Counted {
                    weight: 1,
                    ..item(0, Some(2), true)
                },
                item(0, Some(3), false),
                item(1, Some(3), false),
            ],
        );
        assert_eq!(partly.uncapped, Some(3));
        assert_eq!(partly.band, Some(2));
        let unmet = outcome(&model, &[item(0, None, true), item(1, Some(3), false)]);
        assert_eq!((unmet.index, unmet.band), (Some(50.0), Some(1)));
        let prohibited = Model {
            prohibited: true,
            ..model
        };
        assert_eq!(outcome(&prohibited, &[]).band, Some(0));
        assert_eq!(outcome(&model, &[]).band, None);
    }
}
