//! The assessment document (`sansang.assessment`, version 1), used for storage, export and `sansang score`,
//! and the backup document (`sansang.backup`, version 1) that holds several.
//!
//! ```json
//! {"format": "sansang.assessment", "version": 1,
//!  "id": "a-20261123-x7k2", "name": "…", "organisation": "…",
//!  "created": "2026-11-23T13:20:05.123Z", "updated": "…",
//!  "questionnaires": {"profile": "1.0.0", "triage": "1.0.0", "readiness": "1.0.0"},
//!  "profile": {"org.sector": {"choice": "health"}},
//!  "systems": [{"id": "s1", "name": "Chatbot", "answers": {"triage.role.roles": {"choices": ["deployer"]}}}],
//!  "readiness": {"risk.inventory": {"level": 2}, "risk.x": {"na": "reason"}, "risk.y": "dont_know"},
//!  "evidence": {"risk.inventory": {"note": "…", "links": ["https://…"]}},
//!  "plan": {"risk.inventory": {"owner": "…", "due": "2027-01-31", "status": "in_progress"}}}
//! ```
//!
//! Answers: `{"level": N}`, `{"na": "reason"}`, `"dont_know"`, `{"choice": "id"}`, `{"choices": [..]}`,
//! `{"text": ".."}`, `{"date": "YYYY-MM-DD"}`. Timestamps are RFC 3339 in UTC with milliseconds.
//!
//! Decoding is strict and never panics: it reports every problem at once with its JSON pointer
//! ([`Problem`]). It checks the shape only; [`super::assessment_check::check_against`] checks the answers
//! against a catalog. Encoding is pretty-printed with a fixed key order, so `encode(decode(x))` is stable and
//! `decode(encode(a)) == a`. The full contract, for anyone writing an importer, is `docs/file-formats.md`.
//!
//! # Versions
//!
//! Version 1 is the first released storage format. **Released versions are frozen; a change adds version N+1,
//! a migration vN→vN+1, and a fixture directory vN+1 that is never edited** (`core/tests/fixtures/storage/vN/`,
//! loaded by `core/tests/storage_versions.rs` with the newest code). Reading a document therefore goes:
//! header (`format`, then `version`: [`FIRST_VERSION`]`..=`[`ASSESSMENT_VERSION`] is read, a higher version is
//! refused as `version.newer` and never guessed at), then [`migrate`] up to [`ASSESSMENT_VERSION`] one step
//! at a time, then the current decoder. Writing always produces [`ASSESSMENT_VERSION`]. To release version 2:
//! set [`ASSESSMENT_VERSION`] to 2, add the step v1→v2 to `MIGRATIONS` (a compile-time check insists on one
//! step per version), change the decoder and encoder to the new shape, and add `fixtures/storage/v2/`.

use std::borrow::Cow;
use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::{Map, Value};

use super::decode::at;
use super::problem::{Expected, Found, Problem, ProblemKind};
use crate::domain::{
    is_safe_link, is_valid_id, AiSystem, AnswerValue, Answers, Assessment, Date, Evidence,
    PlanEntry, PlanStatus, QuestionnaireVersions, Timestamp, Version,
};

/// The `format` tag of an assessment document.
pub const ASSESSMENT_FORMAT: &str = "sansang.assessment";
/// The `format` tag of a backup document.
pub const BACKUP_FORMAT: &str = "sansang.backup";
/// The document version this code writes, and the newest it reads. Shared by the backup envelope.
pub const ASSESSMENT_VERSION: u64 = 1;
/// The oldest released document version, still read through [`migrate`]. Versions are never retired.
pub const FIRST_VERSION: u64 = 1;

/// One step per released version: `MIGRATIONS[n - FIRST_VERSION]` turns a version-n assessment document
/// into a version-(n+1) one. Empty while version 1 is the newest.
type Migration = fn(Map<String, Value>) -> Map<String, Value>;
const MIGRATIONS: &[Migration] = &[];
const _: () = assert!(
    MIGRATIONS.len() as u64 == ASSESSMENT_VERSION - FIRST_VERSION,
    "one migration step per released version"
);

/// Brings an assessment document (its top-level object) of a released `version` up to
/// [`ASSESSMENT_VERSION`], applying the steps vN→vN+1 in order and setting `version` after each one.
///
/// This is the hook where every future format change slots in. Today version 1 is the newest, so it maps
/// v1→v1 and hands the document back untouched (borrowed, without a copy). A `version` outside
/// [`FIRST_VERSION`]`..=`[`ASSESSMENT_VERSION`] is also handed back untouched: the header check refuses those
/// before this is called. The result is not validated here; the decoder that runs next reports problems.
pub fn migrate(version: u64, document: Cow<'_, Map<String, Value>>) -> Cow<'_, Map<String, Value>> {
    if !(FIRST_VERSION..=ASSESSMENT_VERSION).contains(&version) {
        return document;
    }
    let steps = &MIGRATIONS[(version - FIRST_VERSION) as usize..];
    if steps.is_empty() {
        return document;
    }
    let mut document = document.into_owned();
    for (step, from) in steps.iter().zip(version..) {
        document = step(document);
        document.insert("version".to_string(), Value::from(from + 1));
    }
    Cow::Owned(document)
}

/// The largest assessment document accepted, checked before parsing.
pub const MAX_DOCUMENT_BYTES: usize = 5 * 1024 * 1024;
/// The largest backup document accepted, checked before parsing.
pub const MAX_BACKUP_BYTES: usize = 4 * MAX_DOCUMENT_BYTES;
/// The longest name (assessment, organisation, AI system, owner), in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// The longest note, N/A reason or text answer, in characters.
pub const MAX_NOTE_CHARS: usize = 10_000;
/// The longest question id or option id, in characters.
pub const MAX_KEY_CHARS: usize = 200;
/// The most evidence links per question.
pub const MAX_LINKS: usize = 50;
/// The most AI systems per assessment.
pub const MAX_SYSTEMS: usize = 200;
/// The most assessments per backup.
pub const MAX_ASSESSMENTS: usize = 1000;

/// The fields of an assessment document, in the order they are written.
const FIELDS: &[&str] = &[
    "format",
    "version",
    "id",
    "name",
    "organisation",
    "created",
    "updated",
    "questionnaires",
    "profile",
    "systems",
    "readiness",
    "evidence",
    "plan",
];

/// Decodes an assessment document from bytes: checks the size, then UTF-8, then [`decode_assessment`].
pub fn decode_assessment_bytes(bytes: &[u8]) -> Result<Assessment, Vec<Problem>> {
    if bytes.len() > MAX_DOCUMENT_BYTES {
        return Err(vec![too_large(bytes.len(), MAX_DOCUMENT_BYTES)]);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => decode_assessment(text),
        Err(_) => Err(vec![Problem::new("", ProblemKind::NotText)]),
    }
}

/// Decodes an assessment document, reporting every problem with its JSON pointer.
pub fn decode_assessment(text: &str) -> Result<Assessment, Vec<Problem>> {
    let value = parse(text, MAX_DOCUMENT_BYTES)?;
    assessment_from_value(&value)
}

/// Decodes a parsed assessment document (the size is checked by the caller).
pub(crate) fn assessment_from_value(value: &Value) -> Result<Assessment, Vec<Problem>> {
    let mut reader = Reader::default();
    let assessment = reader.assessment(value, "");
    reader.finish(assessment)
}

/// Decodes a backup document: every assessment in it, in order.
pub fn decode_backup(text: &str) -> Result<Vec<Assessment>, Vec<Problem>> {
    let value = parse(text, MAX_BACKUP_BYTES)?;
    backup_from_value(&value)
}

/// Decodes a parsed backup document (the size is checked by the caller).
pub(crate) fn backup_from_value(value: &Value) -> Result<Vec<Assessment>, Vec<Problem>> {
    let mut reader = Reader::default();
    // The envelope has not changed since version 1, so it needs no migration step of its own.
    let (object, _version) = header(value, "", BACKUP_FORMAT).map_err(|problem| vec![problem])?;
    reader.unknown_fields(object, "", &["format", "version", "assessments"]);
    let mut assessments = Vec::new();
    match object.get("assessments") {
        None => reader.add("/assessments", missing("assessments")),
        Some(Value::Array(list)) => {
            if list.len() > MAX_ASSESSMENTS {
                reader.add(
                    "/assessments",
                    ProblemKind::TooMany {
                        max: MAX_ASSESSMENTS,
                    },
                );
            }
            let mut seen: BTreeMap<String, ()> = BTreeMap::new();
            for (index, item) in list.iter().enumerate().take(MAX_ASSESSMENTS) {
                let path = at("/assessments", index);
                let assessment = reader.assessment(item, &path);
                if let Some(assessment) = assessment {
                    if seen.insert(assessment.id.clone(), ()).is_some() {
                        reader.add(
                            at(&path, "id"),
                            ProblemKind::DuplicateAssessment {
                                id: assessment.id.clone(),
                            },
                        );
                    }
                    assessments.push(assessment);
                }
            }
        }
        Some(_) => reader.add("/assessments", wrong(Expected::List)),
    }
    reader.finish(Some(assessments))
}

/// Encodes an assessment as a pretty-printed document with a fixed key order.
pub fn encode_assessment(assessment: &Assessment) -> String {
    serde_json::to_string_pretty(&out(assessment)).unwrap_or_default()
}

/// Encodes a backup of these assessments.
pub fn encode_backup(assessments: &[Assessment]) -> String {
    #[derive(Serialize)]
    struct BackupOut<'a> {
        format: &'static str,
        version: u64,
        assessments: Vec<DocumentOut<'a>>,
    }
    serde_json::to_string_pretty(&BackupOut {
        format: BACKUP_FORMAT,
        version: ASSESSMENT_VERSION,
        assessments: assessments.iter().map(out).collect(),
    })
    .unwrap_or_default()
}

/// `2026-11-23T13:20:05.123Z`.
pub fn format_timestamp(timestamp: Timestamp) -> String {
    let (hour, minute, second, ms) = timestamp.time_of_day();
    format!(
        "{}T{hour:02}:{minute:02}:{second:02}.{ms:03}Z",
        timestamp.date().iso()
    )
}

/// Parses an RFC 3339 UTC timestamp: `YYYY-MM-DDTHH:MM:SS` with an optional fraction of 1–9 digits
/// (kept to the millisecond) and `Z`. Offsets other than `Z` and years before 1970 are refused.
pub fn parse_timestamp(text: &str) -> Option<Timestamp> {
    let rest = text.strip_suffix('Z')?;
    let (date, time) = rest.split_once('T')?;
    let date = Date::parse_iso(date)?;
    let (clock, fraction) = match time.split_once('.') {
        Some((clock, fraction)) => (clock, Some(fraction)),
        None => (time, None),
    };
    let mut parts = clock.split(':');
    let mut two = || -> Option<u8> {
        let part = parts.next()?;
        (part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse().ok())
            .flatten()
    };
    let (hour, minute, second) = (two()?, two()?, two()?);
    if parts.next().is_some() {
        return None;
    }
    let ms = match fraction {
        None => 0,
        Some(digits) => {
            if digits.is_empty() || digits.len() > 9 || !digits.bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
            let padded = format!("{digits:0<3}");
            padded[..3].parse().ok()?
        }
    };
    Timestamp::from_parts(date, hour, minute, second, ms)
}

// ---------------------------------------------------------------------------------------------------------
// Decoding.

fn too_large(bytes: usize, max: usize) -> Problem {
    Problem::new("", ProblemKind::TooLarge { bytes, max })
}

fn missing(field: &str) -> ProblemKind {
    ProblemKind::MissingField {
        field: field.to_string(),
    }
}

fn wrong(expected: Expected) -> ProblemKind {
    ProblemKind::WrongType { expected }
}

/// Size check, then JSON.
fn parse(text: &str, max: usize) -> Result<Value, Vec<Problem>> {
    if text.len() > max {
        return Err(vec![too_large(text.len(), max)]);
    }
    serde_json::from_str(text).map_err(|error| {
        vec![Problem::new(
            "",
            ProblemKind::NotJson {
                line: error.line(),
                column: error.column(),
            },
        )]
    })
}

/// What a document is, from its `format` (and, for content files and results, their shape).
pub(crate) fn identify(object: &Map<String, Value>) -> Option<Found> {
    match object.get("format") {
        Some(Value::String(format)) => Some(match format.as_str() {
            ASSESSMENT_FORMAT => Found::Assessment,
            BACKUP_FORMAT => Found::Backup,
            super::wire::COMPILED_FORMAT => Found::ContentBundle,
            other => Found::Other(other.to_string()),
        }),
        // `sansang score` output also has `sections`; it is told apart by `model` and `overall`.
        None if object.contains_key("model") && object.contains_key("overall") => {
            Some(Found::Results)
        }
        _ if object.contains_key("sections") || object.contains_key("scale") => {
            Some(Found::Questionnaire)
        }
        _ if object.contains_key("provisions") || object.contains_key("issuer") => {
            Some(Found::Source)
        }
        Some(other) => Some(Found::Other(other.to_string())),
        None => None,
    }
}

/// Checks `format` and `version` for the expected document, and returns the object with its version (a
/// released one: [`FIRST_VERSION`]`..=`[`ASSESSMENT_VERSION`]); one problem stops decoding there.
fn header<'v>(
    value: &'v Value,
    path: &str,
    expected: &str,
) -> Result<(&'v Map<String, Value>, u64), Problem> {
    let Value::Object(object) = value else {
        return Err(Problem::new(path, ProblemKind::NotObject));
    };
    let found = identify(object);
    let matches = match (&found, expected) {
        (Some(Found::Assessment), ASSESSMENT_FORMAT) | (Some(Found::Backup), BACKUP_FORMAT) => true,
        (None, _) => return Err(Problem::new(at(path, "format"), ProblemKind::FormatMissing)),
        _ => false,
    };
    if !matches {
        let found = found.unwrap_or(Found::Other(String::new()));
        return Err(Problem::new(
            at(path, "format"),
            ProblemKind::WrongFormat { found },
        ));
    }
    let version_path = at(path, "version");
    match object.get("version") {
        None => Err(Problem::new(version_path, ProblemKind::VersionMissing)),
        Some(Value::Number(number)) => match number.as_u64() {
            Some(version) if (FIRST_VERSION..=ASSESSMENT_VERSION).contains(&version) => {
                Ok((object, version))
            }
            Some(found) if found > ASSESSMENT_VERSION => Err(Problem::new(
                version_path,
                ProblemKind::VersionNewer { found },
            )),
            _ => Err(Problem::new(
                version_path,
                ProblemKind::VersionUnknown {
                    found: number.to_string(),
                },
            )),
        },
        Some(other) => Err(Problem::new(
            version_path,
            ProblemKind::VersionUnknown {
                found: other.to_string(),
            },
        )),
    }
}

#[derive(Default)]
struct Reader {
    problems: Vec<Problem>,
}

impl Reader {
    fn add(&mut self, path: impl Into<String>, kind: ProblemKind) {
        self.problems.push(Problem::new(path, kind));
    }

    fn finish<T>(self, value: Option<T>) -> Result<T, Vec<Problem>> {
        match value {
            Some(value) if self.problems.is_empty() => Ok(value),
            _ => Err(self.problems),
        }
    }

    fn unknown_fields(&mut self, object: &Map<String, Value>, path: &str, known: &[&str]) {
        for key in object.keys() {
            if !known.contains(&key.as_str()) {
                self.add(
                    at(path, key),
                    ProblemKind::UnknownField { field: key.clone() },
                );
            }
        }
    }

    fn object<'v>(&mut self, value: &'v Value, path: &str) -> Option<&'v Map<String, Value>> {
        match value {
            Value::Object(object) => Some(object),
            _ => {
                self.add(path, wrong(Expected::Object));
                None
            }
        }
    }

    /// A string of at most `max` characters.
    fn string(&mut self, value: &Value, path: &str, max: usize) -> Option<String> {
        match value {
            Value::String(text) => {
                if text.chars().count() > max {
                    self.add(path, ProblemKind::TooLong { max });
                    None
                } else {
                    Some(text.clone())
                }
            }
            _ => {
                self.add(path, wrong(Expected::String));
                None
            }
        }
    }

    /// A required string field.
    fn field_string(
        &mut self,
        object: &Map<String, Value>,
        path: &str,
        field: &str,
        max: usize,
    ) -> Option<String> {
        match object.get(field) {
            None => {
                self.add(at(path, field), missing(field));
                None
            }
            Some(value) => self.string(value, &at(path, field), max),
        }
    }

    fn timestamp(&mut self, object: &Map<String, Value>, path: &str, field: &str) -> Timestamp {
        let path = at(path, field);
        let Some(text) = object
            .get(field)
            .map(|value| self.string(value, &path, 64))
            .unwrap_or_else(|| {
                self.add(&path, missing(field));
                None
            })
        else {
            return Timestamp::default();
        };
        parse_timestamp(&text).unwrap_or_else(|| {
            self.add(&path, ProblemKind::InvalidTimestamp { value: text });
            Timestamp::default()
        })
    }

    fn assessment(&mut self, value: &Value, path: &str) -> Option<Assessment> {
        let object = match header(value, path, ASSESSMENT_FORMAT) {
            Ok((object, version)) => migrate(version, Cow::Borrowed(object)),
            Err(problem) => {
                self.problems.push(problem);
                return None;
            }
        };
        let object = &*object;
        let start = self.problems.len();
        self.unknown_fields(object, path, FIELDS);
        let id = self.field_string(object, path, "id", MAX_KEY_CHARS);
        if let Some(id) = id.as_ref().filter(|id| !is_valid_id(id)) {
            self.add(at(path, "id"), ProblemKind::InvalidId { id: id.clone() });
        }
        let id = id.unwrap_or_default();
        let name = self
            .field_string(object, path, "name", MAX_NAME_CHARS)
            .unwrap_or_default();
        let organisation = self
            .field_string(object, path, "organisation", MAX_NAME_CHARS)
            .unwrap_or_default();
        let created = self.timestamp(object, path, "created");
        let updated = self.timestamp(object, path, "updated");
        let versions = self.versions(object.get("questionnaires"), &at(path, "questionnaires"));
        let profile = self.answers(object.get("profile"), &at(path, "profile"));
        let systems = self.systems(object.get("systems"), &at(path, "systems"));
        let readiness = self.answers(object.get("readiness"), &at(path, "readiness"));
        let evidence = self.keyed(
            object.get("evidence"),
            &at(path, "evidence"),
            Self::evidence,
        );
        let plan = self.keyed(object.get("plan"), &at(path, "plan"), Self::plan_entry);
        (self.problems.len() == start).then_some(Assessment {
            id,
            name,
            organisation,
            created,
            updated,
            versions,
            profile,
            systems,
            readiness,
            evidence,
            plan,
        })
    }

    fn versions(&mut self, value: Option<&Value>, path: &str) -> QuestionnaireVersions {
        let mut versions = QuestionnaireVersions::default();
        let Some(value) = value else {
            self.add(path, missing("questionnaires"));
            return versions;
        };
        let Some(object) = self.object(value, path) else {
            return versions;
        };
        for key in object.keys() {
            if !["profile", "triage", "readiness"].contains(&key.as_str()) {
                self.add(
                    at(path, key),
                    ProblemKind::UnknownQuestionnaire { id: key.clone() },
                );
            }
        }
        for (key, slot) in [
            ("profile", &mut versions.profile),
            ("triage", &mut versions.triage),
            ("readiness", &mut versions.readiness),
        ] {
            let Some(text) = self.field_string(object, path, key, 32) else {
                continue;
            };
            if Version::parse(&text).is_none() {
                self.add(at(path, key), ProblemKind::InvalidVersion { value: text });
            } else {
                *slot = text;
            }
        }
        versions
    }

    /// A map keyed by question id, each value decoded by `entry`.
    fn keyed<T>(
        &mut self,
        value: Option<&Value>,
        path: &str,
        entry: fn(&mut Self, &Value, &str) -> Option<T>,
    ) -> BTreeMap<String, T> {
        let mut map = BTreeMap::new();
        let Some(object) = value.and_then(|value| self.object(value, path)) else {
            return map;
        };
        for (key, value) in object {
            let path = at(path, key);
            if !is_question_id(key) {
                self.add(&path, ProblemKind::InvalidQuestionId { id: key.clone() });
                continue;
            }
            if let Some(decoded) = entry(self, value, &path) {
                map.insert(key.clone(), decoded);
            }
        }
        map
    }

    fn answers(&mut self, value: Option<&Value>, path: &str) -> Answers {
        self.keyed(value, path, Self::answer).into_iter().collect()
    }

    fn answer(&mut self, value: &Value, path: &str) -> Option<AnswerValue> {
        let object = match value {
            Value::String(text) if text == "dont_know" => return Some(AnswerValue::DontKnow),
            Value::Object(object) if object.len() == 1 => object,
            _ => {
                self.add(path, ProblemKind::InvalidAnswer);
                return None;
            }
        };
        let (key, inner) = object.iter().next()?;
        let inner_path = at(path, key);
        match key.as_str() {
            "level" => match inner.as_u64().and_then(|n| u8::try_from(n).ok()) {
                Some(level) => Some(AnswerValue::Level(level)),
                None => {
                    self.add(inner_path, ProblemKind::InvalidLevel);
                    None
                }
            },
            "na" => self
                .string(inner, &inner_path, MAX_NOTE_CHARS)
                .map(|reason| AnswerValue::NotApplicable { reason }),
            "choice" => self
                .string(inner, &inner_path, MAX_KEY_CHARS)
                .map(AnswerValue::Choice),
            "text" => self
                .string(inner, &inner_path, MAX_NOTE_CHARS)
                .map(AnswerValue::Text),
            "date" => {
                let text = self.string(inner, &inner_path, 32)?;
                match Date::parse_iso(&text) {
                    Some(date) => Some(AnswerValue::Date(date)),
                    None => {
                        self.add(inner_path, ProblemKind::InvalidDate { value: text });
                        None
                    }
                }
            }
            "choices" => {
                let Value::Array(list) = inner else {
                    self.add(inner_path, wrong(Expected::List));
                    return None;
                };
                let mut choices: Vec<String> = Vec::new();
                let start = self.problems.len();
                for (index, item) in list.iter().enumerate() {
                    let item_path = at(&inner_path, index);
                    if let Some(option) = self.string(item, &item_path, MAX_KEY_CHARS) {
                        if choices.contains(&option) {
                            self.add(item_path, ProblemKind::DuplicateChoice { option });
                        } else {
                            choices.push(option);
                        }
                    }
                }
                (self.problems.len() == start).then_some(AnswerValue::Choices(choices))
            }
            _ => {
                self.add(path, ProblemKind::InvalidAnswer);
                None
            }
        }
    }

    fn systems(&mut self, value: Option<&Value>, path: &str) -> Vec<AiSystem> {
        let mut systems: Vec<AiSystem> = Vec::new();
        let Some(value) = value else {
            return systems;
        };
        let Value::Array(list) = value else {
            self.add(path, wrong(Expected::List));
            return systems;
        };
        if list.len() > MAX_SYSTEMS {
            self.add(path, ProblemKind::TooMany { max: MAX_SYSTEMS });
        }
        for (index, item) in list.iter().enumerate().take(MAX_SYSTEMS) {
            let path = at(path, index);
            let Some(object) = self.object(item, &path) else {
                continue;
            };
            self.unknown_fields(object, &path, &["id", "name", "answers"]);
            let id = self.field_string(object, &path, "id", MAX_KEY_CHARS);
            if let Some(id) = &id {
                if !is_valid_id(id) {
                    self.add(at(&path, "id"), ProblemKind::InvalidId { id: id.clone() });
                } else if systems.iter().any(|system| system.id == *id) {
                    self.add(
                        at(&path, "id"),
                        ProblemKind::DuplicateSystem { id: id.clone() },
                    );
                }
            }
            let name = self.field_string(object, &path, "name", MAX_NAME_CHARS);
            let answers = self.answers(object.get("answers"), &at(&path, "answers"));
            systems.push(AiSystem {
                id: id.unwrap_or_default(),
                name: name.unwrap_or_default(),
                answers,
            });
        }
        systems
    }

    fn evidence(&mut self, value: &Value, path: &str) -> Option<Evidence> {
        let object = self.object(value, path)?;
        self.unknown_fields(object, path, &["note", "links"]);
        let note = match object.get("note") {
            Some(value) => self.string(value, &at(path, "note"), MAX_NOTE_CHARS)?,
            None => String::new(),
        };
        let mut links = Vec::new();
        match object.get("links") {
            None => {}
            Some(Value::Array(list)) => {
                if list.len() > MAX_LINKS {
                    self.add(at(path, "links"), ProblemKind::TooMany { max: MAX_LINKS });
                }
                for (index, item) in list.iter().enumerate().take(MAX_LINKS) {
                    let item_path = at(&at(path, "links"), index);
                    if let Some(link) = self.string(item, &item_path, 2048) {
                        if is_safe_link(&link) {
                            links.push(link);
                        } else {
                            self.add(item_path, ProblemKind::UnsafeLink { link });
                        }
                    }
                }
            }
            Some(_) => self.add(at(path, "links"), wrong(Expected::List)),
        }
        Some(Evidence { note, links })
    }

    fn plan_entry(&mut self, value: &Value, path: &str) -> Option<PlanEntry> {
        let object = self.object(value, path)?;
        self.unknown_fields(object, path, &["owner", "due", "status"]);
        let owner = match object.get("owner") {
            Some(value) => self.string(value, &at(path, "owner"), MAX_NAME_CHARS)?,
            None => String::new(),
        };
        let due = match object.get("due") {
            None | Some(Value::Null) => None,
            Some(value) => {
                let text = self.string(value, &at(path, "due"), 32)?;
                match Date::parse_iso(&text) {
                    Some(date) => Some(date),
                    None => {
                        self.add(at(path, "due"), ProblemKind::InvalidDate { value: text });
                        return None;
                    }
                }
            }
        };
        let status = match object.get("status") {
            None => PlanStatus::Todo,
            Some(value) => {
                let text = self.string(value, &at(path, "status"), 32)?;
                match PlanStatus::from_id(&text) {
                    Some(status) => status,
                    None => {
                        self.add(
                            at(path, "status"),
                            ProblemKind::InvalidStatus { value: text },
                        );
                        return None;
                    }
                }
            }
        };
        Some(PlanEntry { owner, due, status })
    }
}

/// A question id as stored: 1–200 characters of `[a-z0-9_.-]`.
fn is_question_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_KEY_CHARS
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_.-".contains(&b))
}

// ---------------------------------------------------------------------------------------------------------
// Encoding.

#[derive(Serialize)]
struct DocumentOut<'a> {
    format: &'static str,
    version: u64,
    id: &'a str,
    name: &'a str,
    organisation: &'a str,
    created: String,
    updated: String,
    questionnaires: VersionsOut<'a>,
    profile: BTreeMap<&'a str, Value>,
    systems: Vec<SystemOut<'a>>,
    readiness: BTreeMap<&'a str, Value>,
    evidence: BTreeMap<&'a str, EvidenceOut<'a>>,
    plan: BTreeMap<&'a str, PlanOut<'a>>,
}

#[derive(Serialize)]
struct VersionsOut<'a> {
    profile: &'a str,
    triage: &'a str,
    readiness: &'a str,
}

#[derive(Serialize)]
struct SystemOut<'a> {
    id: &'a str,
    name: &'a str,
    answers: BTreeMap<&'a str, Value>,
}

#[derive(Serialize)]
struct EvidenceOut<'a> {
    note: &'a str,
    links: &'a [String],
}

#[derive(Serialize)]
struct PlanOut<'a> {
    owner: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    due: Option<String>,
    status: &'static str,
}

fn answers_out(answers: &Answers) -> BTreeMap<&str, Value> {
    answers
        .iter()
        .map(|(question, value)| (question, answer_out(value)))
        .collect()
}

fn answer_out(value: &AnswerValue) -> Value {
    let one =
        |key: &str, value: Value| Value::Object([(key.to_string(), value)].into_iter().collect());
    match value {
        AnswerValue::Level(level) => one("level", Value::from(*level)),
        AnswerValue::NotApplicable { reason } => one("na", Value::from(reason.as_str())),
        AnswerValue::DontKnow => Value::from("dont_know"),
        AnswerValue::Choice(option) => one("choice", Value::from(option.as_str())),
        AnswerValue::Choices(options) => one(
            "choices",
            Value::Array(options.iter().map(|o| Value::from(o.as_str())).collect()),
        ),
        AnswerValue::Text(text) => one("text", Value::from(text.as_str())),
        AnswerValue::Date(date) => one("date", Value::from(date.iso())),
    }
}

fn out(assessment: &Assessment) -> DocumentOut<'_> {
    DocumentOut {
        format: ASSESSMENT_FORMAT,
        version: ASSESSMENT_VERSION,
        id: &assessment.id,
        name: &assessment.name,
        organisation: &assessment.organisation,
        created: format_timestamp(assessment.created),
        updated: format_timestamp(assessment.updated),
        questionnaires: VersionsOut {
            profile: &assessment.versions.profile,
            triage: &assessment.versions.triage,
            readiness: &assessment.versions.readiness,
        },
        profile: answers_out(&assessment.profile),
        systems: assessment
            .systems
            .iter()
            .map(|system| SystemOut {
                id: &system.id,
                name: &system.name,
                answers: answers_out(&system.answers),
            })
            .collect(),
        readiness: answers_out(&assessment.readiness),
        evidence: assessment
            .evidence
            .iter()
            .map(|(question, evidence)| {
                (
                    question.as_str(),
                    EvidenceOut {
                        note: &evidence.note,
                        links: &evidence.links,
                    },
                )
            })
            .collect(),
        plan: assessment
            .plan
            .iter()
            .map(|(question, entry)| {
                (
                    question.as_str(),
                    PlanOut {
                        owner: &entry.owner,
                        due: entry.due.map(Date::iso),
                        status: entry.status.id(),
                    },
                )
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_round_trip_with_milliseconds() {
        let t = parse_timestamp("2026-11-23T13:20:05.123Z").unwrap();
        assert_eq!(t, Timestamp(1_795_440_005_123));
        assert_eq!(format_timestamp(t), "2026-11-23T13:20:05.123Z");
        assert_eq!(
            format_timestamp(parse_timestamp("2026-11-23T13:20:05Z").unwrap()),
            "2026-11-23T13:20:05.000Z"
        );
        assert_eq!(
            parse_timestamp("2026-11-23T13:20:05.1239Z").unwrap().0 % 1000,
            123
        );
        for bad in [
            "2026-11-23T13:20:05.123",
            "2026-11-23T13:20:05.123+07:00",
            "2026-11-23 13:20:05Z",
            "2026-11-23T24:00:00Z",
            "2026-11-23T13:60:00Z",
            "2026-02-30T13:20:05Z",
            "1969-12-31T23:59:59Z",
            "2026-11-23T13:20:05.Z",
            "2026-11-23T1:20:05Z",
            "",
        ] {
            assert_eq!(parse_timestamp(bad), None, "{bad}");
        }
    }
}

/// The identifying fields of a saved assessment, read leniently, for showing an entry that cannot be decoded
/// (most often one written by a newer version): nothing else in it is interpreted.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Header {
    /// The document's `version`, when it is a number.
    pub version: Option<u64>,
    /// The assessment's name, when it is a string.
    pub name: Option<String>,
    /// The organisation, when it is a string.
    pub organisation: Option<String>,
    /// The last change, when it is a valid timestamp.
    pub updated: Option<Timestamp>,
}

/// Reads the header of an assessment document without checking anything else. `None` when the text is not a
/// JSON object with `"format": "sansang.assessment"`.
pub fn peek_header(text: &str) -> Option<Header> {
    if text.len() > MAX_DOCUMENT_BYTES {
        return None;
    }
    let value: Value = serde_json::from_str(text).ok()?;
    let object = value.as_object()?;
    if object.get("format").and_then(Value::as_str) != Some(ASSESSMENT_FORMAT) {
        return None;
    }
    let text_field = |key: &str| {
        object
            .get(key)
            .and_then(Value::as_str)
            .map(|s| s.chars().take(MAX_NAME_CHARS).collect())
    };
    Some(Header {
        version: object.get("version").and_then(Value::as_u64),
        name: text_field("name"),
        organisation: text_field("organisation"),
        updated: object
            .get("updated")
            .and_then(Value::as_str)
            .and_then(parse_timestamp),
    })
}

#[cfg(test)]
mod header_tests {
    use super::*;

    #[test]
    fn the_header_of_a_newer_document_is_readable_and_nothing_else_is_needed() {
        let text = r#"{"format":"sansang.assessment","version":7,"name":"Bản đánh giá","organisation":"Công ty A",
            "updated":"2027-01-02T03:04:05.000Z","whatever":{"new":["shape"]}}"#;
        let header = peek_header(text).expect("header");
        assert_eq!(header.version, Some(7));
        assert_eq!(header.name.as_deref(), Some("Bản đánh giá"));
        assert_eq!(header.organisation.as_deref(), Some("Công ty A"));
        assert_eq!(
            header.updated.map(|t| t.date().iso()).as_deref(),
            Some("2027-01-02")
        );
    }

    #[test]
    fn anything_else_has_no_header() {
        for text in [
            "",
            "{ broken",
            "[]",
            r#"{"format":"sansang.backup"}"#,
            r#"{"name":"x"}"#,
        ] {
            assert_eq!(peek_header(text), None, "{text}");
        }
        let long = format!(
            r#"{{"format":"sansang.assessment","name":"{}"}}"#,
            "x".repeat(500)
        );
        assert_eq!(
            peek_header(&long)
                .and_then(|h| h.name)
                .map(|n| n.chars().count()),
            Some(MAX_NAME_CHARS)
        );
    }
}
