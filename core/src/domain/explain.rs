//! Explanations (docs/scoring.md §6): what costs each section the most points, and the short list of changes
//! that would lift the band soonest.

use super::evaluate::Item;
use super::score::{self, Counted, DutyStatus, Model, Outcome};

/// Points an item's gap takes off its section score.
#[derive(Clone, Debug, PartialEq)]
pub struct Cost {
    /// The question's id.
    pub question: String,
    /// `100 × w (1 − s) / Σ w` over the section's counted items.
    pub points: f64,
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
    let mut costs: Vec<(usize, Cost)> = counted
        .iter()
        .filter_map(|item| {
            let level = item.level().unwrap_or(0).min(top);
            let lost = u32::from(item.weight) * u32::from(top - level);
            (lost > 0).then(|| {
                (
                    item.order,
                    Cost {
                        question: item.question.clone(),
                        points: 100.0 * f64::from(lost) / (f64::from(top) * f64::from(total)),
                        level: item.level(),
                    },
                )
            })
        })
        .collect();
    costs.sort_by(|(order_a, a), (order_b, b)| {
        b.points.total_cmp(&a.points).then(order_a.cmp(order_b))
    });
    costs.into_iter().map(|(_, cost)| cost).collect()
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
                    key > old
                        || (key == old
                            && result.index.unwrap_or(0.0) > incumbent.index.unwrap_or(0.0))
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
            band: result.band.unwrap_or(0),
        });
        state[i].level = Some(model.top);
        now = result;
    }
    steps
}
