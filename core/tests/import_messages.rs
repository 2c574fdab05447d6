//! What the user reads after an import (issue 10, item 8): where a problem is (which assessment of a
//! backup), where a cut-short file stops, the "whole document" label in both languages, and what an import
//! did — a skipped copy is reported as skipped, never as identical.

use std::collections::{BTreeMap, BTreeSet};

use sansang_core::catalog;
use sansang_core::domain::{
    apply_import_avoiding, import_outcome, plan_import, Assessment, ImportCounts, Lang, Resolution,
};
use sansang_core::format::assessment_file::encode_backup;
use sansang_core::format::{
    check_import, decode_assessment, decode_import, Incoming, Problem, ProblemKind,
};
use serde_json::{json, Value};

const SAMPLE: &str = include_str!("fixtures/assessment-sample.json");
const BACKUP: &str = include_str!("fixtures/storage/v1/backup.json");

fn codes(problems: &[Problem]) -> Vec<(&'static str, &str)> {
    problems
        .iter()
        .map(|p| (p.code(), p.path.as_str()))
        .collect()
}

/// The one problem of importing `bytes`, which must be refused by decoding.
#[track_caller]
fn only_problem(bytes: &[u8]) -> Problem {
    let problems = decode_import(bytes).expect_err("refused");
    assert_eq!(problems.len(), 1, "{problems:#?}");
    problems.into_iter().next().unwrap()
}

// --- Which assessment of a backup holds the problem -------------------------------------------------------

#[test]
fn a_bad_answer_inside_a_backup_names_the_assessment_that_holds_it() {
    let catalog = catalog::builtin().unwrap();
    let mut value: Value = serde_json::from_str(BACKUP).unwrap();
    // Decodes (a level is a number), but the catalog's scale stops well below 9.
    value["assessments"][1]["readiness"]["risk.inventory"] = json!({"level": 9});
    let incoming = decode_import(value.to_string().as_bytes()).unwrap();
    let problems = check_import(&catalog, &incoming);
    assert_eq!(
        codes(&problems),
        [(
            "answer.level_out_of_scale",
            "/assessments/1/readiness/risk.inventory/level"
        )]
    );
    assert!(problems[0]
        .display(Lang::En)
        .starts_with("/assessments/1/readiness/risk.inventory/level: level 9"));
    assert!(problems[0]
        .display(Lang::Vi)
        .starts_with("/assessments/1/readiness/risk.inventory/level: mức 9"));

    // A problem in the first assessment of a backup is at /assessments/0, as decoding reports it too.
    let mut value: Value = serde_json::from_str(BACKUP).unwrap();
    value["assessments"][0]["readiness"]["no.such.question"] = json!({"level": 1});
    let incoming = decode_import(value.to_string().as_bytes()).unwrap();
    assert_eq!(
        codes(&check_import(&catalog, &incoming)),
        [(
            "answer.unknown_question",
            "/assessments/0/readiness/no.such.question"
        )]
    );

    // The same bad answer in a single assessment document is at the document's own path.
    let mut value: Value = serde_json::from_str(SAMPLE).unwrap();
    value["readiness"]["risk.inventory"] = json!({"level": 9});
    let incoming = decode_import(value.to_string().as_bytes()).unwrap();
    assert!(matches!(incoming, Incoming::Assessment(_)));
    assert_eq!(
        codes(&check_import(&catalog, &incoming)),
        [(
            "answer.level_out_of_scale",
            "/readiness/risk.inventory/level"
        )]
    );
    // A backup that fits the catalog has no problems.
    let incoming = decode_import(BACKUP.as_bytes()).unwrap();
    assert_eq!(check_import(&catalog, &incoming), []);
}

#[test]
fn the_paths_of_a_backup_match_those_of_each_assessment_on_its_own() {
    // For every assessment of a backup, `check_import` reports exactly what `check_against` reports for
    // that assessment alone, under `/assessments/N`.
    let catalog = catalog::builtin().unwrap();
    let mut list = decode_import(BACKUP.as_bytes()).unwrap().into_assessments();
    list.push(decode_assessment(SAMPLE).unwrap());
    list[0].readiness.set(
        "risk.inventory",
        sansang_core::domain::AnswerValue::Choice("x".into()),
    );
    list[2].versions.readiness = "9.0.0".into();
    list[2].id = "third".into();
    let incoming = decode_import(encode_backup(&list).as_bytes()).unwrap();
    let problems = check_import(&catalog, &incoming);
    let mut expected = Vec::new();
    for (index, assessment) in list.iter().enumerate() {
        for problem in sansang_core::format::check_against(&catalog, assessment) {
            expected.push((
                problem.code(),
                format!("/assessments/{index}{}", problem.path),
            ));
        }
    }
    assert!(expected.len() >= 2, "{expected:?}");
    let found: Vec<(&str, String)> = problems
        .iter()
        .map(|p| (p.code(), p.path.clone()))
        .collect();
    assert_eq!(found, expected);
    assert!(found
        .iter()
        .any(|(_, path)| path.starts_with("/assessments/0/")));
    assert!(found
        .iter()
        .any(|(_, path)| path.starts_with("/assessments/2/")));
}

// --- The whole-document label ----------------------------------------------------------------------------

#[test]
fn vietnamese_messages_do_not_start_with_an_english_label() {
    for bytes in [
        b"".as_slice(),
        b"[]",
        b"{ not json",
        b"\xff\xfe",
        b"{\"format\": \"sansang.assessment\"",
    ] {
        let problem = only_problem(bytes);
        assert_eq!(problem.path, "", "{problem:?}");
        let vi = problem.display(Lang::Vi);
        assert!(vi.starts_with("(tài liệu): "), "{vi}");
        assert!(!vi.contains("(document)"), "{vi}");
        assert!(problem.display(Lang::En).starts_with("(document): "));
    }
}

// --- A file cut short ------------------------------------------------------------------------------------

#[test]
fn a_truncated_file_says_it_ends_too_early_and_where() {
    // The sample cut after its 200th byte: it stops on the line that holds that byte.
    let cut = &SAMPLE.as_bytes()[..200];
    let line = cut.iter().filter(|b| **b == b'\n').count() + 1;
    let problem = only_problem(cut);
    assert_eq!(problem.kind, ProblemKind::Truncated { line });
    assert_eq!(problem.code(), "document.truncated");
    let message = problem.message();
    assert!(message.en.contains("ends too early"), "{}", message.en);
    assert!(
        message.en.contains(&format!("line {line}")),
        "{}",
        message.en
    );
    assert!(message.vi.contains("kết thúc đột ngột"), "{}", message.vi);
    assert!(
        message.vi.contains(&format!("dòng {line}")),
        "{}",
        message.vi
    );

    // The whole sample without its closing brace, with the newline an editor leaves: serde_json places
    // that end at "line N+1, column 0"; the message names the last line that holds text, and no column 0.
    let body = SAMPLE.trim_end();
    let open = format!("{}\n\n", &body[..body.len() - 1]);
    let last = open.trim_end().lines().count();
    assert_eq!(
        only_problem(open.as_bytes()).kind,
        ProblemKind::Truncated { line: last }
    );
    assert_eq!(
        only_problem(b"{\n").kind,
        ProblemKind::Truncated { line: 1 }
    );
    for bytes in [cut, open.as_bytes(), b"{\n", b"{\"a\": [1,\n2,\n"] {
        let problem = only_problem(bytes);
        for lang in [Lang::Vi, Lang::En] {
            let text = problem.display(lang);
            assert!(
                !text.contains("cột 0") && !text.contains("column 0"),
                "{text}"
            );
        }
    }
}

#[test]
fn a_line_break_inside_a_string_is_placed_on_its_own_line_not_at_column_0() {
    // serde_json reports a raw line break inside a string at "line 2, column 0"; the break is the 12th
    // character of line 1.
    let problem = only_problem(b"{\"name\": \"a\nb\"}");
    assert_eq!(
        problem.kind,
        ProblemKind::NotJson {
            line: 1,
            column: 12
        }
    );
    // Windows line ends: the carriage return is not counted as a column.
    let problem = only_problem(b"{\r\n\"name\": \"a\r\nb\"}");
    assert_eq!(problem.code(), "document.not_json");
    let ProblemKind::NotJson { column, .. } = problem.kind else {
        panic!("{problem:?}");
    };
    assert!(column > 0);
    // Ordinary errors keep serde_json's 1-based position.
    assert_eq!(
        only_problem(b"{\n  \"a\": x\n}").kind,
        ProblemKind::NotJson { line: 2, column: 8 }
    );
}

// --- What an import did ----------------------------------------------------------------------------------

fn assessment(id: &str, name: &str) -> Assessment {
    Assessment {
        id: id.into(),
        name: name.into(),
        ..Assessment::default()
    }
}

fn counter() -> impl FnMut() -> String {
    let mut n = 0;
    move || {
        n += 1;
        format!("new-{n}")
    }
}

#[test]
fn a_skipped_conflict_is_reported_as_skipped_not_as_identical() {
    let existing = [assessment("a", "Mine")];
    let plan = plan_import(&existing, vec![assessment("a", "Theirs")]);
    let skip = BTreeMap::from([("a".to_string(), Resolution::Skip)]);
    let outcome = import_outcome(&existing, &plan, &skip, &BTreeSet::new(), &mut counter());
    assert_eq!(outcome.assessments, existing);
    assert_eq!(
        outcome.counts,
        ImportCounts {
            skipped: 1,
            ..ImportCounts::default()
        }
    );
    assert!(outcome.counts.changes_nothing());
    let message = outcome.counts.message();
    assert!(!message.en.contains("identical"), "{}", message.en);
    assert!(!message.vi.contains("giống hệt"), "{}", message.vi);
    assert!(message.en.contains("Skipped: 1"), "{}", message.en);
    assert!(message.vi.contains("Bỏ qua: 1"), "{}", message.vi);
    assert!(message.en.starts_with("Nothing changed"), "{}", message.en);

    // The copy really identical to the saved one is reported as identical.
    let plan = plan_import(&existing, existing.to_vec());
    let outcome = import_outcome(
        &existing,
        &plan,
        &BTreeMap::new(),
        &BTreeSet::new(),
        &mut counter(),
    );
    assert_eq!(
        outcome.counts,
        ImportCounts {
            identical: 1,
            ..ImportCounts::default()
        }
    );
    assert!(outcome
        .counts
        .message()
        .en
        .contains("already here, identical"));
    assert!(outcome.counts.message().vi.contains("giống hệt"));
}

#[test]
fn every_incoming_assessment_is_counted_once_in_its_own_bucket() {
    let existing = [
        assessment("same", "Same"),
        assessment("replace-me", "Old"),
        assessment("keep-both", "Mine"),
        assessment("skip-me", "Keep"),
        assessment("undecided", "Untouched"),
    ];
    let incoming = vec![
        assessment("fresh", "Fresh"),
        existing[0].clone(),
        assessment("replace-me", "New"),
        assessment("keep-both", "Theirs"),
        assessment("skip-me", "Drop"),
        assessment("undecided", "Ignored"),
        assessment("fresh-2", "Fresh too"),
        assessment("held", "Its id is held by an unreadable entry"),
    ];
    let plan = plan_import(&existing, incoming);
    let choices: BTreeMap<String, Resolution> = [
        ("replace-me", Resolution::Replace),
        ("keep-both", Resolution::KeepBoth),
        ("skip-me", Resolution::Skip),
    ]
    .into_iter()
    .map(|(id, r)| (id.to_string(), r))
    .collect();
    let avoid = BTreeSet::from(["held".to_string()]);
    let outcome = import_outcome(&existing, &plan, &choices, &avoid, &mut counter());
    assert_eq!(
        outcome.counts,
        ImportCounts {
            added: 2,
            replaced: 1,
            kept_both: 2,
            skipped: 2,
            identical: 1,
        }
    );
    assert_eq!(outcome.counts.total(), plan.items.len());
    assert_eq!(outcome.counts.changed(), 5);
    // The list is exactly what `apply_import_avoiding` gives.
    assert_eq!(
        outcome.assessments,
        apply_import_avoiding(&existing, &plan, &choices, &avoid, &mut counter())
    );
    // The counts agree with the list: the length grew by what was added or kept next to a saved copy.
    assert_eq!(
        outcome.assessments.len(),
        existing.len() + outcome.counts.added + outcome.counts.kept_both
    );
    let message = outcome.counts.message();
    assert_eq!(
        message.en,
        "Import finished. Added: 2. Replaced: 1. Kept both: 2. Skipped: 2. Already here, identical: 1."
    );
    assert_eq!(
        message.vi,
        "Đã nhập xong. Thêm mới: 2. Thay thế: 1. Giữ cả hai: 2. Bỏ qua: 2. Đã có sẵn, giống hệt: 1."
    );
}

#[test]
fn the_message_names_only_what_happened() {
    let only_added = ImportCounts {
        added: 3,
        ..ImportCounts::default()
    };
    assert_eq!(only_added.message().en, "Import finished. Added: 3.");
    assert_eq!(only_added.message().vi, "Đã nhập xong. Thêm mới: 3.");
    let empty = ImportCounts::default();
    assert!(empty.message().en.contains("holds no assessments"));
    assert!(empty.message().vi.contains("không chứa bản đánh giá nào"));
    let skipped_and_identical = ImportCounts {
        skipped: 2,
        identical: 1,
        ..ImportCounts::default()
    };
    assert_eq!(
        skipped_and_identical.message().en,
        "Nothing changed; the copies in this browser stay as they are. Skipped: 2. Already here, identical: 1."
    );
    // Every message has both languages, and they differ.
    for counts in [only_added, empty, skipped_and_identical] {
        let message = counts.message();
        assert!(!message.vi.is_empty() && message.vi != message.en);
    }
}
