//! Importing a file: what `decode_import` accepts, how it names everything else (exact code and pointer),
//! and the whole flow from a file to the new saved list with `plan_import` and `apply_import`.

use std::collections::BTreeMap;

use sansang_core::catalog;
use sansang_core::domain::{
    apply_import, evaluate, plan_import, Assessment, ImportStatus, Lang, QuestionnaireVersions,
    Resolution, Timestamp,
};
use sansang_core::format::assessment_file::{encode_backup, MAX_ASSESSMENTS, MAX_DOCUMENT_BYTES};
use sansang_core::format::{
    decode_assessment, decode_import, encode_assessment, evaluation_json, Incoming, Problem,
    ProblemKind, MAX_IMPORT_BYTES,
};
use serde_json::{json, Value};

const SAMPLE: &str = include_str!("fixtures/assessment-sample.json");
const BACKUP: &str = include_str!("fixtures/storage/v1/backup.json");
const READINESS: &str = include_str!("../../questionnaires/readiness.json");
const SCHEMA: &str = include_str!("../../questionnaires/questionnaire.schema.json");
const SOURCE: &str = include_str!("../../seeds/law-134-2025.json");

fn codes(problems: &[Problem]) -> Vec<(&'static str, &str)> {
    problems
        .iter()
        .map(|p| (p.code(), p.path.as_str()))
        .collect()
}

/// Importing `bytes` fails with exactly these (code, path) problems, each with a message in both languages.
#[track_caller]
fn refused(bytes: &[u8], expected: &[(&str, &str)]) -> Vec<Problem> {
    match decode_import(bytes) {
        Ok(incoming) => panic!("accepted {incoming:?}; expected {expected:?}"),
        Err(problems) => {
            assert_eq!(codes(&problems), expected, "{problems:#?}");
            for problem in &problems {
                let message = problem.message();
                assert!(!message.vi.is_empty() && !message.en.is_empty());
                assert_ne!(message.vi, message.en);
                assert!(ProblemKind::CODES.contains(&problem.code()));
            }
            problems
        }
    }
}

#[test]
fn an_assessment_document_comes_in_as_one_assessment() {
    let expected = decode_assessment(SAMPLE).unwrap();
    let incoming = decode_import(SAMPLE.as_bytes()).unwrap();
    assert_eq!(incoming, Incoming::Assessment(expected.clone()));
    assert_eq!(incoming.assessments(), std::slice::from_ref(&expected));
    assert_eq!(incoming.into_assessments(), std::slice::from_ref(&expected));
    // A UTF-8 byte order mark, as some editors write, is skipped.
    let with_bom = [b"\xEF\xBB\xBF".as_slice(), SAMPLE.as_bytes()].concat();
    assert_eq!(
        decode_import(&with_bom).unwrap(),
        Incoming::Assessment(expected)
    );
}

#[test]
fn a_backup_comes_in_as_its_assessments_in_order() {
    let Incoming::Backup(list) = decode_import(BACKUP.as_bytes()).unwrap() else {
        panic!("not a backup");
    };
    let ids: Vec<&str> = list.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a-20261201-hn01", "a-20270110-hcm2"]);
    // An empty backup is a valid backup with nothing in it.
    let empty = encode_backup(&[]);
    assert_eq!(
        decode_import(empty.as_bytes()).unwrap(),
        Incoming::Backup(vec![])
    );
    // A backup may be larger than one assessment document may.
    let padded = format!("{BACKUP}{}", " ".repeat(MAX_DOCUMENT_BYTES));
    assert!(matches!(
        decode_import(padded.as_bytes()),
        Ok(Incoming::Backup(_))
    ));
}

#[test]
fn duplicate_ids_in_a_backup_refuse_the_whole_backup() {
    let one = decode_assessment(SAMPLE).unwrap();
    let mut other = one.clone();
    other.name = "Another assessment with the same id".into();
    let text = encode_backup(&[one.clone(), other, one]);
    refused(
        text.as_bytes(),
        &[
            ("assessment.duplicate", "/assessments/1/id"),
            ("assessment.duplicate", "/assessments/2/id"),
        ],
    );
}

#[test]
fn a_backup_at_the_limit_is_accepted_and_one_more_is_refused() {
    let one = |n: usize| Assessment {
        id: format!("a-{n}"),
        versions: QuestionnaireVersions {
            profile: "1.0.0".into(),
            triage: "1.0.0".into(),
            readiness: "1.0.0".into(),
        },
        ..Assessment::default()
    };
    let full: Vec<Assessment> = (0..MAX_ASSESSMENTS).map(one).collect();
    let text = encode_backup(&full);
    assert_eq!(decode_import(text.as_bytes()), Ok(Incoming::Backup(full)));
    let over: Vec<Assessment> = (0..=MAX_ASSESSMENTS).map(one).collect();
    let problems = decode_import(encode_backup(&over).as_bytes()).unwrap_err();
    assert_eq!(problems[0].code(), "list.too_many");
}

#[test]
fn sizes_are_checked_before_anything_is_parsed() {
    // Far over the limit, and not JSON either: only the size is reported.
    let problems = refused(
        &vec![b'{'; MAX_IMPORT_BYTES + 1],
        &[("document.too_large", "")],
    );
    assert_eq!(
        problems[0].kind,
        ProblemKind::TooLarge {
            bytes: MAX_IMPORT_BYTES + 1,
            max: MAX_IMPORT_BYTES
        }
    );
    // One assessment is held to the smaller document limit.
    let padded = format!("{SAMPLE}{}", " ".repeat(MAX_DOCUMENT_BYTES));
    let problems = refused(padded.as_bytes(), &[("document.too_large", "")]);
    assert!(matches!(
        problems[0].kind,
        ProblemKind::TooLarge { max, .. } if max == MAX_DOCUMENT_BYTES
    ));
}

#[test]
fn files_that_are_not_text_or_not_json_say_so() {
    refused(b"", &[("document.empty", "")]);
    refused(b"\n  \r\n\t", &[("document.empty", "")]);
    // UTF-16 (as "Unicode" in old editors), Latin-1, and a PDF.
    let utf16: Vec<u8> = SAMPLE.encode_utf16().flat_map(u16::to_le_bytes).collect();
    refused(
        &[&[0xff, 0xfe][..], &utf16].concat(),
        &[("document.not_text", "")],
    );
    refused(
        b"{\"name\": \"Ng\xe2n h\xe0ng\"}",
        &[("document.not_text", "")],
    );
    refused(
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        &[("document.not_text", "")],
    );
    // A CSV export, and a JSON document cut short.
    let problems = refused(
        b"question,level\nrisk.inventory,3\n",
        &[("document.not_json", "")],
    );
    assert_eq!(
        problems[0].message().en,
        "not valid JSON (line 1, column 1)"
    );
    refused(&SAMPLE.as_bytes()[..200], &[("document.truncated", "")]);
}

#[test]
fn other_json_is_named_for_what_it_is() {
    for top in [
        "[]",
        "[{\"format\": \"sansang.assessment\"}]",
        "\"text\"",
        "42",
        "null",
        "true",
    ] {
        refused(top.as_bytes(), &[("document.not_object", "")]);
    }
    refused(b"{}", &[("format.missing", "/format")]);
    refused(
        br#"{"name": "Quarterly review", "answers": {}}"#,
        &[("format.missing", "/format")],
    );
    refused(SCHEMA.as_bytes(), &[("format.missing", "/format")]);
    let problems = refused(
        br#"{"format": "acme.export", "version": 3}"#,
        &[("format.unknown", "/format")],
    );
    assert!(problems[0].message().en.contains("`acme.export`"));
    refused(br#"{"format": 7}"#, &[("format.unknown", "/format")]);
}

#[test]
fn content_files_and_results_are_not_assessments() {
    let problems = refused(
        READINESS.as_bytes(),
        &[("format.is_questionnaire", "/format")],
    );
    assert!(problems[0].message().en.contains("questionnaire file"));
    refused(SOURCE.as_bytes(), &[("format.is_source", "/format")]);
    // The compiled catalog the app fetches (`content.json`) is named as the content bundle.
    refused(
        br#"{"format": "sansang.compiled", "version": 1, "catalog": [[], []]}"#,
        &[("format.is_content_bundle", "/format")],
    );
    // The JSON of `sansang score` has `sections` too, but it is results, not a questionnaire.
    let catalog = catalog::builtin().unwrap();
    let assessment = decode_assessment(SAMPLE).unwrap();
    let results = evaluation_json::evaluation(&catalog, &evaluate(&catalog, &assessment), Lang::En);
    let problems = refused(
        results.to_string().as_bytes(),
        &[("format.is_results", "/format")],
    );
    assert!(problems[0].message().en.contains("hold no answers"));
    assert!(problems[0].message().vi.contains("không chứa câu trả lời"));
}

#[test]
fn problems_inside_a_document_keep_their_codes_and_pointers() {
    let mut value: Value = serde_json::from_str(BACKUP).unwrap();
    value["assessments"][1]["id"] = json!("a b");
    value["assessments"][0]["readiness"]["risk.inventory"] = json!({"level": -1});
    refused(
        value.to_string().as_bytes(),
        &[
            (
                "answer.level_invalid",
                "/assessments/0/readiness/risk.inventory/level",
            ),
            ("id.invalid", "/assessments/1/id"),
        ],
    );
    let mut value: Value = serde_json::from_str(SAMPLE).unwrap();
    value.as_object_mut().unwrap().remove("version");
    refused(
        value.to_string().as_bytes(),
        &[("version.missing", "/version")],
    );
}

/// The whole flow: a backup file, saved assessments that overlap it, the user's choices, the new list.
#[test]
fn a_backup_imports_into_the_saved_list() {
    let file = decode_import(BACKUP.as_bytes()).unwrap().into_assessments();
    let sample = decode_assessment(SAMPLE).unwrap();
    // Saved: the sample, the backup's first assessment unchanged but saved later, and its second one
    // edited on this device.
    let mut first = file[0].clone();
    first.updated = Timestamp(first.updated.0 + 60_000);
    let mut second = file[1].clone();
    second.name = "HCMC branch — edited here".into();
    second.updated = Timestamp(second.updated.0 + 3_600_000);
    let existing = vec![sample.clone(), first.clone(), second.clone()];

    let plan = plan_import(&existing, file.clone());
    assert_eq!(plan.items[0].status, ImportStatus::Identical);
    let ImportStatus::Conflict {
        existing: mine,
        incoming: theirs,
    } = &plan.items[1].status
    else {
        panic!("{:?}", plan.items[1].status);
    };
    assert_eq!(mine.name, "HCMC branch — edited here");
    assert_eq!(theirs.name, "HCMC branch — follow-up");
    assert!(mine.updated > theirs.updated);

    let mut ids = ["a-20270301-copy"].into_iter().map(String::from);
    let mut new_id = || ids.next().unwrap_or_default();
    let keep_both = BTreeMap::from([(file[1].id.clone(), Resolution::KeepBoth)]);
    let result = apply_import(&existing, &plan, &keep_both, &mut new_id);
    assert_eq!(result[..3], existing[..]);
    assert_eq!(
        result[3],
        Assessment {
            id: "a-20270301-copy".into(),
            ..file[1].clone()
        }
    );
    // Every assessment in the new list can be stored and read back.
    for assessment in &result {
        assert_eq!(
            decode_assessment(&encode_assessment(assessment)).as_ref(),
            Ok(assessment)
        );
    }

    let replace = BTreeMap::from([(file[1].id.clone(), Resolution::Replace)]);
    let result = apply_import(&existing, &plan, &replace, &mut String::new);
    assert_eq!(result, [sample.clone(), first.clone(), file[1].clone()]);

    let skip = BTreeMap::from([(file[1].id.clone(), Resolution::Skip)]);
    assert_eq!(
        apply_import(&existing, &plan, &skip, &mut String::new),
        existing
    );
}
