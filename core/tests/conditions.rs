//! Condition evaluation, table-driven: each row is a condition, a context and the expected result.

use sansang_core::domain::{AnswerValue, Answers, Condition, Context, Date, Facts, Role, Tier};

fn fact(name: &str) -> Condition {
    Condition::Fact(name.into())
}

fn is(question: &str, options: &[&str]) -> Condition {
    Condition::AnswerIs {
        question: question.into(),
        options: options.iter().map(|o| o.to_string()).collect(),
    }
}

fn at_least(question: &str, level: u8) -> Condition {
    Condition::AnswerAtLeast {
        question: question.into(),
        level,
    }
}

fn not(condition: Condition) -> Condition {
    Condition::Not(Box::new(condition))
}

#[test]
fn conditions_evaluate_as_documented() {
    let profile: Answers = [
        ("org.sector", AnswerValue::Choice("health".into())),
        ("org.name", AnswerValue::Text("Bệnh viện A".into())),
    ]
    .into_iter()
    .collect();
    let system_a: Answers = [
        (
            "triage.role.roles",
            AnswerValue::Choices(vec!["provider".into(), "deployer".into()]),
        ),
        (
            "triage.scope.start",
            AnswerValue::Date(Date::parse_iso("2025-06-01").unwrap()),
        ),
        ("triage.scope.legacy", AnswerValue::DontKnow),
    ]
    .into_iter()
    .collect();
    let system_b: Answers = [("triage.scope.legacy", AnswerValue::Choice("yes".into()))]
        .into_iter()
        .collect();
    let readiness: Answers = [
        ("risk.inventory", AnswerValue::Level(2)),
        (
            "risk.dossier",
            AnswerValue::NotApplicable {
                reason: "không áp dụng".into(),
            },
        ),
        ("risk.review", AnswerValue::DontKnow),
    ]
    .into_iter()
    .collect();
    let facts: Facts = ["personal_data", "sector.health"].map(String::from).into();
    let context = Context {
        facts,
        roles: [Role::Provider].into(),
        tiers: [Tier::Medium, Tier::High].into(),
        answers: vec![&profile, &system_a, &system_b, &readiness],
    };

    let table: Vec<(&str, Condition, bool)> = vec![
        ("empty all holds", Condition::always(), true),
        ("empty any fails", Condition::Any(vec![]), false),
        ("set fact", fact("personal_data"), true),
        ("unset fact", fact("cross_border"), false),
        (
            "all: one false",
            Condition::All(vec![fact("personal_data"), fact("cross_border")]),
            false,
        ),
        (
            "any: one true",
            Condition::Any(vec![fact("cross_border"), fact("sector.health")]),
            true,
        ),
        ("not", not(fact("cross_border")), true),
        ("double not", not(not(fact("personal_data"))), true),
        (
            "role held",
            Condition::Role(vec![Role::Deployer, Role::Provider]),
            true,
        ),
        ("role not held", Condition::Role(vec![Role::User]), false),
        (
            "tier present",
            Condition::Tier(vec![Tier::High, Tier::Unresolved]),
            true,
        ),
        (
            "tier absent",
            Condition::Tier(vec![Tier::Prohibited]),
            false,
        ),
        (
            "single choice is",
            is("org.sector", &["finance", "health"]),
            true,
        ),
        (
            "single choice is not",
            is("org.sector", &["finance"]),
            false,
        ),
        (
            "multi includes one",
            is("triage.role.roles", &["deployer"]),
            true,
        ),
        (
            "multi includes none",
            is("triage.role.roles", &["user"]),
            false,
        ),
        (
            "another system's answer counts",
            is("triage.scope.legacy", &["yes"]),
            true,
        ),
        (
            "don't know is no option",
            is("triage.scope.legacy", &["unsure"]),
            false,
        ),
        ("text is no option", is("org.name", &["Bệnh viện A"]), false),
        ("unanswered is no option", is("org.size", &["large"]), false),
        ("level reached", at_least("risk.inventory", 2), true),
        ("level not reached", at_least("risk.inventory", 3), false),
        (
            "level 0 is reached by any level",
            at_least("risk.inventory", 0),
            true,
        ),
        (
            "not applicable is no level",
            at_least("risk.dossier", 0),
            false,
        ),
        ("don't know is no level", at_least("risk.review", 0), false),
        ("a choice is no level", at_least("org.sector", 0), false),
        (
            "answered: text",
            Condition::Answered("org.name".into()),
            true,
        ),
        (
            "answered: date",
            Condition::Answered("triage.scope.start".into()),
            true,
        ),
        (
            "answered: not applicable",
            Condition::Answered("risk.dossier".into()),
            true,
        ),
        (
            "answered: don't know",
            Condition::Answered("risk.review".into()),
            true,
        ),
        (
            "not answered",
            Condition::Answered("risk.training".into()),
            false,
        ),
        (
            "nested",
            Condition::All(vec![
                Condition::Any(vec![fact("public_sector"), is("org.sector", &["health"])]),
                not(at_least("risk.inventory", 3)),
            ]),
            true,
        ),
    ];
    let failures: Vec<&str> = table
        .iter()
        .filter(|(_, condition, expected)| condition.holds(&context) != *expected)
        .map(|(name, _, _)| *name)
        .collect();
    assert!(failures.is_empty(), "wrong results: {failures:?}");
}

#[test]
fn an_empty_context_holds_only_unconditional_conditions() {
    let context = Context::default();
    let table: Vec<(Condition, bool)> = vec![
        (Condition::always(), true),
        (not(Condition::Any(vec![])), true),
        (fact("legacy"), false),
        (not(fact("legacy")), true),
        (Condition::Role(vec![Role::Provider]), false),
        (Condition::Tier(Tier::ALL.to_vec()), false),
        (Condition::Answered("org.sector".into()), false),
    ];
    for (condition, expected) in table {
        assert_eq!(condition.holds(&context), expected, "{condition:?}");
    }
}
