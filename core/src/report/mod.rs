//! Reports: one pure [`model::Report`] built from the catalog, an assessment, its evaluation and the
//! [`ReportSettings`], rendered to every format by pure functions (bytes or text out, no I/O, no clock).
//! The browser (an on-demand worker) and the `sansang report` command call the same functions, so the same
//! input gives the same bytes. docs/reports.md describes the formats and the integrity hash.
//!
//! * [`model`] — [`build_report`] and the report's parts; [`report_file_name`].
//! * [`integrity`] — the canonical answers, their SHA-256 and the checks `sansang verify` makes.
//! * [`markdown()`], [`html()`], [`questions_csv`] and [`plan_csv`], and [`docx()`] behind the `docx` feature.
//! * The JSON report lives with the other serialized shapes: `format::report_json`.
//!
//! The charts are `domain::chart` (re-exported here as [`chart`]).

pub mod csv_out;
#[cfg(feature = "docx")]
pub mod docx;
pub mod html;
pub mod integrity;
pub mod markdown;
pub mod model;
#[cfg(feature = "pages")]
pub mod page;
pub mod text;
pub mod verify;

pub use crate::domain::chart;
pub use csv_out::{plan_csv, questions_csv};
#[cfg(feature = "docx")]
pub use docx::docx;
pub use html::html;
pub use integrity::{Canonical, Manifest, ManifestError, Verdict};
pub use markdown::markdown;
pub use model::{
    build_report, report_file_name, ActionRow, AnswerRow, Block, Cell, Logo, LogoError, LogoKind,
    Part, Previous, Report, ReportInput, ReportLang, ReportSettings, Table, PART_IDS,
};
pub use verify::{verify_file, FileKind, VerifyError};

/// The formats a report renders to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// Markdown (`.md`).
    Markdown,
    /// CSV of the questions (`.csv`).
    Csv,
    /// CSV of the action plan (`-plan.csv`).
    PlanCsv,
    /// Standalone HTML (`.html`).
    Html,
    /// Word (`.docx`), with the `docx` feature.
    Docx,
    /// JSON (`.json`): see `format::report_json`.
    Json,
}

impl Format {
    /// Parses `md`, `csv`, `plan-csv`, `html`, `docx` or `json`.
    pub fn parse(text: &str) -> Option<Format> {
        Some(match text {
            "md" | "markdown" => Format::Markdown,
            "csv" => Format::Csv,
            "plan-csv" => Format::PlanCsv,
            "html" => Format::Html,
            "docx" => Format::Docx,
            "json" => Format::Json,
            _ => return None,
        })
    }

    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Markdown => "md",
            Format::Csv | Format::PlanCsv => "csv",
            Format::Html => "html",
            Format::Docx => "docx",
            Format::Json => "json",
        }
    }

    /// The suffix of the file name before the extension (`plan` for the plan CSV).
    pub fn suffix(self) -> Option<&'static str> {
        match self {
            Format::PlanCsv => Some("plan"),
            _ => None,
        }
    }

    /// The media type.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Markdown => "text/markdown; charset=utf-8",
            Format::Csv | Format::PlanCsv => "text/csv; charset=utf-8",
            Format::Html => "text/html; charset=utf-8",
            Format::Docx => {
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            }
            Format::Json => "application/json",
        }
    }
}

/// Why a report could not be rendered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RenderError {
    /// DOCX was asked for in a build without the `docx` feature.
    DocxUnavailable,
    /// The DOCX writer failed.
    Docx(String),
}

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RenderError::DocxUnavailable => {
                f.write_str("this build has no DOCX writer (cargo feature `docx`)")
            }
            RenderError::Docx(error) => write!(f, "the DOCX writer failed: {error}"),
        }
    }
}

impl std::error::Error for RenderError {}

/// Builds the report and renders it: the one entry point the browser worker and the command line share.
/// Returns the file's bytes and its name (after the organisation and the report date).
pub fn render(input: &ReportInput<'_>, format: Format) -> Result<(Vec<u8>, String), RenderError> {
    let report = build_report(input);
    let name = report_file_name(
        &report.cover.organisation,
        report.cover.date,
        format.suffix(),
        format.extension(),
    );
    let bytes = match format {
        Format::Markdown => markdown(&report).into_bytes(),
        Format::Csv => questions_csv(&report),
        Format::PlanCsv => plan_csv(&report),
        Format::Html => html(&report).into_bytes(),
        Format::Json => {
            crate::format::report_json::encode(&report, input.assessment, input.settings)
                .into_bytes()
        }
        #[cfg(feature = "docx")]
        Format::Docx => docx(&report).map_err(RenderError::Docx)?,
        #[cfg(not(feature = "docx"))]
        Format::Docx => return Err(RenderError::DocxUnavailable),
    };
    Ok((bytes, name))
}
