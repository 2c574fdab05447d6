//! Ids are stable forever: every id ever released (core/tests/fixtures/ids/released.txt) is still shipped,
//! unless core/tests/fixtures/ids/retired.txt retires it; and every shipped id is in the released list, so the
//! list cannot fall behind. Regenerate the list with scripts/content/ids.py (it only ever grows).

use std::collections::BTreeSet;

use sansang_core::catalog;
use sansang_core::domain::{Catalog, QuestionKind};

fn shipped(catalog: &Catalog) -> BTreeSet<String> {
    let mut ids = BTreeSet::new();
    for questionnaire in &catalog.questionnaires {
        for section in &questionnaire.sections {
            ids.insert(format!("section {}", section.id));
            for question in &section.questions {
                ids.insert(format!("question {}", question.id));
                if let QuestionKind::Single(options) | QuestionKind::Multi(options) = &question.kind
                {
                    for option in options {
                        ids.insert(format!("option {}={}", question.id, option.id));
                    }
                }
            }
        }
    }
    let rules = catalog.triage().expect("a triage is shipped").rules();
    ids.extend(
        rules
            .obligations
            .iter()
            .map(|o| format!("obligation {}", o.id)),
    );
    ids.extend(
        rules
            .transition
            .iter()
            .map(|t| format!("transition {}", t.id)),
    );
    ids.extend(rules.findings.iter().map(|f| format!("finding {}", f.id)));
    ids.extend(rules.glossary.iter().map(|t| format!("term {}", t.id)));
    if let Some(list) = &rules.list {
        for sector in &list.sectors {
            ids.insert(format!("list_sector {}", sector.id));
            ids.extend(sector.rows.iter().map(|r| format!("list_row {}", r.id)));
        }
    }
    for source in catalog.sources.iter() {
        ids.insert(format!("source {}", source.id));
        for provision in &source.provisions {
            ids.insert(format!("provision {}#{}", source.id, provision.id));
        }
    }
    ids
}

fn lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
}

#[test]
fn no_released_id_disappears_unless_retired() {
    let catalog = catalog::builtin().expect("the shipped content loads");
    let shipped = shipped(&catalog);
    let released: BTreeSet<&str> = lines(include_str!("fixtures/ids/released.txt")).collect();
    let retired: BTreeSet<&str> = lines(include_str!("fixtures/ids/retired.txt"))
        .map(|line| line.split(" -> ").next().unwrap_or(line).trim())
        .collect();
    assert!(
        released.len() > 1000,
        "the released list is the whole content"
    );
    let gone: Vec<&&str> = released
        .iter()
        .filter(|id| !shipped.contains(**id) && !retired.contains(**id))
        .collect();
    assert!(
        gone.is_empty(),
        "released ids missing from the content and not retired: {gone:?}"
    );
    let unlisted: Vec<&String> = shipped
        .iter()
        .filter(|id| !released.contains(id.as_str()))
        .collect();
    assert!(
        unlisted.is_empty(),
        "shipped ids not in released.txt (run scripts/content/ids.py): {unlisted:?}"
    );
    for id in &retired {
        assert!(
            released.contains(id),
            "a retired id must have been released: {id}"
        );
        assert!(
            !shipped.contains(*id),
            "a retired id may not be shipped again: {id}"
        );
    }
    // A retired question is also retired in its questionnaire, so old answers migrate at run time.
    let in_content: BTreeSet<String> = catalog
        .questionnaires
        .iter()
        .flat_map(|q| q.retired.iter().map(|r| format!("question {}", r.id)))
        .collect();
    for id in retired.iter().filter(|id| id.starts_with("question ")) {
        assert!(
            in_content.contains(*id),
            "{id} is retired in retired.txt but not in the questionnaire's `retired`"
        );
    }
}

#[test]
fn old_answers_to_a_retired_question_migrate_to_its_replacements() {
    use sansang_core::domain::{AnswerValue, Assessment, Evidence};
    let catalog = catalog::builtin().expect("the shipped content loads");
    let mut old = Assessment::default();
    old.readiness
        .set("accountability.liability_recourse", AnswerValue::Level(2));
    old.evidence.insert(
        "accountability.liability_recourse".into(),
        Evidence {
            note: "clause 12".into(),
            ..Evidence::default()
        },
    );
    old.readiness
        .set("accountability.liability_insurance", AnswerValue::Level(0));
    let new = catalog.migrate_retired(&old);
    assert_eq!(
        new.readiness.get("accountability.liability_contracts"),
        Some(&AnswerValue::Level(2))
    );
    // An answer already given to a replacement is kept.
    assert_eq!(
        new.readiness.get("accountability.liability_insurance"),
        Some(&AnswerValue::Level(0))
    );
    assert_eq!(
        new.evidence["accountability.liability_contracts"].note,
        "clause 12"
    );
    // Evidence is copied where the replacement has none, even when it has an answer.
    assert_eq!(
        new.evidence["accountability.liability_insurance"].note,
        "clause 12"
    );
    // Nothing is lost: the retired answer stays.
    assert_eq!(
        new.readiness.get("accountability.liability_recourse"),
        Some(&AnswerValue::Level(2))
    );
}

#[test]
fn an_old_document_answering_a_retired_question_is_accepted_and_migrates() {
    use sansang_core::domain::{evaluate, AnswerValue};
    use sansang_core::format::{check_against, decode_assessment};
    let catalog = catalog::builtin().expect("the shipped content loads");
    let mut old = decode_assessment(include_str!("fixtures/assessment-sample.json")).unwrap();
    old.readiness
        .set("accountability.liability_recourse", AnswerValue::Level(2));
    assert_eq!(check_against(&catalog, &old), []);
    let before = evaluate(&catalog, &old).overall.index.unwrap();
    let after = evaluate(&catalog, &catalog.migrate_retired(&old))
        .overall
        .index
        .unwrap();
    assert!(after > before, "{before} -> {after}");
}
