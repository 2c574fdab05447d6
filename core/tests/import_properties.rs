//! Properties of importing: `decode_import` on arbitrary bytes, arbitrary JSON and mutations of the backup
//! fixture never panics and always answers (an import or at least one well-formed problem); `plan_import`
//! and `apply_import` on random saved and incoming lists with overlapping ids never lose a saved
//! assessment, never produce two with one id, and change nothing when everything is skipped. Each property
//! prints how many cases it ran.

use std::collections::{BTreeMap, BTreeSet};

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use sansang_core::domain::{
    apply_import, apply_import_avoiding, import_outcome, is_valid_id, plan_import, same_content,
    AnswerValue, Assessment, ImportStatus, Resolution, Timestamp,
};
use sansang_core::format::assessment_file::encode_backup;
use sansang_core::format::{decode_import, encode_assessment, Incoming, ProblemKind};
use serde_json::{Map, Value};

const BACKUP: &str = include_str!("fixtures/storage/v1/backup.json");
const FULL: &str = include_str!("fixtures/storage/v1/assessment-full.json");
const MINIMAL: &str = include_str!("fixtures/storage/v1/assessment-minimal.json");

// Case counts, stated in the report and printed by each property.
const BYTES_CASES: u32 = 1024;
const JSON_CASES: u32 = 1024;
const MUTATED_BYTES_CASES: u32 = 512;
const MUTATED_TREE_CASES: u32 = 1024;
const PLAN_CASES: u32 = 1024;

/// Runs a property and prints how many cases ran.
fn check<S: Strategy>(
    name: &str,
    cases: u32,
    strategy: S,
    test: impl Fn(S::Value) -> Result<(), TestCaseError>,
) {
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&strategy, test);
    eprintln!("property {name}: {cases} cases");
    if let Err(error) = result {
        panic!("{name}: {error}");
    }
}

/// `decode_import` answered properly: an import that survives its own round trip, or at least one problem,
/// each with a known code and a message in both languages.
fn answers_properly(bytes: &[u8]) -> Result<(), TestCaseError> {
    match decode_import(bytes) {
        Ok(incoming) => {
            let again = match &incoming {
                Incoming::Assessment(assessment) => encode_assessment(assessment),
                Incoming::Backup(list) => encode_backup(list),
            };
            prop_assert_eq!(decode_import(again.as_bytes()), Ok(incoming));
        }
        Err(problems) => {
            prop_assert!(!problems.is_empty());
            for problem in &problems {
                prop_assert!(ProblemKind::CODES.contains(&problem.code()));
                let message = problem.message();
                prop_assert!(!message.vi.is_empty() && !message.en.is_empty());
            }
        }
    }
    Ok(())
}

#[test]
fn decode_import_answers_arbitrary_bytes() {
    let bytes = prop_oneof![
        prop::collection::vec(any::<u8>(), 0..512),
        // Text that starts like JSON.
        "[{\\[\" \\PC]{0,64}".prop_map(String::into_bytes),
    ];
    check("import-arbitrary-bytes", BYTES_CASES, bytes, |bytes| {
        answers_properly(&bytes)
    });
}

/// Words the decoder gives meaning to, so that random documents get past the first checks.
const WORDS: &[&str] = &[
    "sansang.assessment",
    "sansang.backup",
    "sansang.compiled",
    "format",
    "version",
    "id",
    "name",
    "organisation",
    "created",
    "updated",
    "questionnaires",
    "profile",
    "triage",
    "readiness",
    "systems",
    "answers",
    "evidence",
    "plan",
    "assessments",
    "sections",
    "provisions",
    "model",
    "overall",
    "level",
    "na",
    "dont_know",
    "choice",
    "choices",
    "text",
    "date",
    "note",
    "links",
    "owner",
    "due",
    "status",
    "todo",
    "in_progress",
    "done",
    "risk.inventory",
    "a-1",
    "s1",
    "1.0.0",
    "2027-01-31",
    "2026-11-23T13:20:05.123Z",
    "https://example.vn/x",
    "javascript:alert(1)",
];

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(WORDS).prop_map(str::to_string),
        1 => "\\PC{0,10}",
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        (0u64..4).prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        word().prop_map(Value::from),
    ];
    leaf.prop_recursive(5, 96, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(word(), inner, 0..8)
                .prop_map(|map| Value::Object(map.into_iter().collect::<Map<_, _>>())),
        ]
    })
}

/// A version: mostly the current one, so that documents get past the header.
fn version() -> impl Strategy<Value = Value> {
    prop_oneof![
        6 => Just(Value::from(1)),
        1 => (0u64..4).prop_map(Value::from),
        1 => json_value(),
    ]
}

/// The minimal v1 assessment with a few fields added, replaced or removed, and a version.
fn assessment_like() -> impl Strategy<Value = Value> {
    let edits = prop::collection::vec((word(), prop::option::weighted(0.8, json_value())), 0..6);
    (edits, version()).prop_map(|(edits, version)| {
        let mut value: Value = serde_json::from_str(MINIMAL).unwrap();
        let object = value.as_object_mut().unwrap();
        object.insert("version".into(), version);
        for (key, edit) in edits {
            match edit {
                Some(inner) => object.insert(key, inner),
                None => object.remove(&key),
            };
        }
        value
    })
}

/// An object that claims to be a document: an assessment as above, a backup of such assessments (and some
/// random values), or a known or unknown format tag with a version and random known fields.
fn document_like() -> impl Strategy<Value = Value> {
    let backup = (
        prop::collection::vec(prop_oneof![4 => assessment_like(), 1 => json_value()], 0..4),
        version(),
    )
        .prop_map(|(assessments, version)| {
            serde_json::json!({
                "format": "sansang.backup", "version": version, "assessments": assessments,
            })
        });
    let tagged = (
        prop::sample::select(
            &[
                "sansang.assessment",
                "sansang.backup",
                "sansang.compiled",
                "x",
            ][..],
        ),
        version(),
        prop::collection::btree_map(word(), json_value(), 0..12),
    )
        .prop_map(|(format, version, fields)| {
            let mut object: Map<String, Value> = fields.into_iter().collect();
            object.insert("format".into(), Value::from(format));
            object.insert("version".into(), version);
            Value::Object(object)
        });
    prop_oneof![assessment_like(), backup, tagged]
}

#[test]
fn decode_import_answers_arbitrary_json() {
    let value = prop_oneof![json_value(), document_like()];
    check("import-arbitrary-json", JSON_CASES, value, |value| {
        answers_properly(&serde_json::to_vec(&value).unwrap())
    });
}

#[test]
fn decode_import_answers_byte_mutations_of_the_backup() {
    let edits = prop::collection::vec((any::<usize>(), 0u8..3, any::<u8>()), 1..8);
    check(
        "import-mutated-backup-bytes",
        MUTATED_BYTES_CASES,
        edits,
        |edits| {
            let mut bytes = BACKUP.as_bytes().to_vec();
            for (at, kind, byte) in edits {
                let at = at % (bytes.len() + 1);
                match kind {
                    0 if at < bytes.len() => {
                        bytes.remove(at);
                    }
                    1 => bytes.insert(at, byte),
                    _ if at < bytes.len() => bytes[at] = byte,
                    _ => {}
                }
            }
            answers_properly(&bytes)
        },
    );
}

/// Every JSON pointer in `value`, the root included.
fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                let key = key.replace('~', "~0").replace('/', "~1");
                pointers(inner, format!("{at}/{key}"), out);
            }
        }
        Value::Array(items) => {
            for (index, inner) in items.iter().enumerate() {
                pointers(inner, format!("{at}/{index}"), out);
            }
        }
        _ => {}
    }
    out.push(at);
}

/// One structural edit of a JSON tree.
#[derive(Clone, Debug)]
enum Edit {
    /// Replace the node at a pointer (chosen by index) with a value.
    Replace(usize, Value),
    /// Remove the node at a pointer from its object or list.
    Remove(usize),
    /// Copy a node into a list or under a new key next to it (duplicates assessments, systems, …).
    Duplicate(usize),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        3 => (any::<usize>(), json_value()).prop_map(|(at, v)| Edit::Replace(at, v)),
        1 => any::<usize>().prop_map(Edit::Remove),
        1 => any::<usize>().prop_map(Edit::Duplicate),
    ]
}

fn apply_edit(root: &mut Value, edit: Edit) {
    let mut all = Vec::new();
    pointers(root, String::new(), &mut all);
    let pick = |at: usize| all[at % all.len()].clone();
    match edit {
        Edit::Replace(at, value) => {
            if let Some(node) = root.pointer_mut(&pick(at)) {
                *node = value;
            }
        }
        Edit::Remove(at) | Edit::Duplicate(at) => {
            let pointer = pick(at);
            let Some((parent, key)) = pointer.rsplit_once('/') else {
                return;
            };
            let copy = root.pointer(&pointer).cloned();
            let duplicate = matches!(edit, Edit::Duplicate(_));
            match (root.pointer_mut(parent), copy) {
                (Some(Value::Object(map)), Some(copy)) => {
                    if duplicate {
                        map.insert(format!("{key}2"), copy);
                    } else {
                        map.remove(key);
                    }
                }
                (Some(Value::Array(items)), Some(copy)) => {
                    if let Ok(index) = key.parse::<usize>() {
                        if duplicate {
                            items.insert(index, copy);
                        } else if index < items.len() {
                            items.remove(index);
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

#[test]
fn decode_import_answers_structural_mutations_of_the_fixtures() {
    let strategy = (any::<bool>(), prop::collection::vec(edit(), 1..5));
    check(
        "import-mutated-fixture-tree",
        MUTATED_TREE_CASES,
        strategy,
        |(backup, edits)| {
            let mut value: Value =
                serde_json::from_str(if backup { BACKUP } else { FULL }).unwrap();
            for edit in edits {
                apply_edit(&mut value, edit);
            }
            answers_properly(&serde_json::to_vec(&value).unwrap())
        },
    );
}

// ---------------------------------------------------------------------------------------------------------
// plan_import and apply_import.

/// Ids drawn from a small pool, so that saved and incoming lists overlap.
const IDS: &[&str] = &["a", "b", "c", "d", "e", "f"];

/// A small assessment whose content varies in few ways, so that identical copies and conflicts are common.
fn assessment() -> impl Strategy<Value = Assessment> {
    (
        prop::sample::select(IDS),
        prop::sample::select(&["Q1", "Q2"][..]),
        0u64..3,
        prop::option::of(0u8..2),
    )
        .prop_map(|(id, name, updated, level)| {
            let mut a = Assessment {
                id: id.into(),
                name: name.into(),
                updated: Timestamp(updated),
                ..Assessment::default()
            };
            if let Some(level) = level {
                a.readiness.set("risk.inventory", AnswerValue::Level(level));
            }
            a
        })
}

/// A list with unique ids (as storage and decoding guarantee).
fn unique_list() -> impl Strategy<Value = Vec<Assessment>> {
    prop::collection::vec(assessment(), 0..8).prop_map(|list| {
        let mut seen = BTreeSet::new();
        list.into_iter()
            .filter(|a| seen.insert(a.id.clone()))
            .collect()
    })
}

fn resolution() -> impl Strategy<Value = Resolution> {
    prop::sample::select(&Resolution::ALL[..])
}

/// What `new_id` answers, in order: fresh ids, ids in use and invalid ones; then only invalid ones, which
/// forces the derived fallback.
fn script() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(
        prop::sample::select(&["n1", "n2", "n3", "a", "b", "not valid", ""][..])
            .prop_map(String::from),
        0..6,
    )
}

#[derive(Clone, Debug)]
struct Case {
    existing: Vec<Assessment>,
    incoming: Vec<Assessment>,
    choices: BTreeMap<String, Resolution>,
    script: Vec<String>,
}

fn case(incoming: impl Strategy<Value = Vec<Assessment>>) -> impl Strategy<Value = Case> {
    (
        unique_list(),
        incoming,
        prop::collection::btree_map(
            prop::sample::select(IDS).prop_map(String::from),
            resolution(),
            0..6,
        ),
        script(),
    )
        .prop_map(|(existing, incoming, choices, script)| Case {
            existing,
            incoming,
            choices,
            script,
        })
}

fn run(case: &Case, choices: &BTreeMap<String, Resolution>) -> Vec<Assessment> {
    let plan = plan_import(&case.existing, case.incoming.clone());
    let mut answers = case.script.clone().into_iter();
    apply_import(&case.existing, &plan, choices, &mut || {
        answers.next().unwrap_or_default()
    })
}

/// The rules that hold whatever the input: unique valid ids, saved assessments kept unless replaced,
/// determinism, and Skip everywhere changing nothing.
fn always(case: &Case) -> Result<Vec<Assessment>, TestCaseError> {
    let result = run(case, &case.choices);
    let ids: BTreeSet<&str> = result.iter().map(|a| a.id.as_str()).collect();
    prop_assert_eq!(ids.len(), result.len(), "two assessments share an id");
    prop_assert!(result.iter().all(|a| is_valid_id(&a.id)));
    for (index, saved) in case.existing.iter().enumerate() {
        let replaced = case.choices.get(&saved.id) == Some(&Resolution::Replace);
        // The saved list comes first, in its order, each one in its place.
        prop_assert_eq!(&result[index].id, &saved.id);
        if !replaced {
            prop_assert_eq!(&result[index], saved);
        }
    }
    prop_assert_eq!(&run(case, &case.choices), &result, "not deterministic");
    let skip_all: BTreeMap<String, Resolution> = case
        .incoming
        .iter()
        .map(|a| (a.id.clone(), Resolution::Skip))
        .collect();
    prop_assert_eq!(&run(case, &skip_all), &case.existing);
    // The counted import gives the same list, counts every item once, and its counts match the list.
    let plan = plan_import(&case.existing, case.incoming.clone());
    let mut answers = case.script.clone().into_iter();
    let outcome = import_outcome(
        &case.existing,
        &plan,
        &case.choices,
        &BTreeSet::new(),
        &mut || answers.next().unwrap_or_default(),
    );
    prop_assert_eq!(&outcome.assessments, &result);
    let counts = outcome.counts;
    prop_assert_eq!(counts.total(), plan.items.len(), "every item counted once");
    prop_assert_eq!(
        result.len(),
        case.existing.len() + counts.added + counts.kept_both
    );
    let changed_in_place = case
        .existing
        .iter()
        .zip(&result)
        .filter(|(saved, now)| saved != now)
        .count();
    prop_assert_eq!(counts.replaced, changed_in_place);
    let skipped = plan
        .items
        .iter()
        .filter(|item| case.choices.get(item.id()) == Some(&Resolution::Skip))
        .count();
    prop_assert!(counts.skipped + counts.identical >= skipped);
    prop_assert_eq!(counts.changes_nothing(), result == case.existing);
    Ok(result)
}

/// Whether `list` holds `wanted` under any id, ignoring `updated`.
fn holds(list: &[Assessment], wanted: &Assessment) -> bool {
    list.iter().any(|a| {
        same_content(
            &Assessment {
                id: wanted.id.clone(),
                ..a.clone()
            },
            wanted,
        )
    })
}

#[test]
fn importing_never_loses_a_saved_assessment_or_duplicates_an_id() {
    check(
        "plan-apply-unique",
        PLAN_CASES,
        case(unique_list()),
        |case| {
            let result = always(&case)?;
            let plan = plan_import(&case.existing, case.incoming.clone());
            let mut added = 0;
            for item in &plan.items {
                let choice = case.choices.get(item.id());
                let saved = case.existing.iter().find(|a| a.id == item.id());
                match (&item.status, choice) {
                    (_, Some(Resolution::Skip)) => {}
                    (ImportStatus::New, _) => {
                        added += 1;
                        prop_assert!(
                            result.contains(&item.assessment),
                            "a new one is kept as it is"
                        );
                    }
                    (ImportStatus::Identical, _) => {
                        prop_assert!(saved.is_some_and(|s| same_content(s, &item.assessment)));
                    }
                    (ImportStatus::Conflict { existing, incoming }, choice) => {
                        let saved = saved.unwrap();
                        prop_assert_eq!(existing.updated, saved.updated);
                        prop_assert_eq!(incoming.updated, item.assessment.updated);
                        prop_assert!(!same_content(saved, &item.assessment));
                        match choice {
                            Some(Resolution::Replace) => {
                                let slot = result.iter().find(|a| a.id == item.id()).unwrap();
                                prop_assert_eq!(slot, &item.assessment);
                            }
                            Some(Resolution::KeepBoth) => {
                                added += 1;
                                prop_assert!(result.contains(saved));
                                prop_assert!(holds(
                                    &result[case.existing.len()..],
                                    &item.assessment
                                ));
                            }
                            // No choice: the saved one stays (checked in `always`).
                            _ => {}
                        }
                    }
                }
                // Whatever was not skipped or left undecided is in the result.
                let undecided = item.status.is_conflict() && choice.is_none();
                if choice != Some(&Resolution::Skip) && !undecided {
                    prop_assert!(holds(&result, &item.assessment));
                }
            }
            prop_assert_eq!(result.len(), case.existing.len() + added);
            Ok(())
        },
    );
}

#[test]
fn importing_a_list_that_repeats_ids_still_keeps_ids_unique() {
    let repeating = prop::collection::vec(assessment(), 0..10);
    check(
        "plan-apply-repeated-ids",
        PLAN_CASES,
        case(repeating),
        |case| {
            let result = always(&case)?;
            // Nothing the user did not skip or leave undecided goes missing, even with repeated ids. (A
            // copy identical to a saved assessment is gone when the user chose to replace that one.)
            let plan = plan_import(&case.existing, case.incoming.clone());
            for item in &plan.items {
                let choice = case.choices.get(item.id());
                let undecided = item.status.is_conflict() && choice.is_none();
                let replaced =
                    item.status == ImportStatus::Identical && choice == Some(&Resolution::Replace);
                if choice != Some(&Resolution::Skip) && !undecided && !replaced {
                    prop_assert!(
                        holds(&result, &item.assessment),
                        "{:?} lost",
                        item.assessment
                    );
                }
            }
            Ok(())
        },
    );
}

#[test]
fn ids_to_avoid_are_never_given_to_an_added_assessment() {
    let avoid = prop::collection::btree_set(prop::sample::select(IDS).prop_map(String::from), 0..4);
    let strategy = (case(prop::collection::vec(assessment(), 0..10)), avoid);
    check("plan-apply-avoid", PLAN_CASES, strategy, |(case, avoid)| {
        // Ids to avoid are taken by no saved assessment (they are entries that could not be read).
        let existing: Vec<Assessment> = case
            .existing
            .into_iter()
            .filter(|a| !avoid.contains(&a.id))
            .collect();
        let plan = plan_import(&existing, case.incoming.clone());
        let mut answers = case.script.into_iter();
        let result = apply_import_avoiding(&existing, &plan, &case.choices, &avoid, &mut || {
            answers.next().unwrap_or_default()
        });
        for (kept, saved) in result.iter().zip(&existing) {
            prop_assert_eq!(&kept.id, &saved.id);
            if case.choices.get(&saved.id) != Some(&Resolution::Replace) {
                prop_assert_eq!(kept, saved);
            }
        }
        let ids: BTreeSet<&str> = result.iter().map(|a| a.id.as_str()).collect();
        prop_assert_eq!(ids.len(), result.len());
        prop_assert!(result.iter().all(|a| !avoid.contains(&a.id)));
        Ok(())
    });
}
