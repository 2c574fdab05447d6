//! The shipped catalog with the sample assessment (tests/fixtures/assessment-sample.json): a bank that deploys
//! a vendor chatbot and develops, provides and deploys a retail credit-scoring model. Golden numbers, and the
//! `sansang score` command end to end.

use std::process::Command;

use sansang_core::catalog;
use sansang_core::domain::{evaluate, ActionGroup, DueBy, GateKind, PlanStatus, Tier};
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

    // 119 readiness questions are visible, 27 answered; one valid N/A (human.vulnerable_groups). (Readiness
    // 1.1.0 split accountability.liability_recourse in two, both visible here and unanswered.)
    let c = e.overall.confidence;
    assert_eq!(
        (c.visible, c.answered, c.counted, c.dont_know),
        (119, 27, 118, 1)
    );
    assert!(e.overall.provisional);
    // The risk section: all 17 questions visible, none N/A, Σw = 43; Σ w·level =
    // inventory 2·3 + roles 2·2 + classification 3·2 + high_risk_list 2·3 + dossier 3·1 + notification 0
    // + management 3·2 + use_within_scope 3·2 + legacy 3·1 = 40 → 100 × 40 / (3 · 43) = 31.007…
    let risk = e.section("risk").unwrap();
    assert_eq!(risk.confidence.counted, 17);
    assert!((risk.score.unwrap() - 4000.0 / 129.0).abs() < 1e-9);
    // Overall: 11.1, not ready; both duty gates hold without lowering the band. Before the split it was
    // 11.199_525_984_437_285; the split adds an unanswered weight-2 question to accountability, whose score
    // goes from 100 × 18 / (3 · 32) = 18.75 to 100 × 18 / (3 · 34) = 17.647…, and with ten sections of weight
    // 1 the index falls by (18.75 − 17.647…) / 10 = 0.110 294….
    let index = e.overall.index.unwrap();
    let accountability = e.section("accountability").unwrap().score.unwrap();
    assert!(
        (accountability - 1800.0 / 102.0).abs() < 1e-9,
        "{accountability}"
    );
    assert!(
        (index - (11.199_525_984_437_285 - (18.75 - 1800.0 / 102.0) / 10.0)).abs() < 1e-9,
        "{index}"
    );
    assert_eq!(e.band().unwrap().id, "not_ready");
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
    assert_eq!(value["model"], "1");
    assert_eq!(value["overall"]["band"], "not_ready");
    assert_eq!(value["overall"]["index_text"], "11.1");
    assert_eq!(value["systems"][1]["tier"], "high");
    assert_eq!(value["plan"][0]["question"], "risk.portal_notification");
    assert_eq!(value["questionnaires"][2]["version"], "1.1.0");
    let vi = sansang(&["score", SAMPLE_PATH, "--lang", "vi"]);
    let value: Value = serde_json::from_slice(&vi.stdout).expect("JSON");
    assert_eq!(value["overall"]["index_text"], "11,1");
    assert_eq!(value["overall"]["band_label"], "Chưa sẵn sàng");
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
