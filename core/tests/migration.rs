//! The migration loop of the storage format, run before any real step exists. Version 1 is the only
//! released version, so `migrate` has nothing to do; here `migrate_with` runs the same loop over synthetic
//! next versions (test-only: the released format and its frozen fixtures are unchanged):
//!
//! * v2 spells `organisation` as `organization`;
//! * v3 moves it into `"owner": {"organisation": …}`.
//!
//! Each synthetic step records the version it was given in a `trace` list, so the tests see which steps ran,
//! in which order, and that `version` was set after each one.

use std::borrow::Cow;
use std::fs;
use std::path::Path;

use sansang_core::format::assessment_file::{
    decode_assessment, migrate, migrate_with, Migration, ASSESSMENT_VERSION, BACKUP_FORMAT,
    FIRST_VERSION,
};
use serde_json::{json, Map, Value};

type Document = Map<String, Value>;

/// Records that `step` ran on a document of the version it holds.
fn trace(document: &mut Document, step: &str) {
    let saw = document.get("version").cloned().unwrap_or(Value::Null);
    let entry = json!({"step": step, "saw": saw});
    match document.get_mut("trace") {
        Some(Value::Array(list)) => list.push(entry),
        _ => {
            document.insert("trace".into(), json!([entry]));
        }
    }
}

/// Synthetic v1 → v2: `organisation` becomes `organization`.
fn v1_to_v2(mut document: Document) -> Document {
    trace(&mut document, "v1→v2");
    if let Some(organisation) = document.remove("organisation") {
        document.insert("organization".into(), organisation);
    }
    document
}

/// Synthetic v2 → v3: `organization` moves into `owner`. It relies on v1 → v2 having run.
fn v2_to_v3(mut document: Document) -> Document {
    trace(&mut document, "v2→v3");
    let organization = document.remove("organization").unwrap_or(Value::Null);
    document.insert("owner".into(), json!({ "organisation": organization }));
    document
}

const TO_V2: &[Migration] = &[v1_to_v2];
const TO_V3: &[Migration] = &[v1_to_v2, v2_to_v3];

/// A reader of the synthetic v3 for the test: back to the released v1 shape, so the real decoder can say
/// whether anything was lost on the way.
fn v3_as_v1(mut document: Document) -> Document {
    assert_eq!(document["version"], json!(3));
    document.remove("trace");
    let owner = document.remove("owner").expect("v3 has an owner");
    document.insert("organisation".into(), owner["organisation"].clone());
    document.insert("version".into(), json!(1));
    document
}

/// Every assessment document among the frozen v1 fixtures (backups opened), with its file name.
fn v1_documents() -> Vec<(String, Document)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/storage/v1");
    let mut paths: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .collect();
    paths.sort();
    let mut documents = Vec::new();
    for path in paths {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let value: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
        if value["format"] == json!(BACKUP_FORMAT) {
            for (index, item) in value["assessments"].as_array().unwrap().iter().enumerate() {
                documents.push((format!("{name}#{index}"), item.as_object().unwrap().clone()));
            }
        } else {
            documents.push((name, value.as_object().unwrap().clone()));
        }
    }
    assert!(documents.len() >= 4, "{documents:?}");
    documents
}

#[test]
fn a_v1_document_goes_through_a_synthetic_v2() {
    for (name, v1) in v1_documents() {
        assert_eq!(v1["version"], json!(1), "{name}");
        let migrated = migrate_with(TO_V2, 1, Cow::Borrowed(&v1));
        assert!(matches!(migrated, Cow::Owned(_)), "{name}: copied once");
        assert_eq!(migrated["version"], json!(2), "{name}");
        assert_eq!(
            migrated["trace"],
            json!([{"step": "v1→v2", "saw": 1}]),
            "{name}"
        );
        assert_eq!(migrated["organization"], v1["organisation"], "{name}");
        assert!(!migrated.contains_key("organisation"), "{name}");
        // Everything else is as it was.
        for (key, value) in &v1 {
            if !["version", "organisation"].contains(&key.as_str()) {
                assert_eq!(&migrated[key], value, "{name}: {key}");
            }
        }
    }
}

#[test]
fn the_loop_runs_every_step_in_order_from_the_document_version() {
    for (name, v1) in v1_documents() {
        // From v1: both steps, each given the version the one before it set.
        let v3 = migrate_with(TO_V3, 1, Cow::Borrowed(&v1)).into_owned();
        assert_eq!(v3["version"], json!(3), "{name}");
        assert_eq!(
            v3["trace"],
            json!([{"step": "v1→v2", "saw": 1}, {"step": "v2→v3", "saw": 2}]),
            "{name}"
        );
        assert_eq!(
            v3["owner"],
            json!({"organisation": v1["organisation"]}),
            "{name}"
        );

        // From v2: only the second step.
        let v2 = migrate_with(TO_V2, 1, Cow::Borrowed(&v1)).into_owned();
        let mut v2_fresh = v2.clone();
        v2_fresh.remove("trace");
        let from_v2 = migrate_with(TO_V3, 2, Cow::Borrowed(&v2_fresh));
        assert_eq!(
            from_v2["trace"],
            json!([{"step": "v2→v3", "saw": 2}]),
            "{name}"
        );
        assert_eq!(from_v2["owner"], v3["owner"], "{name}");

        // The newest version, and versions outside the table, are handed back untouched without a copy.
        for version in [3, 0, 4, u64::MAX] {
            let same = migrate_with(TO_V3, version, Cow::Borrowed(&v1));
            assert!(matches!(same, Cow::Borrowed(_)), "{name}: {version}");
            assert_eq!(*same, v1);
        }
    }
}

#[test]
fn nothing_is_lost_on_the_way_through_the_synthetic_versions() {
    for (name, v1) in v1_documents() {
        let original = decode_assessment(&Value::Object(v1.clone()).to_string())
            .unwrap_or_else(|p| panic!("{name}: {p:?}"));
        let v3 = migrate_with(TO_V3, 1, Cow::Borrowed(&v1)).into_owned();
        let back = v3_as_v1(v3);
        assert_eq!(
            decode_assessment(&Value::Object(back).to_string()).as_ref(),
            Ok(&original),
            "{name}"
        );
    }
}

#[test]
fn the_released_table_is_the_same_loop_with_no_steps() {
    // While version 1 is the newest, `migrate` is `migrate_with` over an empty table: v1 stays borrowed.
    assert_eq!((FIRST_VERSION, ASSESSMENT_VERSION), (1, 1));
    for (name, v1) in v1_documents() {
        assert!(
            matches!(migrate(1, Cow::Borrowed(&v1)), Cow::Borrowed(_)),
            "{name}"
        );
        assert!(
            matches!(migrate_with(&[], 1, Cow::Borrowed(&v1)), Cow::Borrowed(_)),
            "{name}"
        );
        assert_eq!(*migrate(1, Cow::Borrowed(&v1)), v1);
    }
}
