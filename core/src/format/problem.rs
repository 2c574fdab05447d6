//! Problems found in an assessment document (decoding, and the check against a catalog): each with a stable
//! [`ProblemKind::code`], the JSON pointer of the offending value, and a message in both languages, so the
//! app can show it in the reader's language and tests can match the code.

use std::fmt;

use crate::domain::{Lang, Text};

/// What a JSON value was expected to be, for type errors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// A string.
    String,
    /// A whole number.
    Integer,
    /// An object.
    Object,
    /// A list.
    List,
}

impl Expected {
    fn text(self) -> Text {
        let (vi, en) = match self {
            Expected::String => ("một chuỗi", "a string"),
            Expected::Integer => ("một số nguyên", "a whole number"),
            Expected::Object => ("một đối tượng", "an object"),
            Expected::List => ("một danh sách", "a list"),
        };
        Text::new(vi, en)
    }
}

/// What a document turned out to be when it is not the kind expected.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Found {
    /// One assessment (`sansang.assessment`).
    Assessment,
    /// A backup of several assessments (`sansang.backup`).
    Backup,
    /// A questionnaire content file.
    Questionnaire,
    /// A source content file (`seeds/*.json`).
    Source,
    /// The app's content bundle (`sansang.compiled`, written by `sansang bundle`).
    ContentBundle,
    /// The results of an assessment (the JSON of `sansang score`): scores and plans, but no answers.
    Results,
    /// Something else, with its `format` value.
    Other(String),
}

impl Found {
    fn text(&self) -> Text {
        match self {
            Found::Assessment => Text::new(
                "một bản đánh giá (không phải bản sao lưu)",
                "a single assessment, not a backup",
            ),
            Found::Backup => Text::new(
                "một bản sao lưu nhiều bản đánh giá; hãy dùng chức năng khôi phục",
                "a backup of several assessments; use restore instead",
            ),
            Found::Questionnaire => Text::new(
                "một tệp bộ câu hỏi (questionnaires/*.json), không phải bản đánh giá",
                "a questionnaire file (questionnaires/*.json), not an assessment",
            ),
            Found::Source => Text::new(
                "một tệp văn bản nguồn (seeds/*.json), không phải bản đánh giá",
                "a source file (seeds/*.json), not an assessment",
            ),
            Found::ContentBundle => Text::new(
                "gói nội dung của ứng dụng, không phải bản đánh giá",
                "the app's content bundle, not an assessment",
            ),
            Found::Results => Text::new(
                "kết quả đánh giá (điểm số và kế hoạch), không chứa câu trả lời; hãy dùng tệp bản đánh giá",
                "the results of an assessment (scores and plans), which hold no answers; use the assessment file instead",
            ),
            Found::Other(format) => Text::new(
                format!("một tài liệu định dạng `{format}` không được hỗ trợ"),
                format!("a document of unsupported format `{format}`"),
            ),
        }
    }
}

/// What is wrong. [`ProblemKind::code`] is stable; the fields name the offending value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// The document is larger than the limit (checked before parsing).
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
        /// The limit.
        max: usize,
    },
    /// The file cannot be read (missing, a directory, no permission).
    Unreadable {
        /// Why, as the system says it.
        reason: String,
    },
    /// The bytes are not UTF-8 text.
    NotText,
    /// The file is empty, or holds only white space.
    Empty,
    /// The text is not JSON.
    NotJson {
        /// 1-based line.
        line: usize,
        /// 1-based column of the offending character.
        column: usize,
    },
    /// The text stops in the middle of the JSON (an object, list or string left open): most often a file
    /// cut short by an interrupted download or copy.
    Truncated {
        /// The 1-based line where the text stops (its last line that is not blank).
        line: usize,
    },
    /// The top level is not an object.
    NotObject,
    /// No `format` field.
    FormatMissing,
    /// Another kind of document.
    WrongFormat {
        /// What it is.
        found: Found,
    },
    /// No `version` field.
    VersionMissing,
    /// Written by a newer version of Sẵn Sàng.
    VersionNewer {
        /// The version found.
        found: u64,
    },
    /// A version that never existed.
    VersionUnknown {
        /// The version found, as written.
        found: String,
    },
    /// A field this version does not know.
    UnknownField {
        /// Its name.
        field: String,
    },
    /// A required field is missing.
    MissingField {
        /// Its name.
        field: String,
    },
    /// A value of the wrong JSON type.
    WrongType {
        /// What was expected.
        expected: Expected,
    },
    /// An assessment or AI-system id that is not 1–64 characters of `[A-Za-z0-9_-]`.
    InvalidId {
        /// The id.
        id: String,
    },
    /// Two AI systems with the same id.
    DuplicateSystem {
        /// The id.
        id: String,
    },
    /// Two assessments with the same id in a backup.
    DuplicateAssessment {
        /// The id.
        id: String,
    },
    /// Not an RFC 3339 UTC timestamp (`2026-11-23T13:20:05.123Z`).
    InvalidTimestamp {
        /// The value.
        value: String,
    },
    /// Not a `YYYY-MM-DD` date that exists.
    InvalidDate {
        /// The value.
        value: String,
    },
    /// Not a `MAJOR.MINOR.PATCH` version.
    InvalidVersion {
        /// The value.
        value: String,
    },
    /// A questionnaire kind other than profile, triage and readiness.
    UnknownQuestionnaire {
        /// The key.
        id: String,
    },
    /// A text longer than its limit.
    TooLong {
        /// The limit, in characters.
        max: usize,
    },
    /// A list longer than its limit.
    TooMany {
        /// The limit.
        max: usize,
    },
    /// Not a valid question id (empty, too long, or with characters ids never have).
    InvalidQuestionId {
        /// The key.
        id: String,
    },
    /// Not one of the answer encodings.
    InvalidAnswer,
    /// A level that is not a whole number from 0 to 255.
    InvalidLevel,
    /// The same option twice in a multiple choice.
    DuplicateChoice {
        /// The option.
        option: String,
    },
    /// An evidence link that is not an http(s) URL with a host.
    UnsafeLink {
        /// The link.
        link: String,
    },
    /// A plan status other than `todo`, `in_progress`, `done`.
    InvalidStatus {
        /// The value.
        value: String,
    },
    /// The document was answered against another major version of a questionnaire.
    MajorMismatch {
        /// The questionnaire's id.
        questionnaire: String,
        /// The version in the document.
        document: String,
        /// The version of the content.
        content: String,
    },
    /// The document was answered against a newer minor version of a questionnaire than the content.
    NewerQuestionnaire {
        /// The questionnaire's id.
        questionnaire: String,
        /// The version in the document.
        document: String,
        /// The version of the content.
        content: String,
    },
    /// An answer to a question the questionnaire does not have.
    UnknownQuestion {
        /// The question's id.
        question: String,
        /// The questionnaire it should be in.
        questionnaire: String,
    },
    /// An answer of a kind the question does not take.
    WrongAnswerKind {
        /// The question's id.
        question: String,
        /// What it takes (`a level`, `one option`, …) in both languages.
        takes: Text,
    },
    /// A choice of an option the question does not have.
    UnknownOption {
        /// The question's id.
        question: String,
        /// The option.
        option: String,
    },
    /// A level above the top of the scale.
    LevelOutOfScale {
        /// The question's id.
        question: String,
        /// The level.
        level: u8,
        /// The top of the scale.
        top: u8,
    },
    /// "Not applicable" on a question that does not allow it.
    NaNotAllowed {
        /// The question's id.
        question: String,
    },
    /// Evidence for a question that is not a readiness question.
    EvidenceUnknownQuestion {
        /// The question's id.
        question: String,
    },
    /// A plan entry for a question that is not a readiness question.
    PlanUnknownQuestion {
        /// The question's id.
        question: String,
    },
}

impl ProblemKind {
    /// Every code, for documentation and tests.
    pub const CODES: &'static [&'static str] = &[
        "document.too_large",
        "document.unreadable",
        "document.not_text",
        "document.empty",
        "document.not_json",
        "document.truncated",
        "document.not_object",
        "format.missing",
        "format.is_assessment",
        "format.is_backup",
        "format.is_questionnaire",
        "format.is_source",
        "format.is_content_bundle",
        "format.is_results",
        "format.unknown",
        "version.missing",
        "version.newer",
        "version.unknown",
        "field.unknown",
        "field.missing",
        "field.type",
        "id.invalid",
        "system.duplicate",
        "assessment.duplicate",
        "timestamp.invalid",
        "date.invalid",
        "questionnaire.version_invalid",
        "questionnaire.unknown",
        "text.too_long",
        "list.too_many",
        "question.invalid_id",
        "answer.invalid",
        "answer.level_invalid",
        "answer.duplicate_choice",
        "link.unsafe",
        "plan.status_invalid",
        "questionnaire.major_mismatch",
        "questionnaire.newer",
        "answer.unknown_question",
        "answer.kind_mismatch",
        "answer.unknown_option",
        "answer.level_out_of_scale",
        "answer.na_not_allowed",
        "evidence.unknown_question",
        "plan.unknown_question",
    ];

    /// The stable code (`answer.unknown_question`), for translation tables and tests.
    pub fn code(&self) -> &'static str {
        match self {
            ProblemKind::TooLarge { .. } => "document.too_large",
            ProblemKind::Unreadable { .. } => "document.unreadable",
            ProblemKind::NotText => "document.not_text",
            ProblemKind::Empty => "document.empty",
            ProblemKind::NotJson { .. } => "document.not_json",
            ProblemKind::Truncated { .. } => "document.truncated",
            ProblemKind::NotObject => "document.not_object",
            ProblemKind::FormatMissing => "format.missing",
            ProblemKind::WrongFormat { found } => match found {
                Found::Assessment => "format.is_assessment",
                Found::Backup => "format.is_backup",
                Found::Questionnaire => "format.is_questionnaire",
                Found::Source => "format.is_source",
                Found::ContentBundle => "format.is_content_bundle",
                Found::Results => "format.is_results",
                Found::Other(_) => "format.unknown",
            },
            ProblemKind::VersionMissing => "version.missing",
            ProblemKind::VersionNewer { .. } => "version.newer",
            ProblemKind::VersionUnknown { .. } => "version.unknown",
            ProblemKind::UnknownField { .. } => "field.unknown",
            ProblemKind::MissingField { .. } => "field.missing",
            ProblemKind::WrongType { .. } => "field.type",
            ProblemKind::InvalidId { .. } => "id.invalid",
            ProblemKind::DuplicateSystem { .. } => "system.duplicate",
            ProblemKind::DuplicateAssessment { .. } => "assessment.duplicate",
            ProblemKind::InvalidTimestamp { .. } => "timestamp.invalid",
            ProblemKind::InvalidDate { .. } => "date.invalid",
            ProblemKind::InvalidVersion { .. } => "questionnaire.version_invalid",
            ProblemKind::UnknownQuestionnaire { .. } => "questionnaire.unknown",
            ProblemKind::TooLong { .. } => "text.too_long",
            ProblemKind::TooMany { .. } => "list.too_many",
            ProblemKind::InvalidQuestionId { .. } => "question.invalid_id",
            ProblemKind::InvalidAnswer => "answer.invalid",
            ProblemKind::InvalidLevel => "answer.level_invalid",
            ProblemKind::DuplicateChoice { .. } => "answer.duplicate_choice",
            ProblemKind::UnsafeLink { .. } => "link.unsafe",
            ProblemKind::InvalidStatus { .. } => "plan.status_invalid",
            ProblemKind::MajorMismatch { .. } => "questionnaire.major_mismatch",
            ProblemKind::NewerQuestionnaire { .. } => "questionnaire.newer",
            ProblemKind::UnknownQuestion { .. } => "answer.unknown_question",
            ProblemKind::WrongAnswerKind { .. } => "answer.kind_mismatch",
            ProblemKind::UnknownOption { .. } => "answer.unknown_option",
            ProblemKind::LevelOutOfScale { .. } => "answer.level_out_of_scale",
            ProblemKind::NaNotAllowed { .. } => "answer.na_not_allowed",
            ProblemKind::EvidenceUnknownQuestion { .. } => "evidence.unknown_question",
            ProblemKind::PlanUnknownQuestion { .. } => "plan.unknown_question",
        }
    }

    /// The message, in both languages.
    pub fn message(&self) -> Text {
        match self {
            ProblemKind::TooLarge { bytes, max } => Text::new(
                format!("tệp quá lớn ({bytes} byte; tối đa {max} byte)"),
                format!("the file is too large ({bytes} bytes; at most {max})"),
            ),
            ProblemKind::Unreadable { reason } => Text::new(
                format!("không đọc được tệp: {reason}"),
                format!("cannot read the file: {reason}"),
            ),
            ProblemKind::NotText => Text::new(
                "tệp không phải văn bản UTF-8 (có thể là tệp nhị phân)",
                "the file is not UTF-8 text (it may be a binary file)",
            ),
            ProblemKind::Empty => Text::new(
                "tệp trống, không có nội dung",
                "the file is empty",
            ),
            ProblemKind::NotJson { line, column } => Text::new(
                format!("không phải JSON hợp lệ (dòng {line}, cột {column})"),
                format!("not valid JSON (line {line}, column {column})"),
            ),
            ProblemKind::Truncated { line } => Text::new(
                format!("tệp kết thúc đột ngột ở dòng {line}, khi nội dung JSON chưa đóng hết (tệp có thể bị cắt ngắn khi tải xuống hoặc sao chép)"),
                format!("the file ends too early, at line {line}, before its JSON is closed (it may have been cut short while downloading or copying)"),
            ),
            ProblemKind::NotObject => Text::new(
                "tài liệu phải là một đối tượng JSON",
                "the document must be a JSON object",
            ),
            ProblemKind::FormatMissing => Text::new(
                "thiếu trường `format`: đây không phải tệp của Sẵn Sàng",
                "no `format` field: this is not a Sẵn Sàng file",
            ),
            ProblemKind::WrongFormat { found } => {
                let found = found.text();
                Text::new(
                    format!("tài liệu này là {}", found.vi),
                    format!("this document is {}", found.en),
                )
            }
            ProblemKind::VersionMissing => {
                Text::new("thiếu trường `version`", "no `version` field")
            }
            ProblemKind::VersionNewer { found } => Text::new(
                format!("tệp được ghi bởi phiên bản mới hơn của Sẵn Sàng (định dạng {found}); hãy cập nhật ứng dụng"),
                format!("written by a newer version of Sẵn Sàng (format version {found}); update the app to open it"),
            ),
            ProblemKind::VersionUnknown { found } => Text::new(
                format!("phiên bản định dạng `{found}` không tồn tại"),
                format!("format version `{found}` does not exist"),
            ),
            ProblemKind::UnknownField { field } => Text::new(
                format!("trường không xác định `{field}`"),
                format!("unknown field `{field}`"),
            ),
            ProblemKind::MissingField { field } => Text::new(
                format!("thiếu trường bắt buộc `{field}`"),
                format!("missing required field `{field}`"),
            ),
            ProblemKind::WrongType { expected } => {
                let expected = expected.text();
                Text::new(
                    format!("giá trị phải là {}", expected.vi),
                    format!("expected {}", expected.en),
                )
            }
            ProblemKind::InvalidId { id } => Text::new(
                format!("mã `{id}` không hợp lệ (1–64 ký tự A–Z, a–z, 0–9, _ hoặc -)"),
                format!("invalid id `{id}` (1–64 characters of A–Z, a–z, 0–9, _ or -)"),
            ),
            ProblemKind::DuplicateSystem { id } => Text::new(
                format!("hai hệ thống AI cùng mã `{id}`"),
                format!("two AI systems have the id `{id}`"),
            ),
            ProblemKind::DuplicateAssessment { id } => Text::new(
                format!("hai bản đánh giá cùng mã `{id}`"),
                format!("two assessments have the id `{id}`"),
            ),
            ProblemKind::InvalidTimestamp { value } => Text::new(
                format!("thời điểm `{value}` không hợp lệ (cần dạng 2026-11-23T13:20:05.123Z, giờ UTC)"),
                format!("invalid timestamp `{value}` (expected UTC, like 2026-11-23T13:20:05.123Z)"),
            ),
            ProblemKind::InvalidDate { value } => Text::new(
                format!("ngày `{value}` không hợp lệ (cần dạng YYYY-MM-DD)"),
                format!("invalid date `{value}` (expected YYYY-MM-DD)"),
            ),
            ProblemKind::InvalidVersion { value } => Text::new(
                format!("phiên bản `{value}` không hợp lệ (cần dạng 1.0.0)"),
                format!("invalid version `{value}` (expected MAJOR.MINOR.PATCH)"),
            ),
            ProblemKind::UnknownQuestionnaire { id } => Text::new(
                format!("bộ câu hỏi không xác định `{id}` (chỉ có profile, triage, readiness)"),
                format!("unknown questionnaire `{id}` (only profile, triage, readiness)"),
            ),
            ProblemKind::TooLong { max } => Text::new(
                format!("văn bản quá dài (tối đa {max} ký tự)"),
                format!("text too long (at most {max} characters)"),
            ),
            ProblemKind::TooMany { max } => Text::new(
                format!("danh sách quá dài (tối đa {max} mục)"),
                format!("too many entries (at most {max})"),
            ),
            ProblemKind::InvalidQuestionId { id } => Text::new(
                format!("mã câu hỏi `{id}` không hợp lệ"),
                format!("invalid question id `{id}`"),
            ),
            ProblemKind::InvalidAnswer => Text::new(
                "câu trả lời không hợp lệ (cần {\"level\": N}, {\"na\": \"lý do\"}, \"dont_know\", {\"choice\": …}, {\"choices\": […]}, {\"text\": …} hoặc {\"date\": …})",
                "invalid answer (expected {\"level\": N}, {\"na\": \"reason\"}, \"dont_know\", {\"choice\": …}, {\"choices\": […]}, {\"text\": …} or {\"date\": …})",
            ),
            ProblemKind::InvalidLevel => Text::new(
                "mức phải là số nguyên từ 0 đến 255",
                "a level must be a whole number from 0 to 255",
            ),
            ProblemKind::DuplicateChoice { option } => Text::new(
                format!("lựa chọn `{option}` xuất hiện hai lần"),
                format!("option `{option}` is chosen twice"),
            ),
            ProblemKind::UnsafeLink { link } => Text::new(
                format!("liên kết `{link}` không hợp lệ (chỉ chấp nhận http:// hoặc https://)"),
                format!("link `{link}` is not allowed (only http:// and https:// links)"),
            ),
            ProblemKind::InvalidStatus { value } => Text::new(
                format!("trạng thái `{value}` không hợp lệ (todo, in_progress, done)"),
                format!("invalid status `{value}` (todo, in_progress, done)"),
            ),
            ProblemKind::MajorMismatch {
                questionnaire,
                document,
                content,
            } => Text::new(
                format!("bản đánh giá trả lời bộ câu hỏi `{questionnaire}` phiên bản {document}, không tương thích với phiên bản hiện tại {content}"),
                format!("answered against `{questionnaire}` {document}, which is incompatible with the current {content}"),
            ),
            ProblemKind::NewerQuestionnaire {
                questionnaire,
                document,
                content,
            } => Text::new(
                format!("bản đánh giá trả lời bộ câu hỏi `{questionnaire}` phiên bản {document}, mới hơn phiên bản hiện có {content}; hãy cập nhật ứng dụng"),
                format!("answered against `{questionnaire}` {document}, newer than the available {content}; update the app"),
            ),
            ProblemKind::UnknownQuestion {
                question,
                questionnaire,
            } => Text::new(
                format!("bộ câu hỏi `{questionnaire}` không có câu hỏi `{question}`"),
                format!("questionnaire `{questionnaire}` has no question `{question}`"),
            ),
            ProblemKind::WrongAnswerKind { question, takes } => Text::new(
                format!("câu hỏi `{question}` cần {}", takes.vi),
                format!("question `{question}` takes {}", takes.en),
            ),
            ProblemKind::UnknownOption { question, option } => Text::new(
                format!("câu hỏi `{question}` không có lựa chọn `{option}`"),
                format!("question `{question}` has no option `{option}`"),
            ),
            ProblemKind::LevelOutOfScale {
                question,
                level,
                top,
            } => Text::new(
                format!("mức {level} của câu hỏi `{question}` vượt thang đo (0–{top})"),
                format!("level {level} of question `{question}` is outside the scale (0–{top})"),
            ),
            ProblemKind::NaNotAllowed { question } => Text::new(
                format!("câu hỏi `{question}` không cho phép \"không áp dụng\""),
                format!("question `{question}` does not allow \"not applicable\""),
            ),
            ProblemKind::EvidenceUnknownQuestion { question } => Text::new(
                format!("bằng chứng cho `{question}`, không phải câu hỏi mức độ sẵn sàng"),
                format!("evidence for `{question}`, which is not a readiness question"),
            ),
            ProblemKind::PlanUnknownQuestion { question } => Text::new(
                format!("kế hoạch cho `{question}`, không phải câu hỏi mức độ sẵn sàng"),
                format!("plan entry for `{question}`, which is not a readiness question"),
            ),
        }
    }
}

/// One problem in an assessment document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// What is wrong.
    pub kind: ProblemKind,
    /// A JSON pointer to the offending value (`/systems/1/answers/triage.role.roles`); empty for the whole
    /// document.
    pub path: String,
}

impl Problem {
    /// A problem at a JSON pointer.
    pub fn new(path: impl Into<String>, kind: ProblemKind) -> Problem {
        Problem {
            kind,
            path: path.into(),
        }
    }

    /// The stable code.
    pub fn code(&self) -> &'static str {
        self.kind.code()
    }

    /// The message in both languages.
    pub fn message(&self) -> Text {
        self.kind.message()
    }

    /// Where the problem is, in `lang`: the JSON pointer, or "(tài liệu)" / "(document)" for the whole
    /// document (a pointer is the same in every language; the label for "everywhere" is not).
    pub fn location(&self, lang: Lang) -> &str {
        if self.path.is_empty() {
            match lang {
                Lang::Vi => "(tài liệu)",
                Lang::En => "(document)",
            }
        } else {
            &self.path
        }
    }

    /// `location: message` in `lang` ([`Problem::location`]), e.g. `/assessments/2/id: …`, or
    /// `(tài liệu): …` in Vietnamese and `(document): …` in English for the whole document.
    pub fn display(&self, lang: Lang) -> String {
        format!("{}: {}", self.location(lang), self.message().get(lang))
    }

    /// The same problem, found in a document nested at `prefix` (a JSON pointer such as `/assessments/3`):
    /// its path is made relative to the outer document.
    pub fn nested_in(mut self, prefix: &str) -> Problem {
        self.path = format!("{prefix}{}", self.path);
        self
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.display(Lang::En))
    }
}

impl std::error::Error for Problem {}

/// The problem for text that serde_json could not parse as JSON. Nothing but white space is
/// [`ProblemKind::Empty`]. A file that stops in the middle of its
/// JSON is reported as [`ProblemKind::Truncated`] with its last non-blank line (serde_json places the end of
/// such a text after its last newline, at a "column 0" no reader can find). Otherwise the position is made
/// 1-based: serde_json gives column 0 for a character that is a line break (a raw newline inside a string),
/// which is reported as the last column of the line before.
pub(crate) fn json_problem(text: &str, error: &serde_json::Error) -> ProblemKind {
    let body = text.trim_end();
    if body.trim_start().is_empty() {
        return ProblemKind::Empty;
    }
    if error.classify() == serde_json::error::Category::Eof {
        let line = body.matches('\n').count() + 1;
        return ProblemKind::Truncated { line };
    }
    let (line, column) = (error.line(), error.column());
    if column > 0 || line <= 1 {
        return ProblemKind::NotJson {
            line,
            column: column.max(1),
        };
    }
    // Column 0: the offending character is the line break that ends line `line - 1`.
    let previous = text.split('\n').nth(line - 2).unwrap_or("");
    let previous = previous.strip_suffix('\r').unwrap_or(previous);
    ProblemKind::NotJson {
        line: line - 1,
        column: previous.chars().count() + 1,
    }
}
