//! The shipped catalog with the sample assessment (tests/fixtures/assessment-sample.json): a bank that deploys
//! a vendor chatbot and develops, provides and deploys a retail credit-scoring model. Golden numbers, and the
//! `sansang score` command end to end.

use std::process::Command;

use sansang_core::catalog;
use sansang_core::domain::{
    evaluate, evaluate_with, model_changes, ActionGroup, Counts, DueBy, GateKind, ModelVersion,
    PlanStatus, Ratio, Tier,
};
use sansang_core::format::decode_assessment;
use serde_json::Value;

const SAMPLE: &str = include_str!("fixtures/assessment-sample.json");
const SAMPLE_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/assessment-sample.json"
);

#[test]
fn the_sample_scores_as_computed_by_hand() {
    let catalog = catalog::builtin().expect("shipped content");
    let assessment = decode_assessment(SAMPLE).expect("sample");
    let e = evaluate(&catalog, &assessment);

    // The chatbot is interactive and generative: medium. The credit model is on the List: high. Both were
    // operating before 1 March 2026 in finance: transition by 1 September 2027.
    let tiers: Vec<(&str, Tier)> = e
        .systems
        .iter()
        .map(|s| (s.id.as_str(), s.triage.tier))
        .collect();
    assert_eq!(tiers, [("s1", Tier::Medium), ("s2", Tier::High)]);
    for system in &e.systems {
        assert_eq!(
            system.triage.transition.as_ref().unwrap().date.iso(),
            "2027-09-01"
        );
    }
    assert_eq!(e.settings.tau, 2.0);

    // 119 readiness questions are visible (readiness 1.1.0 split accountability.liability_recourse in two,
    // both visible here; the new accountability.liability_insurance is unanswered), 27 answered, one of them
    // "don't know", which is not known: coverage 26/119 = 21.8 %. One valid N/A (human.vulnerable_groups).
    let c = e.overall.confidence;
    assert_eq!(
        (c.visible, c.answered, c.known, c.counted, c.dont_know),
        (119, 27, 26, 118, 1)
    );
    assert_eq!(c.not_applicable, 1);
    assert_eq!(
        e.overall.counts,
        Counts {
            met: 5,
            partly_met: 12,
            not_met: 8,
            not_applicable: 1,
            dont_know: 1,
            unanswered: 92
        }
    );
    // Provisional for one reason only: 92 unanswered. N/A 1/119 and "don't know" 1/119 are under 25 % and 10 %.
    assert!(e.overall.provisional);
    let reasons: Vec<&str> = e
        .overall
        .provisional_reasons
        .iter()
        .map(|r| r.id())
        .collect();
    assert_eq!(reasons, ["unanswered"]);
    let na = e.not_applicable();
    assert_eq!(na.len(), 1);
    assert_eq!((na[0].0, na[0].1), ("human.vulnerable_groups", "human"));
    assert!(na[0].2.starts_with("Retail banking only"));
    // The risk section: all 17 questions visible, none N/A, Σw = 43; Σ w·level =
    // inventory 2·3 + roles 2·2 + classification 3·2 + high_risk_list 2·3 + dossier 3·1 + notification 0
    // + management 3·2 + use_within_scope 3·2 + legacy 3·1 = 40 → 100 × 40 / (3 · 43) = 31.007…
    let risk = e.section("risk").unwrap();
    assert_eq!(risk.confidence.counted, 17);
    assert!((risk.score.unwrap() - 4000.0 / 129.0).abs() < 1e-9);
    // Overall (model 2, pooled): the counted items weigh Σw = 255 (253 before the split, plus the weight-2
    // accountability.liability_insurance) and score Σ w·level = 111, so R = 100 × 111 / (3 × 255) =
    // 11100/765 = 14.509…, shown 14.5; not ready. The derived section weights (Σw per section) add up to 255.
    assert_eq!(e.overall.exact_index, Ratio::new(11_100, 765));
    assert_eq!(
        e.overall
            .exact_index
            .unwrap()
            .text(sansang_core::domain::Lang::En),
        "14.5"
    );
    let weights: f64 = e.settings.section_weights.iter().map(|(_, w)| w).sum();
    assert_eq!(weights, 255.0);
    assert_eq!(e.section("risk").unwrap().weight, 43.0);
    assert_eq!(e.band().unwrap().id, "not_ready");
    // Both duty gates hold without lowering the band (the index is already in the lowest band), so no
    // gate holds it down.
    assert!(e.overall.held_by.is_none());
    let gates: Vec<(GateKind, bool)> = e
        .overall
        .gates
        .iter()
        .map(|g| (g.kind, g.lowered))
        .collect();
    assert_eq!(
        gates,
        [
            (GateKind::UnmetDuty, false),
            (GateKind::PartlyMetDuty, false)
        ]
    );
    // A claimed 3 without evidence is counted as 2.
    assert_eq!(
        e.item("transparency.ai_interaction_notice")
            .unwrap()
            .level(),
        Some(2)
    );

    // The lift list ends at "partly ready".
    let last = e.lift.last().unwrap();
    assert_eq!(e.settings.bands[last.band].id, "partial");
    assert!(e.lift[..e.lift.len() - 1].iter().all(|s| s.band == 0));

    // The plan starts with the unmet duty the compliance team is already working on.
    let first = &e.plan[0];
    assert_eq!(first.question, "risk.portal_notification");
    assert_eq!(first.group, ActionGroup::UnmetDuty);
    assert_eq!(first.entry.as_ref().unwrap().status, PlanStatus::InProgress);
    assert!(
        matches!(&first.deadline, Some(DueBy::Date { date, .. }) if date.iso() == "2027-09-01")
    );
    let groups: Vec<ActionGroup> = e.plan.iter().map(|a| a.group).collect();
    assert!(groups.windows(2).all(|w| w[0] <= w[1]), "groups in order");
    // 118 counted items, 5 at level 3 with evidence: 113 gaps.
    assert_eq!(e.plan.len(), 113);

    // Per system: the credit model (high) has more questions behind its obligations than the chatbot.
    let chatbot = e.system("s1").unwrap().readiness.as_ref().unwrap();
    let credit = e.system("s2").unwrap().readiness.as_ref().unwrap();
    assert_eq!((chatbot.questions.len(), credit.questions.len()), (29, 51));
    assert_eq!(chatbot.counts.visible(), 29);
    assert_eq!(credit.counts.dont_know, 1);
    assert!(credit
        .unmet_duties
        .contains(&"risk.portal_notification".to_string()));

    // Model 1 still gives its own figures (11.1: the mean of the ten section scores), and the list of
    // what model 2 changes names them. Before the split of accountability.liability_recourse it was
    // 11.199_525_984_437_285; the split adds an unanswered weight-2 question to accountability, whose score
    // goes from 100 × 18 / (3 · 32) = 18.75 to 100 × 18 / (3 · 34) = 17.647…, and with ten sections of
    // weight 1 the model-1 index falls by (18.75 − 17.647…) / 10 = 0.110 294….
    let one = evaluate_with(&catalog, &assessment, ModelVersion::V1);
    let index = one.overall.index.unwrap();
    assert!(
        (index - (11.199_525_984_437_285 - (18.75 - 1800.0 / 102.0) / 10.0)).abs() < 1e-9,
        "{index}"
    );
    assert_eq!(one.model, "1");
    assert_eq!(one.section("risk").unwrap().exact, risk.exact);
    let changes = model_changes(&catalog, &assessment);
    let index_change = changes
        .iter()
        .find(|c| c.figure == "overall.index")
        .unwrap();
    assert_eq!(
        (index_change.model1.as_str(), index_change.model2.as_str()),
        ("11.1", "14.5")
    );
    let coverage = changes
        .iter()
        .find(|c| c.figure == "overall.coverage")
        .unwrap();
    assert_eq!(
        (coverage.model1.as_str(), coverage.model2.as_str()),
        ("22.7%", "21.8%")
    );
    assert!(changes.iter().all(|c| !c.figure.ends_with(".score")));
}

fn sansang(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_sansang"))
        .args(args)
        .output()
        .expect("the command runs")
}

#[test]
fn score_prints_the_result_as_json() {
    let output = sansang(&["score", SAMPLE_PATH]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let value: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    assert_eq!(value["model"], "2");
    assert_eq!(value["overall"]["band"], "not_ready");
    assert_eq!(value["overall"]["index_text"], "14.5");
    assert_eq!(
        value["overall"]["index_exact"],
        serde_json::json!([11_100, 765])
    );
    assert_eq!(value["overall"]["counts"]["unanswered"], 92);
    assert_eq!(value["overall"]["counts"]["visible"], 119);
    assert_eq!(value["sections"][0]["counts"]["partly_met"], 4);
    assert_eq!(
        value["not_applicable"][0]["question"],
        "human.vulnerable_groups"
    );
    assert_eq!(value["systems"][1]["readiness"]["counts"]["visible"], 51);
    assert_eq!(value["settings"]["max_not_applicable_percent"], 25);
    assert_eq!(value["changes_from_model_1"][0]["figure"], "overall.index");
    assert_eq!(value["systems"][1]["tier"], "high");
    assert_eq!(value["plan"][0]["question"], "risk.portal_notification");
    assert_eq!(value["questionnaires"][2]["version"], "1.1.0");
    let vi = sansang(&["score", SAMPLE_PATH, "--lang", "vi"]);
    let value: Value = serde_json::from_slice(&vi.stdout).expect("JSON");
    assert_eq!(value["overall"]["index_text"], "14,5");
    assert_eq!(value["overall"]["band_label"], "Chưa sẵn sàng");
    let one = sansang(&["score", SAMPLE_PATH, "--model", "1"]);
    let value: Value = serde_json::from_slice(&one.stdout).expect("JSON");
    assert_eq!(value["model"], "1");
    assert_eq!(value["overall"]["index_text"], "11.1");
}

#[test]
fn score_rejects_bad_files_with_every_problem() {
    let dir = std::env::temp_dir().join(format!("sansang-score-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.json");
    let text = SAMPLE.replace("\"id\": \"s2\"", "\"id\": \"s1\"").replace(
        "\"risk.roles\": {\"level\": 2}",
        "\"risk.roles\": {\"level\": 9}",
    );
    std::fs::write(&bad, text).unwrap();
    let output = sansang(&["score", bad.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("/systems/1/id: two AI systems have the id `s1`"),
        "{stderr}"
    );
    assert!(output.stdout.is_empty());

    let garbage = dir.join("garbage.bin");
    std::fs::write(&garbage, [0u8, 159, 146, 150, 255]).unwrap();
    let output = sansang(&["score", garbage.to_str().unwrap(), "--lang", "vi"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("không phải văn bản UTF-8"));

    for path in [dir.to_str().unwrap(), "/no/such/file.json"] {
        let output = sansang(&["score", path]);
        assert_eq!(output.status.code(), Some(1), "{path}");
        assert!(String::from_utf8_lossy(&output.stderr).contains("cannot read the file"));
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn score_without_a_file_is_a_usage_error() {
    let output = sansang(&["score"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("`score` needs an assessment FILE"));
    assert_eq!(
        sansang(&["score", "a.json", "--lang", "fr"]).status.code(),
        Some(2)
    );
    let help = sansang(&["help"]);
    assert!(String::from_utf8_lossy(&help.stdout)
        .contains("sansang score core/tests/fixtures/assessment-sample.json"));
}

#[test]
fn marking_every_optional_item_not_applicable_is_flagged_for_review() {
    // The gaming case on the sample organisation: every visible question at 3 with evidence, except
    // the questions that allow N/A and carry no binding duty. At 0 they cost points; marked N/A "with any
    // word" they leave the denominator and the index reaches 100, but the N/A share (above 25 %) makes the
    // result provisional, with every N/A listed for review.
    let catalog = catalog::builtin().expect("shipped content");
    let mut assessment = decode_assessment(SAMPLE).expect("sample");
    assessment.readiness = Default::default();
    let e = evaluate(&catalog, &assessment);
    let visible: Vec<_> = e.items.iter().filter(|i| i.visible).collect();
    let optional: Vec<&str> = visible
        .iter()
        .filter(|i| {
            !i.binding()
                && catalog
                    .question(&i.question)
                    .and_then(|q| q.question.scored())
                    .is_some_and(|s| s.na)
        })
        .map(|i| i.question.as_str())
        .collect();
    assert_eq!((visible.len(), optional.len()), (119, 59));
    for item in &visible {
        assessment.readiness.set(
            item.question.clone(),
            sansang_core::domain::AnswerValue::Level(3),
        );
        assessment.evidence.insert(
            item.question.clone(),
            sansang_core::domain::Evidence {
                note: "Signed policy".into(),
                links: vec![],
            },
        );
    }
    let mut zero = assessment.clone();
    let mut gamed = assessment.clone();
    for question in &optional {
        zero.readiness
            .set(*question, sansang_core::domain::AnswerValue::Level(0));
        gamed.readiness.set(
            *question,
            sansang_core::domain::AnswerValue::NotApplicable { reason: "x".into() },
        );
    }
    let one = evaluate_with(&catalog, &zero, ModelVersion::V1);
    let zero = evaluate(&catalog, &zero);
    let gamed = evaluate(&catalog, &gamed);
    // At 0: 55.9 under model 1, 56.8 pooled under model 2. (The issue measured 56.3 / 57.3 and 58 of 118 on
    // readiness 1.0.0; the split of accountability.liability_recourse in 1.1.0 adds a 59th optional item.)
    assert_eq!(
        sansang_core::domain::locale::format_score(
            one.overall.index.unwrap(),
            sansang_core::domain::Lang::En
        ),
        "55.9"
    );
    let lost = zero.overall.exact_index.unwrap();
    assert_eq!(lost.text(sansang_core::domain::Lang::En), "56.8");
    assert!(!zero.overall.provisional);
    assert_eq!(gamed.overall.exact_index, Ratio::new(100, 1));
    assert!(gamed.overall.provisional);
    let reason = &gamed.overall.provisional_reasons;
    assert_eq!(reason.len(), 1);
    assert_eq!(
        reason[0].message().en,
        "59 of 119 questions (49.6%) are marked \"not applicable\", above the 25% threshold: the reasons need review"
    );
    assert_eq!(gamed.not_applicable().len(), 59);
    eprintln!(
        "gaming case: index with the 58 optional items at 0 = {} (model 2), all N/A = 100, provisional",
        lost.text(sansang_core::domain::Lang::En)
    );
}
