//! JSON output of the `sansang` command: the content summary and diagnostics, as `serde_json` values.

use serde_json::{json, Value};

use super::Diagnostic;
use crate::domain::Summary;

/// A diagnostic as `{"file", "path", "message"}`.
pub fn diagnostic(diagnostic: &Diagnostic) -> Value {
    json!({"file": diagnostic.file, "path": diagnostic.path, "message": diagnostic.message})
}

/// The summary as JSON (the same facts `sansang check` prints).
pub fn summary(summary: &Summary) -> Value {
    let questionnaires: Vec<Value> = summary
        .questionnaires
        .iter()
        .map(|questionnaire| {
            json!({
                "id": questionnaire.id,
                "kind": questionnaire.kind.id(),
                "version": questionnaire.version,
                "questions": questionnaire.questions(),
                "duties": questionnaire.duties(),
                "citations": questionnaire.citations,
                "sections": questionnaire.sections.iter().map(|section| json!({
                    "id": section.id,
                    "questions": section.questions,
                    "duties": section.duties,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    let sources: Vec<Value> = summary
        .sources
        .iter()
        .map(|source| {
            json!({
                "id": source.id,
                "citations": source.citations,
                "provisions_cited": source.cited,
                "provisions_never_cited": source.never_cited,
            })
        })
        .collect();
    let unconfirmed: Vec<Value> = summary
        .unconfirmed
        .iter()
        .map(|(citer, citation)| json!({"by": citer.to_string(), "citation": citation.to_string()}))
        .collect();
    json!({
        "questionnaires": questionnaires,
        "citations": summary.citations,
        "sources": sources,
        "subject_to_confirmation": unconfirmed,
    })
}

/// The whole `check --json` report.
pub fn check_report(summary_value: Option<&Summary>, problems: &[Diagnostic]) -> Value {
    json!({
        "ok": problems.is_empty(),
        "problems": problems.iter().map(diagnostic).collect::<Vec<_>>(),
        "summary": summary_value.map(summary),
    })
}
