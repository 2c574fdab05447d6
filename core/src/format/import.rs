//! Importing a file the user picked: [`decode_import`] accepts an assessment document or a backup (both
//! described in [`super::assessment_file`]) and says clearly what anything else is, with a stable
//! [`Problem`] code and a message in both languages.
//!
//! The checks run cheapest first, and each stops there: the size (before anything is parsed), empty,
//! UTF-8, JSON, a JSON object, then the `format` tag. A `sansang.backup` is decoded as a backup; everything
//! else goes through the assessment decoder, which reports a questionnaire file, a source file, the content
//! bundle, the results of `sansang score`, another `format` or no `format` at all, each with its own code.
//! What to do with the assessments that come in is the domain's business: see
//! [`crate::domain::import`].

use serde_json::Value;

use super::assessment_check::check_against;
use super::assessment_file::{
    assessment_from_value, backup_from_value, identify, MAX_BACKUP_BYTES, MAX_DOCUMENT_BYTES,
};
use super::decode::at;
use super::problem::{json_problem, Found, Problem, ProblemKind};
use crate::domain::{Assessment, Catalog};

/// The largest file [`decode_import`] reads (a backup's limit), checked before parsing. An assessment
/// document is further held to [`MAX_DOCUMENT_BYTES`].
pub const MAX_IMPORT_BYTES: usize = MAX_BACKUP_BYTES;

/// The UTF-8 byte order mark, which some editors put at the start of a file; it is skipped.
const BOM: &[u8] = b"\xEF\xBB\xBF";

/// What an imported file held.
#[derive(Clone, Debug, PartialEq, Eq)]
#[allow(clippy::large_enum_variant)] // One value per import: boxing would only make matching clumsier.
pub enum Incoming {
    /// One assessment document (`sansang.assessment`).
    Assessment(Assessment),
    /// A backup (`sansang.backup`): its assessments in file order, ids unique (possibly none).
    Backup(Vec<Assessment>),
}

impl Incoming {
    /// The assessments that came in, in file order.
    pub fn assessments(&self) -> &[Assessment] {
        match self {
            Incoming::Assessment(assessment) => std::slice::from_ref(assessment),
            Incoming::Backup(assessments) => assessments,
        }
    }

    /// The assessments that came in, in file order, for [`crate::domain::import::plan_import`].
    pub fn into_assessments(self) -> Vec<Assessment> {
        match self {
            Incoming::Assessment(assessment) => vec![assessment],
            Incoming::Backup(assessments) => assessments,
        }
    }
}

/// Decodes a file picked for import: an assessment document or a backup. Never panics; on failure there is
/// at least one problem, each with a stable code, a JSON pointer (empty for the whole file) and a message in
/// both languages.
///
/// Refused, with their codes: larger than [`MAX_IMPORT_BYTES`] (or an assessment document larger than
/// [`MAX_DOCUMENT_BYTES`]) `document.too_large`; empty or white space only `document.empty`; not UTF-8
/// `document.not_text`; not JSON `document.not_json`; JSON but not an object `document.not_object`; no
/// `format` `format.missing`; a questionnaire file `format.is_questionnaire`; a source file
/// `format.is_source`; the content bundle `format.is_content_bundle`; `sansang score` results
/// `format.is_results`; any other `format` `format.unknown`; then the version and content problems of the
/// document itself (`version.newer` for a file from a newer Sẵn Sàng, `assessment.duplicate` for two
/// assessments with one id in a backup, …).
pub fn decode_import(bytes: &[u8]) -> Result<Incoming, Vec<Problem>> {
    let whole = |kind| Err(vec![Problem::new("", kind)]);
    if bytes.len() > MAX_IMPORT_BYTES {
        return whole(ProblemKind::TooLarge {
            bytes: bytes.len(),
            max: MAX_IMPORT_BYTES,
        });
    }
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return whole(ProblemKind::Empty);
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        return whole(ProblemKind::NotText);
    };
    let value: Value = match serde_json::from_str(text) {
        Ok(value) => value,
        Err(error) => return whole(json_problem(text, &error)),
    };
    let Value::Object(object) = &value else {
        return whole(ProblemKind::NotObject);
    };
    // A JSON report carries the assessment document as exported: import that.
    if let Some(assessment) = super::report_json::report_assessment(&value) {
        return assessment_from_value(assessment).map(Incoming::Assessment);
    }
    match identify(object) {
        Some(Found::Backup) => backup_from_value(&value).map(Incoming::Backup),
        Some(Found::Assessment) if bytes.len() > MAX_DOCUMENT_BYTES => {
            whole(ProblemKind::TooLarge {
                bytes: bytes.len(),
                max: MAX_DOCUMENT_BYTES,
            })
        }
        // The assessment decoder also names every other kind of document.
        _ => assessment_from_value(&value).map(Incoming::Assessment),
    }
}

/// Every problem of what came in against `catalog` ([`check_against`] for each assessment), with paths into
/// the imported file: a problem in the third assessment of a backup is at `/assessments/2/…`, as decoding
/// reports it, so the user can tell which assessment holds it. Empty when everything fits.
pub fn check_import(catalog: &Catalog, incoming: &Incoming) -> Vec<Problem> {
    match incoming {
        Incoming::Assessment(assessment) => check_against(catalog, assessment),
        Incoming::Backup(assessments) => assessments
            .iter()
            .enumerate()
            .flat_map(|(index, assessment)| {
                let prefix = at("/assessments", index);
                check_against(catalog, assessment)
                    .into_iter()
                    .map(move |problem| problem.nested_in(&prefix))
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(bytes: &[u8]) -> &'static str {
        let problems = decode_import(bytes).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        problems[0].code()
    }

    #[test]
    fn the_cheap_checks_come_first() {
        assert_eq!(code(b""), "document.empty");
        assert_eq!(code(b" \n\t\r "), "document.empty");
        assert_eq!(code(b"\xEF\xBB\xBF"), "document.empty");
        assert_eq!(code(b"\xEF\xBB\xBF\n"), "document.empty");
        assert_eq!(code(b"\xff\xfe{\x00}\x00"), "document.not_text");
        assert_eq!(code(b"id,name\n1,x\n"), "document.not_json");
        assert_eq!(code(b"[]"), "document.not_object");
        assert_eq!(code(b"{}"), "format.missing");
        // Too large is decided on the length alone: these bytes are never parsed.
        assert_eq!(
            code(&vec![0xff; MAX_IMPORT_BYTES + 1]),
            "document.too_large"
        );
    }
}
