//! The JSON report (`sansang.report`, version 1): the assessment document exactly as exported, plus the
//! report's settings and its integrity record. Importing it gives back the same assessment (the import
//! decoder reads its `assessment` member with the ordinary assessment decoder), and `sansang verify` checks
//! it against its hash and names the answers that changed.
//!
//! ```json
//! {"format": "sansang.report", "version": 1,
//!  "report": {"organisation": "…", "assessor": "…", "firm": "…", "date": "2026-12-04", "language": "vi",
//!             "summary": "…", "logo": {"type": "image/png", "base64": "…"}},
//!  "integrity": {"algorithm": "sha256", "canonical": 1, "hash": "<64 hex>",
//!                "questionnaires": [{"kind": "readiness", "id": "readiness", "version": "1.0.0"}],
//!                "lines": [{"key": "readiness/risk.inventory", "digest": "<16 hex>"}]},
//!  "assessment": { …the assessment document, docs/file-formats.md… }}
//! ```

use serde_json::{json, Map, Value};

use super::assessment_file::{assessment_from_value, encode_assessment, MAX_DOCUMENT_BYTES};
use super::problem::Problem;
use crate::domain::{Assessment, Lang, Text};
use crate::report::integrity::{line_key, verify_record, Canonical, Verdict};
use crate::report::model::{Report, ReportSettings};
use crate::report::text::base64;

/// The `format` tag of a JSON report.
pub const REPORT_FORMAT: &str = "sansang.report";
/// Its version.
pub const REPORT_VERSION: u64 = 1;

/// The JSON report: pretty-printed, members in a fixed order, the assessment document verbatim.
pub fn encode(report: &Report, assessment: &Assessment, settings: &ReportSettings) -> String {
    let logo = settings.logo.as_ref().map_or(
        Value::Null,
        |logo| json!({"type": logo.kind().mime(), "base64": base64(logo.bytes())}),
    );
    let lines: Vec<Value> = report
        .canonical
        .digests()
        .into_iter()
        .map(|(digest, line)| json!({"key": line_key(&line), "digest": digest}))
        .collect();
    let questionnaires: Vec<Value> = report
        .cover
        .questionnaires
        .iter()
        .map(|(kind, id, version)| json!({"kind": kind, "id": id, "version": version}))
        .collect();
    let report_member = json!({
        "organisation": report.cover.organisation,
        "assessor": report.cover.assessor,
        "firm": report.cover.firm,
        "date": report.cover.date.map(|d| d.iso()),
        "language": report.lang.code(),
        "summary": settings.summary,
        "logo": logo,
    });
    let integrity = json!({
        "algorithm": "sha256",
        "canonical": 1,
        "hash": report.cover.hash,
        "questionnaires": questionnaires,
        "lines": lines,
    });
    // Fixed member order, and the assessment document exactly as `encode_assessment` writes it (indented).
    let pretty = |value: &Value| {
        serde_json::to_string_pretty(value)
            .unwrap_or_default()
            .replace('\n', "\n  ")
    };
    format!(
        "{{\n  \"format\": \"{REPORT_FORMAT}\",\n  \"version\": {REPORT_VERSION},\n  \"report\": {},\n  \"integrity\": {},\n  \"assessment\": {}\n}}\n",
        pretty(&report_member),
        pretty(&integrity),
        encode_assessment(assessment).replace('\n', "\n  "),
    )
}

/// Why a JSON report could not be verified.
#[derive(Clone, Debug, PartialEq)]
pub enum ReportFileError {
    /// Not JSON, or not an object.
    NotJson,
    /// Not a `sansang.report`.
    NotAReport,
    /// A newer report version.
    Newer {
        /// Its version.
        version: u64,
    },
    /// The integrity record is missing or malformed.
    BadIntegrity {
        /// What is wrong.
        what: &'static str,
    },
    /// The embedded assessment does not decode.
    Assessment(Vec<Problem>),
}

impl ReportFileError {
    /// A message in both languages.
    pub fn message(&self) -> Text {
        match self {
            ReportFileError::NotJson => Text::new(
                "Tệp không phải là JSON hợp lệ.",
                "The file is not valid JSON.",
            ),
            ReportFileError::NotAReport => Text::new(
                "Tệp JSON này không phải là báo cáo của Sẵn Sàng (format \"sansang.report\").",
                "This JSON file is not a Sẵn Sàng report (format \"sansang.report\").",
            ),
            ReportFileError::Newer { version } => Text::new(
                format!("Báo cáo phiên bản {version} do phiên bản Sẵn Sàng mới hơn tạo ra."),
                format!("The report is version {version}, written by a newer Sẵn Sàng."),
            ),
            ReportFileError::BadIntegrity { what } => Text::new(
                format!("Phần kiểm tra toàn vẹn bị thiếu hoặc sai: {what}."),
                format!("The integrity record is missing or malformed: {what}."),
            ),
            ReportFileError::Assessment(problems) => Text::new(
                format!(
                    "Bản đánh giá trong báo cáo không đọc được: {}",
                    problems
                        .iter()
                        .map(|p| p.display(Lang::Vi))
                        .collect::<Vec<_>>()
                        .join("; ")
                ),
                format!(
                    "The assessment in the report cannot be read: {}",
                    problems
                        .iter()
                        .map(|p| p.display(Lang::En))
                        .collect::<Vec<_>>()
                        .join("; ")
                ),
            ),
        }
    }
}

/// Whether a parsed JSON object is a report.
pub fn is_report(object: &Map<String, Value>) -> bool {
    object.get("format").and_then(Value::as_str) == Some(REPORT_FORMAT)
}

/// The assessment inside a JSON report (for import).
pub fn report_assessment(value: &Value) -> Option<&Value> {
    value
        .as_object()
        .filter(|o| is_report(o))?
        .get("assessment")
}

/// Verifies a JSON report: recomputes the canonical answers of its assessment and compares them with its
/// integrity record.
pub fn verify(text: &str) -> Result<Verdict, ReportFileError> {
    if text.len() > 2 * MAX_DOCUMENT_BYTES {
        return Err(ReportFileError::NotAReport);
    }
    let value: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|_| ReportFileError::NotJson)?;
    let object = value.as_object().ok_or(ReportFileError::NotJson)?;
    if !is_report(object) {
        return Err(ReportFileError::NotAReport);
    }
    match object.get("version").and_then(Value::as_u64) {
        Some(REPORT_VERSION) => {}
        Some(version) if version > REPORT_VERSION => {
            return Err(ReportFileError::Newer { version })
        }
        _ => return Err(ReportFileError::NotAReport),
    }
    let bad = |what| ReportFileError::BadIntegrity { what };
    let integrity = object
        .get("integrity")
        .and_then(Value::as_object)
        .ok_or(bad("no \"integrity\" object"))?;
    if integrity.get("algorithm").and_then(Value::as_str) != Some("sha256")
        || integrity.get("canonical").and_then(Value::as_u64) != Some(1)
    {
        return Err(bad("unknown algorithm or canonical form"));
    }
    let hash = integrity
        .get("hash")
        .and_then(Value::as_str)
        .filter(|h| h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit()))
        .ok_or(bad("\"hash\" is not 64 hex digits"))?
        .to_ascii_lowercase();
    let mut questionnaires = Vec::new();
    for q in integrity
        .get("questionnaires")
        .and_then(Value::as_array)
        .ok_or(bad("no \"questionnaires\" list"))?
    {
        let field = |name: &str| q.get(name).and_then(Value::as_str).map(str::to_string);
        match (field("kind"), field("id"), field("version")) {
            (Some(kind), Some(id), Some(version)) => questionnaires.push((kind, id, version)),
            _ => return Err(bad("a questionnaire without kind, id and version")),
        }
    }
    let mut record = Vec::new();
    for line in integrity
        .get("lines")
        .and_then(Value::as_array)
        .ok_or(bad("no \"lines\" list"))?
    {
        let field = |name: &str| line.get(name).and_then(Value::as_str).map(str::to_string);
        match (field("digest"), field("key")) {
            (Some(digest), Some(key)) => record.push((digest.to_ascii_lowercase(), key)),
            _ => return Err(bad("a line without key and digest")),
        }
    }
    let assessment = object.get("assessment").ok_or(bad("no \"assessment\""))?;
    let assessment = assessment_from_value(assessment).map_err(ReportFileError::Assessment)?;
    let now = Canonical::with_questionnaires(&assessment, &questionnaires);
    Ok(verify_record(&hash, &record, &now))
}

// ---------------------------------------------------------------------------------------------------------
// Report requests: what the browser posts to the on-demand report worker.

/// The `format` tag of a report request.
pub const REQUEST_FORMAT: &str = "sansang.report-request";

/// Everything needed to render one report, as one JSON message (for a worker that receives text).
#[derive(Clone, Debug, PartialEq)]
pub struct ReportRequest {
    /// The assessment.
    pub assessment: Assessment,
    /// An earlier state to compare with.
    pub previous: Option<Assessment>,
    /// The settings.
    pub settings: ReportSettings,
    /// The output format.
    pub output: crate::report::Format,
}

fn format_id(format: crate::report::Format) -> &'static str {
    use crate::report::Format;
    match format {
        Format::Markdown => "md",
        Format::Csv => "csv",
        Format::PlanCsv => "plan-csv",
        Format::Html => "html",
        Format::Docx => "docx",
        Format::Json => "json",
    }
}

/// Encodes a request: `{"format": "sansang.report-request", "version": 1, "output": "docx",
/// "settings": {…as in a JSON report…}, "assessment": {…}, "previous": {…} | null}`.
pub fn encode_request(request: &ReportRequest) -> String {
    let settings = &request.settings;
    let logo = settings.logo.as_ref().map_or(
        Value::Null,
        |logo| json!({"type": logo.kind().mime(), "base64": base64(logo.bytes())}),
    );
    let parse = |a: &Assessment| {
        serde_json::from_str::<Value>(&encode_assessment(a)).unwrap_or(Value::Null)
    };
    let value = json!({
        "format": REQUEST_FORMAT,
        "version": REPORT_VERSION,
        "output": format_id(request.output),
        "settings": {
            "organisation": settings.organisation,
            "assessor": settings.assessor,
            "firm": settings.firm,
            "date": settings.date.map(|d| d.iso()),
            "language": settings.lang.code(),
            "summary": settings.summary,
            "logo": logo,
        },
        "assessment": parse(&request.assessment),
        "previous": request.previous.as_ref().map_or(Value::Null, parse),
    });
    serde_json::to_string(&value).unwrap_or_default()
}

/// Decodes standard padded base64; `None` on any other character or length.
fn unbase64(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as u32)
    };
    let bytes = text.as_bytes();
    if !bytes.len().is_multiple_of(4) {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    for chunk in bytes.chunks(4) {
        let pad = chunk.iter().rev().take_while(|&&b| b == b'=').count();
        if pad > 2 || chunk[..4 - pad].contains(&b'=') {
            return None;
        }
        let mut n = 0u32;
        for &b in &chunk[..4 - pad] {
            n = (n << 6) | value(b)?;
        }
        n <<= 6 * pad as u32;
        let three = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        out.extend_from_slice(&three[..3 - pad]);
    }
    Some(out)
}

/// Decodes a request. The assessments are read with the ordinary decoder; the logo is validated.
pub fn decode_request(text: &str) -> Result<ReportRequest, ReportFileError> {
    use crate::report::{Format, Logo, ReportLang};
    let bad = |what| ReportFileError::BadIntegrity { what };
    if text.len() > 4 * MAX_DOCUMENT_BYTES {
        return Err(ReportFileError::NotAReport);
    }
    let value: Value = serde_json::from_str(text).map_err(|_| ReportFileError::NotJson)?;
    let object = value.as_object().ok_or(ReportFileError::NotJson)?;
    if object.get("format").and_then(Value::as_str) != Some(REQUEST_FORMAT) {
        return Err(ReportFileError::NotAReport);
    }
    match object.get("version").and_then(Value::as_u64) {
        Some(REPORT_VERSION) => {}
        Some(version) if version > REPORT_VERSION => {
            return Err(ReportFileError::Newer { version })
        }
        _ => return Err(ReportFileError::NotAReport),
    }
    let output = object
        .get("output")
        .and_then(Value::as_str)
        .and_then(Format::parse)
        .ok_or(bad(
            "\"output\" is not md, csv, plan-csv, html, docx or json",
        ))?;
    let settings = object
        .get("settings")
        .and_then(Value::as_object)
        .ok_or(bad("no \"settings\""))?;
    let string = |name: &str| {
        settings
            .get(name)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_string()
    };
    let date = match settings.get("date") {
        None | Some(Value::Null) => None,
        Some(Value::String(text)) => {
            Some(crate::domain::Date::parse_iso(text).ok_or(bad("\"date\" is not YYYY-MM-DD"))?)
        }
        Some(_) => return Err(bad("\"date\" is not YYYY-MM-DD")),
    };
    let lang =
        ReportLang::parse(&string("language")).ok_or(bad("\"language\" is not vi, en or both"))?;
    let logo = match settings.get("logo") {
        None | Some(Value::Null) => None,
        Some(logo) => {
            let bytes = logo
                .get("base64")
                .and_then(Value::as_str)
                .and_then(unbase64)
                .ok_or(bad("the logo is not base64"))?;
            Some(
                Logo::new(bytes)
                    .map_err(|_| bad("the logo is not a PNG or JPEG of at most 512 KiB"))?,
            )
        }
    };
    let assessment =
        assessment_from_value(object.get("assessment").ok_or(bad("no \"assessment\""))?)
            .map_err(ReportFileError::Assessment)?;
    let previous = match object.get("previous") {
        None | Some(Value::Null) => None,
        Some(value) => Some(assessment_from_value(value).map_err(ReportFileError::Assessment)?),
    };
    Ok(ReportRequest {
        assessment,
        previous,
        settings: ReportSettings {
            organisation: string("organisation"),
            assessor: string("assessor"),
            firm: string("firm"),
            logo,
            date,
            lang,
            summary: string("summary"),
        },
        output,
    })
}

/// Why a request could not be rendered.
#[derive(Clone, Debug, PartialEq)]
pub enum RequestError {
    /// The request does not decode.
    Request(ReportFileError),
    /// An assessment does not fit the catalog (`check_against`).
    Content(Vec<Problem>),
    /// The renderer failed.
    Render(crate::report::RenderError),
}

impl RequestError {
    /// A message in both languages.
    pub fn message(&self) -> Text {
        match self {
            RequestError::Request(error) => error.message(),
            RequestError::Content(problems) => Text::new(
                problems
                    .iter()
                    .map(|p| p.display(Lang::Vi))
                    .collect::<Vec<_>>()
                    .join("; "),
                problems
                    .iter()
                    .map(|p| p.display(Lang::En))
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
            RequestError::Render(error) => Text::new(
                format!("Không tạo được báo cáo: {error}"),
                format!("The report could not be made: {error}"),
            ),
        }
    }
}

/// Decodes a request, checks its assessments against the catalog, evaluates them and renders the report:
/// the whole job of the report worker, in one pure call. Returns the bytes and the file name.
pub fn render_request(
    catalog: &crate::domain::Catalog,
    text: &str,
) -> Result<(Vec<u8>, String), RequestError> {
    use crate::domain::evaluate;
    use crate::report::{render, Previous, ReportInput};
    let request = decode_request(text).map_err(RequestError::Request)?;
    for assessment in std::iter::once(&request.assessment).chain(&request.previous) {
        let problems = super::check_against(catalog, assessment);
        if !problems.is_empty() {
            return Err(RequestError::Content(problems));
        }
    }
    let evaluation = evaluate(catalog, &request.assessment);
    let previous_evaluation = request.previous.as_ref().map(|p| evaluate(catalog, p));
    let input = ReportInput {
        catalog,
        assessment: &request.assessment,
        evaluation: &evaluation,
        settings: &request.settings,
        previous: request
            .previous
            .as_ref()
            .zip(previous_evaluation.as_ref())
            .map(|(assessment, evaluation)| Previous {
                assessment,
                evaluation,
            }),
    };
    render(&input, request.output).map_err(RequestError::Render)
}
