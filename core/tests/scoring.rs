//! Scoring model 1 (docs/scoring.md), golden cases on a small inline questionnaire: answers in, exact numbers
//! out. Every expected number is computed by hand in the comments.
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
    evaluate, ActionGroup, AiSystem, AnswerValue, Assessment, Catalog, Counting, DueBy,
    DutyBinding, Evaluation, Evidence, GateKind, ItemFlag, ObligationStatus, PlanEntry, PlanStatus,
    Tier,
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
        ], "gate_band": "partial", "evidence_level": 3},
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

fn run(systems: Vec<AiSystem>, answers: &[(&str, AnswerValue)], evidenced: &[&str]) -> Evaluation {
    evaluate(&catalog(), &assessment(systems, answers, evidenced))
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
    let e = evaluate(&catalog(), &a);
    let hidden = e.item("risk.hidden").unwrap();
    assert!(!hidden.visible && !hidden.counted());
    assert_eq!(hidden.counting, Counting::Unanswered);
    close(e.overall.index, 100.0);
    assert_eq!(e.overall.confidence.visible, 7);
    assert!(e.plan.is_empty());
    assert!(e.sections.iter().all(|s| s.costs.is_empty()));

    // When a system is high risk, it is visible and its level 0 counts: risk = 100 × (9 + 3 + 0)/(3·6) = 66.6…
    let listed = system(&["provider"], &[("scope.listed", one("yes"))]);
    let e = evaluate(
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
    let e = evaluate(&catalog, &assessment(vec![], &answers, &[]));
    assert_eq!(scores(&e), [None, None]);
    assert!(e.overall.not_assessed());
    assert_eq!((e.overall.index, e.overall.band), (None, None));
    assert!(e.overall.gates.is_empty() && e.lift.is_empty() && e.plan.is_empty());
    assert!(!e.overall.provisional, "everything visible is answered");

    // The prohibited-use gate still applies: not assessed, and not ready.
    let prohibited = system(&["deployer"], &[("scope.deceive", one("yes"))]);
    let e = evaluate(&catalog, &assessment(vec![prohibited], &answers, &[]));
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
