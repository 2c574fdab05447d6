//! The report model: one pure value built from the catalog, an assessment, its evaluation and the report
//! settings, which every format (Markdown, CSV, HTML, DOCX, JSON) renders.
//!
//! Every text is a bilingual [`Text`]; numbers and dates are already formatted for each language with
//! `domain::locale` (72,5 and dd/mm/yyyy in Vietnamese). User texts (names, notes, N/A reasons, evidence links)
//! are kept as given, in both slots; renderers escape them. Nothing here reads a clock: the report date is
//! part of [`ReportSettings`].

use std::collections::BTreeMap;

use super::integrity::Canonical;
use crate::domain::chart::{self, ChartData, ChartId, Point};
use crate::domain::locale::{format_decimal, format_score};
use crate::domain::{
    compare, crosswalk, AnswerValue, Assessment, Catalog, Citation, Comparison, Counting, Date,
    DueBy, DutyBinding, Evaluation, GateKind, Lang, ObligationStatus, PlanStatus, SourceStatus,
    Text, MODEL_VERSION,
};

/// The languages of a report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum ReportLang {
    /// Vietnamese only.
    #[default]
    Vi,
    /// English only.
    En,
    /// Both, side by side (Vietnamese first).
    Both,
}

impl ReportLang {
    /// `vi`, `en` or `both`.
    pub fn code(self) -> &'static str {
        match self {
            ReportLang::Vi => "vi",
            ReportLang::En => "en",
            ReportLang::Both => "both",
        }
    }

    /// Parses `vi`, `en` or `both`.
    pub fn parse(text: &str) -> Option<ReportLang> {
        match text {
            "vi" => Some(ReportLang::Vi),
            "en" => Some(ReportLang::En),
            "both" => Some(ReportLang::Both),
            _ => None,
        }
    }

    /// The languages shown, in order.
    pub fn langs(self) -> &'static [Lang] {
        match self {
            ReportLang::Vi => &[Lang::Vi],
            ReportLang::En => &[Lang::En],
            ReportLang::Both => &[Lang::Vi, Lang::En],
        }
    }

    /// The first language shown (the document's main language).
    pub fn primary(self) -> Lang {
        self.langs()[0]
    }
}

/// The largest logo accepted, in bytes.
pub const MAX_LOGO_BYTES: usize = 512 * 1024;
/// The longest name (organisation, assessor, firm), in characters; longer ones are cut.
pub const MAX_SETTING_CHARS: usize = 200;
/// The longest executive summary text, in characters; a longer one is cut.
pub const MAX_SUMMARY_CHARS: usize = 20_000;

/// The image format of a logo.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LogoKind {
    /// PNG.
    Png,
    /// JPEG.
    Jpeg,
}

impl LogoKind {
    /// The media type.
    pub fn mime(self) -> &'static str {
        match self {
            LogoKind::Png => "image/png",
            LogoKind::Jpeg => "image/jpeg",
        }
    }
}

/// A logo the user picked on this device: checked to be PNG or JPEG by its signature, and size-limited.
/// It is never fetched from anywhere.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Logo {
    kind: LogoKind,
    bytes: Vec<u8>,
    /// Width and height in pixels, when the header states them.
    size: Option<(u32, u32)>,
}

/// Why a logo was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LogoError {
    /// No bytes.
    Empty,
    /// Larger than [`MAX_LOGO_BYTES`].
    TooLarge {
        /// Its size.
        bytes: usize,
    },
    /// Neither PNG nor JPEG.
    NotPngOrJpeg,
}

impl LogoError {
    /// A message for the user.
    pub fn message(&self) -> Text {
        match self {
            LogoError::Empty => Text::new("Tệp logo trống.", "The logo file is empty."),
            LogoError::TooLarge { bytes } => Text::new(
                format!(
                    "Tệp logo quá lớn ({bytes} byte); kích thước tối đa là {MAX_LOGO_BYTES} byte."
                ),
                format!("The logo file is too large ({bytes} bytes); the limit is {MAX_LOGO_BYTES} bytes."),
            ),
            LogoError::NotPngOrJpeg => Text::new(
                "Logo phải là ảnh PNG hoặc JPEG.",
                "The logo must be a PNG or JPEG image.",
            ),
        }
    }
}

impl Logo {
    /// Checks the bytes: not empty, at most [`MAX_LOGO_BYTES`], a PNG or JPEG signature.
    pub fn new(bytes: Vec<u8>) -> Result<Logo, LogoError> {
        if bytes.is_empty() {
            return Err(LogoError::Empty);
        }
        if bytes.len() > MAX_LOGO_BYTES {
            return Err(LogoError::TooLarge { bytes: bytes.len() });
        }
        let (kind, size) = if bytes.starts_with(b"\x89PNG\r\n\x1a\n") && bytes.len() >= 24 {
            let be = |at: usize| {
                u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
            };
            let size = (&bytes[12..16] == b"IHDR").then(|| (be(16), be(20)));
            (LogoKind::Png, size)
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            (LogoKind::Jpeg, jpeg_size(&bytes))
        } else {
            return Err(LogoError::NotPngOrJpeg);
        };
        let size = size.filter(|&(w, h)| w > 0 && h > 0 && w <= 20_000 && h <= 20_000);
        Ok(Logo { kind, bytes, size })
    }

    /// Its format.
    pub fn kind(&self) -> LogoKind {
        self.kind
    }

    /// Its bytes.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// Its size in pixels, when known.
    pub fn size(&self) -> Option<(u32, u32)> {
        self.size
    }
}

/// The frame size of a JPEG, from its first SOFn segment.
fn jpeg_size(bytes: &[u8]) -> Option<(u32, u32)> {
    let mut at = 2;
    while at + 9 < bytes.len() {
        if bytes[at] != 0xFF {
            return None;
        }
        let marker = bytes[at + 1];
        let length = usize::from(u16::from_be_bytes([bytes[at + 2], bytes[at + 3]]));
        if matches!(marker, 0xC0..=0xCF) && !matches!(marker, 0xC4 | 0xC8 | 0xCC) {
            let h = u16::from_be_bytes([bytes[at + 5], bytes[at + 6]]);
            let w = u16::from_be_bytes([bytes[at + 7], bytes[at + 8]]);
            return Some((u32::from(w), u32::from(h)));
        }
        at += 2 + length;
    }
    None
}

/// What the person writing the report sets.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ReportSettings {
    /// The client organisation; empty = the assessment's organisation.
    pub organisation: String,
    /// The assessor's name.
    pub assessor: String,
    /// The assessor's firm.
    pub firm: String,
    /// The logo, if any.
    pub logo: Option<Logo>,
    /// The report's date (passed in: nothing here reads a clock).
    pub date: Option<Date>,
    /// The languages.
    pub lang: ReportLang,
    /// The executive summary written by the assessor (plain text; blank lines separate paragraphs).
    pub summary: String,
}

/// An earlier state to compare with.
#[derive(Clone, Copy, Debug)]
pub struct Previous<'a> {
    /// The earlier assessment (a snapshot, or another assessment of the same organisation).
    pub assessment: &'a Assessment,
    /// Its evaluation against the same catalog.
    pub evaluation: &'a Evaluation,
}

/// Everything a report is built from.
#[derive(Clone, Copy, Debug)]
pub struct ReportInput<'a> {
    /// The content.
    pub catalog: &'a Catalog,
    /// The assessment.
    pub assessment: &'a Assessment,
    /// Its evaluation (`domain::evaluate(catalog, assessment)`).
    pub evaluation: &'a Evaluation,
    /// The settings.
    pub settings: &'a ReportSettings,
    /// An earlier state, for the before/after section.
    pub previous: Option<Previous<'a>>,
}

/// One cell of a table: a text and, for evidence, links (shown as text, and as links only when safe).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Cell {
    /// The text.
    pub text: Text,
    /// Evidence links (user data, not checked beyond `is_safe_link` at rendering).
    pub links: Vec<String>,
}

impl From<Text> for Cell {
    fn from(text: Text) -> Cell {
        Cell {
            text,
            links: Vec::new(),
        }
    }
}

/// A table.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// What it shows (may be empty).
    pub caption: Text,
    /// Column headers.
    pub head: Vec<Text>,
    /// Rows, each with one cell per header.
    pub rows: Vec<Vec<Cell>>,
}

/// A chart: its SVG in each language and its data as a table (the fallback where SVG cannot go).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chart {
    /// The SVG markup, one per language (every text in it escaped by `chart`).
    pub svg: Text,
    /// The same data as a table.
    pub table: Table,
}

/// A block of a part.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// A paragraph.
    Para(Text),
    /// A heading inside a part.
    Heading(Text),
    /// A bulleted list.
    Bullets(Vec<Text>),
    /// Label: value pairs.
    Facts(Vec<(Text, Text)>),
    /// A table.
    Table(Table),
    /// A chart.
    Chart(Chart),
    /// Preformatted, language-neutral text (the integrity manifest).
    Code(String),
}

/// A part of the report, with a stable id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    /// The id (`summary`, `scores`, …): stable, used as an HTML anchor.
    pub id: &'static str,
    /// The heading.
    pub title: Text,
    /// The content.
    pub blocks: Vec<Block>,
}

/// The cover page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cover {
    /// The report's title.
    pub title: Text,
    /// The client organisation.
    pub organisation: String,
    /// The assessment's name.
    pub assessment: String,
    /// The assessor.
    pub assessor: String,
    /// The assessor's firm.
    pub firm: String,
    /// The logo.
    pub logo: Option<Logo>,
    /// The report date.
    pub date: Option<Date>,
    /// The date as shown.
    pub date_text: Text,
    /// The questionnaires as (kind, id, version).
    pub questionnaires: Vec<(String, String, String)>,
    /// The scoring model version.
    pub model: String,
    /// The integrity hash (SHA-256 of the canonical answers).
    pub hash: String,
    /// Label: value pairs in display order.
    pub facts: Vec<(Text, Text)>,
}

/// One row per readiness question (the answers part and the CSV).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerRow {
    /// The section id.
    pub section_id: String,
    /// The section's title.
    pub section: Text,
    /// The question id.
    pub id: String,
    /// The question.
    pub question: Text,
    /// Whether it applies to this organisation.
    pub visible: bool,
    /// The answer as given ("2 — Partly implemented", "Don't know", "Not applicable", "Unanswered").
    pub claimed: Text,
    /// The level that counts.
    pub counted: Text,
    /// The item score 0–1 as shown (or "–").
    pub score: Text,
    /// The weight.
    pub weight: u8,
    /// The N/A reason.
    pub na_reason: String,
    /// The evidence note.
    pub note: String,
    /// The evidence links.
    pub links: Vec<String>,
    /// The citations, with "subject to confirmation" where it applies.
    pub citations: Text,
    /// Whether the question carries a legal duty, and whether it binds.
    pub duty: Text,
    /// Ids of the obligations (per system: `system:obligation`) this question evidences.
    pub obligations: String,
    /// Warnings (no evidence, N/A refused, …).
    pub flags: Text,
}

/// One row per action of the plan (the plan part and its CSV).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionRow {
    /// 1-based rank.
    pub rank: usize,
    /// The question id.
    pub id: String,
    /// The question.
    pub question: Text,
    /// The section's title.
    pub section: Text,
    /// The group (unmet duty, partly met duty, good practice).
    pub group: Text,
    /// The current level.
    pub level: Text,
    /// The recommendation.
    pub recommendation: Text,
    /// The legal deadline, if any.
    pub deadline: Text,
    /// The owner (user text).
    pub owner: String,
    /// The due date set by the user.
    pub due: Text,
    /// The status.
    pub status: Text,
    /// The citations.
    pub citations: Text,
    /// `system:obligation` ids.
    pub obligations: String,
    /// The priority score as shown.
    pub priority: Text,
}

/// The whole report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The languages.
    pub lang: ReportLang,
    /// The cover.
    pub cover: Cover,
    /// The parts, in order (see [`PART_IDS`]; `compare` only with a previous state).
    pub parts: Vec<Part>,
    /// Every readiness question.
    pub answers: Vec<AnswerRow>,
    /// The whole action plan.
    pub actions: Vec<ActionRow>,
    /// The canonical answers behind the hash.
    pub canonical: Canonical,
    /// The running footer: organisation · date · hash (short).
    pub footer: Text,
}

/// The ids of the parts, in order. `compare` is present only when there is a previous state.
pub const PART_IDS: &[&str] = &[
    "summary",
    "scores",
    "gates",
    "systems",
    "plan",
    "answers",
    "compare",
    "crosswalk",
    "method",
    "sources",
    "integrity",
    "disclaimer",
];

impl Report {
    /// The part with this id.
    pub fn part(&self, id: &str) -> Option<&Part> {
        self.parts.iter().find(|part| part.id == id)
    }

    /// The integrity hash.
    pub fn hash(&self) -> &str {
        &self.cover.hash
    }
}

// ---------------------------------------------------------------------------------------------------------
// Helpers.

fn t(vi: impl Into<String>, en: impl Into<String>) -> Text {
    Text::new(vi, en)
}

/// A user text, the same in both languages.
fn same(text: &str) -> Text {
    Text::new(text, text)
}

/// Builds a text by formatting in each language.
fn each(f: impl Fn(Lang) -> String) -> Text {
    Text::new(f(Lang::Vi), f(Lang::En))
}

fn score_text(score: Option<f64>) -> Text {
    match score {
        Some(score) => each(|lang| format_score(score, lang)),
        None => t("Không áp dụng", "Not applicable"),
    }
}

fn percent(value: Option<f64>) -> Text {
    match value {
        Some(value) => each(|lang| format!("{} %", format_score(value * 100.0, lang))),
        None => t("–", "–"),
    }
}

fn date_text(date: Date) -> Text {
    each(|lang| date.format(lang))
}

fn join(texts: &[Text], separator: &str) -> Text {
    each(|lang| {
        texts
            .iter()
            .map(|text| text.get(lang))
            .collect::<Vec<_>>()
            .join(separator)
    })
}

fn cell(text: Text) -> Cell {
    Cell::from(text)
}

fn user(text: &str) -> Cell {
    Cell::from(same(text))
}

fn due_text(due: &DueBy) -> Text {
    match due {
        DueBy::BeforeUse => t("Trước khi đưa vào sử dụng", "Before use"),
        DueBy::Date { date, label } => match label {
            Some(label) => each(|lang| format!("{} ({})", date.format(lang), label.get(lang))),
            None => date_text(*date),
        },
        DueBy::Hours { hours, after } => each(|lang| match lang {
            Lang::Vi => format!("Trong vòng {hours} giờ kể từ {}", after.get(lang)),
            Lang::En => format!("Within {hours} hours after {}", after.get(lang)),
        }),
    }
}

fn status_text(status: PlanStatus) -> Text {
    match status {
        PlanStatus::Todo => t("Cần làm", "To do"),
        PlanStatus::InProgress => t("Đang thực hiện", "In progress"),
        PlanStatus::Done => t("Đã hoàn thành", "Done"),
    }
}

fn obligation_label(status: Option<ObligationStatus>) -> Text {
    match status {
        Some(status) => status.label(),
        None => t("Không áp dụng", "Does not apply"),
    }
}

fn band_label(evaluation: &Evaluation, band: Option<usize>) -> Text {
    band.and_then(|b| evaluation.settings.bands.get(b))
        .map_or_else(
            || t("Chưa đánh giá", "Not assessed"),
            |band| band.label.clone(),
        )
}

/// Citations as "Luật 134/2025/QH15 Điều 14 (cần xác nhận); …".
fn citations_text(catalog: &Catalog, cites: &[Citation]) -> Text {
    each(|lang| {
        cites
            .iter()
            .map(|citation| {
                let label = catalog
                    .sources
                    .resolve(citation)
                    .map_or_else(|| citation.to_string(), |cited| cited.label(lang));
                if catalog.sources.subject_to_confirmation(citation) {
                    match lang {
                        Lang::Vi => format!("{label} (cần xác nhận)"),
                        Lang::En => format!("{label} (subject to confirmation)"),
                    }
                } else {
                    label
                }
            })
            .collect::<Vec<_>>()
            .join("; ")
    })
}

fn level_label(catalog: &Catalog, level: u8) -> Text {
    let label = catalog
        .readiness()
        .and_then(|q| q.scale())
        .and_then(|scale| scale.levels.iter().find(|l| l.value == level))
        .map(|l| l.label.clone());
    match label {
        Some(label) => each(|lang| format!("{level} — {}", label.get(lang))),
        None => each(|_| level.to_string()),
    }
}

fn counting_text(catalog: &Catalog, counting: &Counting, claimed: bool) -> Text {
    match counting {
        Counting::Unanswered => t("Chưa trả lời", "Unanswered"),
        Counting::DontKnow => t("Chưa rõ", "Don't know"),
        Counting::NotApplicable { .. } => t("Không áp dụng", "Not applicable"),
        Counting::Level {
            claimed: c,
            counted,
        } => level_label(catalog, if claimed { *c } else { *counted }),
    }
}

fn question_text(catalog: &Catalog, id: &str) -> Text {
    catalog
        .question(id)
        .map_or_else(|| same(id), |q| q.question.text.clone())
}

fn section_title(evaluation: &Evaluation, id: &str) -> Text {
    evaluation
        .section(id)
        .map_or_else(|| same(id), |s| s.title.clone())
}

fn paragraphs(text: &str) -> Vec<Text> {
    let mut out = Vec::new();
    let mut current = String::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            if !current.trim().is_empty() {
                out.push(same(current.trim()));
            }
            current.clear();
        } else {
            if !current.is_empty() {
                current.push('\n');
            }
            current.push_str(line.trim_end());
        }
    }
    if !current.trim().is_empty() {
        out.push(same(current.trim()));
    }
    out
}

fn cut(text: &str, max: usize) -> String {
    text.chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .take(max)
        .collect()
}

// ---------------------------------------------------------------------------------------------------------
// Building.

/// Builds the report. Pure and deterministic: the same input gives the same report.
pub fn build_report(input: &ReportInput<'_>) -> Report {
    let ReportInput {
        catalog,
        assessment,
        evaluation,
        settings,
        previous,
    } = *input;
    let canonical = Canonical::of(assessment, evaluation);
    let hash = canonical.hash();
    let organisation = {
        let given = cut(settings.organisation.trim(), MAX_SETTING_CHARS);
        if given.is_empty() {
            cut(assessment.organisation.trim(), MAX_SETTING_CHARS)
        } else {
            given
        }
    };
    let questionnaires: Vec<(String, String, String)> = evaluation
        .questionnaires
        .iter()
        .map(|q| (q.kind.id().to_string(), q.id.clone(), q.version.to_string()))
        .collect();
    let date_shown = settings
        .date
        .map_or_else(|| t("(chưa ghi ngày)", "(no date)"), date_text);

    let answers = answer_rows(catalog, assessment, evaluation);
    let actions = action_rows(catalog, evaluation);

    let mut cover_facts = vec![
        (
            t("Tổ chức được đánh giá", "Client organisation"),
            same(&organisation),
        ),
        (
            t("Bản đánh giá", "Assessment"),
            same(&cut(&assessment.name, MAX_SETTING_CHARS)),
        ),
    ];
    let assessor = cut(settings.assessor.trim(), MAX_SETTING_CHARS);
    let firm = cut(settings.firm.trim(), MAX_SETTING_CHARS);
    if !assessor.is_empty() {
        cover_facts.push((t("Người đánh giá", "Assessor"), same(&assessor)));
    }
    if !firm.is_empty() {
        cover_facts.push((t("Đơn vị đánh giá", "Firm"), same(&firm)));
    }
    cover_facts.push((t("Ngày báo cáo", "Report date"), date_shown.clone()));
    for (kind, id, version) in &questionnaires {
        let kind_name = match kind.as_str() {
            "profile" => t("hồ sơ tổ chức", "organisation profile"),
            "triage" => t("phân loại", "triage"),
            "readiness" => t("mức độ sẵn sàng", "readiness"),
            other => same(other),
        };
        cover_facts.push((
            each(|lang| match lang {
                Lang::Vi => format!("Bộ câu hỏi {}", kind_name.get(lang)),
                Lang::En => format!("Questionnaire: {}", kind_name.get(lang)),
            }),
            same(&format!("{id} {version}")),
        ));
    }
    cover_facts.push((t("Mô hình tính điểm", "Scoring model"), same(MODEL_VERSION)));
    cover_facts.push((
        t("Mã toàn vẹn (SHA-256)", "Integrity hash (SHA-256)"),
        same(&hash),
    ));

    let cover = Cover {
        title: t(
            "Báo cáo đánh giá mức độ sẵn sàng tuân thủ Luật Trí tuệ nhân tạo số 134/2025/QH15",
            "Readiness report: Vietnam's Law on Artificial Intelligence No. 134/2025/QH15",
        ),
        organisation: organisation.clone(),
        assessment: cut(&assessment.name, MAX_SETTING_CHARS),
        assessor,
        firm,
        logo: settings.logo.clone(),
        date: settings.date,
        date_text: date_shown.clone(),
        questionnaires,
        model: MODEL_VERSION.to_string(),
        hash: hash.clone(),
        facts: cover_facts,
    };

    let comparison = previous.map(|p| compare(p.evaluation, evaluation));
    let mut parts = vec![
        summary_part(evaluation, settings, &actions),
        scores_part(evaluation, previous),
        gates_part(catalog, evaluation),
        systems_part(catalog, evaluation),
        plan_part(&actions),
        answers_part(catalog, assessment, evaluation, &answers),
    ];
    if let (Some(comparison), Some(previous)) = (&comparison, previous) {
        parts.push(compare_part(catalog, evaluation, previous, comparison));
    }
    parts.push(crosswalk_part(catalog, evaluation));
    parts.push(method_part(catalog, evaluation));
    parts.push(sources_part(catalog, evaluation));
    parts.push(integrity_part(&canonical));
    parts.push(disclaimer_part());

    let short = &hash[..16];
    let footer = each(|lang| {
        let date = settings.date.map(|d| d.format(lang)).unwrap_or_default();
        match lang {
            Lang::Vi => format!("{organisation} · {date} · SHA-256 {short}…"),
            Lang::En => format!("{organisation} · {date} · SHA-256 {short}…"),
        }
    });

    Report {
        lang: settings.lang,
        cover,
        parts,
        answers,
        actions,
        canonical,
        footer,
    }
}

fn answer_rows(
    catalog: &Catalog,
    assessment: &Assessment,
    evaluation: &Evaluation,
) -> Vec<AnswerRow> {
    let top = evaluation.settings.top_level;
    let mut obligations: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for system in &evaluation.systems {
        for check in &system.obligations {
            for question in &check.obligation.evidenced_by {
                obligations
                    .entry(question.as_str())
                    .or_default()
                    .push(format!("{}:{}", system.id, check.obligation.id));
            }
        }
    }
    evaluation
        .items
        .iter()
        .map(|item| {
            let question = catalog.question(&item.question);
            let cites = question.map_or(&[][..], |q| q.question.cites.as_slice());
            let evidence = assessment.evidence_for(&item.question);
            let na_reason = match assessment.readiness.get(&item.question) {
                Some(AnswerValue::NotApplicable { reason }) => reason.clone(),
                _ => String::new(),
            };
            let claimed = match assessment.readiness.get(&item.question) {
                None => t("Chưa trả lời", "Unanswered"),
                Some(AnswerValue::Level(level)) => level_label(catalog, *level),
                Some(AnswerValue::DontKnow) => t("Chưa rõ", "Don't know"),
                Some(AnswerValue::NotApplicable { .. }) => t("Không áp dụng", "Not applicable"),
                Some(_) => t("(không phải một mức)", "(not a level)"),
            };
            let (counted, score) = if !item.visible {
                (
                    t(
                        "Không áp dụng cho tổ chức",
                        "Does not apply to the organisation",
                    ),
                    t("–", "–"),
                )
            } else {
                (
                    counting_text(catalog, &item.counting, false),
                    match item.score(top) {
                        Some(s) => each(|lang| format_decimal(s, 2, lang)),
                        None => t("–", "–"),
                    },
                )
            };
            let duty = match &item.duty {
                DutyBinding::None => t("Không", "No"),
                DutyBinding::NotBinding => t(
                    "Có, chưa ràng buộc tổ chức",
                    "Yes, not binding the organisation",
                ),
                DutyBinding::Binding { systems } => each(|lang| match lang {
                    Lang::Vi => format!("Có, ràng buộc ({})", systems.join(", ")),
                    Lang::En => format!("Yes, binding ({})", systems.join(", ")),
                }),
            };
            AnswerRow {
                section_id: item.section.clone(),
                section: section_title(evaluation, &item.section),
                id: item.question.clone(),
                question: question_text(catalog, &item.question),
                visible: item.visible,
                claimed,
                counted,
                score,
                weight: item.weight,
                na_reason,
                note: evidence.map(|e| e.note.clone()).unwrap_or_default(),
                links: evidence.map(|e| e.links.clone()).unwrap_or_default(),
                citations: citations_text(catalog, cites),
                duty,
                obligations: obligations
                    .get(item.question.as_str())
                    .map(|list| list.join(", "))
                    .unwrap_or_default(),
                flags: join(
                    &item.flags.iter().map(|f| f.message()).collect::<Vec<_>>(),
                    "; ",
                ),
            }
        })
        .collect()
}

fn group_text(group: crate::domain::ActionGroup) -> Text {
    use crate::domain::ActionGroup;
    match group {
        ActionGroup::UnmetDuty => t("Nghĩa vụ chưa đáp ứng", "Unmet duty"),
        ActionGroup::PartlyMetDuty => t("Nghĩa vụ đáp ứng một phần", "Partly met duty"),
        ActionGroup::Other => t("Thực hành tốt", "Good practice"),
    }
}

fn action_rows(catalog: &Catalog, evaluation: &Evaluation) -> Vec<ActionRow> {
    evaluation
        .plan
        .iter()
        .enumerate()
        .map(|(k, action)| {
            let cites: Vec<Citation> = action
                .citations
                .iter()
                .map(|c| c.citation.clone())
                .collect();
            let entry = action.entry.clone().unwrap_or_default();
            ActionRow {
                rank: k + 1,
                id: action.question.clone(),
                question: question_text(catalog, &action.question),
                section: section_title(evaluation, &action.section),
                group: group_text(action.group),
                level: counting_text(catalog, &action.counting, false),
                recommendation: action.recommendation.clone(),
                deadline: action
                    .deadline
                    .as_ref()
                    .map_or_else(|| t("–", "–"), due_text),
                owner: entry.owner.clone(),
                due: entry.due.map_or_else(|| t("–", "–"), date_text),
                status: status_text(entry.status),
                citations: citations_text(catalog, &cites),
                obligations: action
                    .obligations
                    .iter()
                    .map(|o| format!("{}:{}", o.system, o.obligation))
                    .collect::<Vec<_>>()
                    .join(", "),
                priority: each(|lang| format_decimal(action.priority, 2, lang)),
            }
        })
        .collect()
}

fn summary_part(evaluation: &Evaluation, settings: &ReportSettings, actions: &[ActionRow]) -> Part {
    let mut blocks: Vec<Block> = paragraphs(&cut(&settings.summary, MAX_SUMMARY_CHARS))
        .into_iter()
        .map(Block::Para)
        .collect();
    let overall = &evaluation.overall;
    let mut findings = Vec::new();
    let band = band_label(evaluation, overall.band);
    let index = score_text(overall.index);
    findings.push(each(|lang| match lang {
        Lang::Vi => format!(
            "Chỉ số sẵn sàng: {}/100, mức “{}”{}.",
            index.get(lang),
            band.get(lang),
            if overall.provisional {
                " (tạm tính: còn câu hỏi chưa trả lời)"
            } else {
                ""
            }
        ),
        Lang::En => format!(
            "Readiness index: {}/100, band “{}”{}.",
            index.get(lang),
            band.get(lang),
            if overall.provisional {
                " (provisional: some questions are unanswered)"
            } else {
                ""
            }
        ),
    }));
    let c = &overall.confidence;
    let (coverage, evidence) = (percent(c.coverage()), percent(c.evidence_rate()));
    findings.push(each(|lang| match lang {
        Lang::Vi => format!(
            "Đã trả lời {}/{} câu hỏi áp dụng (độ bao phủ {}); tỷ lệ có bằng chứng {}.",
            c.answered,
            c.visible,
            coverage.get(lang),
            evidence.get(lang)
        ),
        Lang::En => format!(
            "{} of {} applicable questions answered (coverage {}); evidence rate {}.",
            c.answered,
            c.visible,
            coverage.get(lang),
            evidence.get(lang)
        ),
    }));
    for gate in &overall.gates {
        let cap = evaluation
            .settings
            .bands
            .iter()
            .find(|b| b.id == gate.cap)
            .map_or_else(|| same(&gate.cap), |b| b.label.clone());
        findings.push(match gate.kind {
            GateKind::Prohibited => each(|lang| match lang {
                Lang::Vi => format!("Có hệ thống thuộc trường hợp bị nghiêm cấm ({}): kết quả là “{}”.", gate.systems.join(", "), cap.get(lang)),
                Lang::En => format!("A system falls under a prohibited use ({}): the result is “{}”.", gate.systems.join(", "), cap.get(lang)),
            }),
            GateKind::UnmetDuty => each(|lang| match lang {
                Lang::Vi => format!("{} nghĩa vụ pháp lý áp dụng chưa được đáp ứng: mức sẵn sàng tối đa là “{}”.", gate.duties.len(), cap.get(lang)),
                Lang::En => format!("{} applicable legal duties are not met: the band is capped at “{}”.", gate.duties.len(), cap.get(lang)),
            }),
            GateKind::PartlyMetDuty => each(|lang| match lang {
                Lang::Vi => format!("{} nghĩa vụ pháp lý mới được đáp ứng một phần: mức sẵn sàng tối đa là “{}”.", gate.duties.len(), cap.get(lang)),
                Lang::En => format!("{} legal duties are only partly met: the band is capped at “{}”.", gate.duties.len(), cap.get(lang)),
            }),
        });
    }
    let mut tiers: BTreeMap<crate::domain::Tier, usize> = BTreeMap::new();
    for system in &evaluation.systems {
        *tiers.entry(system.triage.tier).or_default() += 1;
    }
    if !tiers.is_empty() {
        let list = each(|lang| {
            tiers
                .iter()
                .map(|(tier, n)| format!("{n} {}", tier.label().get(lang).to_lowercase()))
                .collect::<Vec<_>>()
                .join(", ")
        });
        findings.push(each(|lang| match lang {
            Lang::Vi => format!(
                "{} hệ thống trí tuệ nhân tạo: {}.",
                evaluation.systems.len(),
                list.get(lang)
            ),
            Lang::En => format!(
                "{} AI systems: {}.",
                evaluation.systems.len(),
                list.get(lang)
            ),
        }));
    }
    if let Some(weakest) = evaluation
        .sections
        .iter()
        .filter(|s| s.score.is_some())
        .min_by(|a, b| {
            a.score
                .partial_cmp(&b.score)
                .unwrap_or(std::cmp::Ordering::Equal)
        })
    {
        let score = score_text(weakest.score);
        findings.push(each(|lang| match lang {
            Lang::Vi => format!(
                "Nhóm có điểm thấp nhất: {} ({}/100).",
                weakest.title.get(lang),
                score.get(lang)
            ),
            Lang::En => format!(
                "Weakest section: {} ({}/100).",
                weakest.title.get(lang),
                score.get(lang)
            ),
        }));
    }
    let legal = evaluation
        .plan
        .iter()
        .filter(|a| a.group != crate::domain::ActionGroup::Other)
        .count();
    findings.push(each(|lang| match lang {
        Lang::Vi => format!("Kế hoạch hành động gồm {} việc, trong đó {} việc liên quan đến nghĩa vụ pháp lý ràng buộc.", actions.len(), legal),
        Lang::En => format!("The action plan has {} actions, {} of them for binding legal duties.", actions.len(), legal),
    }));
    let earliest =
        crate::domain::plan::deadline(evaluation.plan.iter().filter_map(|a| a.deadline.as_ref()));
    if let Some(due) = earliest {
        let due = due_text(&due);
        findings.push(each(|lang| match lang {
            Lang::Vi => format!("Thời hạn pháp lý gần nhất: {}.", due.get(lang)),
            Lang::En => format!("Earliest legal deadline: {}.", due.get(lang)),
        }));
    }
    blocks.push(Block::Heading(t("Các phát hiện chính", "Key findings")));
    blocks.push(Block::Bullets(findings));
    Part {
        id: "summary",
        title: t("Tóm tắt", "Executive summary"),
        blocks,
    }
}

fn radar_chart(evaluation: &Evaluation, previous: Option<Previous<'_>>) -> Chart {
    let svg_for = |lang: Lang| -> (String, chart::Table) {
        let points = evaluation
            .sections
            .iter()
            .map(|s| Point::new(s.title.get(lang), s.score));
        let mut data = ChartData::new(
            t("Mức sẵn sàng theo nhóm nguyên tắc", "Readiness by principle area").get(lang),
            t(
                "Biểu đồ radar: mỗi trục là một nhóm câu hỏi, điểm từ 0 ở tâm đến 100 ở vòng ngoài.",
                "Radar chart: one axis per question section, from 0 at the centre to 100 at the outer ring.",
            )
            .get(lang),
            t("Nhóm", "Section").get(lang),
            t("Điểm (0–100)", "Score (0–100)").get(lang),
            points,
        );
        if let Some(previous) = previous {
            data = data.named(t("Hiện tại", "Now").get(lang)).with_series(
                t("Lần trước", "Before").get(lang),
                evaluation
                    .sections
                    .iter()
                    .map(|s| previous.evaluation.section(&s.id).and_then(|p| p.score))
                    .collect(),
            );
        }
        let id = ChartId::new(&format!("report-radar-{}", lang.code()))
            .unwrap_or_else(|_| ChartId::new("report-radar").expect("a valid literal id"));
        (
            chart::radar(&data, lang, &id).to_svg_string(),
            chart::table(&data, lang),
        )
    };
    let (vi_svg, vi_table) = svg_for(Lang::Vi);
    let (en_svg, en_table) = svg_for(Lang::En);
    let table = Table {
        caption: t(vi_table.caption, en_table.caption),
        head: vi_table
            .headers
            .iter()
            .zip(&en_table.headers)
            .map(|(v, e)| t(v.clone(), e.clone()))
            .collect(),
        rows: vi_table
            .rows
            .iter()
            .zip(&en_table.rows)
            .map(|(v, e)| {
                v.iter()
                    .zip(e)
                    .map(|(a, b)| cell(t(a.clone(), b.clone())))
                    .collect()
            })
            .collect(),
    };
    Chart {
        svg: t(vi_svg, en_svg),
        table,
    }
}

fn scores_part(evaluation: &Evaluation, previous: Option<Previous<'_>>) -> Part {
    let overall = &evaluation.overall;
    let c = &overall.confidence;
    let mut facts = vec![
        (
            t("Chỉ số sẵn sàng", "Readiness index"),
            score_text(overall.index),
        ),
        (t("Mức sẵn sàng", "Readiness band"), {
            let band = band_label(evaluation, overall.band);
            if overall.provisional {
                each(|lang| match lang {
                    Lang::Vi => format!("{} (tạm tính)", band.get(lang)),
                    Lang::En => format!("{} (provisional)", band.get(lang)),
                })
            } else {
                band
            }
        }),
    ];
    if overall.uncapped_band != overall.band {
        facts.push((
            t(
                "Mức theo điểm trung bình, trước điều kiện giới hạn",
                "Band from the average, before gates",
            ),
            band_label(evaluation, overall.uncapped_band),
        ));
    }
    facts.push((t("Độ bao phủ", "Coverage"), percent(c.coverage())));
    facts.push((
        t("Tỷ lệ có bằng chứng", "Evidence rate"),
        percent(c.evidence_rate()),
    ));
    facts.push((t("Mức chưa rõ", "Uncertainty"), percent(c.uncertainty())));
    let rows = evaluation
        .sections
        .iter()
        .map(|section| {
            let c = &section.confidence;
            vec![
                cell(section.title.clone()),
                cell(each(|lang| format_score(section.weight, lang))),
                cell(score_text(section.score)),
                cell(each(|_| format!("{}/{}", c.answered, c.visible))),
                cell(percent(c.coverage())),
                cell(percent(c.evidence_rate())),
                cell(percent(c.uncertainty())),
            ]
        })
        .collect();
    Part {
        id: "scores",
        title: t("Điểm số và độ tin cậy", "Scores and confidence"),
        blocks: vec![
            Block::Facts(facts),
            Block::Chart(radar_chart(evaluation, previous)),
            Block::Table(Table {
                caption: t("Điểm theo nhóm câu hỏi", "Scores by section"),
                head: vec![
                    t("Nhóm", "Section"),
                    t("Trọng số", "Weight"),
                    t("Điểm", "Score"),
                    t("Đã trả lời", "Answered"),
                    t("Độ bao phủ", "Coverage"),
                    t("Tỷ lệ có bằng chứng", "Evidence rate"),
                    t("Mức chưa rõ", "Uncertainty"),
                ],
                rows,
            }),
        ],
    }
}

fn gates_part(catalog: &Catalog, evaluation: &Evaluation) -> Part {
    let mut blocks = Vec::new();
    if evaluation.overall.gates.is_empty() {
        blocks.push(Block::Para(t(
            "Không có điều kiện giới hạn nào được áp dụng.",
            "No gate applied.",
        )));
    } else {
        let rows = evaluation
            .overall
            .gates
            .iter()
            .map(|gate| {
                let kind = match gate.kind {
                    GateKind::Prohibited => t("Hành vi bị nghiêm cấm", "Prohibited use"),
                    GateKind::UnmetDuty => t("Nghĩa vụ chưa đáp ứng", "Unmet legal duty"),
                    GateKind::PartlyMetDuty => {
                        t("Nghĩa vụ đáp ứng một phần", "Partly met legal duty")
                    }
                };
                let cap = evaluation
                    .settings
                    .bands
                    .iter()
                    .find(|b| b.id == gate.cap)
                    .map_or_else(|| same(&gate.cap), |b| b.label.clone());
                vec![
                    cell(kind),
                    cell(cap),
                    cell(if gate.lowered {
                        t("Có", "Yes")
                    } else {
                        t("Không", "No")
                    }),
                    cell(same(&gate.duties.join(", "))),
                    cell(same(&gate.systems.join(", "))),
                ]
            })
            .collect();
        blocks.push(Block::Table(Table {
            caption: t("Điều kiện giới hạn đã áp dụng", "Gates that applied"),
            head: vec![
                t("Điều kiện", "Gate"),
                t("Mức tối đa", "Cap"),
                t("Đã hạ mức", "Lowered the band"),
                t("Câu hỏi (nghĩa vụ)", "Questions (duties)"),
                t("Hệ thống", "Systems"),
            ],
            rows,
        }));
    }
    let top = evaluation.settings.top_level;
    let gaps: Vec<Vec<Cell>> = evaluation
        .items
        .iter()
        .filter_map(|item| {
            let status = item.duty_status(top)?;
            let label = match status {
                crate::domain::DutyStatus::Unmet => t("Chưa đáp ứng", "Not met"),
                crate::domain::DutyStatus::PartlyMet => t("Đáp ứng một phần", "Partly met"),
                crate::domain::DutyStatus::Met => return None,
            };
            let cites = catalog
                .question(&item.question)
                .map_or(&[][..], |q| q.question.cites.as_slice());
            Some(vec![
                user(&item.question),
                cell(question_text(catalog, &item.question)),
                cell(label),
                cell(counting_text(catalog, &item.counting, false)),
                cell(citations_text(catalog, cites)),
            ])
        })
        .collect();
    if gaps.is_empty() {
        blocks.push(Block::Para(t(
            "Không có nghĩa vụ pháp lý áp dụng nào chưa được đáp ứng đầy đủ.",
            "Every legal duty that applies is fully met.",
        )));
    } else {
        blocks.push(Block::Table(Table {
            caption: t("Khoảng trống pháp lý", "Legal gaps"),
            head: vec![
                t("Mã", "Id"),
                t("Nghĩa vụ", "Duty"),
                t("Tình trạng", "Status"),
                t("Mức được tính", "Counted level"),
                t("Căn cứ", "Legal basis"),
            ],
            rows: gaps,
        }));
    }
    Part {
        id: "gates",
        title: t(
            "Điều kiện giới hạn và khoảng trống pháp lý",
            "Gates and legal gaps",
        ),
        blocks,
    }
}

fn systems_part(catalog: &Catalog, evaluation: &Evaluation) -> Part {
    let mut blocks = Vec::new();
    if evaluation.systems.is_empty() {
        blocks.push(Block::Para(t(
            "Chưa khai báo hệ thống trí tuệ nhân tạo nào.",
            "No AI system has been recorded.",
        )));
    }
    for system in &evaluation.systems {
        blocks.push(Block::Heading(same(&system.name)));
        let mut facts = vec![
            (t("Mã hệ thống", "System id"), same(&system.id)),
            (t("Mức rủi ro", "Risk tier"), system.triage.tier.label()),
            (t("Lý do", "Reason"), system.triage.reason.clone()),
        ];
        if !system.triage.roles.is_empty() {
            facts.push((
                t("Vai trò", "Roles"),
                join(
                    &system
                        .triage
                        .roles
                        .iter()
                        .map(|r| r.label())
                        .collect::<Vec<_>>(),
                    ", ",
                ),
            ));
        }
        if let Some(transition) = &system.triage.transition {
            facts.push((
                t("Thời hạn chuyển tiếp", "Transition deadline"),
                each(|lang| {
                    format!(
                        "{} ({})",
                        transition.date.format(lang),
                        transition.label.get(lang)
                    )
                }),
            ));
        }
        if !system.triage.cites.is_empty() {
            facts.push((
                t("Căn cứ", "Legal basis"),
                citations_text(catalog, &system.triage.cites),
            ));
        }
        blocks.push(Block::Facts(facts));
        if system.obligations.is_empty() {
            blocks.push(Block::Para(t(
                "Không có nghĩa vụ nào theo kết quả phân loại.",
                "Triage found no obligation.",
            )));
            continue;
        }
        let rows = system
            .obligations
            .iter()
            .map(|check| {
                vec![
                    user(&check.obligation.id),
                    cell(check.obligation.title.clone()),
                    cell(
                        check
                            .obligation
                            .deadline
                            .as_ref()
                            .map_or_else(|| t("Thường xuyên", "Ongoing"), due_text),
                    ),
                    cell(check.status.label()),
                    cell(same(&check.questions.join(", "))),
                    cell(citations_text(catalog, &check.obligation.cites)),
                ]
            })
            .collect();
        blocks.push(Block::Table(Table {
            caption: each(|lang| match lang {
                Lang::Vi => format!("Nghĩa vụ của hệ thống {}", system.name),
                Lang::En => format!("Obligations of {}", system.name),
            }),
            head: vec![
                t("Mã", "Id"),
                t("Nghĩa vụ", "Obligation"),
                t("Thời hạn", "Deadline"),
                t("Tình trạng", "Status"),
                t("Câu hỏi làm căn cứ", "Evidenced by"),
                t("Căn cứ", "Legal basis"),
            ],
            rows,
        }));
    }
    Part {
        id: "systems",
        title: t(
            "Nghĩa vụ theo từng hệ thống trí tuệ nhân tạo",
            "Obligations per AI system",
        ),
        blocks,
    }
}

fn plan_part(actions: &[ActionRow]) -> Part {
    let mut blocks = vec![Block::Para(t(
        "Nghĩa vụ pháp lý được xếp trước, các mục còn lại xếp theo mức ưu tiên (trọng số × khoảng trống × mức rủi ro). Kế hoạch dưới đây gồm toàn bộ các việc cần làm.",
        "Legal duties first, then by priority (weight × gap × risk tier). The plan below lists every action.",
    ))];
    if actions.is_empty() {
        blocks.push(Block::Para(t(
            "Không có việc nào cần làm.",
            "No action is needed.",
        )));
    } else {
        blocks.push(Block::Table(Table {
            caption: each(|lang| match lang {
                Lang::Vi => format!("Kế hoạch hành động ({} việc)", actions.len()),
                Lang::En => format!("Action plan ({} actions)", actions.len()),
            }),
            head: vec![
                t("STT", "No."),
                t("Câu hỏi", "Question"),
                t("Nhóm việc · mức hiện tại", "Group · current level"),
                t("Khuyến nghị", "Recommendation"),
                t("Thời hạn pháp lý", "Legal deadline"),
                t(
                    "Người phụ trách · hạn hoàn thành · trạng thái",
                    "Owner · due date · status",
                ),
            ],
            rows: actions
                .iter()
                .map(|a| {
                    vec![
                        cell(same(&a.rank.to_string())),
                        cell(each(|lang| format!("{} ({})", a.question.get(lang), a.id))),
                        cell(each(|lang| {
                            format!("{}\n{}", a.group.get(lang), a.level.get(lang))
                        })),
                        cell(a.recommendation.clone()),
                        cell(a.deadline.clone()),
                        cell(each(|lang| {
                            let owner = if a.owner.trim().is_empty() {
                                "–"
                            } else {
                                a.owner.as_str()
                            };
                            format!("{owner}\n{}\n{}", a.due.get(lang), a.status.get(lang))
                        })),
                    ]
                })
                .collect(),
        }));
    }
    Part {
        id: "plan",
        title: t("Kế hoạch hành động", "Action plan"),
        blocks,
    }
}

fn choice_text(catalog: &Catalog, question: &str, answer: &AnswerValue) -> Text {
    let q = catalog.question(question).map(|q| q.question);
    let option = |id: &str| -> Text {
        q.and_then(|q| q.option(id))
            .map_or_else(|| same(id), |o| o.label.clone())
    };
    match answer {
        AnswerValue::Choice(id) => option(id),
        AnswerValue::Choices(ids) if ids.is_empty() => t("(không mục nào)", "(none of these)"),
        AnswerValue::Choices(ids) => {
            join(&ids.iter().map(|id| option(id)).collect::<Vec<_>>(), "; ")
        }
        AnswerValue::Text(text) => same(text),
        AnswerValue::Date(date) => date_text(*date),
        AnswerValue::Level(level) => each(|_| level.to_string()),
        AnswerValue::DontKnow => t("Chưa rõ", "Don't know"),
        AnswerValue::NotApplicable { reason } => each(|lang| match lang {
            Lang::Vi => format!("Không áp dụng: {reason}"),
            Lang::En => format!("Not applicable: {reason}"),
        }),
    }
}

fn answers_table(catalog: &Catalog, caption: Text, answers: &crate::domain::Answers) -> Table {
    Table {
        caption,
        head: vec![
            t("Mã", "Id"),
            t("Câu hỏi", "Question"),
            t("Câu trả lời", "Answer"),
        ],
        rows: answers
            .iter()
            .map(|(id, value)| {
                vec![
                    user(id),
                    cell(question_text(catalog, id)),
                    cell(choice_text(catalog, id, value)),
                ]
            })
            .collect(),
    }
}

fn answers_part(
    catalog: &Catalog,
    assessment: &Assessment,
    evaluation: &Evaluation,
    rows: &[AnswerRow],
) -> Part {
    let mut blocks = vec![Block::Para(t(
        "Mọi câu hỏi mức độ sẵn sàng áp dụng cho tổ chức, với câu trả lời, mức được tính, ghi chú và bằng chứng; sau đó là hồ sơ tổ chức và câu trả lời phân loại của từng hệ thống.",
        "Every readiness question that applies to the organisation, with its answer, the level that counts, notes and evidence; then the organisation profile and each system's triage answers.",
    ))];
    for section in &evaluation.sections {
        let section_rows: Vec<Vec<Cell>> = rows
            .iter()
            .filter(|row| row.section_id == section.id && row.visible)
            .map(|row| {
                let mut evidence = Cell {
                    text: same(&row.note),
                    links: row.links.clone(),
                };
                if row.note.is_empty() && row.links.is_empty() {
                    evidence.text = t("–", "–");
                }
                let mut answer = row.claimed.clone();
                if !row.na_reason.is_empty() {
                    answer = each(|lang| format!("{}: {}", row.claimed.get(lang), row.na_reason));
                }
                vec![
                    user(&row.id),
                    cell(row.question.clone()),
                    cell(answer),
                    cell(row.counted.clone()),
                    cell(row.score.clone()),
                    cell(same(&row.weight.to_string())),
                    evidence,
                    cell(if row.flags.vi.is_empty() {
                        t("–", "–")
                    } else {
                        row.flags.clone()
                    }),
                ]
            })
            .collect();
        blocks.push(Block::Heading(section.title.clone()));
        if section_rows.is_empty() {
            blocks.push(Block::Para(t(
                "Không có câu hỏi nào trong nhóm này áp dụng cho tổ chức.",
                "No question in this section applies to the organisation.",
            )));
            continue;
        }
        blocks.push(Block::Table(Table {
            // The heading above names the section.
            caption: Text::default(),
            head: vec![
                t("Mã", "Id"),
                t("Câu hỏi", "Question"),
                t("Câu trả lời", "Answer"),
                t("Mức được tính", "Counted"),
                t("Điểm mục", "Item score"),
                t("Trọng số", "Weight"),
                t("Ghi chú và bằng chứng", "Notes and evidence"),
                t("Lưu ý", "Flags"),
            ],
            rows: section_rows,
        }));
    }
    let hidden = rows.iter().filter(|r| !r.visible).count();
    if hidden > 0 {
        blocks.push(Block::Para(each(|lang| match lang {
            Lang::Vi => format!("{hidden} câu hỏi khác không áp dụng cho tổ chức theo hồ sơ và kết quả phân loại, nên không được hỏi và không tính điểm."),
            Lang::En => format!("{hidden} other questions do not apply to the organisation given its profile and triage, so they were not asked and do not count."),
        })));
    }
    blocks.push(Block::Heading(t("Hồ sơ tổ chức", "Organisation profile")));
    blocks.push(Block::Table(answers_table(
        catalog,
        t("Hồ sơ tổ chức", "Organisation profile"),
        &assessment.profile,
    )));
    for system in &assessment.systems {
        blocks.push(Block::Heading(each(|lang| match lang {
            Lang::Vi => format!("Phân loại: {}", system.name),
            Lang::En => format!("Triage: {}", system.name),
        })));
        blocks.push(Block::Table(answers_table(
            catalog,
            each(|lang| match lang {
                Lang::Vi => format!("Câu trả lời phân loại của {}", system.name),
                Lang::En => format!("Triage answers for {}", system.name),
            }),
            &system.answers,
        )));
    }
    Part {
        id: "answers",
        title: t(
            "Câu trả lời, ghi chú và bằng chứng",
            "Answers, notes and evidence",
        ),
        blocks,
    }
}

fn compare_part(
    catalog: &Catalog,
    evaluation: &Evaluation,
    previous: Previous<'_>,
    comparison: &Comparison,
) -> Part {
    let delta = |before: Option<f64>, after: Option<f64>| match (before, after) {
        (Some(b), Some(a)) => each(|lang| {
            let d = a - b;
            let sign = if d > 0.0 { "+" } else { "" };
            format!("{sign}{}", format_score(d, lang))
        }),
        _ => t("–", "–"),
    };
    let mut blocks = vec![Block::Facts(vec![
        (t("Bản trước", "Before"), same(&previous.assessment.name)),
        (
            t("Cập nhật lần cuối (bản trước)", "Last updated (before)"),
            date_text(previous.assessment.updated.date()),
        ),
        (
            t("Chỉ số sẵn sàng", "Readiness index"),
            each(|lang| {
                format!(
                    "{} → {} ({})",
                    score_text(comparison.index.0).get(lang),
                    score_text(comparison.index.1).get(lang),
                    delta(comparison.index.0, comparison.index.1).get(lang)
                )
            }),
        ),
        (
            t("Mức sẵn sàng", "Readiness band"),
            each(|lang| {
                format!(
                    "{} → {}",
                    band_label(previous.evaluation, comparison.band.0).get(lang),
                    band_label(evaluation, comparison.band.1).get(lang)
                )
            }),
        ),
    ])];
    blocks.push(Block::Table(Table {
        caption: t(
            "Điểm theo nhóm: trước và sau",
            "Section scores: before and after",
        ),
        head: vec![
            t("Nhóm", "Section"),
            t("Trước", "Before"),
            t("Sau", "After"),
            t("Thay đổi", "Change"),
        ],
        rows: comparison
            .sections
            .iter()
            .map(|s| {
                vec![
                    cell(s.title.clone()),
                    cell(score_text(s.before)),
                    cell(score_text(s.after)),
                    cell(delta(s.before, s.after)),
                ]
            })
            .collect(),
    }));
    let item_table = |caption: Text, changes: &[crate::domain::ItemChange]| Table {
        caption,
        head: vec![
            t("Mã", "Id"),
            t("Câu hỏi", "Question"),
            t("Trước", "Before"),
            t("Sau", "After"),
        ],
        rows: changes
            .iter()
            .map(|c| {
                vec![
                    user(&c.question),
                    cell(question_text(catalog, &c.question)),
                    cell(level_label(catalog, c.before)),
                    cell(level_label(catalog, c.after)),
                ]
            })
            .collect(),
    };
    for (caption, list) in [
        (
            t("Mục được cải thiện", "Items improved"),
            &comparison.improved,
        ),
        (
            t("Mục bị giảm mức", "Items regressed"),
            &comparison.regressed,
        ),
    ] {
        blocks.push(Block::Heading(each(|lang| {
            format!("{} ({})", caption.get(lang), list.len())
        })));
        if !list.is_empty() {
            blocks.push(Block::Table(item_table(caption, list)));
        }
    }
    for (caption, list) in [
        (
            t("Khoảng trống đã khắc phục", "Gaps closed"),
            &comparison.gaps_closed,
        ),
        (
            t("Khoảng trống mới", "Gaps opened"),
            &comparison.gaps_opened,
        ),
    ] {
        blocks.push(Block::Heading(each(|lang| {
            format!("{} ({})", caption.get(lang), list.len())
        })));
        if !list.is_empty() {
            blocks.push(Block::Bullets(
                list.iter()
                    .map(|q| {
                        let text = question_text(catalog, q);
                        each(|lang| format!("{} ({q})", text.get(lang)))
                    })
                    .collect(),
            ));
        }
    }
    blocks.push(Block::Heading(each(|lang| {
        format!(
            "{} ({})",
            t(
                "Nghĩa vụ thay đổi tình trạng",
                "Obligations whose status changed"
            )
            .get(lang),
            comparison.obligations.len()
        )
    })));
    if !comparison.obligations.is_empty() {
        blocks.push(Block::Table(Table {
            caption: t(
                "Nghĩa vụ thay đổi tình trạng",
                "Obligations whose status changed",
            ),
            head: vec![
                t("Hệ thống", "System"),
                t("Nghĩa vụ", "Obligation"),
                t("Trước", "Before"),
                t("Sau", "After"),
            ],
            rows: comparison
                .obligations
                .iter()
                .map(|o| {
                    vec![
                        user(&o.system_name),
                        cell(o.title.clone()),
                        cell(obligation_label(o.before)),
                        cell(obligation_label(o.after)),
                    ]
                })
                .collect(),
        }));
    }
    Part {
        id: "compare",
        title: t("So sánh trước và sau", "Before and after"),
        blocks,
    }
}

fn crosswalk_part(catalog: &Catalog, evaluation: &Evaluation) -> Part {
    let frameworks = crosswalk(catalog, evaluation);
    let mut blocks = vec![Block::Para(t(
        "Cùng các câu trả lời, đối chiếu với các khung quốc tế có trong danh mục nguồn. Điểm của một khung là trung bình có trọng số của điểm các câu hỏi trích dẫn khung đó; đây không phải là đánh giá sự phù hợp với khung.",
        "The same answers read against the international frameworks in the source register. A framework's score is the weighted mean of the item scores of the questions that cite it; it is not a conformity assessment against the framework.",
    ))];
    if frameworks.is_empty() {
        blocks.push(Block::Para(t(
            "Không có khung quốc tế nào được trích dẫn.",
            "No international framework is cited.",
        )));
    } else {
        blocks.push(Block::Table(Table {
            caption: t("Mức bao phủ theo khung", "Coverage per framework"),
            head: vec![
                t("Khung", "Framework"),
                t("Điều khoản được trích dẫn", "Provisions cited"),
                t("Điều khoản đáp ứng đầy đủ", "Provisions fully met"),
                t("Câu hỏi được tính", "Questions counted"),
                t("Điểm", "Score"),
            ],
            rows: frameworks
                .iter()
                .map(|f| {
                    vec![
                        cell(f.name.clone()),
                        cell(same(&format!(
                            "{}/{}",
                            f.provisions.len(),
                            f.provisions_total
                        ))),
                        cell(same(&f.provisions_met.to_string())),
                        cell(same(&format!("{}/{}", f.counted, f.questions))),
                        cell(score_text(f.score)),
                    ]
                })
                .collect(),
        }));
        for f in &frameworks {
            blocks.push(Block::Heading(f.name.clone()));
            blocks.push(Block::Table(Table {
                caption: f.name.clone(),
                head: vec![
                    t("Điều khoản", "Provision"),
                    t("Câu hỏi", "Questions"),
                    t("Điểm", "Score"),
                ],
                rows: f
                    .provisions
                    .iter()
                    .map(|p| {
                        let label = if p.confirmed {
                            p.label.clone()
                        } else {
                            each(|lang| match lang {
                                Lang::Vi => format!("{} (cần xác nhận)", p.label.get(lang)),
                                Lang::En => {
                                    format!("{} (subject to confirmation)", p.label.get(lang))
                                }
                            })
                        };
                        vec![
                            cell(label),
                            cell(same(&p.questions.join(", "))),
                            cell(score_text(p.score)),
                        ]
                    })
                    .collect(),
            }));
        }
    }
    Part {
        id: "crosswalk",
        title: t(
            "Đối chiếu với EU AI Act, NIST AI RMF và ISO/IEC 42001",
            "Crosswalk: EU AI Act, NIST AI RMF, ISO/IEC 42001",
        ),
        blocks,
    }
}

fn method_part(catalog: &Catalog, evaluation: &Evaluation) -> Part {
    let settings = &evaluation.settings;
    let top = settings.top_level;
    let mut blocks = vec![Block::Para(each(|lang| {
        let q = evaluation
            .questionnaires
            .iter()
            .map(|q| format!("{} {}", q.id, q.version))
            .collect::<Vec<_>>()
            .join(", ");
        match lang {
            Lang::Vi => format!("Mô hình tính điểm {MODEL_VERSION}, áp dụng cho các bộ câu hỏi {q}. Mọi con số dưới đây được lấy từ dữ liệu của bộ câu hỏi."),
            Lang::En => format!("Scoring model {MODEL_VERSION}, applied to questionnaires {q}. Every figure below is read from the questionnaire data."),
        }
    }))];
    if let Some(scale) = catalog.readiness().and_then(|q| q.scale()) {
        blocks.push(Block::Table(Table {
            caption: t("Thang đo và điểm mục", "Scale and item score"),
            head: vec![
                t("Mức", "Level"),
                t("Ý nghĩa", "Meaning"),
                t("Điểm mục s", "Item score s"),
            ],
            rows: scale
                .levels
                .iter()
                .map(|level| {
                    vec![
                        cell(same(&level.value.to_string())),
                        cell(level.label.clone()),
                        cell(each(|lang| {
                            format_decimal(f64::from(level.value) / f64::from(top.max(1)), 2, lang)
                        })),
                    ]
                })
                .collect(),
        }));
    }
    blocks.push(Block::Bullets(vec![
        each(|lang| match lang {
            Lang::Vi => format!("Điểm mục s = mức được tính / {top}. Mức {} chỉ được tính khi có ghi chú hoặc đường dẫn bằng chứng; nếu không, được tính là mức {}.", settings.evidence_level, settings.evidence_level.saturating_sub(1)),
            Lang::En => format!("Item score s = counted level / {top}. Level {} counts only with a note or an evidence link; otherwise it counts as level {}.", settings.evidence_level, settings.evidence_level.saturating_sub(1)),
        }),
        t(
            "“Chưa rõ” và câu chưa trả lời được tính 0 điểm; “Không áp dụng” có lý do hợp lệ thì không được tính vào mẫu số.",
            "“Don't know” and unanswered questions score 0; a valid “Not applicable” with a reason leaves the denominator.",
        ),
        t(
            "Điểm nhóm P_k = 100 × Σ w_i · s_i / Σ w_i, trên các câu hỏi được tính của nhóm (trọng số câu hỏi w_i do bộ câu hỏi quy định).",
            "Section score P_k = 100 × Σ w_i · s_i / Σ w_i over the section's counted questions (question weights w_i as set in the questionnaire).",
        ),
        t(
            "Chỉ số sẵn sàng R = Σ W_k · P_k / Σ W_k, trên các nhóm có điểm (trọng số nhóm W_k ở bảng dưới).",
            "Readiness index R = Σ W_k · P_k / Σ W_k over the sections that have a score (section weights W_k below).",
        ),
        each(|lang| match lang {
            Lang::Vi => format!("Mức ưu tiên của một việc = w × (1 − s) × τ; với bản đánh giá này τ = {}.", format_score(settings.tau, lang)),
            Lang::En => format!("An action's priority = w × (1 − s) × τ; for this assessment τ = {}.", format_score(settings.tau, lang)),
        }),
        {
            let gate = settings
                .bands
                .iter()
                .find(|b| b.id == settings.gate_band)
                .map_or_else(|| same(&settings.gate_band), |b| b.label.clone());
            each(|lang| match lang {
                Lang::Vi => format!("Điều kiện giới hạn: hành vi bị nghiêm cấm → mức thấp nhất; nghĩa vụ ràng buộc chưa đáp ứng → tối đa “{}”; nghĩa vụ đáp ứng một phần → thấp hơn mức cao nhất một bậc.", gate.get(lang)),
                Lang::En => format!("Gates: a prohibited use → the lowest band; an unmet binding duty → at most “{}”; a partly met duty → one below the top band.", gate.get(lang)),
            })
        },
    ]));
    blocks.push(Block::Table(Table {
        caption: t("Trọng số nhóm", "Section weights"),
        head: vec![t("Nhóm", "Section"), t("Trọng số W_k", "Weight W_k")],
        rows: settings
            .section_weights
            .iter()
            .map(|(id, w)| {
                vec![
                    cell(section_title(evaluation, id)),
                    cell(each(|lang| format_score(*w, lang))),
                ]
            })
            .collect(),
    }));
    let bands = &settings.bands;
    blocks.push(Block::Table(Table {
        caption: t("Ngưỡng các mức sẵn sàng", "Band thresholds"),
        head: vec![t("Mức", "Band"), t("Chỉ số", "Index")],
        rows: bands
            .iter()
            .enumerate()
            .map(|(k, band)| {
                let range = each(|lang| match bands.get(k + 1) {
                    Some(next) => format!(
                        "{} – < {}",
                        format_score(band.min, lang),
                        format_score(next.min, lang)
                    ),
                    None => format!("≥ {}", format_score(band.min, lang)),
                });
                vec![cell(band.label.clone()), cell(range)]
            })
            .collect(),
    }));
    Part {
        id: "method",
        title: t("Phụ lục: phương pháp tính điểm", "Annex: scoring method"),
        blocks,
    }
}

fn sources_part(catalog: &Catalog, evaluation: &Evaluation) -> Part {
    // Every citation the report shows: visible readiness questions, triage results and obligations.
    let mut cited: BTreeMap<String, Vec<Citation>> = BTreeMap::new();
    let mut add = |citation: &Citation| {
        let list = cited.entry(citation.source.clone()).or_default();
        if !list.contains(citation) {
            list.push(citation.clone());
        }
    };
    for item in evaluation.items.iter().filter(|i| i.visible) {
        if let Some(q) = catalog.question(&item.question) {
            q.question.cites.iter().for_each(&mut add);
        }
    }
    for system in &evaluation.systems {
        system.triage.cites.iter().for_each(&mut add);
        for check in &system.obligations {
            check.obligation.cites.iter().for_each(&mut add);
        }
    }
    let rows = cited
        .iter()
        .map(|(id, citations)| {
            let source = catalog.sources.get(id);
            let name = source.map_or_else(|| same(id), |s| s.title.clone());
            let status = match source.map(|s| s.status) {
                Some(SourceStatus::InForce) => t("Đang có hiệu lực", "In force"),
                Some(SourceStatus::Superseded) => t("Đã được thay thế", "Superseded"),
                Some(SourceStatus::Draft) => t("Dự thảo", "Draft"),
                Some(SourceStatus::Reference) => t("Tài liệu tham khảo", "Reference"),
                None => t("Không có trong danh mục", "Not in the register"),
            };
            let unconfirmed = citations
                .iter()
                .filter(|c| catalog.sources.subject_to_confirmation(c))
                .count();
            let confirmation = if unconfirmed == 0 {
                t("Đã đối chiếu", "Confirmed")
            } else {
                each(|lang| match lang {
                    Lang::Vi => {
                        format!("Cần xác nhận ({unconfirmed}/{} trích dẫn)", citations.len())
                    }
                    Lang::En => format!(
                        "Subject to confirmation ({unconfirmed}/{} citations)",
                        citations.len()
                    ),
                })
            };
            let mut provisions: Vec<&str> = citations
                .iter()
                .filter_map(|c| c.provision.as_deref())
                .collect();
            provisions.sort_unstable();
            provisions.dedup();
            vec![
                cell(source.map_or_else(|| same(id), |s| s.short.clone())),
                cell(name),
                cell(status),
                cell(confirmation),
                cell(same(&provisions.len().to_string())),
                user(&source.map(|s| s.url.clone()).unwrap_or_default()),
            ]
        })
        .collect();
    Part {
        id: "sources",
        title: t("Nguồn được trích dẫn", "Sources cited"),
        blocks: vec![
            Block::Para(t(
                "Các văn bản được trích dẫn trong báo cáo và tình trạng đối chiếu. Quy định “cần xác nhận” chưa được đối chiếu đầy đủ với văn bản gốc.",
                "The documents this report cites and whether they have been checked. Provisions “subject to confirmation” have not yet been fully checked against the official text.",
            )),
            Block::Table(Table {
                caption: t("Nguồn được trích dẫn", "Sources cited"),
                head: vec![
                    t("Nguồn", "Source"),
                    t("Tên văn bản", "Title"),
                    t("Hiệu lực", "Status"),
                    t("Đối chiếu", "Confirmation"),
                    t("Số điều khoản được trích dẫn", "Provisions cited"),
                    t("Địa chỉ (chỉ để tham khảo)", "Address (for reference)"),
                ],
                rows,
            }),
        ],
    }
}

fn integrity_part(canonical: &Canonical) -> Part {
    Part {
        id: "integrity",
        title: t("Tính toàn vẹn", "Integrity"),
        blocks: vec![
            Block::Para(t(
                "Mã SHA-256 dưới đây được tính từ các câu trả lời ở dạng chuẩn (xem docs/reports.md) cùng mã và phiên bản các bộ câu hỏi. Lệnh `sansang verify` kiểm tra tệp báo cáo có khớp với mã này không và nêu rõ câu trả lời nào đã thay đổi. Đây là mã kiểm tra, không phải chữ ký số.",
                "The SHA-256 below is computed from the answers in canonical form (see docs/reports.md) together with the questionnaires' ids and versions. `sansang verify` checks whether a report file matches it and names the answers that changed. It is a checksum, not a digital signature.",
            )),
            Block::Code(canonical.manifest()),
        ],
    }
}

fn disclaimer_part() -> Part {
    Part {
        id: "disclaimer",
        title: t("Miễn trừ trách nhiệm", "Disclaimer"),
        blocks: vec![
            Block::Para(t(
                "Báo cáo này không phải là tư vấn pháp lý. Kết quả chỉ nhằm phục vụ việc tự đánh giá mức độ sẵn sàng theo Luật Trí tuệ nhân tạo số 134/2025/QH15 và các văn bản hướng dẫn (Nghị định 142/2026/NĐ-CP, Quyết định 33/2026/QĐ-TTg, Thông tư 05/2026/TT-BKHCN) cùng Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15.",
                "This report is not legal advice. It supports a self-assessment of readiness for Vietnam's Law on Artificial Intelligence No. 134/2025/QH15 and its implementing texts (Decree 142/2026/NĐ-CP, Decision 33/2026/QĐ-TTg, Circular 05/2026/TT-BKHCN) and the Personal Data Protection Law No. 91/2025/QH15.",
            )),
            Block::Para(t(
                "Một số quy định chưa được đối chiếu đầy đủ với văn bản gốc và được đánh dấu “cần xác nhận”. Đối với quyết định cụ thể, Quý vị nên tham khảo ý kiến luật sư hoặc cơ quan có thẩm quyền.",
                "Some provisions have not yet been fully checked against the official text and are marked “subject to confirmation”. For a specific decision, consult a lawyer or the competent authority.",
            )),
        ],
    }
}

// ---------------------------------------------------------------------------------------------------------
// File names.

/// Strips Vietnamese (and common Latin) diacritics from a lowercase character.
fn fold(c: char) -> Option<char> {
    const GROUPS: &[(&str, char)] = &[
        ("àáạảãâầấậẩẫăằắặẳẵäå", 'a'),
        ("èéẹẻẽêềếệểễë", 'e'),
        ("ìíịỉĩïî", 'i'),
        ("òóọỏõôồốộổỗơờớợởỡöø", 'o'),
        ("ùúụủũưừứựửữüû", 'u'),
        ("ỳýỵỷỹÿ", 'y'),
        ("đ", 'd'),
        ("ç", 'c'),
        ("ñ", 'n'),
    ];
    if c.is_ascii_alphanumeric() {
        return Some(c);
    }
    GROUPS
        .iter()
        .find(|(set, _)| set.contains(c))
        .map(|(_, plain)| *plain)
}

/// A file name after the organisation and the date: `sansang-<organisation>-<yyyy-mm-dd>[-<suffix>].<ext>`.
/// The organisation is folded to ASCII (diacritics dropped), lowercase, with runs of anything else as one
/// `-`, cut to 60 characters; an empty one gives `sansang-<date>…`. Only `[a-z0-9.-]` appear in the result.
pub fn report_file_name(
    organisation: &str,
    date: Option<Date>,
    suffix: Option<&str>,
    ext: &str,
) -> String {
    let slug = |text: &str, max: usize| {
        let mut out = String::new();
        for c in text.chars().flat_map(char::to_lowercase) {
            match fold(c) {
                Some(plain) => out.push(plain),
                None if !out.ends_with('-') && !out.is_empty() => out.push('-'),
                None => {}
            }
            if out.len() >= max {
                break;
            }
        }
        out.trim_end_matches('-').to_string()
    };
    let mut name = String::from("sansang");
    let organisation = slug(organisation, 60);
    if !organisation.is_empty() {
        name.push('-');
        name.push_str(&organisation);
    }
    if let Some(date) = date {
        name.push('-');
        name.push_str(&date.iso());
    }
    if let Some(suffix) = suffix.map(|s| slug(s, 30)).filter(|s| !s.is_empty()) {
        name.push('-');
        name.push_str(&suffix);
    }
    let ext = slug(ext, 8);
    if !ext.is_empty() {
        name.push('.');
        name.push_str(&ext);
    }
    name
}
