//! Verifying a report or export file: which kind it is, and whether its answers match its hash. Pure: the
//! caller reads the bytes (the `sansang verify` command, or the browser).

use super::integrity::{parse_manifest, verify_manifest, Canonical, ManifestError, Verdict};
use super::text::unescape_entities;
use crate::format::report_json::{self, ReportFileError};
use crate::format::{decode_import, Incoming, Problem};

/// The largest file verified.
pub const MAX_VERIFY_BYTES: usize = 64 * 1024 * 1024;

/// What kind of file was verified.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// A JSON report (`sansang.report`).
    JsonReport,
    /// A DOCX report.
    Docx,
    /// An HTML report.
    Html,
    /// A Markdown (or other text) report.
    Text,
}

impl FileKind {
    /// A short name.
    pub fn name(self) -> &'static str {
        match self {
            FileKind::JsonReport => "JSON report",
            FileKind::Docx => "DOCX report",
            FileKind::Html => "HTML report",
            FileKind::Text => "Markdown report",
        }
    }
}

/// Why a file could not be verified (as opposed to a file that does not match: see [`Verdict`]).
#[derive(Clone, Debug, PartialEq)]
pub enum VerifyError {
    /// No bytes.
    Empty,
    /// More than [`MAX_VERIFY_BYTES`].
    TooLarge {
        /// Its size.
        bytes: usize,
    },
    /// Neither UTF-8 text nor a DOCX.
    NotText,
    /// A JSON file that is not a valid report.
    Json(ReportFileError),
    /// An assessment export: it has no stated hash to check, but here is the hash of its answers.
    Export {
        /// The hash its answers have now, against the built-in questionnaires' kinds given.
        hash: Option<String>,
    },
    /// A JSON file that is neither a report nor an assessment.
    OtherJson(Vec<Problem>),
    /// A zip that is not a readable DOCX.
    Docx(String),
    /// A DOCX in a build without the `docx` feature.
    DocxUnavailable,
    /// A text file with no integrity manifest (a CSV, or not a Sẵn Sàng report).
    NoManifest,
    /// A manifest with a malformed line.
    Malformed {
        /// The line inside the manifest.
        line: usize,
    },
}

impl std::fmt::Display for VerifyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            VerifyError::Empty => f.write_str("the file is empty"),
            VerifyError::TooLarge { bytes } => write!(f, "the file is too large ({bytes} bytes; the limit is {MAX_VERIFY_BYTES})"),
            VerifyError::NotText => f.write_str("the file is neither UTF-8 text nor a DOCX file"),
            VerifyError::Json(error) => f.write_str(&error.message().en),
            VerifyError::Export { hash: Some(hash) } => write!(
                f,
                "this is an assessment export: it states no hash to check against (its answers hash to {hash}); verify a report made from it (sansang report --format json)"
            ),
            VerifyError::Export { hash: None } => f.write_str(
                "this is an assessment export or backup: it states no hash to check against; verify a report made from it",
            ),
            VerifyError::OtherJson(problems) => write!(
                f,
                "this JSON file is not a Sẵn Sàng report: {}",
                problems.iter().map(|p| p.display(crate::domain::Lang::En)).collect::<Vec<_>>().join("; ")
            ),
            VerifyError::Docx(error) => write!(f, "the DOCX file cannot be read: {error}"),
            VerifyError::DocxUnavailable => f.write_str("this build cannot read DOCX files (cargo feature `docx`)"),
            VerifyError::NoManifest => f.write_str(
                "the file has no integrity record (CSV files carry none; verify the JSON, Markdown, HTML or DOCX report)",
            ),
            VerifyError::Malformed { line } => write!(f, "the integrity record is malformed at its line {line}"),
        }
    }
}

impl std::error::Error for VerifyError {}

fn from_manifest(text: &str) -> Result<Verdict, VerifyError> {
    match parse_manifest(text) {
        Ok(manifest) => Ok(verify_manifest(&manifest)),
        Err(ManifestError::Missing) => Err(VerifyError::NoManifest),
        Err(ManifestError::Malformed { line }) => Err(VerifyError::Malformed { line }),
    }
}

/// Verifies a file: a JSON report against its integrity record (recomputed from its assessment), and a
/// Markdown, HTML or DOCX report against its embedded manifest. `questionnaires` (kind, id, version) are used
/// only to show the hash of a bare assessment export.
pub fn verify_file(
    bytes: &[u8],
    questionnaires: &[(String, String, String)],
) -> Result<(FileKind, Verdict), VerifyError> {
    if bytes.is_empty() {
        return Err(VerifyError::Empty);
    }
    if bytes.len() > MAX_VERIFY_BYTES {
        return Err(VerifyError::TooLarge { bytes: bytes.len() });
    }
    if bytes.starts_with(b"PK\x03\x04") {
        #[cfg(feature = "docx")]
        {
            let text = super::docx::document_text(bytes).map_err(VerifyError::Docx)?;
            return from_manifest(&text).map(|v| (FileKind::Docx, v));
        }
        #[cfg(not(feature = "docx"))]
        return Err(VerifyError::DocxUnavailable);
    }
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = std::str::from_utf8(body).map_err(|_| VerifyError::NotText)?;
    let trimmed = text.trim_start();
    if trimmed.starts_with('{') {
        return match report_json::verify(text) {
            Ok(verdict) => Ok((FileKind::JsonReport, verdict)),
            Err(ReportFileError::NotAReport | ReportFileError::NotJson) => {
                match decode_import(bytes) {
                    Ok(Incoming::Assessment(assessment)) => Err(VerifyError::Export {
                        hash: Some(
                            Canonical::with_questionnaires(&assessment, questionnaires).hash(),
                        ),
                    }),
                    Ok(Incoming::Backup(_)) => Err(VerifyError::Export { hash: None }),
                    Err(problems) => Err(VerifyError::OtherJson(problems)),
                }
            }
            Err(error) => Err(VerifyError::Json(error)),
        };
    }
    let lower = trimmed.get(..64).unwrap_or(trimmed).to_ascii_lowercase();
    if lower.starts_with("<!doctype html") || lower.starts_with("<html") {
        return from_manifest(&unescape_entities(text)).map(|v| (FileKind::Html, v));
    }
    from_manifest(text).map(|v| (FileKind::Text, v))
}
