//! Conditions: a small tree of structured tests (never a string language) that decides whether a question is
//! shown, which tier a system gets and which obligations apply, and its evaluation against a context.

use std::collections::BTreeSet;

use super::answers::{AnswerValue, Answers};
use super::risk::{Role, Tier};

/// A set of fact names (`personal_data`, `sector.health`, `role.provider`, …), ordered.
pub type Facts = BTreeSet<String>;

/// A condition, as written in content (`applies_if`, a tier rule's `when`, …).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Condition {
    /// All hold; an empty list holds.
    All(Vec<Condition>),
    /// At least one holds; an empty list never holds.
    Any(Vec<Condition>),
    /// The inner condition does not hold.
    Not(Box<Condition>),
    /// The fact is set.
    Fact(String),
    /// The organisation holds one of these roles for some in-scope system.
    Role(Vec<Role>),
    /// Some in-scope system has one of these tiers.
    Tier(Vec<Tier>),
    /// A choice answer is one of these options (a `multi` answer includes one of them).
    AnswerIs {
        /// The question's id.
        question: String,
        /// Option ids.
        options: Vec<String>,
    },
    /// A readiness answer is at this level or above.
    AnswerAtLeast {
        /// The question's id.
        question: String,
        /// The minimum level.
        level: u8,
    },
    /// The question has an answer of any kind.
    Answered(String),
}

/// What a condition is evaluated against.
pub trait ConditionContext {
    /// Whether the fact is set.
    fn has_fact(&self, fact: &str) -> bool;
    /// Whether the organisation holds `role` for some in-scope system.
    fn holds_role(&self, role: Role) -> bool;
    /// Whether some in-scope system has `tier`.
    fn has_tier(&self, tier: Tier) -> bool;
    /// Whether some answer to `question` passes `test`. A context may hold several answers to one question
    /// (one per AI system); a condition on them holds when one of them does.
    fn any_answer(&self, question: &str, test: &mut dyn FnMut(&AnswerValue) -> bool) -> bool;
}

impl Condition {
    /// The condition that always holds (`{"all": []}`).
    pub fn always() -> Condition {
        Condition::All(Vec::new())
    }

    /// Evaluates the condition.
    pub fn holds<C: ConditionContext + ?Sized>(&self, context: &C) -> bool {
        match self {
            Condition::All(conditions) => conditions.iter().all(|c| c.holds(context)),
            Condition::Any(conditions) => conditions.iter().any(|c| c.holds(context)),
            Condition::Not(condition) => !condition.holds(context),
            Condition::Fact(fact) => context.has_fact(fact),
            Condition::Role(roles) => roles.iter().any(|role| context.holds_role(*role)),
            Condition::Tier(tiers) => tiers.iter().any(|tier| context.has_tier(*tier)),
            Condition::AnswerIs { question, options } => {
                context.any_answer(question, &mut |answer| {
                    answer
                        .chosen()
                        .iter()
                        .any(|chosen| options.contains(chosen))
                })
            }
            Condition::AnswerAtLeast { question, level } => context
                .any_answer(question, &mut |answer| {
                    answer.level().is_some_and(|given| given >= *level)
                }),
            Condition::Answered(question) => context.any_answer(question, &mut |_| true),
        }
    }

    /// Whether the condition holds whatever the context: an empty `all`, an `all` of such conditions, an
    /// `any` containing one, or the negation of a condition that never holds.
    pub fn is_unconditional(&self) -> bool {
        match self {
            Condition::All(conditions) => conditions.iter().all(Condition::is_unconditional),
            Condition::Any(conditions) => conditions.iter().any(Condition::is_unconditional),
            Condition::Not(condition) => condition.is_impossible(),
            _ => false,
        }
    }

    fn is_impossible(&self) -> bool {
        match self {
            Condition::All(conditions) => conditions.iter().any(Condition::is_impossible),
            Condition::Any(conditions) => conditions.iter().all(Condition::is_impossible),
            Condition::Not(condition) => condition.is_unconditional(),
            _ => false,
        }
    }

    /// Visits this condition and every condition inside it, outermost first.
    pub fn walk<'a>(&'a self, visit: &mut dyn FnMut(&'a Condition)) {
        visit(self);
        match self {
            Condition::All(conditions) | Condition::Any(conditions) => {
                conditions.iter().for_each(|c| c.walk(visit));
            }
            Condition::Not(condition) => condition.walk(visit),
            _ => {}
        }
    }
}

/// A ready-made [`ConditionContext`]: sets of facts, roles and tiers, and answer maps looked up in turn.
#[derive(Clone, Debug, Default)]
pub struct Context<'a> {
    /// Set facts.
    pub facts: Facts,
    /// Roles the organisation holds for some in-scope system.
    pub roles: BTreeSet<Role>,
    /// Tiers of the in-scope systems.
    pub tiers: BTreeSet<Tier>,
    /// Answer maps; a condition on a question holds when it holds for the question's answer in any of them.
    pub answers: Vec<&'a Answers>,
}

impl<'a> Context<'a> {
    /// A context with only facts and answers (no roles or tiers), as used inside the profile and triage.
    pub fn with_facts(facts: Facts, answers: Vec<&'a Answers>) -> Context<'a> {
        Context {
            facts,
            answers,
            ..Context::default()
        }
    }
}

impl ConditionContext for Context<'_> {
    fn has_fact(&self, fact: &str) -> bool {
        self.facts.contains(fact)
    }

    fn holds_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    fn has_tier(&self, tier: Tier) -> bool {
        self.tiers.contains(&tier)
    }

    fn any_answer(&self, question: &str, test: &mut dyn FnMut(&AnswerValue) -> bool) -> bool {
        self.answers
            .iter()
            .filter_map(|answers| answers.get(question))
            .any(test)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unconditional_is_recognised_structurally() {
        let fact = || Condition::Fact("legacy".into());
        assert!(Condition::always().is_unconditional());
        assert!(Condition::All(vec![Condition::always()]).is_unconditional());
        assert!(Condition::Any(vec![fact(), Condition::always()]).is_unconditional());
        assert!(Condition::Not(Box::new(Condition::Any(vec![]))).is_unconditional());
        assert!(!Condition::Any(vec![]).is_unconditional());
        assert!(!Condition::All(vec![fact()]).is_unconditional());
        assert!(!Condition::Not(Box::new(Condition::always())).is_unconditional());
    }

    #[test]
    fn walk_visits_every_node() {
        let condition = Condition::All(vec![
            Condition::Fact("a".into()),
            Condition::Not(Box::new(Condition::Answered("q".into()))),
        ]);
        let mut seen = 0;
        condition.walk(&mut |_| seen += 1);
        assert_eq!(seen, 4);
    }
}
