//! Before and after: a pure comparison of two evaluations of the same questionnaires (two snapshots of one
//! assessment, or two assessments of one organisation).
//!
//! It names the score change of every section and of the index, the items whose counted level went up or
//! down, the gaps (actions of the plan) closed and opened, and the obligations whose status changed. Items
//! are matched by question id, sections by section id and obligations by (system id, obligation id): ids are
//! stable forever, positions are not.

use super::evaluate::{Evaluation, Item};
use super::plan::ObligationStatus;
use super::text::Text;

/// The score of one section before and after.
#[derive(Clone, Debug, PartialEq)]
pub struct SectionChange {
    /// The section id.
    pub id: String,
    /// Its title (from the later evaluation when it has the section).
    pub title: Text,
    /// The score before; `None` when the section had no score (or did not exist).
    pub before: Option<f64>,
    /// The score after.
    pub after: Option<f64>,
}

impl SectionChange {
    /// After minus before, when both exist.
    pub fn delta(&self) -> Option<f64> {
        Some(self.after? - self.before?)
    }
}

/// One item whose counted level changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemChange {
    /// The question id.
    pub question: String,
    /// Its section id.
    pub section: String,
    /// The counted level before (0 for unanswered and "don't know").
    pub before: u8,
    /// The counted level after.
    pub after: u8,
}

/// One obligation of one AI system whose status changed (or that appeared or disappeared).
#[derive(Clone, Debug, PartialEq)]
pub struct ObligationChange {
    /// The system id.
    pub system: String,
    /// The system's name (from the later evaluation when it has the system).
    pub system_name: String,
    /// The obligation id.
    pub obligation: String,
    /// The obligation's title.
    pub title: Text,
    /// The status before; `None` when it did not apply before.
    pub before: Option<ObligationStatus>,
    /// The status after; `None` when it no longer applies.
    pub after: Option<ObligationStatus>,
}

/// Everything that changed between two evaluations.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// The index before and after.
    pub index: (Option<f64>, Option<f64>),
    /// The band (index into the settings' bands) before and after.
    pub band: (Option<usize>, Option<usize>),
    /// Every section of either evaluation, in the later evaluation's order, then the sections only the
    /// earlier one had.
    pub sections: Vec<SectionChange>,
    /// Items counted in both whose counted level went up, in questionnaire order.
    pub improved: Vec<ItemChange>,
    /// Items counted in both whose counted level went down, in questionnaire order.
    pub regressed: Vec<ItemChange>,
    /// Questions that had an action (a gap) before and have none after.
    pub gaps_closed: Vec<String>,
    /// Questions that have an action after and had none before.
    pub gaps_opened: Vec<String>,
    /// Obligations whose status differs.
    pub obligations: Vec<ObligationChange>,
}

impl Comparison {
    /// Whether nothing that this comparison tracks changed.
    pub fn is_unchanged(&self) -> bool {
        self.index.0 == self.index.1
            && self.band.0 == self.band.1
            && self.sections.iter().all(|s| s.before == s.after)
            && self.improved.is_empty()
            && self.regressed.is_empty()
            && self.gaps_closed.is_empty()
            && self.gaps_opened.is_empty()
            && self.obligations.is_empty()
    }
}

/// The counted level of an item, or `None` when it does not count (hidden, or a valid N/A).
fn counted_level(item: &Item) -> Option<u8> {
    item.counted().then(|| item.level().unwrap_or(0))
}

/// Compares `before` with `after`.
pub fn compare(before: &Evaluation, after: &Evaluation) -> Comparison {
    let mut sections: Vec<SectionChange> = after
        .sections
        .iter()
        .map(|section| SectionChange {
            id: section.id.clone(),
            title: section.title.clone(),
            before: before.section(&section.id).and_then(|s| s.score),
            after: section.score,
        })
        .collect();
    sections.extend(
        before
            .sections
            .iter()
            .filter(|section| after.section(&section.id).is_none())
            .map(|section| SectionChange {
                id: section.id.clone(),
                title: section.title.clone(),
                before: section.score,
                after: None,
            }),
    );

    let mut improved = Vec::new();
    let mut regressed = Vec::new();
    for item in &after.items {
        let Some(old) = before.item(&item.question) else {
            continue;
        };
        let (Some(was), Some(now)) = (counted_level(old), counted_level(item)) else {
            continue;
        };
        let change = ItemChange {
            question: item.question.clone(),
            section: item.section.clone(),
            before: was,
            after: now,
        };
        if now > was {
            improved.push(change);
        } else if now < was {
            regressed.push(change);
        }
    }

    let has_action = |evaluation: &Evaluation, question: &str| {
        evaluation.plan.iter().any(|a| a.question == question)
    };
    let gaps_closed = before
        .plan
        .iter()
        .filter(|action| !has_action(after, &action.question))
        .map(|action| action.question.clone())
        .collect();
    let gaps_opened = after
        .plan
        .iter()
        .filter(|action| !has_action(before, &action.question))
        .map(|action| action.question.clone())
        .collect();

    let mut obligations = Vec::new();
    let status = |evaluation: &Evaluation, system: &str, obligation: &str| {
        evaluation.system(system).and_then(|s| {
            s.obligations
                .iter()
                .find(|check| check.obligation.id == obligation)
                .map(|check| check.status)
        })
    };
    for system in &after.systems {
        for check in &system.obligations {
            let was = status(before, &system.id, &check.obligation.id);
            if was != Some(check.status) {
                obligations.push(ObligationChange {
                    system: system.id.clone(),
                    system_name: system.name.clone(),
                    obligation: check.obligation.id.clone(),
                    title: check.obligation.title.clone(),
                    before: was,
                    after: Some(check.status),
                });
            }
        }
    }
    for system in &before.systems {
        for check in &system.obligations {
            if status(after, &system.id, &check.obligation.id).is_none() {
                obligations.push(ObligationChange {
                    system: system.id.clone(),
                    system_name: after
                        .system(&system.id)
                        .map_or_else(|| system.name.clone(), |s| s.name.clone()),
                    obligation: check.obligation.id.clone(),
                    title: check.obligation.title.clone(),
                    before: Some(check.status),
                    after: None,
                });
            }
        }
    }

    Comparison {
        index: (before.overall.index, after.overall.index),
        band: (before.overall.band, after.overall.band),
        sections,
        improved,
        regressed,
        gaps_closed,
        gaps_opened,
        obligations,
    }
}
