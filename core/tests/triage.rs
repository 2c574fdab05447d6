//! Triage classification: first on the small inline fixture, then on the shipped `questionnaires/triage.json`
//! with cases a compliance professional would recognise.

mod common;

use sansang_core::domain::{
    classify, AnswerValue, Answers, Date, DueBy, Facts, Role, Tier, TriageResult,
};

fn one(option: &str) -> AnswerValue {
    AnswerValue::Choice(option.into())
}

fn many(options: &[&str]) -> AnswerValue {
    AnswerValue::Choices(options.iter().map(|o| o.to_string()).collect())
}

fn answers(pairs: &[(&str, AnswerValue)]) -> Answers {
    pairs.iter().cloned().collect()
}

fn facts(names: &[&str]) -> Facts {
    names.iter().map(|name| name.to_string()).collect()
}

fn date(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

fn obligation_ids(result: &TriageResult) -> Vec<&str> {
    result.obligations.iter().map(|o| o.id.as_str()).collect()
}

fn deadline<'r>(result: &'r TriageResult, id: &str) -> Option<&'r DueBy> {
    result
        .obligations
        .iter()
        .find(|o| o.id == id)
        .unwrap_or_else(|| {
            panic!(
                "obligation {id} does not apply: {:?}",
                obligation_ids(result)
            )
        })
        .deadline
        .as_ref()
}

/// The inline fixture (tests/common).
mod fixture {
    use super::*;

    fn run(pairs: &[(&str, AnswerValue)], org: &[&str]) -> TriageResult {
        let catalog = common::catalog();
        let triage = catalog.triage().expect("the fixture has a triage");
        classify(triage, &answers(pairs), &facts(org))
    }

    #[test]
    fn not_an_ai_system_is_out_of_scope_with_no_obligations() {
        let result = run(
            &[
                ("scope.ai_system", one("no")),
                ("scope.roles", many(&["provider"])),
            ],
            &[],
        );
        assert_eq!(result.tier, Tier::OutOfScope);
        assert_eq!(result.reason.en, "Not AI");
        assert!(result.obligations.is_empty());
    }

    #[test]
    fn the_first_matching_rule_wins() {
        // Deceptive and listed: prohibited comes first.
        let result = run(
            &[
                ("scope.ai_system", one("yes")),
                ("scope.roles", many(&["provider"])),
                ("scope.listed", one("yes")),
                ("scope.deceive", one("yes")),
            ],
            &[],
        );
        assert_eq!(result.tier, Tier::Prohibited);
        assert_eq!(result.cites[0].to_string(), "law-134-2025#art-7");
        assert_eq!(obligation_ids(&result), ["stop"]);
        assert_eq!(
            deadline(&result, "stop"),
            Some(&DueBy::Date {
                date: date("2026-03-01"),
                label: None
            })
        );
    }

    #[test]
    fn a_hidden_question_does_not_count() {
        // `scope.listed` only applies to AI systems; a stale "yes" must not make this one high risk.
        let result = run(
            &[
                ("scope.ai_system", one("unsure")),
                ("scope.listed", one("yes")),
                ("scope.roles", many(&["provider"])),
            ],
            &[],
        );
        assert_eq!(result.tier, Tier::Low);
        assert_eq!(obligation_ids(&result), ["classify", "ongoing"]);
    }

    #[test]
    fn obligations_follow_tier_role_and_condition() {
        let base = [
            ("scope.ai_system", one("yes")),
            ("scope.chatbot", one("yes")),
        ];
        let provider = run(
            &[&base[..], &[("scope.roles", many(&["provider"]))]].concat(),
            &[],
        );
        assert_eq!(provider.tier, Tier::Medium);
        assert_eq!(
            obligation_ids(&provider),
            ["classify", "disclose", "ongoing"]
        );
        assert_eq!(deadline(&provider, "classify"), Some(&DueBy::BeforeUse));
        assert_eq!(deadline(&provider, "ongoing"), None);
        assert_eq!(provider.roles, [Role::Provider].into());

        let deployer = run(
            &[&base[..], &[("scope.roles", many(&["deployer"]))]].concat(),
            &[],
        );
        assert_eq!(obligation_ids(&deployer), ["ongoing"]);

        let listed = run(
            &[
                ("scope.ai_system", one("yes")),
                ("scope.listed", one("yes")),
                ("scope.roles", many(&["deployer"])),
            ],
            &[],
        );
        assert_eq!(listed.tier, Tier::High);
        match deadline(&listed, "incident") {
            Some(DueBy::Hours { hours: 72, after }) => {
                assert_eq!(after.en, "the incident is confirmed")
            }
            other => panic!("incident deadline: {other:?}"),
        }
    }

    #[test]
    fn transition_uses_system_and_organisation_facts() {
        let legacy = [
            ("scope.ai_system", one("yes")),
            ("scope.roles", many(&["provider"])),
            ("scope.legacy", one("yes")),
        ];
        let health = run(&legacy, &["sector.health"]);
        let transition = health
            .transition
            .as_ref()
            .expect("a legacy system has a transition date");
        assert_eq!(
            (transition.id.as_str(), transition.date),
            ("health", date("2027-09-01"))
        );
        assert_eq!(
            deadline(&health, "classify"),
            Some(&DueBy::Date {
                date: date("2027-09-01"),
                label: Some(transition.label.clone())
            })
        );
        assert!(health.facts.contains("sector.health") && health.facts.contains("legacy"));

        let other = run(&legacy, &[]);
        assert_eq!(other.transition.map(|t| t.date), Some(date("2027-03-01")));

        let new = run(&legacy[..2], &["sector.health"]);
        assert_eq!(new.transition, None);
    }
}

/// The shipped triage (questionnaires/triage.json), through the compiled-in catalog.
mod shipped {
    use super::*;
    use sansang_core::catalog;

    /// A system in Vietnam, in scope, with every screening question answered "no" unless overridden.
    fn in_scope(overrides: &[(&str, AnswerValue)]) -> Answers {
        let mut answers = answers(&[
            ("triage.scope.ai_system", one("yes")),
            ("triage.scope.defence_only", one("no")),
            ("triage.scope.in_vietnam", one("yes")),
            ("triage.scope.standalone_model", one("no")),
            ("triage.scope.legacy", one("no")),
            ("triage.scope.sector", one("other")),
            ("triage.role.foreign_provider", one("no")),
            ("triage.prohibited.unlawful_purpose", one("no")),
            ("triage.prohibited.deception", one("no")),
            ("triage.prohibited.vulnerable", one("no")),
            ("triage.prohibited.fake_content_security", one("no")),
            ("triage.prohibited.unlawful_data", one("no")),
            ("triage.prohibited.oversight", one("no")),
            ("triage.prohibited.labels", one("no")),
            ("triage.prohibited.sandbox_abuse", one("no")),
            ("triage.high.list", one("no")),
            ("triage.high.rights", one("no")),
            ("triage.high.harm", one("no")),
            ("triage.high.security", one("no")),
            ("triage.high.scale", one("no")),
            ("triage.high.human_review", one("yes")),
            ("triage.medium.interactive", one("no")),
            ("triage.medium.generative", one("no")),
            ("triage.medium.deepfake", one("no")),
            ("triage.medium.persuasive", one("no")),
            ("triage.modifiers.personal_data", one("no")),
            ("triage.modifiers.cross_border", one("no")),
            ("triage.modifiers.foreign_hosting", one("no")),
            ("triage.modifiers.purpose_changed", one("no")),
            ("triage.modifiers.eu", one("no")),
            ("triage.modifiers.cyber_service", one("no")),
        ]);
        answers.extend(overrides.iter().cloned());
        answers
    }

    fn run(answers: &Answers, org: &[&str]) -> TriageResult {
        let catalog = match catalog::builtin() {
            Ok(catalog) => catalog,
            Err(problems) => panic!(
                "the shipped content has {} problems, e.g. {}",
                problems.len(),
                problems[0]
            ),
        };
        let triage = catalog.triage().expect("a triage questionnaire is shipped");
        classify(triage, answers, &facts(org))
    }

    #[test]
    fn a_customer_service_chatbot_deployer_is_medium_risk() {
        let answers = in_scope(&[
            ("triage.role.roles", many(&["deployer"])),
            ("triage.medium.interactive", one("yes")),
            ("triage.medium.generative", one("yes")),
            ("triage.modifiers.personal_data", one("yes")),
            ("triage.modifiers.sensitive_data", one("no")),
            ("triage.modifiers.children_data", one("no")),
        ]);
        let result = run(&answers, &["sector.other"]);
        assert_eq!(result.tier, Tier::Medium);
        assert_eq!(result.roles, [Role::Deployer].into());
        let ids = obligation_ids(&result);
        for expected in [
            "classification-dossier",
            "notice-ai-content",
            "personal-data-in-ai",
        ] {
            assert!(ids.contains(&expected), "{expected} missing from {ids:?}");
        }
        for provider_only in ["self-classify", "notify-most", "disclose-ai-interaction"] {
            assert!(
                !ids.contains(&provider_only),
                "{provider_only} applies to a deployer: {ids:?}"
            );
        }
        assert_eq!(result.transition, None);
    }

    #[test]
    fn a_listed_credit_scoring_provider_without_human_review_is_high_risk() {
        let answers = in_scope(&[
            ("triage.scope.sector", one("finance")),
            ("triage.role.roles", many(&["developer", "provider"])),
            ("triage.high.list", one("yes")),
            ("triage.high.certification", one("no")),
            ("triage.high.rights", one("yes")),
            ("triage.high.scale", one("yes")),
            ("triage.high.human_review", one("no")),
            ("triage.modifiers.personal_data", one("yes")),
            ("triage.modifiers.sensitive_data", one("yes")),
            ("triage.modifiers.children_data", one("no")),
        ]);
        let result = run(&answers, &["sector.finance"]);
        assert_eq!(result.tier, Tier::High);
        assert!(result.facts.contains("automated_decision"));
        let ids = obligation_ids(&result);
        for expected in [
            "self-classify",
            "provider-high-risk-duties",
            "conformity-self-assessment",
            "serious-incident-72h",
        ] {
            assert!(ids.contains(&expected), "{expected} missing from {ids:?}");
        }
        assert!(!ids.contains(&"conformity-certification"), "{ids:?}");
        assert!(!ids.contains(&"deployer-high-risk-duties"), "{ids:?}");
        assert!(matches!(
            deadline(&result, "serious-incident-72h"),
            Some(DueBy::Hours { hours: 72, .. })
        ));
        assert_eq!(
            deadline(&result, "provider-high-risk-duties"),
            Some(&DueBy::BeforeUse)
        );
    }

    #[test]
    fn a_defence_only_system_is_out_of_scope() {
        // Stale answers to the (now hidden) screening questions must not matter.
        let answers = in_scope(&[
            ("triage.scope.defence_only", one("yes")),
            ("triage.role.roles", many(&["developer", "provider"])),
            ("triage.prohibited.deception", one("yes")),
        ]);
        let result = run(&answers, &[]);
        assert_eq!(result.tier, Tier::OutOfScope);
        assert!(
            result.obligations.is_empty(),
            "{:?}",
            obligation_ids(&result)
        );
    }

    #[test]
    fn deepfakes_made_to_deceive_are_prohibited() {
        let answers = in_scope(&[
            (
                "triage.role.roles",
                many(&["developer", "provider", "deployer"]),
            ),
            ("triage.prohibited.deception", one("yes")),
            ("triage.medium.generative", one("yes")),
            ("triage.medium.deepfake", one("yes")),
        ]);
        let result = run(&answers, &[]);
        assert_eq!(result.tier, Tier::Prohibited);
        assert!(
            result.cites.iter().any(|c| c.source == "law-134-2025"
                && c.provision
                    .as_deref()
                    .is_some_and(|p| p.starts_with("art-7"))),
            "cites {:?}",
            result.cites
        );
        assert!(obligation_ids(&result).contains(&"stop-prohibited-use"));
    }

    #[test]
    fn a_hospital_system_running_since_2025_must_comply_before_1_september_2027() {
        let answers = in_scope(&[
            ("triage.scope.legacy", one("yes")),
            ("triage.scope.sector", one("health")),
            ("triage.role.roles", many(&["deployer"])),
            ("triage.medium.interactive", one("yes")),
        ]);
        let result = run(&answers, &["sector.health"]);
        let transition = result
            .transition
            .as_ref()
            .expect("a legacy system has a deadline");
        assert_eq!(transition.date, date("2027-09-01"));
        assert_eq!(
            deadline(&result, "classification-dossier"),
            Some(&DueBy::Date {
                date: date("2027-09-01"),
                label: Some(transition.label.clone())
            })
        );
        assert!(obligation_ids(&result).contains(&"legacy-system-deadline"));

        // The same system outside health, education and finance: 1 March 2027.
        let other = in_scope(&[
            ("triage.scope.legacy", one("yes")),
            ("triage.role.roles", many(&["deployer"])),
            ("triage.medium.interactive", one("yes")),
        ]);
        assert_eq!(
            run(&other, &[]).transition.map(|t| t.date),
            Some(date("2027-03-01"))
        );
    }
}
