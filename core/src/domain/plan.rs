//! The action plan (docs/scoring.md §7) and each AI system's obligations checklist (§8).
//!
//! Every counted item below the top level is a gap and becomes an [`Action`]: binding legal duties first
//! (unmet, then partly met), then the others, each group by `w × (1 − s) × τ` compared exactly (as the integer
//! `w × (top − level)`), ties by questionnaire order.
//! An action carries the recommendation for its counted level, its citations (with the "subject to
//! confirmation" flag), the deadline the law sets (from the triage obligations it evidences) and the user's
//! plan entry, which never changes a score.

use super::assessment::PlanEntry;
use super::content::Catalog;
use super::evaluate::{Counting, DutyBinding, Item, ItemFlag, SystemResult};
use super::score::DutyStatus;
use super::source::Citation;
use super::text::Text;
use super::triage::{ApplicableObligation, DueBy, TriageResult};

/// Where an action stands in the plan's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ActionGroup {
    /// A binding legal duty that is unmet.
    UnmetDuty,
    /// A binding legal duty that is partly met.
    PartlyMetDuty,
    /// Every other gap.
    Other,
}

impl ActionGroup {
    /// The stable id (`unmet_duty`, `partly_met_duty`, `other`).
    pub fn id(self) -> &'static str {
        match self {
            ActionGroup::UnmetDuty => "unmet_duty",
            ActionGroup::PartlyMetDuty => "partly_met_duty",
            ActionGroup::Other => "other",
        }
    }
}

/// A citation with its "subject to confirmation" flag resolved against the register.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CitationRef {
    /// The citation.
    pub citation: Citation,
    /// Whether the source or provision is subject to confirmation.
    pub subject_to_confirmation: bool,
}

/// A triage obligation of one system.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ObligationRef {
    /// The system's id.
    pub system: String,
    /// The obligation's id.
    pub obligation: String,
}

/// One action of the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Action {
    /// The question's id.
    pub question: String,
    /// Its section's id.
    pub section: String,
    /// Its group in the plan's order.
    pub group: ActionGroup,
    /// The answer as counted.
    pub counting: Counting,
    /// The counted level (`None`: unanswered or "don't know").
    pub level: Option<u8>,
    /// `w`.
    pub weight: u8,
    /// `w × (1 − s) × τ`.
    pub priority: f64,
    /// What to do next at the counted level (the level-0 recommendation for unanswered and "don't know").
    pub recommendation: Text,
    /// The question's citations, the legal basis first.
    pub citations: Vec<CitationRef>,
    /// The deadline where the law sets one: the earliest date among the obligations it evidences, else
    /// "before use", else hours after an event.
    pub deadline: Option<DueBy>,
    /// The applicable obligations it evidences, per system.
    pub obligations: Vec<ObligationRef>,
    /// The user's owner, due date and status, when set.
    pub entry: Option<PlanEntry>,
}

/// The status of an obligation for one system (§8), from its visible evidencing questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ObligationStatus {
    /// No visible readiness question evidences it: check by hand.
    ToCheck,
    /// One is counted below the level under the top (0 or 1), or marked N/A.
    NotMet,
    /// Otherwise, one is unanswered or "don't know".
    Unknown,
    /// Otherwise, every one is at the top level (3, with evidence).
    Met,
    /// Otherwise: every one at level 2 or above, at least one at 2.
    PartlyMet,
}

impl ObligationStatus {
    /// The stable id (`to_check`, `not_met`, `unknown`, `met`, `partly_met`).
    pub fn id(self) -> &'static str {
        match self {
            ObligationStatus::ToCheck => "to_check",
            ObligationStatus::NotMet => "not_met",
            ObligationStatus::Unknown => "unknown",
            ObligationStatus::Met => "met",
            ObligationStatus::PartlyMet => "partly_met",
        }
    }

    /// What the person reads.
    pub fn label(self) -> Text {
        let (vi, en) = match self {
            ObligationStatus::ToCheck => ("Cần kiểm tra", "To check"),
            ObligationStatus::NotMet => ("Chưa đáp ứng", "Not met"),
            ObligationStatus::Unknown => ("Chưa rõ", "Unknown"),
            ObligationStatus::Met => ("Đã đáp ứng", "Met"),
            ObligationStatus::PartlyMet => ("Đáp ứng một phần", "Partly met"),
        };
        Text::new(vi, en)
    }
}

/// One applicable obligation of a system, with its status.
#[derive(Clone, Debug, PartialEq)]
pub struct ObligationCheck {
    /// The obligation as triage applies it (title, detail, deadline, citations, `evidenced_by`).
    pub obligation: ApplicableObligation,
    /// Its status.
    pub status: ObligationStatus,
    /// The visible readiness questions that evidence it, in `evidenced_by` order.
    pub questions: Vec<String>,
}

/// The status of an obligation from the items of its evidencing questions (§8; hidden ones are ignored).
pub fn obligation_status<'a>(
    evidencing: impl IntoIterator<Item = &'a Item>,
    top: u8,
) -> ObligationStatus {
    let visible: Vec<&Item> = evidencing.into_iter().filter(|item| item.visible).collect();
    if visible.is_empty() {
        return ObligationStatus::ToCheck;
    }
    let marked_na = |item: &Item| {
        matches!(item.counting, Counting::NotApplicable { .. })
            || item.flags.iter().any(|flag| {
                matches!(
                    flag,
                    ItemFlag::NaWithoutReason | ItemFlag::NaNotAllowed | ItemFlag::NaOnBindingDuty
                )
            })
    };
    let low = |item: &Item| {
        item.level()
            .is_some_and(|level| DutyStatus::of(Some(level), top) == DutyStatus::Unmet)
    };
    if visible.iter().any(|item| marked_na(item) || low(item)) {
        return ObligationStatus::NotMet;
    }
    if visible
        .iter()
        .any(|item| matches!(item.counting, Counting::Unanswered | Counting::DontKnow))
    {
        return ObligationStatus::Unknown;
    }
    if visible.iter().all(|item| item.level() == Some(top)) {
        ObligationStatus::Met
    } else {
        ObligationStatus::PartlyMet
    }
}

/// The obligations checklist of one in-scope system.
pub(crate) fn obligations(triage: &TriageResult, items: &[Item], top: u8) -> Vec<ObligationCheck> {
    triage
        .obligations
        .iter()
        .map(|obligation| {
            let evidencing: Vec<&Item> = obligation
                .evidenced_by
                .iter()
                .filter_map(|id| items.iter().find(|item| item.question == *id))
                .collect();
            ObligationCheck {
                obligation: obligation.clone(),
                status: obligation_status(evidencing.iter().copied(), top),
                questions: evidencing
                    .iter()
                    .filter(|item| item.visible)
                    .map(|item| item.question.clone())
                    .collect(),
            }
        })
        .collect()
}

/// The deadline the law sets for a question's action: among the applicable obligations of in-scope systems
/// that it evidences, the earliest date; else "before use"; else the shortest hours after an event.
pub fn deadline<'a>(deadlines: impl IntoIterator<Item = &'a DueBy>) -> Option<DueBy> {
    let mut date: Option<&DueBy> = None;
    let mut before_use = false;
    let mut hours: Option<&DueBy> = None;
    for due in deadlines {
        match due {
            DueBy::Date { date: d, .. } => {
                if !matches!(date, Some(DueBy::Date { date: best, .. }) if best <= d) {
                    date = Some(due);
                }
            }
            DueBy::BeforeUse => before_use = true,
            DueBy::Hours { hours: h, .. } => {
                if !matches!(hours, Some(DueBy::Hours { hours: best, .. }) if best <= h) {
                    hours = Some(due);
                }
            }
        }
    }
    date.cloned()
        .or(before_use.then_some(DueBy::BeforeUse))
        .or(hours.cloned())
}

/// The action plan, in order.
pub(crate) fn actions(
    catalog: &Catalog,
    items: &[Item],
    systems: &[SystemResult],
    tau: f64,
    top: u8,
    entry: &dyn Fn(&str) -> Option<PlanEntry>,
) -> Vec<Action> {
    let mut actions: Vec<(usize, Action)> = Vec::new();
    for item in items.iter().filter(|item| item.counted()) {
        let level = item.level().map(|level| level.min(top));
        if level == Some(top) {
            continue;
        }
        let group = match (&item.duty, DutyStatus::of(level, top)) {
            (DutyBinding::Binding { .. }, DutyStatus::Unmet) => ActionGroup::UnmetDuty,
            (DutyBinding::Binding { .. }, DutyStatus::PartlyMet) => ActionGroup::PartlyMetDuty,
            _ => ActionGroup::Other,
        };
        let gap = f64::from(top - level.unwrap_or(0)) / f64::from(top.max(1));
        let question = catalog.question(&item.question).map(|r| r.question);
        let recommendation = question
            .and_then(|q| q.scored())
            .and_then(|scored| scored.recommendations.get(usize::from(level.unwrap_or(0))))
            .cloned()
            .unwrap_or_default();
        let citations = question
            .map(|q| {
                q.cites
                    .iter()
                    .map(|citation| CitationRef {
                        citation: citation.clone(),
                        subject_to_confirmation: catalog.sources.subject_to_confirmation(citation),
                    })
                    .collect()
            })
            .unwrap_or_default();
        let mut obligations = Vec::new();
        let mut deadlines = Vec::new();
        for system in systems.iter().filter(|system| system.in_scope()) {
            for obligation in &system.triage.obligations {
                if obligation.evidenced_by.contains(&item.question) {
                    obligations.push(ObligationRef {
                        system: system.id.clone(),
                        obligation: obligation.id.clone(),
                    });
                    deadlines.extend(obligation.deadline.as_ref());
                }
            }
        }
        actions.push((
            item.order,
            Action {
                question: item.question.clone(),
                section: item.section.clone(),
                group,
                counting: item.counting.clone(),
                level,
                weight: item.weight,
                priority: f64::from(item.weight) * gap * tau,
                recommendation,
                citations,
                deadline: deadline(deadlines),
                obligations,
                entry: entry(&item.question),
            },
        ));
    }
    // τ is the same for every action and (1 − s) = (top − level) / top, so the integer w × (top − level)
    // orders priorities exactly.
    let key = |action: &Action| {
        u32::from(action.weight) * u32::from(top - action.level.unwrap_or(0).min(top))
    };
    actions.sort_by(|(order_a, a), (order_b, b)| {
        a.group
            .cmp(&b.group)
            .then(key(b).cmp(&key(a)))
            .then(order_a.cmp(order_b))
    });
    actions.into_iter().map(|(_, action)| action).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Date;

    #[test]
    fn the_earliest_date_wins_then_before_use_then_hours() {
        let date = |text: &str| DueBy::Date {
            date: Date::parse_iso(text).unwrap(),
            label: None,
        };
        let hours = |h| DueBy::Hours {
            hours: h,
            after: Text::new("a", "a"),
        };
        assert_eq!(
            deadline(&[date("2027-09-01"), DueBy::BeforeUse, date("2027-03-01")]),
            Some(date("2027-03-01"))
        );
        assert_eq!(
            deadline(&[hours(72), DueBy::BeforeUse]),
            Some(DueBy::BeforeUse)
        );
        assert_eq!(deadline(&[hours(72), hours(24)]), Some(hours(24)));
        assert_eq!(deadline(&[]), None);
    }
}
