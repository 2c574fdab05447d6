//! Triage: the rules that give one AI system its risk tier, its transition deadline and its obligations, and
//! [`classify`], the pure function that applies them.

use std::collections::BTreeSet;

use super::answers::{AnswerValue, Answers};
use super::condition::{Condition, Context, Facts};
use super::highrisk::HighRiskList;
use super::locale::Date;
use super::questionnaire::{Duty, Questionnaire};
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

/// "A system for which `when` holds must comply before `date`": AI Law Art. 35, Decision 33 Art. 4,
/// Decree 142 Art. 11(5) (docs/triage.md §4).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TransitionRule {
    /// Stable id (`health-education-finance`).
    pub id: String,
    /// When the rule applies.
    pub when: Condition,
    /// The deadline.
    pub date: TransitionDate,
    /// How the deadline is described (names the rule that makes it).
    pub label: Text,
    /// The legal basis.
    pub cites: Vec<Citation>,
    /// Whether this reading of the law is confirmed. `false` shows the deadline as subject to confirmation;
    /// the loader refuses `true` when a cited provision is itself unconfirmed.
    pub confirmed: bool,
}

/// How a transition rule fixes its date.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TransitionDate {
    /// A calendar date.
    Fixed(Date),
    /// A number of months after the date answered to a `date` question (e.g. 12 months after the
    /// reclassification decision, Decree 142 Art. 11(5)). The rule does not apply while the question is
    /// unanswered.
    MonthsAfter {
        /// The `date` question.
        question: String,
        /// How many months.
        months: u32,
    },
}

impl TransitionDate {
    /// The date for these answers, when it can be computed.
    pub fn resolve(&self, answers: &Answers) -> Option<Date> {
        match self {
            TransitionDate::Fixed(date) => Some(*date),
            TransitionDate::MonthsAfter { question, months } => match answers.get(question) {
                Some(AnswerValue::Date(start)) => Some(add_months(*start, *months)),
                _ => None,
            },
        }
    }
}

/// `date` plus `months` calendar months, the day clamped to the last day of the month.
pub fn add_months(date: Date, months: u32) -> Date {
    let total = u32::from(date.month) - 1 + months;
    let year = u32::from(date.year) + total / 12;
    let month = (total % 12) as u8 + 1;
    let year = u16::try_from(year).unwrap_or(u16::MAX);
    let last = match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    Date {
        year,
        month,
        day: date.day.min(last),
    }
}

/// "If `when` holds, show this finding": advice that triage gives with its reason, never a duty (e.g.
/// "review recommended" for impact signs without a List entry, docs/triage.md §3).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FindingRule {
    /// Stable id (`review-impact-signs`).
    pub id: String,
    /// When it is shown (for an in-scope system).
    pub when: Condition,
    /// Short statement ("Review recommended").
    pub title: Text,
    /// Why, and what to do.
    pub reason: Text,
    /// The legal basis.
    pub cites: Vec<Citation>,
}

/// A finding shown for one system.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// The rule's id.
    pub id: String,
    /// Short statement.
    pub title: Text,
    /// Why, and what to do.
    pub reason: Text,
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
    /// No readiness question evidences it: it is checked by hand (`evidenced_by` is then empty, and the
    /// loader requires one or the other).
    pub check_by_hand: bool,
}

/// A term of art, explained where it is used (the inline glossary).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// Stable id (`conformity-assessment-body`).
    pub id: String,
    /// The term as written in the texts.
    pub term: Text,
    /// What it means, in plain words.
    pub definition: Text,
    /// Where the law defines or uses it.
    pub cites: Vec<Citation>,
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
    /// Findings ("review recommended"), in content order.
    pub findings: Vec<FindingRule>,
    /// The high-risk List (Decision 33/2026), as far as it is known.
    pub list: Option<Box<HighRiskList>>,
    /// The glossary of terms of art.
    pub glossary: Vec<Term>,
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
            findings: Vec::new(),
            list: None,
            glossary: Vec::new(),
        })
    }

    /// The glossary terms that occur in `text` (in `lang`), ignoring case and Vietnamese diacritics, in
    /// glossary order: what an inline glossary shows next to a question.
    pub fn terms_in(&self, text: &str, lang: super::locale::Lang) -> Vec<&Term> {
        let hay = super::highrisk::fold(text);
        self.glossary
            .iter()
            .filter(|term| {
                let needle = super::highrisk::fold(term.term.get(lang));
                !needle.is_empty() && hay.contains(&needle)
            })
            .collect()
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

/// The transition deadline that applies to a system.
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
    /// Whether the rule's reading is confirmed (else the deadline is subject to confirmation).
    pub confirmed: bool,
}

/// Why an obligation is due when it is: the rule and its legal basis. Every dated deadline has one, so no
/// duty can show as overdue without the date and the rule that make it so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeadlineBasis {
    /// The transition rule's id, or `None` when the obligation itself sets the deadline.
    pub rule: Option<String>,
    /// How the deadline is described.
    pub label: Text,
    /// The legal basis.
    pub cites: Vec<Citation>,
    /// Whether the reading is confirmed.
    pub confirmed: bool,
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
    /// Why it is due then (present whenever `deadline` is).
    pub basis: Option<DeadlineBasis>,
    /// The legal basis.
    pub cites: Vec<Citation>,
    /// The readiness questions that show whether it is met.
    pub evidenced_by: Vec<String>,
    /// Checked by hand: no readiness question evidences it.
    pub check_by_hand: bool,
}

/// One possible outcome of an unresolved system: its tier and the obligations that would apply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// What the List check would have to show (`true`: on the List).
    pub listed: bool,
    /// The tier.
    pub tier: Tier,
    /// Why.
    pub reason: Text,
    /// The ids of the obligations that would apply, in content order.
    pub obligations: Vec<String>,
}

/// The outcome of triage for one system.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TriageResult {
    /// The tier ([`Tier::Unresolved`] until the List check is answered).
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
    /// For an unresolved system, both possible outcomes (on the List, not on it); empty otherwise.
    pub outcomes: Vec<Outcome>,
    /// Findings ("review recommended"), each with its reason. Never duties.
    pub findings: Vec<Finding>,
}

impl TriageResult {
    /// Whether the result is provisional: the tier is unresolved, so only the duties common to both
    /// outcomes bind.
    pub fn provisional(&self) -> bool {
        !self.tier.is_resolved()
    }

    /// Whether the system's tier is `tier`, or, for an unresolved system, whether every possible outcome's
    /// tier is in `tiers` (then a duty listing them binds whichever way the List check goes).
    pub fn tier_in(&self, tiers: &[Tier]) -> bool {
        if tiers.contains(&self.tier) {
            return true;
        }
        !self.outcomes.is_empty() && self.outcomes.iter().all(|o| tiers.contains(&o.tier))
    }

    /// Whether a readiness duty binds through this system: the organisation holds one of its roles, the
    /// tier test of [`TriageResult::tier_in`] passes, and the duty's `when` (if any) holds on the system's
    /// facts (e.g. the Circular 05 duties bind only through a system that serves a state body).
    pub fn is_bound_by(&self, duty: &Duty) -> bool {
        self.tier.in_scope()
            && self.roles.iter().any(|role| duty.roles.contains(role))
            && self.tier_in(&duty.tiers)
            && duty.when.as_ref().is_none_or(|condition| {
                condition.holds(&Context::with_facts(self.facts.clone(), Vec::new()))
            })
    }
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

    let position = rules
        .conditional
        .iter()
        .position(|rule| rule.when.holds(&context));
    let decided = position.map_or(&rules.fallback, |i| &rules.conditional[i]);
    let transition = rules.transition.iter().find_map(|rule| {
        if !rule.when.holds(&context) {
            return None;
        }
        let date = rule.date.resolve(&answers)?;
        Some(TransitionDeadline {
            id: rule.id.clone(),
            date,
            label: rule.label.clone(),
            cites: rule.cites.clone(),
            confirmed: rule.confirmed,
        })
    });
    let roles: BTreeSet<Role> = Role::ALL
        .into_iter()
        .filter(|role| context.facts.contains(role.fact()))
        .collect();

    let applies = |obligation: &Obligation, tiers: &[Tier]| {
        tiers.iter().any(|tier| obligation.tiers.contains(tier))
            && obligation.roles.iter().any(|role| roles.contains(role))
            && obligation
                .when
                .as_ref()
                .is_none_or(|condition| condition.holds(&context))
    };

    // An unresolved system: both outcomes. "Not on the List" is decided by the rules after the unresolved
    // one; "on the List" is high risk.
    let mut outcomes = Vec::new();
    if decided.tier == Tier::Unresolved {
        let after = position.map_or(0, |i| i + 1);
        let otherwise = rules.conditional[after.min(rules.conditional.len())..]
            .iter()
            .filter(|rule| rule.tier.is_resolved() && rule.tier != Tier::High)
            .find(|rule| rule.when.holds(&context))
            .unwrap_or(&rules.fallback);
        let high = rules.tiers().find(|rule| rule.tier == Tier::High);
        let ids = |tier: Tier| -> Vec<String> {
            rules
                .obligations
                .iter()
                .filter(|o| applies(o, &[tier]))
                .map(|o| o.id.clone())
                .collect()
        };
        outcomes.push(Outcome {
            listed: true,
            tier: Tier::High,
            reason: high.map_or_else(|| decided.reason.clone(), |rule| rule.reason.clone()),
            obligations: ids(Tier::High),
        });
        outcomes.push(Outcome {
            listed: false,
            tier: otherwise.tier,
            reason: otherwise.reason.clone(),
            obligations: ids(otherwise.tier),
        });
    }

    let obligations = rules
        .obligations
        .iter()
        .filter(|obligation| {
            if decided.tier == Tier::Unresolved {
                // Its own duties (resolving the List check), and those that bind in both outcomes.
                applies(obligation, &[Tier::Unresolved])
                    || outcomes
                        .iter()
                        .all(|outcome| outcome.obligations.contains(&obligation.id))
            } else {
                applies(obligation, &[decided.tier])
            }
        })
        .map(|obligation| {
            let deadline = obligation
                .deadline
                .as_ref()
                .map(|deadline| due_by(deadline, transition.as_ref()));
            let basis = obligation
                .deadline
                .as_ref()
                .map(|deadline| basis(obligation, deadline, transition.as_ref()));
            ApplicableObligation {
                id: obligation.id.clone(),
                title: obligation.title.clone(),
                detail: obligation.detail.clone(),
                deadline,
                basis,
                cites: obligation.cites.clone(),
                evidenced_by: obligation.evidenced_by.clone(),
                check_by_hand: obligation.check_by_hand,
            }
        })
        .collect();

    let findings = if decided.tier.in_scope() {
        rules
            .findings
            .iter()
            .filter(|rule| rule.when.holds(&context))
            .map(|rule| Finding {
                id: rule.id.clone(),
                title: rule.title.clone(),
                reason: rule.reason.clone(),
                cites: rule.cites.clone(),
            })
            .collect()
    } else {
        Vec::new()
    };

    TriageResult {
        tier: decided.tier,
        reason: decided.reason.clone(),
        cites: decided.cites.clone(),
        transition,
        obligations,
        roles,
        facts: context.facts,
        outcomes,
        findings,
    }
}

/// The basis of an obligation's deadline: the transition rule when it sets the date, else the obligation.
fn basis(
    obligation: &Obligation,
    deadline: &Deadline,
    transition: Option<&TransitionDeadline>,
) -> DeadlineBasis {
    match (deadline, transition) {
        (Deadline::Transition, Some(transition)) => DeadlineBasis {
            rule: Some(transition.id.clone()),
            label: transition.label.clone(),
            cites: transition.cites.clone(),
            confirmed: transition.confirmed,
        },
        _ => DeadlineBasis {
            rule: None,
            label: obligation.title.clone(),
            cites: obligation.cites.clone(),
            confirmed: true,
        },
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

    #[test]
    fn months_are_added_on_the_calendar() {
        let d = |t: &str| Date::parse_iso(t).unwrap();
        assert_eq!(add_months(d("2026-09-15"), 12), d("2027-09-15"));
        assert_eq!(add_months(d("2026-12-31"), 2), d("2027-02-28"));
        assert_eq!(add_months(d("2027-11-30"), 3), d("2028-02-29"));
        assert_eq!(add_months(d("2026-01-31"), 0), d("2026-01-31"));
    }

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
            confirmed: true,
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
