//! Triage: the rules that give one AI system its risk tier, its transition deadline and its obligations, and
//! [`classify`], the pure function that applies them.

use std::collections::BTreeSet;

use super::answers::Answers;
use super::condition::{Condition, Context, Facts};
use super::locale::Date;
use super::questionnaire::Questionnaire;
use super::risk::{Role, Tier};
use super::source::Citation;
use super::text::Text;

/// "If `when` holds, the system's tier is `tier`, because `reason`."
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TierRule {
    /// The tier given.
    pub tier: Tier,
    /// When the rule applies.
    pub when: Condition,
    /// Why, for the person reading the result.
    pub reason: Text,
    /// The legal basis.
    pub cites: Vec<Citation>,
}

/// "A system already operating when `when` holds must comply by `date`" (AI Law Art. 35).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TransitionRule {
    /// Stable id (`health-education-finance`).
    pub id: String,
    /// When the rule applies.
    pub when: Condition,
    /// The deadline.
    pub date: Date,
    /// How the deadline is described.
    pub label: Text,
    /// The legal basis.
    pub cites: Vec<Citation>,
}

/// When an obligation must be met, as written in content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Deadline {
    /// Before the system is put into use.
    BeforeUse,
    /// By the system's transition date, or before use when no transition rule applies.
    Transition,
    /// By a fixed date.
    Date(Date),
    /// Within a number of hours after an event (e.g. 72 hours after a serious incident is confirmed).
    Hours {
        /// How many hours.
        hours: u32,
        /// The event the clock starts at.
        after: Text,
    },
}

/// A duty that triage attaches to systems of some tiers and roles.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Obligation {
    /// Stable id (`classify-before-use`).
    pub id: String,
    /// Short statement of the duty.
    pub title: Text,
    /// What it involves.
    pub detail: Text,
    /// It applies when the organisation holds one of these roles for the system …
    pub roles: Vec<Role>,
    /// … the system's tier is one of these …
    pub tiers: Vec<Tier>,
    /// … and this holds (if present).
    pub when: Option<Condition>,
    /// When it must be met; `None` for an ongoing duty with no deadline.
    pub deadline: Option<Deadline>,
    /// The legal basis.
    pub cites: Vec<Citation>,
    /// The readiness questions whose answers show whether it is met.
    pub evidenced_by: Vec<String>,
}

/// The triage rules. The tier rules always decide: there is at least one, and the last always holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TriageRules {
    conditional: Vec<TierRule>,
    fallback: TierRule,
    /// Transition rules, first match wins.
    pub transition: Vec<TransitionRule>,
    /// Obligations, in content order.
    pub obligations: Vec<Obligation>,
}

impl TriageRules {
    /// The rules, or `None` when `tiers` is empty or its last rule does not always hold
    /// ([`Condition::is_unconditional`]).
    pub fn new(
        mut tiers: Vec<TierRule>,
        transition: Vec<TransitionRule>,
        obligations: Vec<Obligation>,
    ) -> Option<TriageRules> {
        let fallback = tiers.pop().filter(|rule| rule.when.is_unconditional())?;
        Some(TriageRules {
            conditional: tiers,
            fallback,
            transition,
            obligations,
        })
    }

    /// The tier rules in order (the last always holds).
    pub fn tiers(&self) -> impl Iterator<Item = &TierRule> {
        self.conditional
            .iter()
            .chain(std::iter::once(&self.fallback))
    }
}

/// The triage questionnaire together with its rules.
#[derive(Clone, Copy, Debug)]
pub struct Triage<'a> {
    questionnaire: &'a Questionnaire,
    rules: &'a TriageRules,
}

impl<'a> Triage<'a> {
    pub(super) fn new(questionnaire: &'a Questionnaire, rules: &'a TriageRules) -> Triage<'a> {
        Triage {
            questionnaire,
            rules,
        }
    }

    /// The questions.
    pub fn questionnaire(&self) -> &'a Questionnaire {
        self.questionnaire
    }

    /// The rules.
    pub fn rules(&self) -> &'a TriageRules {
        self.rules
    }
}

/// When an applicable obligation is due, resolved for one system.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DueBy {
    /// Before the system is put into use.
    BeforeUse,
    /// By a date; `label` names a transition deadline when the date comes from one.
    Date {
        /// The date.
        date: Date,
        /// The transition rule's label, if any.
        label: Option<Text>,
    },
    /// Within `hours` after an event.
    Hours {
        /// How many hours.
        hours: u32,
        /// The event.
        after: Text,
    },
}

/// The transition deadline that applies to a system already in operation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TransitionDeadline {
    /// The rule's id.
    pub id: String,
    /// Comply before this date.
    pub date: Date,
    /// How the deadline is described.
    pub label: Text,
    /// The legal basis.
    pub cites: Vec<Citation>,
}

/// An obligation that applies to one system.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ApplicableObligation {
    /// The obligation's id.
    pub id: String,
    /// Short statement of the duty.
    pub title: Text,
    /// What it involves.
    pub detail: Text,
    /// When it is due for this system; `None` for an ongoing duty.
    pub deadline: Option<DueBy>,
    /// The legal basis.
    pub cites: Vec<Citation>,
    /// The readiness questions that show whether it is met.
    pub evidenced_by: Vec<String>,
}

/// The outcome of triage for one system.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TriageResult {
    /// The tier.
    pub tier: Tier,
    /// Why (the deciding rule's reason).
    pub reason: Text,
    /// The deciding rule's legal basis.
    pub cites: Vec<Citation>,
    /// The transition deadline, when a transition rule applies.
    pub transition: Option<TransitionDeadline>,
    /// The obligations that apply, in content order.
    pub obligations: Vec<ApplicableObligation>,
    /// The roles the organisation holds for the system (from its `role.*` facts).
    pub roles: BTreeSet<Role>,
    /// The facts conditions saw: the organisation's plus the system's.
    pub facts: Facts,
}

/// Classifies one AI system.
///
/// Only answers to questions that apply count ([`Questionnaire::applicable`]): the system's facts are the
/// facts of the options chosen in them plus `org_facts`, and `answer` conditions see only them. Merge the profile's answers into `system_answers` if
/// triage conditions name profile questions (ids never clash). `role` and `tier` conditions, which the
/// loader rejects inside triage, never hold here.
pub fn classify(triage: Triage<'_>, system_answers: &Answers, org_facts: &Facts) -> TriageResult {
    let (answers, facts) = triage.questionnaire.applicable(system_answers, org_facts);
    let context = Context::with_facts(facts, vec![&answers]);
    let rules = triage.rules;

    let decided = rules
        .conditional
        .iter()
        .find(|rule| rule.when.holds(&context))
        .unwrap_or(&rules.fallback);
    let transition = rules
        .transition
        .iter()
        .find(|rule| rule.when.holds(&context))
        .map(|rule| TransitionDeadline {
            id: rule.id.clone(),
            date: rule.date,
            label: rule.label.clone(),
            cites: rule.cites.clone(),
        });
    let roles: BTreeSet<Role> = Role::ALL
        .into_iter()
        .filter(|role| context.facts.contains(role.fact()))
        .collect();

    let obligations = rules
        .obligations
        .iter()
        .filter(|obligation| {
            obligation.tiers.contains(&decided.tier)
                && obligation.roles.iter().any(|role| roles.contains(role))
                && obligation
                    .when
                    .as_ref()
                    .is_none_or(|condition| condition.holds(&context))
        })
        .map(|obligation| ApplicableObligation {
            id: obligation.id.clone(),
            title: obligation.title.clone(),
            detail: obligation.detail.clone(),
            deadline: obligation
                .deadline
                .as_ref()
                .map(|deadline| due_by(deadline, transition.as_ref())),
            cites: obligation.cites.clone(),
            evidenced_by: obligation.evidenced_by.clone(),
        })
        .collect();

    TriageResult {
        tier: decided.tier,
        reason: decided.reason.clone(),
        cites: decided.cites.clone(),
        transition,
        obligations,
        roles,
        facts: context.facts,
    }
}

fn due_by(deadline: &Deadline, transition: Option<&TransitionDeadline>) -> DueBy {
    match (deadline, transition) {
        (Deadline::BeforeUse, _) | (Deadline::Transition, None) => DueBy::BeforeUse,
        (Deadline::Transition, Some(transition)) => DueBy::Date {
            date: transition.date,
            label: Some(transition.label.clone()),
        },
        (Deadline::Date(date), _) => DueBy::Date {
            date: *date,
            label: None,
        },
        (Deadline::Hours { hours, after }, _) => DueBy::Hours {
            hours: *hours,
            after: after.clone(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(tier: Tier, when: Condition) -> TierRule {
        TierRule {
            tier,
            when,
            reason: Text::new("lý do", "reason"),
            cites: Vec::new(),
        }
    }

    #[test]
    fn the_last_tier_rule_must_always_hold() {
        let conditional = || rule(Tier::High, Condition::Fact("listed".into()));
        assert!(TriageRules::new(vec![], vec![], vec![]).is_none());
        assert!(TriageRules::new(vec![conditional()], vec![], vec![]).is_none());
        let rules = TriageRules::new(
            vec![conditional(), rule(Tier::Low, Condition::always())],
            vec![],
            vec![],
        )
        .unwrap();
        let tiers: Vec<Tier> = rules.tiers().map(|rule| rule.tier).collect();
        assert_eq!(tiers, [Tier::High, Tier::Low]);
    }

    #[test]
    fn transition_deadlines_fall_back_to_before_use() {
        let date = Date::parse_iso("2027-03-01").unwrap();
        let transition = TransitionDeadline {
            id: "general".into(),
            date,
            label: Text::new("a", "b"),
            cites: vec![],
        };
        assert_eq!(due_by(&Deadline::Transition, None), DueBy::BeforeUse);
        assert_eq!(
            due_by(&Deadline::Transition, Some(&transition)),
            DueBy::Date {
                date,
                label: Some(Text::new("a", "b"))
            }
        );
        assert_eq!(
            due_by(&Deadline::BeforeUse, Some(&transition)),
            DueBy::BeforeUse
        );
    }
}
