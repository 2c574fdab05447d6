//! The assessment document: round trips, and every rejection with its exact code and JSON pointer, first
//! from decoding (shape), then from the check against the shipped catalog.

mod common;

use sansang_core::catalog;
use sansang_core::domain::{Lang, Version};
use sansang_core::format::assessment_file::{
    decode_backup, encode_backup, MAX_LINKS, MAX_NAME_CHARS, MAX_NOTE_CHARS,
};
use sansang_core::format::{
    check_against, decode_assessment, decode_assessment_bytes, encode_assessment, Problem,
    ProblemKind, MAX_DOCUMENT_BYTES,
};
use serde_json::{json, Value};

const SAMPLE: &str = include_str!("fixtures/assessment-sample.json");

fn sample() -> Value {
    serde_json::from_str(SAMPLE).expect("the sample parses")
}

/// The sample with one edit.
fn edited(edit: impl FnOnce(&mut Value)) -> String {
    let mut value = sample();
    edit(&mut value);
    value.to_string()
}

fn at<'v>(value: &'v mut Value, pointer: &str) -> &'v mut Value {
    value
        .pointer_mut(pointer)
        .unwrap_or_else(|| panic!("no {pointer} in the sample"))
}

fn codes(problems: &[Problem]) -> Vec<(&'static str, &str)> {
    problems
        .iter()
        .map(|p| (p.code(), p.path.as_str()))
        .collect()
}

/// Decoding `text` fails with exactly these (code, path) problems.
#[track_caller]
fn rejects(text: &str, expected: &[(&str, &str)]) {
    match decode_assessment(text) {
        Ok(_) => panic!("accepted; expected {expected:?}"),
        Err(problems) => {
            assert_eq!(codes(&problems), expected, "{problems:#?}");
            for problem in &problems {
                let message = problem.message();
                assert!(!message.vi.is_empty() && !message.en.is_empty());
                assert!(ProblemKind::CODES.contains(&problem.code()));
            }
        }
    }
}

/// Decoding succeeds and the check against the shipped catalog gives exactly these problems.
#[track_caller]
fn checks(text: &str, expected: &[(&str, &str)]) {
    let assessment = decode_assessment(text).unwrap_or_else(|p| panic!("{p:#?}"));
    let catalog = catalog::builtin().expect("shipped content");
    let problems = check_against(&catalog, &assessment);
    assert_eq!(codes(&problems), expected, "{problems:#?}");
}

#[test]
fn the_sample_decodes_checks_and_round_trips() {
    let assessment = decode_assessment(SAMPLE).expect("the sample decodes");
    assert_eq!(assessment.id, "a-20261123-x7k2");
    assert_eq!(assessment.systems.len(), 2);
    assert_eq!(assessment.readiness.len(), 27);
    assert_eq!(assessment.created.0, 1_795_440_005_123);
    let catalog = catalog::builtin().expect("shipped content");
    assert_eq!(check_against(&catalog, &assessment), []);
    // decode(encode(a)) == a, and encode(decode(x)) is stable.
    let encoded = encode_assessment(&assessment);
    assert_eq!(decode_assessment(&encoded).unwrap(), assessment);
    assert_eq!(
        encode_assessment(&decode_assessment(&encoded).unwrap()),
        encoded
    );
    // The fixed key order starts with the format tag.
    assert!(encoded.starts_with("{\n  \"format\": \"sansang.assessment\",\n  \"version\": 1,"));
}

#[test]
fn backups_hold_several_assessments() {
    let one = decode_assessment(SAMPLE).unwrap();
    let mut two = one.clone();
    two.id = "a-2".into();
    let text = encode_backup(&[one.clone(), two.clone()]);
    assert_eq!(decode_backup(&text).unwrap(), [one.clone(), two]);
    let duplicate = encode_backup(&[one.clone(), one]);
    let problems = decode_backup(&duplicate).unwrap_err();
    assert_eq!(
        codes(&problems),
        [("assessment.duplicate", "/assessments/1/id")]
    );
    // A backup where one assessment is expected, and the other way round.
    rejects(&text, &[("format.is_backup", "/format")]);
    let problems = decode_backup(SAMPLE).unwrap_err();
    assert_eq!(codes(&problems), [("format.is_assessment", "/format")]);
}

#[test]
fn documents_that_are_not_assessments_say_what_they_are() {
    rejects(
        &"x".repeat(MAX_DOCUMENT_BYTES + 1),
        &[("document.too_large", "")],
    );
    rejects("{\"format\": ", &[("document.truncated", "")]);
    rejects("{\"format\": x}", &[("document.not_json", "")]);
    // A stored entry that is empty is empty, not a JSON document that "ends too early".
    rejects("", &[("document.empty", "")]);
    rejects(" \n\t", &[("document.empty", "")]);
    rejects("[1, 2]", &[("document.not_object", "")]);
    rejects(common::READINESS, &[("format.is_questionnaire", "/format")]);
    rejects(common::SOURCE, &[("format.is_source", "/format")]);
    rejects(
        r#"{"format": "sansang.compiled", "version": 1, "catalog": [[], []]}"#,
        &[("format.is_content_bundle", "/format")],
    );
    rejects(
        r#"{"format": "x.y", "version": 1}"#,
        &[("format.unknown", "/format")],
    );
    rejects(
        r#"{"version": 1, "id": "a"}"#,
        &[("format.missing", "/format")],
    );
    let problems = decode_assessment_bytes(&[0xff, 0xfe, 0x00, 0x7b]).unwrap_err();
    assert_eq!(codes(&problems), [("document.not_text", "")]);
    let message = ProblemKind::WrongFormat {
        found: sansang_core::format::problem::Found::Questionnaire,
    }
    .message();
    assert!(message.en.contains("questionnaire file"), "{}", message.en);
}

#[test]
fn versions_newer_unknown_and_missing_are_distinct() {
    rejects(
        &edited(|d| d["version"] = json!(2)),
        &[("version.newer", "/version")],
    );
    let problems = decode_assessment(&edited(|d| d["version"] = json!(2))).unwrap_err();
    assert!(problems[0]
        .message()
        .en
        .contains("written by a newer version"));
    rejects(
        &edited(|d| d["version"] = json!(0)),
        &[("version.unknown", "/version")],
    );
    rejects(
        &edited(|d| d["version"] = json!("1")),
        &[("version.unknown", "/version")],
    );
    rejects(
        &edited(|d| {
            d.as_object_mut().unwrap().remove("version");
        }),
        &[("version.missing", "/version")],
    );
}

#[test]
fn fields_ids_and_timestamps_are_strict() {
    rejects(
        &edited(|d| {
            d["colour"] = json!("red");
            at(d, "/systems/0")["colour"] = json!(1);
            at(d, "/evidence/risk.inventory")["size"] = json!(1);
            at(d, "/plan/risk.portal_notification")["priority"] = json!(1);
        }),
        &[
            ("field.unknown", "/colour"),
            ("field.unknown", "/systems/0/colour"),
            ("field.unknown", "/evidence/risk.inventory/size"),
            ("field.unknown", "/plan/risk.portal_notification/priority"),
        ],
    );
    rejects(
        &edited(|d| {
            d.as_object_mut().unwrap().remove("created");
        }),
        &[("field.missing", "/created")],
    );
    rejects(
        &edited(|d| d["name"] = json!(5)),
        &[("field.type", "/name")],
    );
    rejects(
        &edited(|d| d["systems"] = json!({})),
        &[("field.type", "/systems")],
    );
    rejects(
        &edited(|d| d["id"] = json!("a b")),
        &[("id.invalid", "/id")],
    );
    rejects(
        &edited(|d| at(d, "/systems/1")["id"] = json!("s/2")),
        &[("id.invalid", "/systems/1/id")],
    );
    rejects(
        &edited(|d| at(d, "/systems/1")["id"] = json!("s1")),
        &[("system.duplicate", "/systems/1/id")],
    );
    for bad in [
        "2026-11-23 13:20:05Z",
        "2026-11-23T13:20:05+07:00",
        "yesterday",
    ] {
        rejects(
            &edited(|d| d["updated"] = json!(bad)),
            &[("timestamp.invalid", "/updated")],
        );
    }
    rejects(
        &edited(|d| at(d, "/plan/risk.portal_notification")["due"] = json!("2027-02-30")),
        &[("date.invalid", "/plan/risk.portal_notification/due")],
    );
    rejects(
        &edited(|d| d["profile"]["org.founded"] = json!({"date": "31/01/2027"})),
        &[("date.invalid", "/profile/org.founded/date")],
    );
    rejects(
        &edited(|d| d["name"] = json!("x".repeat(MAX_NAME_CHARS + 1))),
        &[("text.too_long", "/name")],
    );
    rejects(
        &edited(|d| {
            at(d, "/evidence/risk.inventory")["note"] = json!("x".repeat(MAX_NOTE_CHARS + 1))
        }),
        &[("text.too_long", "/evidence/risk.inventory/note")],
    );
    rejects(
        &edited(|d| {
            at(d, "/evidence/risk.inventory")["links"] =
                json!(vec!["https://example.vn/x"; MAX_LINKS + 1])
        }),
        &[("list.too_many", "/evidence/risk.inventory/links")],
    );
    rejects(
        &edited(|d| at(d, "/evidence/risk.inventory")["links"] = json!(["javascript:alert(1)"])),
        &[("link.unsafe", "/evidence/risk.inventory/links/0")],
    );
    rejects(
        &edited(|d| at(d, "/plan/risk.portal_notification")["status"] = json!("blocked")),
        &[(
            "plan.status_invalid",
            "/plan/risk.portal_notification/status",
        )],
    );
    rejects(
        &edited(|d| d["questionnaires"]["readiness"] = json!("1.0")),
        &[("questionnaire.version_invalid", "/questionnaires/readiness")],
    );
    rejects(
        &edited(|d| d["questionnaires"]["report"] = json!("1.0.0")),
        &[("questionnaire.unknown", "/questionnaires/report")],
    );
}

#[test]
fn answers_use_one_of_the_encodings() {
    rejects(
        &edited(|d| d["readiness"]["Risk Inventory"] = json!({"level": 1})),
        &[("question.invalid_id", "/readiness/Risk Inventory")],
    );
    for bad in [
        json!({"level": 1, "na": "x"}),
        json!("yes"),
        json!({"score": 1}),
        json!(null),
    ] {
        rejects(
            &edited(|d| d["readiness"]["risk.inventory"] = bad),
            &[("answer.invalid", "/readiness/risk.inventory")],
        );
    }
    for bad in [json!(256), json!(-1), json!(1.5), json!("2")] {
        rejects(
            &edited(|d| d["readiness"]["risk.inventory"] = json!({"level": bad})),
            &[("answer.level_invalid", "/readiness/risk.inventory/level")],
        );
    }
    rejects(
        &edited(|d| {
            at(d, "/systems/1/answers")["triage.role.roles"] =
                json!({"choices": ["provider", "provider"]})
        }),
        &[(
            "answer.duplicate_choice",
            "/systems/1/answers/triage.role.roles/choices/1",
        )],
    );
}

#[test]
fn the_check_against_the_catalog_reports_what_does_not_fit() {
    checks(
        &edited(|d| d["questionnaires"]["readiness"] = json!("2.0.0")),
        &[("questionnaire.major_mismatch", "/questionnaires/readiness")],
    );
    checks(
        &edited(|d| d["questionnaires"]["triage"] = json!("1.2.0")),
        &[("questionnaire.newer", "/questionnaires/triage")],
    );
    // A newer patch changes only wording: accepted.
    checks(
        &edited(|d| d["questionnaires"]["profile"] = json!("1.0.7")),
        &[],
    );
    checks(
        &edited(|d| {
            d["readiness"]["risk.nope"] = json!({"level": 1});
            at(d, "/systems/0/answers")["org.sector"] = json!({"choice": "finance"});
        }),
        &[
            // A profile answer filed under a system's triage answers.
            ("answer.unknown_question", "/systems/0/answers/org.sector"),
            ("answer.unknown_question", "/readiness/risk.nope"),
        ],
    );
    checks(
        &edited(|d| {
            d["readiness"]["risk.inventory"] = json!({"choice": "yes"});
            d["profile"]["org.size"] = json!({"level": 2});
        }),
        &[
            ("answer.kind_mismatch", "/profile/org.size"),
            ("answer.kind_mismatch", "/readiness/risk.inventory"),
        ],
    );
    checks(
        &edited(|d| {
            d["profile"]["org.sector"] = json!({"choice": "mining"});
            at(d, "/systems/1/answers")["triage.role.roles"] =
                json!({"choices": ["provider", "importer"]});
        }),
        &[
            ("answer.unknown_option", "/profile/org.sector/choice"),
            (
                "answer.unknown_option",
                "/systems/1/answers/triage.role.roles/choices/1",
            ),
        ],
    );
    checks(
        &edited(|d| d["readiness"]["risk.inventory"] = json!({"level": 4})),
        &[(
            "answer.level_out_of_scale",
            "/readiness/risk.inventory/level",
        )],
    );
    checks(
        &edited(|d| d["readiness"]["risk.inventory"] = json!({"na": "no AI"})),
        &[("answer.na_not_allowed", "/readiness/risk.inventory/na")],
    );
    checks(
        &edited(|d| {
            d["evidence"]["org.sector"] = json!({"note": "x"});
            d["plan"]["triage.high.list"] = json!({"owner": "x"});
        }),
        &[
            ("evidence.unknown_question", "/evidence/org.sector"),
            ("plan.unknown_question", "/plan/triage.high.list"),
        ],
    );
}

#[test]
fn an_older_minor_version_is_accepted() {
    let mut catalog = catalog::builtin().unwrap();
    for questionnaire in &mut catalog.questionnaires {
        questionnaire.version = Version::parse("1.2.3").unwrap();
    }
    let assessment = decode_assessment(SAMPLE).unwrap();
    assert_eq!(check_against(&catalog, &assessment), []);
}

#[test]
fn problems_print_as_path_and_message_in_either_language() {
    let problems = decode_assessment(&edited(|d| d["id"] = json!("a b"))).unwrap_err();
    assert_eq!(
        problems[0].display(Lang::En),
        "/id: invalid id `a b` (1–64 characters of A–Z, a–z, 0–9, _ or -)"
    );
    assert!(problems[0]
        .display(Lang::Vi)
        .starts_with("/id: mã `a b` không hợp lệ"));
    let whole = decode_assessment("nope").unwrap_err();
    assert_eq!(
        whole[0].to_string(),
        "(document): not valid JSON (line 1, column 2)"
    );
    // The label for "the whole document" is translated too; a pointer is the same in both languages.
    assert_eq!(
        whole[0].display(Lang::Vi),
        "(tài liệu): không phải JSON hợp lệ (dòng 1, cột 2)"
    );
    assert_eq!(whole[0].location(Lang::Vi), "(tài liệu)");
    assert_eq!(whole[0].location(Lang::En), "(document)");
    assert_eq!(problems[0].location(Lang::Vi), "/id");
    for problem in [&whole[0], &problems[0]] {
        assert!(!problem.display(Lang::Vi).contains("(document)"));
    }
}
