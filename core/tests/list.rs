//! The Decision 33/2026 List as shipped content, and its search (vi + en, case- and diacritic-insensitive).

use sansang_core::catalog;
use sansang_core::domain::{fold, Catalog};

fn shipped() -> Catalog {
    catalog::builtin().expect("the shipped content loads")
}

fn ids(catalog: &Catalog, query: &str) -> Vec<String> {
    let list = catalog.triage().unwrap().rules().list.as_ref().unwrap();
    list.search(query)
        .iter()
        .map(|m| m.row.id.clone())
        .collect()
}

#[test]
fn the_list_is_shipped_flagged_and_says_where_to_check() {
    let catalog = shipped();
    let list = catalog
        .triage()
        .unwrap()
        .rules()
        .list
        .as_ref()
        .expect("the List is shipped");
    assert_eq!(list.source.to_string(), "decision-33-2026");
    assert!(list.official_url.starts_with("https://"));
    // Decree 142 Art. 10(2): the self-classification tool is named where rows are unknown.
    assert!(list.where_to_check.en.contains("self-classification tool"));
    assert!(list.where_to_check.vi.contains("công cụ tự phân loại"));
    // No row is checked against the original yet, and no sector claims to be complete.
    assert!(list.rows().all(|m| !m.row.confirmed));
    assert!(list.sectors.iter().all(|s| !s.complete));
    // The rows the research reports (corrections item 6; field-2026-12 §5).
    assert!(list.rows().count() >= 9);
    // Sectors reported without any known row are still listed, so the user sees they exist.
    assert!(list
        .sectors
        .iter()
        .any(|s| s.id == "health" && s.rows.is_empty()));
}

#[test]
fn search_matches_either_language_without_diacritics() {
    let catalog = shipped();
    let grading = vec!["edu-learner-assessment".to_string()];
    assert_eq!(ids(&catalog, "xếp hạng người học"), grading);
    assert_eq!(ids(&catalog, "XEP HANG nguoi hoc"), grading);
    assert_eq!(ids(&catalog, "ranking learners"), grading);
    assert_eq!(ids(&catalog, "I.2"), grading);
    assert_eq!(ids(&catalog, "vi.22"), ["aviation-behaviour-analysis"]);
    // Every word must match: "credit" alone finds the credit row, "credit aviation" nothing.
    assert_eq!(ids(&catalog, "tín dụng"), ["fin-credit-decision"]);
    assert!(ids(&catalog, "credit aviation").is_empty());
    // Sector names are searched too.
    let aviation = ids(&catalog, "hang khong");
    assert_eq!(
        aviation,
        ["aviation-behaviour-analysis", "aviation-risk-person"]
    );
    // Empty query: every row, in List order.
    let all = ids(&catalog, "  ");
    assert_eq!(
        all.first().map(String::as_str),
        Some("edu-uncontrolled-self-learning")
    );
    assert_eq!(
        all.len(),
        catalog
            .triage()
            .unwrap()
            .rules()
            .list
            .as_ref()
            .unwrap()
            .rows()
            .count()
    );
    // Hiring: the List reportedly has no labour row, so nothing matches.
    assert!(ids(&catalog, "tuyển dụng").is_empty());
}

#[test]
fn folding_is_total_on_vietnamese_letters() {
    let vowels = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
    let folded = fold(vowels);
    assert!(folded.chars().all(|c| "aeiouyd".contains(c)), "{folded}");
    assert_eq!(fold(&vowels.to_uppercase()), folded);
}

#[test]
fn the_glossary_explains_the_terms_a_question_uses() {
    use sansang_core::domain::Lang;
    let catalog = shipped();
    let rules = catalog.triage().unwrap().rules();
    let question = catalog
        .question("triage.high.certification")
        .unwrap()
        .question;
    let vi: Vec<&str> = rules
        .terms_in(&question.help.as_ref().unwrap().vi, Lang::Vi)
        .iter()
        .map(|t| t.id.as_str())
        .collect();
    assert!(vi.contains(&"conformity-assessment-body"), "{vi:?}");
    let en: Vec<&str> = rules
        .terms_in(&question.help.as_ref().unwrap().en, Lang::En)
        .iter()
        .map(|t| t.id.as_str())
        .collect();
    assert!(en.contains(&"conformity-assessment-body"), "{en:?}");
    // Every term named in the issue is in the glossary, in both languages.
    for id in [
        "core-important-data",
        "conformity-assessment-body",
        "ai-agent",
        "standalone-model",
        "machine-readable",
        "administrative-decision",
        "fine-tune",
    ] {
        let term = rules
            .glossary
            .iter()
            .find(|t| t.id == id)
            .unwrap_or_else(|| panic!("{id}"));
        assert!(!term.definition.vi.is_empty() && !term.definition.en.is_empty());
    }
}
