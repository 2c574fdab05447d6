//! Explanations (docs/scoring.md §4, §6): what costs each section the most points, the short list of changes
//! that would lift the band soonest, and the sentence saying which gate holds the band down. Every ordering
//! here is decided exactly (integers or [`Ratio`]s), ties by questionnaire order.

use std::cmp::Ordering;

use super::content::Catalog;
use super::evaluate::{Evaluation, GateKind, Item};
use super::score::{self, Counted, DutyStatus, Model, Outcome, Ratio};
use super::text::Text;

/// Points an item's gap takes off its section score.
#[derive(Clone, Debug, PartialEq)]
pub struct Cost {
    /// The question's id.
    pub question: String,
    /// `100 × w (1 − s) / Σ w` over the section's counted items.
    pub points: f64,
    /// The same, exact.
    pub exact: Ratio,
    /// The counted level (`None`: unanswered or "don't know").
    pub level: Option<u8>,
}

/// Every counted item of `section` that loses points, most points first; ties by questionnaire order.
pub fn costs(items: &[Item], section: &str, top: u8) -> Vec<Cost> {
    let counted: Vec<&Item> = items
        .iter()
        .filter(|item| item.section == section && item.counted())
        .collect();
    let total: u32 = counted.iter().map(|item| u32::from(item.weight)).sum();
    if total == 0 {
        return Vec::new();
    }
    let mut costs: Vec<(usize, u32, Cost)> = counted
        .iter()
        .filter_map(|item| {
            let level = item.level().unwrap_or(0).min(top);
            let lost = u32::from(item.weight) * u32::from(top - level);
            (lost > 0).then(|| {
                (
                    item.order,
                    lost,
                    Cost {
                        question: item.question.clone(),
                        points: 100.0 * f64::from(lost) / (f64::from(top) * f64::from(total)),
                        exact: Ratio {
                            num: 100 * u64::from(lost),
                            den: u64::from(top) * u64::from(total),
                        },
                        level: item.level(),
                    },
                )
            })
        })
        .collect();
    // Within one section the denominator is shared: the integer `w × (top − level)` orders exactly.
    costs.sort_by(|(order_a, lost_a, _), (order_b, lost_b, _)| {
        lost_b.cmp(lost_a).then(order_a.cmp(order_b))
    });
    costs.into_iter().map(|(_, _, cost)| cost).collect()
}

/// One step of "what would lift the band soonest": raise this item to the top level, with evidence.
#[derive(Clone, Debug, PartialEq)]
pub struct LiftStep {
    /// The question's id.
    pub question: String,
    /// Its section's id.
    pub section: String,
    /// Its counted level before the step (`None`: unanswered or "don't know").
    pub from: Option<u8>,
    /// Whether it is a binding legal duty.
    pub duty: bool,
    /// Whether this step opens a gate (the duty gates allow a higher band after it).
    pub opens_gate: bool,
    /// The index after the step.
    pub index: f64,
    /// Model 2: the index after the step, exact.
    pub exact: Option<Ratio>,
    /// The band after the step (index into the settings' bands).
    pub band: usize,
}

/// The greedy list (§6): from the current answers, repeatedly raise the one gap that brings the biggest gain
/// — first an opened gate, then a higher band, then a higher index; ties by questionnaire order — until the
/// band reaches the next one. While a duty gate holds the band below that target, only the duties behind it
/// are candidates. Empty at the top band, when nothing is assessed, and under a prohibited use.
pub(crate) fn lift(
    model: &Model<'_>,
    items: &[Item],
    counted: &[Counted],
    outcome: &Outcome,
) -> Vec<LiftStep> {
    let Some(current) = outcome.band else {
        return Vec::new();
    };
    if model.prohibited || current + 1 >= model.bands.len() {
        return Vec::new();
    }
    let target = current + 1;
    let refs: Vec<&Item> = items.iter().filter(|item| item.counted()).collect();
    if refs.len() != counted.len() {
        return Vec::new();
    }
    let partly_cap = model.bands.len().saturating_sub(2);
    let cap_rank = |o: &Outcome| o.duty_cap(model).unwrap_or(usize::MAX);

    let mut state = counted.to_vec();
    let mut now = outcome.clone();
    let mut steps = Vec::new();
    while now.band.is_some_and(|band| band < target) {
        let gaps: Vec<usize> = (0..state.len())
            .filter(|&i| state[i].level != Some(model.top))
            .collect();
        let holding: Vec<usize> = gaps
            .iter()
            .copied()
            .filter(|&i| {
                state[i].binding
                    && match DutyStatus::of(state[i].level, model.top) {
                        DutyStatus::Unmet => model.gate_band < target,
                        DutyStatus::PartlyMet => partly_cap < target,
                        DutyStatus::Met => false,
                    }
            })
            .collect();
        let candidates = if holding.is_empty() { gaps } else { holding };
        let mut best: Option<(usize, Outcome)> = None;
        for i in candidates {
            let mut trial = state.clone();
            trial[i].level = Some(model.top);
            let result = score::outcome(model, &trial);
            let better = match &best {
                None => true,
                Some((_, incumbent)) => {
                    let key = (cap_rank(&result), result.band);
                    let old = (cap_rank(incumbent), incumbent.band);
                    // Exact under model 2 (within 1e-9 under model 1): an equal index is a tie, and the
                    // incumbent, earlier in questionnaire order, keeps it.
                    key > old || (key == old && result.index_cmp(incumbent) == Ordering::Greater)
                }
            };
            if better {
                best = Some((i, result));
            }
        }
        let Some((i, result)) = best else {
            break;
        };
        steps.push(LiftStep {
            question: refs[i].question.clone(),
            section: refs[i].section.clone(),
            from: state[i].level,
            duty: state[i].binding,
            opens_gate: cap_rank(&result) > cap_rank(&now),
            index: result.index.unwrap_or(0.0),
            exact: result.exact,
            band: result.band.unwrap_or(0),
        });
        state[i].level = Some(model.top);
        now = result;
    }
    steps
}

/// The one sentence shown next to the index when a gate holds the band down (docs/scoring.md §4): which
/// gate, which duty or system, and what lifts it. `None` when no gate lowered the band.
pub fn gate_sentence(catalog: &Catalog, evaluation: &Evaluation) -> Option<Text> {
    let hold = evaluation.overall.held_by.as_ref()?;
    let bands = &evaluation.settings.bands;
    let band = |index: usize| {
        bands
            .get(index)
            .map_or_else(|| Text::new("?", "?"), |b| b.label.clone())
    };
    let held = band(hold.band);
    let index_band = hold.index_band.map(band);
    let names = |ids: &[String]| -> String {
        ids.iter()
            .map(|id| {
                evaluation
                    .system(id)
                    .map_or_else(|| id.clone(), |system| system.name.clone())
            })
            .collect::<Vec<_>>()
            .join(", ")
    };
    let duties = |vi: bool| -> String {
        hold.duties
            .iter()
            .map(|id| {
                let text = catalog
                    .question(id)
                    .map(|q| q.question.action_title().clone());
                let text = text.map_or_else(|| id.clone(), |t| if vi { t.vi } else { t.en });
                format!("“{text}”")
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    let before = |vi: bool| match &index_band {
        Some(b) if vi => format!(" (chỉ số đạt mức {})", b.vi),
        Some(b) => format!(" (the index alone reaches {})", b.en),
        None => String::new(),
    };
    let n = hold.duties.len();
    Some(match hold.kind {
        GateKind::Prohibited => Text::new(
            format!(
                "Kết quả bị giữ ở mức {}{} vì hệ thống {} có hành vi bị nghiêm cấm (Điều 7 Luật 134/2025/QH15): chỉ khi chấm dứt hành vi đó thì mức sẵn sàng mới có thể được nâng lên.",
                held.vi,
                before(true),
                names(&hold.systems)
            ),
            format!(
                "The result is held at {}{} because {} has a prohibited use (Law 134/2025/QH15 Art. 7): only stopping that use lifts it.",
                held.en,
                before(false),
                names(&hold.systems)
            ),
        ),
        GateKind::UnmetDuty | GateKind::PartlyMetDuty => {
            let lifted = hold.lifted_band.map(band);
            let (state_vi, state_en) = if hold.kind == GateKind::UnmetDuty {
                ("chưa được đáp ứng", if n == 1 { "is not met" } else { "are not met" })
            } else {
                ("mới được đáp ứng một phần", if n == 1 { "is only partly met" } else { "are only partly met" })
            };
            let (duty_vi, duty_en) = if n == 1 {
                ("nghĩa vụ pháp lý", "the legal duty")
            } else {
                ("các nghĩa vụ pháp lý", "the legal duties")
            };
            let lift_vi = lifted.as_ref().map_or(String::new(), |b| {
                format!(" Khi {} đạt mức 3 và có bằng chứng, kết quả sẽ được nâng lên mức {}.", if n == 1 { "nghĩa vụ này" } else { "các nghĩa vụ này" }, b.vi)
            });
            let lift_en = lifted.as_ref().map_or(String::new(), |b| {
                format!(" Raising {} to level 3 with evidence lifts the result to {}.", if n == 1 { "it" } else { "them" }, b.en)
            });
            Text::new(
                format!(
                    "Kết quả bị giữ ở mức {}{} vì {} {} {} (áp dụng đối với: {}).{}",
                    held.vi,
                    before(true),
                    duty_vi,
                    duties(true),
                    state_vi,
                    names(&hold.systems),
                    lift_vi
                ),
                format!(
                    "The result is held at {}{} because {} {} {} (binding through {}).{}",
                    held.en,
                    before(false),
                    duty_en,
                    duties(false),
                    state_en,
                    names(&hold.systems),
                    lift_en
                ),
            )
        }
    })
}
