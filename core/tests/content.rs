//! The shipped content (questionnaires/ and seeds/, compiled in through `sansang_core::catalog`) is complete
//! and consistent.

use sansang_core::catalog::{self, FILES};
use sansang_core::domain::summary::citations;
use sansang_core::domain::{provision_contains, Catalog};
use sansang_core::format;
use serde_json::Value;

fn shipped() -> Catalog {
    match catalog::builtin() {
        Ok(catalog) => catalog,
        Err(problems) => {
            let shown: Vec<String> = problems.iter().take(40).map(|p| format!("  {p}")).collect();
            panic!(
                "the shipped content has {} problems (first {}):\n{}",
                problems.len(),
                shown.len(),
                shown.join("\n")
            )
        }
    }
}

#[test]
fn every_shipped_file_loads_without_problems() {
    let catalog = shipped();
    assert!(catalog.profile().is_some(), "no profile questionnaire");
    assert!(catalog.triage().is_some(), "no triage questionnaire");
    assert!(catalog.readiness().is_some(), "no readiness questionnaire");
}

#[test]
fn every_citation_resolves() {
    let catalog = shipped();
    let dangling: Vec<String> = citations(&catalog)
        .into_iter()
        .filter(|(_, citation)| catalog.sources.resolve(citation).is_none())
        .map(|(citer, citation)| format!("{citer}: {citation}"))
        .collect();
    assert!(dangling.is_empty(), "dangling citations: {dangling:#?}");
}

#[test]
fn every_obligation_bearing_provision_is_cited_by_a_question() {
    const REQUIRED: &[(&str, &[&str])] = &[
        (
            "law-134-2025",
            &["7", "9", "10", "11", "12", "13", "14", "15", "27", "35"],
        ),
        ("decree-142-2026", &["6", "12", "15", "18", "20"]),
        ("law-91-2025", &["30"]),
    ];
    let catalog = shipped();
    let cited_by_questions: Vec<_> = catalog
        .questionnaires
        .iter()
        .flat_map(|questionnaire| questionnaire.questions())
        .flat_map(|question| &question.cites)
        .collect();
    let mut missing = Vec::new();
    for (source, articles) in REQUIRED {
        for article in *articles {
            let provision = format!("art-{article}");
            let cited = cited_by_questions.iter().any(|citation| {
                citation.source == *source
                    && citation
                        .provision
                        .as_deref()
                        .is_some_and(|cited| provision_contains(&provision, cited))
            });
            if !cited {
                missing.push(format!("{source}#{provision}"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "provisions no question cites: {missing:?}"
    );
}

#[test]
fn readiness_has_at_least_100_questions_and_8_in_each_core_section() {
    let catalog = shipped();
    let readiness = catalog
        .readiness()
        .expect("a readiness questionnaire is shipped");
    let total = readiness.questions().count();
    assert!(total >= 100, "readiness has {total} questions");
    let first_five: Vec<(&str, usize)> = readiness
        .sections
        .iter()
        .take(5)
        .map(|section| (section.id.as_str(), section.questions.len()))
        .collect();
    let ids: Vec<&str> = first_five.iter().map(|(id, _)| *id).collect();
    assert_eq!(
        ids,
        [
            "risk",
            "transparency",
            "accountability",
            "human",
            "sovereignty"
        ]
    );
    for (id, count) in first_five {
        assert!(count >= 8, "section {id} has {count} questions");
    }
}

/// Every object in the shipped files that has a `vi` or an `en` key is a text with both, non-empty.
#[test]
fn every_shipped_text_is_in_both_languages() {
    fn walk(value: &Value, path: String, file: &str, bad: &mut Vec<String>) {
        match value {
            Value::Object(object) => {
                if object.contains_key("vi") || object.contains_key("en") {
                    for language in ["vi", "en"] {
                        let ok = object
                            .get(language)
                            .and_then(Value::as_str)
                            .is_some_and(|text| !text.trim().is_empty());
                        if !ok {
                            bad.push(format!("{file}:{path}/{language}"));
                        }
                    }
                }
                for (key, child) in object {
                    walk(child, format!("{path}/{key}"), file, bad);
                }
            }
            Value::Array(items) => {
                for (index, child) in items.iter().enumerate() {
                    walk(child, format!("{path}/{index}"), file, bad);
                }
            }
            _ => {}
        }
    }
    let mut bad = Vec::new();
    for (file, text) in FILES {
        let value: Value = serde_json::from_str(text).unwrap_or(Value::Null);
        walk(&value, String::new(), file, &mut bad);
    }
    assert!(bad.is_empty(), "missing or empty translations: {bad:#?}");
}

/// The loader enforces both languages on the real content too: dropping one `en` is caught, at its path.
#[test]
fn a_missing_english_translation_in_shipped_content_is_caught() {
    let files: Vec<(String, String)> = FILES
        .iter()
        .map(|(path, text)| {
            let text = if *path == "questionnaires/readiness.json" {
                let mut value: Value = serde_json::from_str(text).expect("readiness.json parses");
                if let Some(text) = value.pointer_mut("/sections/0/questions/0/text") {
                    text.as_object_mut().map(|object| object.remove("en"));
                }
                value.to_string()
            } else {
                text.to_string()
            };
            (path.to_string(), text)
        })
        .collect();
    let problems = format::load(files.iter().map(|(p, t)| (p.as_str(), t.as_str())))
        .err()
        .unwrap_or_default();
    assert!(
        problems
            .iter()
            .any(|p| p.file == "questionnaires/readiness.json"
                && p.path == "/sections/0/questions/0/text/en"
                && p.message.contains("no english translation")),
        "not caught; problems: {:?}",
        problems
            .iter()
            .take(5)
            .map(ToString::to_string)
            .collect::<Vec<_>>()
    );
}
