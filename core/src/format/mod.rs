//! Serialized shapes and their conversion to the domain. The only module that derives serde.
//!
//! * [`load`] — content files (`questionnaires/*.json`, `seeds/*.json`) → [`Catalog`], reporting every
//!   problem at once as [`Diagnostic`]s with the file and a JSON pointer.
//! * [`raw`] — the raw serde shapes of the content files (`deny_unknown_fields`).
//! * [`json`] — JSON output of the `sansang` command (summaries and diagnostics).
//! * [`assessment_file`] — the assessment and backup documents (storage, export, `sansang score`):
//!   [`decode_assessment`], [`encode_assessment`]; [`assessment_check`] — [`check_against`] a catalog;
//!   [`problem`] — their [`Problem`]s with stable codes and bilingual messages; [`evaluation_json`] — the
//!   result of `sansang score` as JSON.
//! * [`import`] — a file picked for import: [`decode_import`] accepts an assessment or a backup
//!   ([`Incoming`]) and names every other kind of file. The formats are specified in `docs/file-formats.md`.
//! * [`wire`] — the content as the app downloads it: a language-neutral structure file and text parts per
//!   language and section, with a derived codec (serde + postcard on mirror types): [`wire::encode`]
//!   (`sansang bundle`) and [`wire::decode_structure`] / [`wire::Structure::apply`] without diagnostics (the
//!   content is validated before it is encoded).
//!
//! Conversion happens node by node (a section, a question, a condition at a time), so one broken question
//! does not hide the problems of the others; what needs several files (citations, condition references,
//! duplicate question ids, `evidenced_by`) is checked once everything is read.

pub mod assessment_check;
pub mod assessment_file;
mod cross;
mod decode;
pub mod evaluation_json;
pub mod import;
pub mod json;
pub mod problem;
mod questionnaire_file;
pub mod raw;
mod source_file;
pub mod wire;

use std::fmt;

use serde_json::Value;

use crate::domain::{Catalog, SourceRegister};
pub use assessment_check::check_against;
pub use assessment_file::{
    decode_assessment, decode_assessment_bytes, decode_backup, encode_assessment, encode_backup,
    MAX_DOCUMENT_BYTES,
};
use decode::Problems;
pub use import::{decode_import, Incoming, MAX_IMPORT_BYTES};
pub use problem::{Problem, ProblemKind};

/// One problem in one content file.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// The file, as given to [`load`] (e.g. `questionnaires/triage.json`).
    pub file: String,
    /// A JSON pointer into the file (`/sections/2/questions/4/cites/1`); empty for the whole file.
    pub path: String,
    /// Lowercase, no trailing period, naming the offending id.
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}:{}: {}", self.file, self.path, self.message)
        }
    }
}

impl std::error::Error for Diagnostic {}

/// What a content file holds, from the folder it is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileRole {
    /// `questionnaires/<id>.json`.
    Questionnaire,
    /// `seeds/<source-id>.json`.
    Source,
}

impl FileRole {
    /// The role of a content file from its path (`…/questionnaires/x.json`, `seeds/y.json`), or `None` for
    /// anything else, including JSON Schemas (`*.schema.json`).
    pub fn of(path: &str) -> Option<FileRole> {
        let path = path.replace('\\', "/");
        let name = path.rsplit('/').next()?;
        if !name.ends_with(".json") || name.ends_with(".schema.json") {
            return None;
        }
        match path.rsplit('/').nth(1)? {
            "questionnaires" => Some(FileRole::Questionnaire),
            "seeds" => Some(FileRole::Source),
            _ => None,
        }
    }
}

/// Loads content files (path, text) into a [`Catalog`], or returns every problem found, sorted by file
/// (in each file, in the order found).
pub fn load<'a>(
    files: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Result<Catalog, Vec<Diagnostic>> {
    let mut unreadable = Vec::new();
    let mut complete = true;
    let mut sources = Vec::new();
    let mut questionnaires = Vec::new();
    for (path, text) in files {
        let mut problems = Problems::new(path);
        let stem = path
            .rsplit(['/', '\\'])
            .next()
            .unwrap_or(path)
            .trim_end_matches(".json")
            .to_string();
        let Some(role) = FileRole::of(path) else {
            problems.add(
                "",
                "not a content file (expected questionnaires/*.json or seeds/*.json)",
            );
            unreadable.push(problems);
            continue;
        };
        let value: Value = match serde_json::from_str(text) {
            Ok(value) => value,
            Err(error) => {
                complete &= role != FileRole::Questionnaire;
                problems.add(
                    "",
                    format!(
                        "invalid json at line {}, column {}: {}",
                        error.line(),
                        error.column(),
                        strip_position(&error.to_string())
                    ),
                );
                unreadable.push(problems);
                continue;
            }
        };
        match role {
            FileRole::Source => {
                let loaded = source_file::read_source(&value, &stem, &mut problems);
                sources.push((problems, loaded));
            }
            FileRole::Questionnaire => {
                let loaded = questionnaire_file::read_questionnaire(&value, &stem, &mut problems);
                complete &= loaded.complete;
                questionnaires.push((problems, loaded));
            }
        }
    }

    cross::check(cross::Files {
        complete,
        sources: sources.iter_mut().map(|(p, l)| (p, &*l)).collect(),
        questionnaires: questionnaires.iter_mut().map(|(p, l)| (p, &*l)).collect(),
    });

    let mut diagnostics: Vec<Diagnostic> = unreadable
        .into_iter()
        .chain(
            sources
                .iter_mut()
                .map(|(p, _)| std::mem::replace(p, Problems::new(""))),
        )
        .chain(
            questionnaires
                .iter_mut()
                .map(|(p, _)| std::mem::replace(p, Problems::new(""))),
        )
        .flat_map(|problems| problems.list)
        .collect();
    if !diagnostics.is_empty() {
        diagnostics.sort_by(|a, b| a.file.cmp(&b.file));
        return Err(diagnostics);
    }
    let mut loaded: Vec<_> = questionnaires
        .into_iter()
        .filter_map(|(_, loaded)| loaded.questionnaire)
        .collect();
    loaded.sort_by_key(|questionnaire| questionnaire.kind());
    Ok(Catalog {
        sources: SourceRegister::new(sources.into_iter().filter_map(|(_, loaded)| loaded.source)),
        questionnaires: loaded,
    })
}

/// serde_json's messages end with " at line L column C"; the diagnostic says it first.
fn strip_position(message: &str) -> &str {
    message
        .rfind(" at line ")
        .map_or(message, |index| &message[..index])
}
