//! Scoring model 1 (docs/scoring.md §11), golden cases on a small inline questionnaire, evaluated with
//! `evaluate_with(…, ModelVersion::V1)`: stored results must stay reproducible. Answers in, exact numbers out;
//! every expected number is computed by hand in the comments. The model 2 goldens follow (`run2`), one per rule.
//!
//! The fixture: the common source, profile and triage (tests/common), and this readiness questionnaire:
//!
//! | section (W) | question | w | N/A | notes |
//! |---|---|---|---|---|
//! | risk (2) | risk.register | 3 | yes | duty: provider, tiers high/medium |
//! | | risk.review | 1 | yes | |
//! | | risk.hidden | 2 | yes | only when some system is high |
//! | transparency (1) | transparency.notice | 2 | no | |
//! | | transparency.label | 1 | no | |
//! | | transparency.policy | 2 | no | only when some system is in scope and not prohibited |
//! | capability (1) | capability.training | 1 | yes | |
//! | | capability.roadmap | 2 | yes | |
//!
//! Bands: not ready 0, partly 40, largely 65, ready 85; gate band: partly; evidence level 3. The base system
//! is a chatbot the organisation provides: medium tier, so the duty binds and τ = 1.5.

mod common;

use sansang_core::domain::{
    evaluate, evaluate_with, gate_sentence, ActionGroup, AiSystem, AnswerValue, Assessment,
    Catalog, Counting, Counts, DueBy, DutyBinding, Evaluation, Evidence, GateKind, ItemFlag,
    ModelVersion, ObligationStatus, PlanEntry, PlanStatus, ProvisionalReason, Ratio, Spec, Tier,
};
use serde_json::{json, Value};

/// One readiness question of the fixture; `extra` adds `duty` or `applies_if`.
fn question(id: &str, weight: u8, na: bool, extra: Value) -> Value {
    let text = |vi: String, en: String| json!({"vi": vi, "en": en});
    let mut question = json!({
        "id": id,
        "text": text(format!("{id}?"), format!("{id}?")),
        "help": text("Vì sao".into(), "Why".into()),
        "evidence": text("Bằng chứng".into(), "Evidence".into()),
        "action": text(format!("Thực hiện {id}"), format!("Put {id} in place")),
        "levels": (0..4).map(|l| text(l.to_string(), l.to_string())).collect::<Vec<_>>(),
        "na": na,
        "weight": weight,
        "cites": ["law-134-2025#art-10.1", "law-134-2025#art-19.3"],
        "recommendations": (0..3)
            .map(|l| text(format!("{id} từ {l}"), format!("{id} from {l}")))
            .collect::<Vec<_>>(),
    });
    if let (Some(question), Value::Object(extra)) = (question.as_object_mut(), extra) {
        question.extend(extra);
    }
    question
}

fn readiness_text() -> String {
    let text = |vi: &str, en: &str| json!({"vi": vi, "en": en});
    let none = json!({});
    let section = |id: &str, principle: &str, weight: f64, questions: Vec<Value>| json!({"id": id, "title": text(id, id), "principle": principle, "weight": weight, "questions": questions});
    let value = json!({
        "format": 1, "id": "readiness", "version": "1.0.0", "kind": "readiness",
        "title": text("Mức độ sẵn sàng", "Readiness"),
        "scale": {"levels": [
            {"value": 0, "label": text("Chưa có", "Not in place")},
            {"value": 1, "label": text("Dự kiến", "Planned")},
            {"value": 2, "label": text("Một phần", "Partly")},
            {"value": 3, "label": text("Đầy đủ", "Fully")}
        ]},
        "scoring": {"bands": [
            {"id": "not_ready", "min": 0, "label": text("Chưa sẵn sàng", "Not ready")},
            {"id": "partial", "min": 40, "label": text("Một phần", "Partly ready")},
            {"id": "largely", "min": 65, "label": text("Cơ bản", "Largely ready")},
            {"id": "ready", "min": 85, "label": text("Sẵn sàng", "Ready")}
        ], "gate_band": "partial", "evidence_level": 3, "max_not_applicable_percent": 25, "max_dont_know_percent": 10},
        "sections": [
            section("risk", "risk_based", 2.0, vec![
                question("risk.register", 3, true, json!({"duty": {"roles": ["provider"], "tiers": ["high", "medium"]}})),
                question("risk.review", 1, true, none.clone()),
                question("risk.hidden", 2, true, json!({"applies_if": {"tier": ["high"]}})),
            ]),
            section("transparency", "transparency", 1.0, vec![
                question("transparency.notice", 2, false, none.clone()),
                question("transparency.label", 1, false, none.clone()),
                question("transparency.policy", 2, false,
                    json!({"applies_if": {"tier": ["high", "unresolved", "medium", "low"]}})),
            ]),
            section("capability", "capability", 1.0, vec![
                question("capability.training", 1, true, none.clone()),
                question("capability.roadmap", 2, true, none),
            ]),
        ]
    });
    value.to_string()
}

fn catalog() -> Catalog {
    let readiness = readiness_text();
    let mut files = common::files();
    for (path, text) in files.iter_mut() {
        if path == "questionnaires/readiness.json" {
            *text = readiness.clone();
        }
    }
    common::load(&files).unwrap_or_else(|problems| panic!("fixture: {problems:#?}"))
}

fn one(option: &str) -> AnswerValue {
    AnswerValue::Choice(option.into())
}

fn level(level: u8) -> AnswerValue {
    AnswerValue::Level(level)
}

fn na(reason: &str) -> AnswerValue {
    AnswerValue::NotApplicable {
        reason: reason.into(),
    }
}

/// A medium-tier chatbot the organisation provides (`roles`), with `extra` triage answers.
fn system(roles: &[&str], extra: &[(&str, AnswerValue)]) -> AiSystem {
    let mut answers: Vec<(&str, AnswerValue)> = vec![
        ("scope.ai_system", one("yes")),
        (
            "scope.roles",
            AnswerValue::Choices(roles.iter().map(|r| r.to_string()).collect()),
        ),
        ("scope.listed", one("no")),
        ("scope.chatbot", one("yes")),
        ("scope.deceive", one("no")),
    ];
    for (question, value) in extra {
        answers.retain(|(q, _)| q != question);
        answers.push((question, value.clone()));
    }
    AiSystem {
        id: "s1".into(),
        name: "Chatbot".into(),
        answers: answers.into_iter().collect(),
    }
}

/// An assessment with these systems and readiness answers; `evidenced` questions have a note.
fn assessment(
    systems: Vec<AiSystem>,
    answers: &[(&str, AnswerValue)],
    evidenced: &[&str],
) -> Assessment {
    Assessment {
        id: "a1".into(),
        profile: [("org.sector", one("other"))].into_iter().collect(),
        systems,
        readiness: answers.iter().cloned().collect(),
        evidence: evidenced
            .iter()
            .map(|q| {
                (
                    q.to_string(),
                    Evidence {
                        note: "Policy v2, signed".into(),
                        links: vec![],
                    },
                )
            })
            .collect(),
        ..Assessment::default()
    }
}

fn evaluate_v1(catalog: &Catalog, assessment: &Assessment) -> Evaluation {
    evaluate_with(catalog, assessment, ModelVersion::V1)
}

fn run(systems: Vec<AiSystem>, answers: &[(&str, AnswerValue)], evidenced: &[&str]) -> Evaluation {
    evaluate_v1(&catalog(), &assessment(systems, answers, evidenced))
}

const VISIBLE: [&str; 7] = [
    "risk.register",
    "risk.review",
    "transparency.notice",
    "transparency.label",
    "transparency.policy",
    "capability.training",
    "capability.roadmap",
];

/// Every visible question at 3, evidenced, except those in `except`.
fn all_top(except: &[&str]) -> (Vec<(&'static str, AnswerValue)>, Vec<&'static str>) {
    let kept: Vec<&'static str> = VISIBLE
        .into_iter()
        .filter(|q| !except.contains(q))
        .collect();
    (kept.iter().map(|q| (*q, level(3))).collect(), kept)
}

#[track_caller]
fn close(actual: Option<f64>, expected: f64) {
    let actual = actual.expect("a number");
    assert!(
        (actual - expected).abs() < 1e-9,
        "expected {expected}, got {actual}"
    );
}

fn scores(e: &Evaluation) -> Vec<Option<f64>> {
    e.sections.iter().map(|s| s.score).collect()
}

fn band(e: &Evaluation) -> Option<&str> {
    e.band().map(|b| b.id.as_str())
}

fn plan(e: &Evaluation) -> Vec<(&str, ActionGroup)> {
    e.plan
        .iter()
        .map(|a| (a.question.as_str(), a.group))
        .collect()
}

#[test]
fn everything_fully_evidenced_is_ready_with_no_gaps() {
    let (answers, evidenced) = all_top(&[]);
    let e = run(vec![system(&["provider"], &[])], &answers, &evidenced);
    assert_eq!(e.system("s1").unwrap().triage.tier, Tier::Medium);
    assert_eq!(scores(&e), [Some(100.0), Some(100.0), Some(100.0)]);
    close(e.overall.index, 100.0);
    assert_eq!(band(&e), Some("ready"));
    assert!(e.overall.gates.is_empty());
    assert!(!e.overall.provisional);
    assert!(e.lift.is_empty(), "already at the top band");
    assert!(e.plan.is_empty());
    assert_eq!(e.settings.tau, 1.5);
    assert_eq!(e.model, "1");
    assert_eq!(
        e.settings.section_weights,
        [
            ("risk".to_string(), 2.0),
            ("transparency".to_string(), 1.0),
            ("capability".to_string(), 1.0)
        ]
    );
    assert_eq!(e.settings.gate_band, "partial");
    assert_eq!(e.settings.evidence_level, 3);
    assert_eq!(e.questionnaires.len(), 3);
    assert_eq!(e.questionnaires[2].version.to_string(), "1.0.0");
}

#[test]
fn a_claimed_3_without_evidence_counts_as_2_and_a_partly_met_duty_caps_below_the_top() {
    let (answers, _) = all_top(&[]);
    let evidenced: Vec<&str> = VISIBLE
        .into_iter()
        .filter(|q| *q != "risk.register")
        .collect();
    let e = run(vec![system(&["provider"], &[])], &answers, &evidenced);
    let register = e.item("risk.register").unwrap();
    assert_eq!(
        register.counting,
        Counting::Level {
            claimed: 3,
            counted: 2
        }
    );
    assert_eq!(
        register.flags,
        [ItemFlag::NoEvidence {
            claimed: 3,
            counted: 2
        }]
    );
    assert_eq!(
        register.flags[0].message().en,
        "claimed 3, counted 2: no evidence recorded"
    );
    // risk: 100 × (3·2 + 1·3) / (3 · (3 + 1)) = 100 × 9/12 = 75.
    close(e.section("risk").unwrap().score, 75.0);
    // R = (2·75 + 100 + 100) / 4 = 87.5: "ready" by the index, capped at "largely" by the partly met duty.
    close(e.overall.index, 87.5);
    assert_eq!(e.overall.uncapped_band, Some(3));
    assert_eq!(band(&e), Some("largely"));
    assert_eq!(e.overall.gates.len(), 1);
    let gate = &e.overall.gates[0];
    assert_eq!(gate.kind, GateKind::PartlyMetDuty);
    assert_eq!((gate.cap.as_str(), gate.lowered), ("largely", true));
    assert_eq!(gate.duties, ["risk.register"]);
    assert_eq!(gate.systems, ["s1"]);
    // Evidence rate: 7 items at 2 or 3, 6 of them with evidence.
    assert_eq!(
        (e.overall.confidence.high, e.overall.confidence.evidenced),
        (7, 6)
    );
    // What would lift the band: the duty behind the gate, which opens it.
    assert_eq!(e.lift.len(), 1);
    assert_eq!(e.lift[0].question, "risk.register");
    assert!(e.lift[0].opens_gate && e.lift[0].duty);
    assert_eq!((e.lift[0].index, e.lift[0].band), (100.0, 3));
    // The plan: one gap, the partly met duty, with its level-2 recommendation, its citations (Art. 19(3) is
    // subject to confirmation) and the deadline of the obligation it evidences (transition, no legacy: before use).
    assert_eq!(plan(&e), [("risk.register", ActionGroup::PartlyMetDuty)]);
    let action = &e.plan[0];
    assert_eq!(action.level, Some(2));
    assert_eq!(action.recommendation.en, "risk.register from 2");
    // priority = w × (1 − s) × τ = 3 × 1/3 × 1.5 = 1.5
    assert!((action.priority - 1.5).abs() < 1e-12);
    let flags: Vec<bool> = action
        .citations
        .iter()
        .map(|c| c.subject_to_confirmation)
        .collect();
    assert_eq!(flags, [false, true]);
    assert_eq!(action.deadline, Some(DueBy::BeforeUse));
    assert_eq!(action.obligations.len(), 1);
    assert_eq!(action.obligations[0].obligation, "classify");
    // The obligation it evidences is partly met; the ones nothing evidences are to check by hand.
    let statuses: Vec<(&str, ObligationStatus)> = e
        .system("s1")
        .unwrap()
        .obligations
        .iter()
        .map(|o| (o.obligation.id.as_str(), o.status))
        .collect();
    assert_eq!(
        statuses,
        [
            ("classify", ObligationStatus::PartlyMet),
            ("disclose", ObligationStatus::ToCheck),
            ("ongoing", ObligationStatus::ToCheck)
        ]
    );
}

#[test]
fn dont_know_and_unanswered_score_zero_and_an_unmet_duty_gates() {
    let answers = [
        ("risk.register", AnswerValue::DontKnow),
        ("transparency.notice", level(3)),
        ("transparency.label", level(3)),
        ("transparency.policy", level(3)),
        ("capability.training", level(2)),
    ];
    let e = run(
        vec![system(&["provider"], &[])],
        &answers,
        &[
            "transparency.notice",
            "transparency.label",
            "transparency.policy",
        ],
    );
    // risk: nothing above 0 → 0. transparency: 100. capability: 100 × (1·2 + 2·0) / (3 · 3) = 22.2…
    close(e.section("risk").unwrap().score, 0.0);
    close(e.section("transparency").unwrap().score, 100.0);
    close(e.section("capability").unwrap().score, 200.0 / 9.0);
    // R = (2·0 + 100 + 22.2…) / 4 = 30.55…: not ready.
    close(e.overall.index, (100.0 + 200.0 / 9.0) / 4.0);
    assert_eq!(band(&e), Some("not_ready"));
    // The unmet duty's gate holds (cap: partly) but did not lower the band.
    let gate = &e.overall.gates[0];
    assert_eq!((gate.kind, gate.lowered), (GateKind::UnmetDuty, false));
    assert_eq!(gate.duties, ["risk.register"]);
    // Confidence: 7 visible, 5 answered (the don't know counts), 7 counted, 1 don't know; 4 items at 2 or 3,
    // 3 with evidence.
    let c = e.overall.confidence;
    assert_eq!(
        (c.visible, c.answered, c.counted, c.dont_know),
        (7, 5, 7, 1)
    );
    close(c.coverage(), 5.0 / 7.0);
    close(c.uncertainty(), 1.0 / 7.0);
    close(c.evidence_rate(), 0.75);
    assert!(e.overall.provisional);
    // Per section: risk has 2 visible, 1 answered.
    let risk = e.section("risk").unwrap().confidence;
    assert_eq!((risk.visible, risk.answered), (2, 1));
    // What costs risk the most: register 100·3·1/4 = 75 points, review 100·1·1/4 = 25.
    let costs: Vec<(&str, f64)> = e
        .section("risk")
        .unwrap()
        .costs
        .iter()
        .map(|c| (c.question.as_str(), c.points))
        .collect();
    assert_eq!(costs, [("risk.register", 75.0), ("risk.review", 25.0)]);
    // Lift to "partly": raising the duty gives risk 75, R = (150 + 100 + 22.2…)/4 = 68.05… and opens the gate.
    assert_eq!(e.lift.len(), 1);
    assert_eq!(e.lift[0].question, "risk.register");
    assert!(e.lift[0].opens_gate);
    assert_eq!(e.lift[0].band, 2);
    // Plan: the unmet duty first (its level-0 recommendation), then by w × (1 − s) × τ:
    // roadmap 2·1·1.5 = 3, review 1·1·1.5 = 1.5, training 1·(1/3)·1.5 = 0.5.
    assert_eq!(
        plan(&e),
        [
            ("risk.register", ActionGroup::UnmetDuty),
            ("capability.roadmap", ActionGroup::Other),
            ("risk.review", ActionGroup::Other),
            ("capability.training", ActionGroup::Other)
        ]
    );
    assert_eq!(e.plan[0].recommendation.en, "risk.register from 0");
    assert_eq!(e.plan[0].level, None);
    assert_eq!(e.plan[3].recommendation.en, "capability.training from 2");
    // The obligation evidenced by a don't-know answer is unknown.
    assert_eq!(
        e.system("s1").unwrap().obligations[0].status,
        ObligationStatus::Unknown
    );
}

#[test]
fn not_applicable_needs_a_reason_and_permission() {
    let mut answers = all_top(&["risk.review", "capability.training", "transparency.policy"]).0;
    answers.push(("risk.review", na("We do no model reviews: no models")));
    answers.push(("capability.training", na("  ")));
    answers.push(("transparency.policy", na("not relevant")));
    let evidenced: Vec<&str> = answers.iter().map(|(q, _)| *q).collect();
    let e = run(vec![system(&["provider"], &[])], &answers, &evidenced);
    // risk.review leaves the denominator: risk = 100 × 3·3 / (3·3) = 100.
    assert!(!e.item("risk.review").unwrap().counted());
    close(e.section("risk").unwrap().score, 100.0);
    // A blank reason: counted as unanswered. capability = 100 × (0 + 2·3) / (3·3) = 66.6…
    assert_eq!(
        e.item("capability.training").unwrap().flags,
        [ItemFlag::NaWithoutReason]
    );
    close(e.section("capability").unwrap().score, 200.0 / 3.0);
    // N/A not allowed: counted as unanswered. transparency = 100 × (2·3 + 1·3 + 2·0) / (3·5) = 60.
    assert_eq!(
        e.item("transparency.policy").unwrap().flags,
        [ItemFlag::NaNotAllowed]
    );
    close(e.section("transparency").unwrap().score, 60.0);
    // R = (2·100 + 60 + 66.6…) / 4 = 81.6…: largely.
    close(e.overall.index, (200.0 + 60.0 + 200.0 / 3.0) / 4.0);
    assert_eq!(band(&e), Some("largely"));
    // Coverage: the valid N/A is answered, the two invalid ones are not: 5 of 7.
    assert_eq!(
        (e.overall.confidence.answered, e.overall.confidence.visible),
        (5, 7)
    );
}

#[test]
fn not_applicable_on_a_binding_duty_is_unanswered_and_gates() {
    let mut answers = all_top(&["risk.register"]).0;
    answers.push(("risk.register", na("We think it does not apply")));
    let evidenced: Vec<&str> = VISIBLE.to_vec();
    let e = run(vec![system(&["provider"], &[])], &answers, &evidenced);
    let register = e.item("risk.register").unwrap();
    assert_eq!(register.counting, Counting::Unanswered);
    assert_eq!(register.flags, [ItemFlag::NaOnBindingDuty]);
    // risk = 100 × (0 + 1·3)/(3·4) = 25; R = (50 + 100 + 100)/4 = 62.5: partly, and the unmet gate holds.
    close(e.section("risk").unwrap().score, 25.0);
    close(e.overall.index, 62.5);
    assert_eq!(band(&e), Some("partial"));
    assert_eq!(e.overall.gates[0].kind, GateKind::UnmetDuty);
    assert_eq!(plan(&e), [("risk.register", ActionGroup::UnmetDuty)]);
    // Marked N/A: the obligation it evidences is not met.
    assert_eq!(
        e.system("s1").unwrap().obligations[0].status,
        ObligationStatus::NotMet
    );

    // The same N/A when the duty does not bind (the organisation only deploys the system): valid.
    let e = run(vec![system(&["deployer"], &[])], &answers, &evidenced);
    let register = e.item("risk.register").unwrap();
    assert_eq!(register.duty, DutyBinding::NotBinding);
    assert!(register.flags.is_empty() && !register.counted());
    close(e.section("risk").unwrap().score, 100.0);
    assert_eq!(band(&e), Some("ready"));
}

#[test]
fn a_hidden_item_counts_nowhere() {
    // A stale answer, evidence and a plan entry for risk.hidden, which only applies to high-risk systems.
    let mut answers = all_top(&[]).0;
    answers.push(("risk.hidden", level(0)));
    let mut a = assessment(vec![system(&["provider"], &[])], &answers, &VISIBLE);
    a.plan.insert(
        "risk.hidden".into(),
        PlanEntry {
            owner: "Lan".into(),
            due: None,
            status: PlanStatus::Todo,
        },
    );
    let e = evaluate_v1(&catalog(), &a);
    let hidden = e.item("risk.hidden").unwrap();
    assert!(!hidden.visible && !hidden.counted());
    assert_eq!(hidden.counting, Counting::Unanswered);
    close(e.overall.index, 100.0);
    assert_eq!(e.overall.confidence.visible, 7);
    assert!(e.plan.is_empty());
    assert!(e.sections.iter().all(|s| s.costs.is_empty()));

    // When a system is high risk, it is visible and its level 0 counts: risk = 100 × (9 + 3 + 0)/(3·6) = 66.6…
    let listed = system(&["provider"], &[("scope.listed", one("yes"))]);
    let e = evaluate_v1(
        &catalog(),
        &Assessment {
            systems: vec![listed],
            ..a
        },
    );
    assert_eq!(e.system("s1").unwrap().triage.tier, Tier::High);
    assert!(e.item("risk.hidden").unwrap().visible);
    close(e.section("risk").unwrap().score, 200.0 / 3.0);
    assert_eq!(e.settings.tau, 2.0);
    assert_eq!(plan(&e), [("risk.hidden", ActionGroup::Other)]);
    assert_eq!(e.plan[0].entry.as_ref().unwrap().owner, "Lan");
}

#[test]
fn a_prohibited_use_means_not_ready_whatever_the_average() {
    let (answers, evidenced) = all_top(&[]);
    let e = run(
        vec![system(&["provider"], &[("scope.deceive", one("yes"))])],
        &answers,
        &evidenced,
    );
    assert_eq!(e.system("s1").unwrap().triage.tier, Tier::Prohibited);
    // transparency.policy is hidden (only for usable tiers): 6 visible, all at 3.
    close(e.overall.index, 100.0);
    assert_eq!(e.overall.uncapped_band, Some(3));
    assert_eq!(band(&e), Some("not_ready"));
    let gate = &e.overall.gates[0];
    assert_eq!(gate.kind, GateKind::Prohibited);
    assert!(gate.lowered);
    assert_eq!(gate.systems, ["s1"]);
    assert!(e.lift.is_empty(), "only stopping the use can lift it");
    assert_eq!(e.settings.tau, 2.0);
}

#[test]
fn with_no_scored_section_the_result_is_not_assessed() {
    // No AI system: the duty binds nothing and transparency.policy is hidden, so risk and capability can be
    // wholly N/A. Transparency's two questions do not allow N/A, and unanswered they score 0.
    let answers: Vec<(&str, AnswerValue)> = [
        "risk.register",
        "risk.review",
        "capability.training",
        "capability.roadmap",
    ]
    .into_iter()
    .map(|q| (q, na("No AI yet")))
    .collect();
    let e = run(vec![], &answers, &[]);
    // transparency still counts its two unanswered items: 0. Risk and capability have no score.
    assert_eq!(scores(&e), [None, Some(0.0), None]);
    close(e.overall.index, 0.0);

    // Without the transparency section, nothing is counted: no section score, no index, no band.
    let mut catalog = catalog();
    let readiness = catalog
        .questionnaires
        .iter_mut()
        .find(|q| q.id == "readiness")
        .unwrap();
    readiness.sections.retain(|s| s.id != "transparency");
    let e = evaluate_v1(&catalog, &assessment(vec![], &answers, &[]));
    assert_eq!(scores(&e), [None, None]);
    assert!(e.overall.not_assessed());
    assert_eq!((e.overall.index, e.overall.band), (None, None));
    assert!(e.overall.gates.is_empty() && e.lift.is_empty() && e.plan.is_empty());
    assert!(!e.overall.provisional, "everything visible is answered");

    // The prohibited-use gate still applies: not assessed, and not ready.
    let prohibited = system(&["deployer"], &[("scope.deceive", one("yes"))]);
    let e = evaluate_v1(&catalog, &assessment(vec![prohibited], &answers, &[]));
    assert!(e.overall.not_assessed());
    assert_eq!(band(&e), Some("not_ready"));
}

#[test]
fn section_weights_enter_the_index() {
    // risk 0 (weight 2), transparency 100, capability 100: R = (0 + 100 + 100) / 4 = 50, not (0+100+100)/3.
    let mut answers = all_top(&["risk.register", "risk.review"]).0;
    answers.push(("risk.register", level(0)));
    answers.push(("risk.review", level(0)));
    let evidenced = VISIBLE.to_vec();
    let e = run(vec![system(&["deployer"], &[])], &answers, &evidenced);
    close(e.overall.index, 50.0);
    assert_eq!(band(&e), Some("partial"));
    // Lift to "largely" (65): raising register gives risk 75, R = (150 + 200)/4 = 87.5, ready; review alone
    // gives 25 → 62.5. The biggest gain comes first.
    assert_eq!(e.lift.len(), 1);
    assert_eq!(e.lift[0].question, "risk.register");
    assert_eq!(e.lift[0].band, 3);
}

#[test]
fn the_order_of_ties_is_the_questionnaire_order() {
    // Every visible item unanswered: all Other gaps except the duty; the weight-2 ones tie on priority.
    let e = run(vec![system(&["deployer"], &[])], &[], &[]);
    assert_eq!(
        plan(&e),
        [
            ("risk.register", ActionGroup::Other),
            ("transparency.notice", ActionGroup::Other),
            ("transparency.policy", ActionGroup::Other),
            ("capability.roadmap", ActionGroup::Other),
            ("risk.review", ActionGroup::Other),
            ("transparency.label", ActionGroup::Other),
            ("capability.training", ActionGroup::Other),
        ]
    );
    close(e.overall.index, 0.0);
    close(e.overall.confidence.coverage(), 0.0);
}

// ---------------------------------------------------------------------------------------------------------
// Scoring model 2 (docs/scoring.md), the current model: one golden per rule.

fn run2(systems: Vec<AiSystem>, answers: &[(&str, AnswerValue)], evidenced: &[&str]) -> Evaluation {
    evaluate(&catalog(), &assessment(systems, answers, evidenced))
}

fn with(
    answers: &[(&'static str, AnswerValue)],
    changes: &[(&'static str, AnswerValue)],
) -> Vec<(&'static str, AnswerValue)> {
    let mut answers = answers.to_vec();
    for (question, value) in changes {
        answers.retain(|(q, _)| q != question);
        answers.push((question, value.clone()));
    }
    answers
}

fn ratio(num: u64, den: u64) -> Option<Ratio> {
    Ratio::new(num, den)
}

#[test]
fn model_2_pools_items_so_a_weight_3_duty_moves_the_index_three_times_a_weight_1_item() {
    // A deployer's chatbot: the duty binds nothing, 7 visible items, Σw = 3+1+2+1+2+1+2 = 12, all at 3.
    let (top, evidenced) = all_top(&[]);
    let deployer = || vec![system(&["deployer"], &[])];
    let e = run2(deployer(), &top, &evidenced);
    assert_eq!(e.model, "2");
    assert_eq!(e.overall.exact_index, ratio(100, 1));
    // risk.register (w 3) at 0: R = 100 × (36 − 9) / 36 = 75, 25 points lost.
    let register = run2(
        deployer(),
        &with(&top, &[("risk.register", level(0))]),
        &evidenced,
    );
    assert_eq!(register.overall.exact_index, ratio(2700, 36));
    // capability.training (w 1, another section) at 0: R = 100 × 33 / 36 = 91.67, 8.33 points lost: a third.
    let training = run2(
        deployer(),
        &with(&top, &[("capability.training", level(0))]),
        &evidenced,
    );
    assert_eq!(training.overall.exact_index, ratio(3300, 36));
    assert_eq!(
        training
            .overall
            .exact_index
            .unwrap()
            .text(sansang_core::domain::Lang::Vi),
        "91,7"
    );
    // The derived section weights are Σw per section (risk 4, transparency 5, capability 3): the mean of
    // the section scores with them is the pooled index.
    assert_eq!(
        e.settings.section_weights,
        [
            ("risk".to_string(), 4.0),
            ("transparency".to_string(), 5.0),
            ("capability".to_string(), 3.0)
        ]
    );
    // Under model 1 (section weights 2, 1, 1 from the file) the same two answers give 62.5 and 91.67.
    let one = evaluate_v1(
        &catalog(),
        &assessment(
            deployer(),
            &with(&top, &[("risk.register", level(0))]),
            &evidenced,
        ),
    );
    close(one.overall.index, 62.5);
}

#[test]
fn model_2_breaks_an_exact_tie_in_the_lift_list_by_questionnaire_order() {
    // Model 1 with section weights 2, 1.5, 1.5: risk.register at 2, risk.review at 1, capability.training
    // at 0, the rest at 3 → risk 7/12, transparency 100, capability 6/9: R = (2·58.3 + 150 + 100)/5 = 73.3
    // (largely). Raising risk.register gives risk 10/12 → R = 250/3; raising capability.training gives
    // capability 100 → R = 250/3 too: an exact tie. In floating point the second comes out as
    // 83.33333333333334 and the first as 83.33333333333333, so a plain `>` took capability.training; the
    // tie goes to questionnaire order: risk.register.
    let mut catalog = catalog();
    let readiness = catalog
        .questionnaires
        .iter_mut()
        .find(|q| q.id == "readiness")
        .unwrap();
    for (section, weight) in readiness.sections.iter_mut().zip([2.0, 1.5, 1.5]) {
        section.weight = Some(weight);
    }
    let (top, evidenced) = all_top(&[]);
    let answers = with(
        &top,
        &[
            ("risk.register", level(2)),
            ("risk.review", level(1)),
            ("capability.training", level(0)),
        ],
    );
    let a = assessment(vec![system(&["deployer"], &[])], &answers, &evidenced);
    let one = evaluate_v1(&catalog, &a);
    assert_eq!(one.band().unwrap().id, "largely");
    assert_eq!(one.lift[0].question, "risk.register");
    close(Some(one.lift[0].index), 250.0 / 3.0);
    // Model 2 on the same answers: Σw = 12, Σ w·level = 6 + 1 + 0 + 2·3 + 1·3 + 2·3 + 2·3 = 28 → R = 2800/36
    // = 77.8 (largely). Raising register (+3) or training (+3) ties exactly at 3100/36; register comes first.
    let two = evaluate(&catalog, &a);
    assert_eq!(two.overall.exact_index, ratio(2800, 36));
    assert_eq!(two.lift[0].question, "risk.register");
    assert_eq!(two.lift[0].exact, ratio(3100, 36));
    // 3100/36 = 86.1 reaches "ready" in that one step.
    assert_eq!(two.lift.len(), 1);
    // The plan: review (w1 × 2 = 2) and training (w1 × 3 = 3) and register (w3 × 1 = 3): register and
    // training tie at 3 and keep questionnaire order; review follows.
    let order: Vec<&str> = two.plan.iter().map(|a| a.question.as_str()).collect();
    assert_eq!(
        order,
        ["risk.register", "capability.training", "risk.review"]
    );
}

#[test]
fn model_2_counts_dont_know_as_unknown_and_its_share_makes_the_result_provisional() {
    let (top, evidenced) = all_top(&[]);
    let deployer = || vec![system(&["deployer"], &[])];
    // One "don't know" of 7 visible: 14.3 % > 10 %. Coverage 6/7; nothing unanswered.
    let answers = with(&top, &[("capability.training", AnswerValue::DontKnow)]);
    let e = run2(deployer(), &answers, &evidenced);
    let c = e.overall.confidence;
    assert_eq!(
        (c.visible, c.answered, c.known, c.dont_know, c.unanswered()),
        (7, 7, 6, 1, 0)
    );
    close(c.coverage(), 6.0 / 7.0);
    close(c.uncertainty(), 1.0 / 7.0);
    assert!(e.overall.provisional);
    assert_eq!(
        e.overall.provisional_reasons,
        [ProvisionalReason::DontKnowShare {
            count: 1,
            visible: 7,
            max_percent: 10
        }]
    );
    assert_eq!(e.overall.counts.dont_know, 1);
    assert_eq!(e.overall.counts.met, 6);
    // It still scores 0: R = 100 × 33 / 36.
    assert_eq!(e.overall.exact_index, ratio(3300, 36));
    // Model 1 counted it as answered: 100 % coverage, not provisional.
    let one = evaluate_v1(&catalog(), &assessment(deployer(), &answers, &evidenced));
    close(one.overall.confidence.coverage(), 1.0);
    assert!(!one.overall.provisional);
    // With a threshold of 15 % the same answers are not provisional.
    let mut catalog = catalog();
    set_thresholds(&mut catalog, 25, 15);
    let e = evaluate(&catalog, &assessment(deployer(), &answers, &evidenced));
    assert!(!e.overall.provisional);
    // The section holds the "don't know": it is provisional on its own (1 of 3 = 33.3 %).
    let capability = e.section("capability").unwrap();
    assert_eq!(capability.provisional.len(), 1);
    assert_eq!(capability.provisional[0].id(), "dont_know_share");
}

fn set_thresholds(catalog: &mut Catalog, na: u8, dont_know: u8) {
    let readiness = catalog
        .questionnaires
        .iter_mut()
        .find(|q| q.id == "readiness")
        .unwrap();
    if let Spec::Readiness { scoring, .. } = &mut readiness.spec {
        scoring.max_not_applicable_percent = na;
        scoring.max_dont_know_percent = dont_know;
    }
}

#[test]
fn model_2_marks_a_result_provisional_above_the_not_applicable_threshold() {
    // A high-risk system the organisation deploys: risk.hidden is visible too (8 visible), the duty does not
    // bind (provider only). N/A is allowed on register, review, hidden, training and roadmap.
    let high = || vec![system(&["deployer"], &[("scope.listed", one("yes"))])];
    let mut top: Vec<(&str, AnswerValue)> = all_top(&[]).0;
    top.push(("risk.hidden", level(3)));
    let mut evidenced = VISIBLE.to_vec();
    evidenced.push("risk.hidden");
    // 2 of 8 = 25 %, not above the threshold: not provisional, and 100.
    let two = with(
        &top,
        &[
            ("capability.training", na("  No staff training in scope  ")),
            (
                "capability.roadmap",
                na("Roadmap owned by the parent company"),
            ),
        ],
    );
    let e = run2(high(), &two, &evidenced);
    assert_eq!(e.overall.confidence.visible, 8);
    assert_eq!(e.overall.confidence.not_applicable, 2);
    assert!(
        !e.overall.provisional,
        "{:?}",
        e.overall.provisional_reasons
    );
    assert_eq!(e.overall.exact_index, ratio(100, 1));
    // The list of every N/A with its reason, trimmed.
    assert_eq!(
        e.not_applicable(),
        [
            (
                "capability.training",
                "capability",
                "No staff training in scope"
            ),
            (
                "capability.roadmap",
                "capability",
                "Roadmap owned by the parent company"
            )
        ]
    );
    // 3 of 8 = 37.5 % > 25 %: provisional, though every answer is given and the index is 100.
    let three = with(&two, &[("risk.review", na("Reviewed by the group"))]);
    let e = run2(high(), &three, &evidenced);
    assert_eq!(e.overall.exact_index, ratio(100, 1));
    assert_eq!(e.band().unwrap().id, "ready");
    assert!(e.overall.provisional);
    assert_eq!(
        e.overall.provisional_reasons,
        [ProvisionalReason::NotApplicableShare {
            count: 3,
            visible: 8,
            max_percent: 25
        }]
    );
    close(e.overall.confidence.not_applicable_share(), 0.375);
    assert!(e.overall.provisional_reasons[0]
        .message()
        .en
        .contains("3 of 8 questions (37.5%)"));
    // A reason of white space only is no reason: counted as unanswered and flagged.
    let blank = with(&two, &[("risk.review", na(" \t "))]);
    let e = run2(high(), &blank, &evidenced);
    let review = e.item("risk.review").unwrap();
    assert_eq!(review.counting, Counting::Unanswered);
    assert_eq!(review.flags, [ItemFlag::NaWithoutReason]);
    assert_eq!(e.overall.counts.unanswered, 1);
    assert_eq!(e.overall.provisional_reasons[0].id(), "unanswered");
}

#[test]
fn model_2_counts_every_visible_question_once() {
    // met 2 (notice, label), partly 1 (policy claimed 3 without evidence → 2), not met 2 (register 1,
    // review 0), N/A 1 (training), don't know 1 (roadmap); the hidden question counts nowhere.
    let answers = [
        ("risk.register", level(1)),
        ("risk.review", level(0)),
        ("transparency.notice", level(3)),
        ("transparency.label", level(3)),
        ("transparency.policy", level(3)),
        ("capability.training", na("No staff")),
        ("capability.roadmap", AnswerValue::DontKnow),
    ];
    let e = run2(
        vec![system(&["deployer"], &[])],
        &answers,
        &["transparency.notice", "transparency.label"],
    );
    let counts = |met, partly_met, not_met, not_applicable, dont_know, unanswered| Counts {
        met,
        partly_met,
        not_met,
        not_applicable,
        dont_know,
        unanswered,
    };
    assert_eq!(e.overall.counts, counts(2, 1, 2, 1, 1, 0));
    assert_eq!(e.section("risk").unwrap().counts, counts(0, 0, 2, 0, 0, 0));
    assert_eq!(
        e.section("transparency").unwrap().counts,
        counts(2, 1, 0, 0, 0, 0)
    );
    assert_eq!(
        e.section("capability").unwrap().counts,
        counts(0, 0, 0, 1, 1, 0)
    );
    assert_eq!(e.overall.counts.visible(), e.overall.confidence.visible);
    // Sections: risk 100 × 1·3/12 … exact: risk (3·1 + 0)/12 → 300/12; transparency (6+3+2·2)/15 → 1300/15;
    // capability 0/6. Index: (3 + 13 + 0) / 33 → 1600/33 = 48.5.
    assert_eq!(e.section("risk").unwrap().exact, ratio(300, 12));
    assert_eq!(e.section("transparency").unwrap().exact, ratio(1300, 15));
    assert_eq!(e.section("capability").unwrap().exact, ratio(0, 6));
    assert_eq!(e.overall.exact_index, ratio(1600, 33));
    assert_eq!(
        e.overall
            .exact_index
            .unwrap()
            .text(sansang_core::domain::Lang::En),
        "48.5"
    );
}

#[test]
fn model_2_explains_the_gate_that_holds_the_band_and_settles_lowered_for_every_gate() {
    // The provider's chatbot: the duty binds. Everything at 3 but risk.register at 1: Σw = 12,
    // Σ w·level = 36 − 6 = 30 → R = 3000/36 = 83.3, largely; the unmet duty caps it at partly.
    let (top, evidenced) = all_top(&[]);
    let answers = with(&top, &[("risk.register", level(1))]);
    let e = run2(vec![system(&["provider"], &[])], &answers, &evidenced);
    assert_eq!(e.overall.exact_index, ratio(3000, 36));
    assert_eq!(
        (e.overall.uncapped_band, e.overall.band),
        (Some(2), Some(1))
    );
    let hold = e.overall.held_by.as_ref().expect("a gate holds the band");
    assert_eq!(hold.kind, GateKind::UnmetDuty);
    assert_eq!(hold.duties, ["risk.register"]);
    assert_eq!(hold.systems, ["s1"]);
    assert_eq!(
        (hold.band, hold.index_band, hold.lifted_band),
        (1, Some(2), Some(3))
    );
    let catalog = catalog();
    let sentence = gate_sentence(&catalog, &e).unwrap();
    assert_eq!(
        sentence.en,
        "The result is held at Partly ready (the index alone reaches Largely ready) because the legal duty “Put risk.register in place” is not met (binding through Chatbot). Raising it to level 3 with evidence lifts the result to Ready."
    );
    assert!(sentence.vi.starts_with("Kết quả bị giữ ở mức Một phần"));

    // Register at 2: the partly-met gate caps at largely; R = 3300/36 = 91.7 (ready) → held at largely.
    let partly = with(&top, &[("risk.register", level(2))]);
    let e = run2(vec![system(&["provider"], &[])], &partly, &evidenced);
    let gates: Vec<(GateKind, bool)> = e
        .overall
        .gates
        .iter()
        .map(|g| (g.kind, g.lowered))
        .collect();
    assert_eq!(gates, [(GateKind::PartlyMetDuty, true)]);
    assert_eq!(e.overall.held_by.as_ref().unwrap().lifted_band, Some(3));

    // A prohibited system besides: the prohibited-use gate lowers the band (from largely to not ready)
    // and, applied first, leaves nothing for the unmet-duty gate to lower. Model 1 said the unmet gate
    // lowered it too.
    let mut banned = system(&["deployer"], &[("scope.deceive", one("yes"))]);
    banned.id = "s2".into();
    banned.name = "Banned".into();
    let systems = || vec![system(&["provider"], &[]), banned.clone()];
    let e = run2(systems(), &answers, &evidenced);
    let gates: Vec<(GateKind, bool)> = e
        .overall
        .gates
        .iter()
        .map(|g| (g.kind, g.lowered))
        .collect();
    assert_eq!(
        gates,
        [(GateKind::Prohibited, true), (GateKind::UnmetDuty, false)]
    );
    let hold = e.overall.held_by.as_ref().unwrap();
    assert_eq!((hold.kind, hold.lifted_band), (GateKind::Prohibited, None));
    assert!(gate_sentence(&catalog, &e)
        .unwrap()
        .en
        .contains("because Banned has a prohibited use"));
    let one = evaluate_v1(&catalog, &assessment(systems(), &answers, &evidenced));
    let gates: Vec<(GateKind, bool)> = one
        .overall
        .gates
        .iter()
        .map(|g| (g.kind, g.lowered))
        .collect();
    assert_eq!(
        gates,
        [(GateKind::Prohibited, true), (GateKind::UnmetDuty, true)]
    );

    // No gate lowers the band when everything is met.
    let e = run2(vec![system(&["provider"], &[])], &top, &evidenced);
    assert!(e.overall.held_by.is_none() && gate_sentence(&catalog, &e).is_none());
}

#[test]
fn model_2_gives_each_in_scope_system_its_own_readiness() {
    // s1: the provider's chatbot (medium): obligation `classify` is evidenced by risk.register, and the duty
    // binds through it. s2: a deployer's low-tier tool: its obligations name no readiness question.
    let mut tool = system(&["deployer"], &[("scope.chatbot", one("no"))]);
    tool.id = "s2".into();
    tool.name = "Tool".into();
    let mut outside = system(&["deployer"], &[("scope.ai_system", one("no"))]);
    outside.id = "s3".into();
    let (top, evidenced) = all_top(&[]);
    let answers = with(&top, &[("risk.register", level(1))]);
    let e = run2(
        vec![system(&["provider"], &[]), tool, outside],
        &answers,
        &evidenced,
    );
    let s1 = e.system("s1").unwrap().readiness.as_ref().unwrap();
    assert_eq!(s1.questions, ["risk.register"]);
    assert_eq!(s1.exact, ratio(300, 9));
    assert_eq!(s1.counts.not_met, 1);
    assert_eq!(s1.unmet_duties, ["risk.register"]);
    let s2 = e.system("s2").unwrap();
    assert_eq!(s2.triage.tier, Tier::Low);
    let r2 = s2.readiness.as_ref().unwrap();
    assert!(r2.questions.is_empty() && r2.exact.is_none() && r2.unmet_duties.is_empty());
    assert!(e.system("s3").unwrap().readiness.is_none(), "out of scope");
}

#[test]
fn model_2_trims_notes_and_links_before_counting_them_as_evidence() {
    let answers = [("transparency.notice", level(3))];
    let mut a = assessment(vec![system(&["deployer"], &[])], &answers, &[]);
    a.evidence.insert(
        "transparency.notice".into(),
        Evidence {
            note: " \n ".into(),
            links: vec![" ".into()],
        },
    );
    let e = evaluate(&catalog(), &a);
    let notice = e.item("transparency.notice").unwrap();
    assert_eq!(notice.level(), Some(2));
    assert!(!notice.evidence);
}
