//! The numbers of scoring model 1 (docs/scoring.md §3–§4): section scores, the overall index, the band and the
//! gates, computed from counted items only. [`super::evaluate`] decides which items count and at what level;
//! [`super::explain`] reuses [`outcome`] to try changes ("what would lift the band").
//!
//! Section scores are exact ratios of integers (`100 × Σ w·level / (top × Σ w)`), computed with one division,
//! so a section at exactly 65 is 65.0. Band thresholds are compared with a tolerance of 1e-9 so that the
//! weighted mean of such scores cannot fall short of a threshold by a rounding error.

use super::questionnaire::Band;

/// The tolerance used when an index is compared with a band's minimum.
pub const BAND_TOLERANCE: f64 = 1e-9;

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
    /// The top level of the scale.
    pub top: u8,
    /// `W_k`, per section in questionnaire order.
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
    /// `P_k`, per section (`None`: no counted item).
    pub sections: Vec<Option<f64>>,
    /// `R` (`None`: no section has a score).
    pub index: Option<f64>,
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
}

/// The band an index falls in, with [`BAND_TOLERANCE`].
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
    let sections: Vec<Option<f64>> = (0..n)
        .map(|k| (denominator[k] > 0).then(|| 100.0 * numerator[k] as f64 / denominator[k] as f64))
        .collect();
    let mut weighted = 0.0;
    let mut weights = 0.0;
    for (score, weight) in sections.iter().zip(model.section_weights) {
        if let Some(score) = score {
            weighted += weight * score;
            weights += weight;
        }
    }
    let index = (weights > 0.0).then(|| weighted / weights);
    let uncapped = index.and_then(|index| band_of(model.bands, index));
    let mut result = Outcome {
        sections,
        index,
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
    fn gates_cap_and_prohibited_use_floors() {
        let bands = bands();
        let weights = [1.0, 1.0];
        let model = Model {
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
