//! An assessment: everything one organisation has said, independent of how it is stored.
//!
//! It holds the organisation profile, the AI systems with their triage answers, the readiness answers with
//! their evidence, and the action-plan entries the user edits. It never holds computed results: scores,
//! tiers and plans are always derived from it (see `evaluate`), so they cannot go stale.
//! Times are passed in by the caller ([`Timestamp`]); nothing here reads a clock.

use std::collections::BTreeMap;

use super::answers::Answers;
use super::locale::Date;

/// Milliseconds since 1970-01-01T00:00:00Z (UTC), as given by the caller's clock.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub u64);

impl Timestamp {
    /// The UTC calendar date of this instant.
    pub fn date(self) -> Date {
        let days = (self.0 / 86_400_000) as i64;
        let (year, month, day) = civil_from_days(days);
        Date {
            year: year as u16,
            month: month as u8,
            day: day as u8,
        }
    }

    /// The UTC time of day as (hour, minute, second, millisecond).
    pub fn time_of_day(self) -> (u8, u8, u8, u16) {
        let ms = self.0 % 86_400_000;
        (
            (ms / 3_600_000) as u8,
            (ms / 60_000 % 60) as u8,
            (ms / 1000 % 60) as u8,
            (ms % 1000) as u16,
        )
    }

    /// The instant at `hour:minute:second.millisecond` UTC on `date`, or `None` when a part is out of range
    /// or the date is before 1970.
    pub fn from_parts(
        date: Date,
        hour: u8,
        minute: u8,
        second: u8,
        millisecond: u16,
    ) -> Option<Timestamp> {
        if hour > 23 || minute > 59 || second > 59 || millisecond > 999 || date.year < 1970 {
            return None;
        }
        let day = Timestamp::from_date(date).0;
        let ms = ((u64::from(hour) * 60 + u64::from(minute)) * 60 + u64::from(second)) * 1000
            + u64::from(millisecond);
        Some(Timestamp(day + ms))
    }

    /// The instant at 00:00 UTC of `date`.
    pub fn from_date(date: Date) -> Timestamp {
        let days = days_from_civil(date.year as i64, date.month as i64, date.day as i64);
        Timestamp((days.max(0) as u64) * 86_400_000)
    }
}

/// Days since 1970-01-01 → (year, month, day), proleptic Gregorian (H. Hinnant's algorithm).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// (year, month, day) → days since 1970-01-01.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The questionnaire versions an assessment was answered against.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QuestionnaireVersions {
    /// The profile's version (`1.0.0`).
    pub profile: String,
    /// The triage's version.
    pub triage: String,
    /// The readiness questionnaire's version.
    pub readiness: String,
}

/// One AI system in scope of the assessment, with its triage answers.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AiSystem {
    /// Stable within the assessment.
    pub id: String,
    /// The organisation's name for it ("Customer-service chatbot").
    pub name: String,
    /// Answers to the triage questionnaire, for this system.
    pub answers: Answers,
}

/// What supports a readiness answer: a note and links to evidence.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Evidence {
    /// Free text: what exists, where, who holds it.
    pub note: String,
    /// Links to evidence documents (http and https only; see `is_safe_link`).
    pub links: Vec<String>,
}

impl Evidence {
    /// Whether anything is recorded (a non-blank note or at least one link).
    pub fn is_recorded(&self) -> bool {
        !self.note.trim().is_empty() || !self.links.is_empty()
    }
}

/// The state of an action in the plan.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlanStatus {
    /// Not started.
    #[default]
    Todo,
    /// Under way.
    InProgress,
    /// Finished.
    Done,
}

impl PlanStatus {
    /// Every status, in workflow order.
    pub const ALL: [PlanStatus; 3] = [PlanStatus::Todo, PlanStatus::InProgress, PlanStatus::Done];

    /// The stable id used in files.
    pub fn id(self) -> &'static str {
        match self {
            PlanStatus::Todo => "todo",
            PlanStatus::InProgress => "in_progress",
            PlanStatus::Done => "done",
        }
    }

    /// Parses a stable id.
    pub fn from_id(id: &str) -> Option<PlanStatus> {
        PlanStatus::ALL.into_iter().find(|s| s.id() == id)
    }
}

/// What the user tracks for one action (keyed by readiness question id). Never changes a score.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlanEntry {
    /// Who is responsible (free text).
    pub owner: String,
    /// When the organisation intends to finish it.
    pub due: Option<Date>,
    /// Where it stands.
    pub status: PlanStatus,
}

/// One organisation's assessment.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Assessment {
    /// Stable id (`[A-Za-z0-9_-]`, at most 64 characters).
    pub id: String,
    /// The assessment's title ("ACME — AI Law readiness, Q4 2026").
    pub name: String,
    /// The organisation assessed.
    pub organisation: String,
    /// When it was created.
    pub created: Timestamp,
    /// When it was last changed.
    pub updated: Timestamp,
    /// The questionnaire versions the answers refer to.
    pub versions: QuestionnaireVersions,
    /// Answers to the organisation profile.
    pub profile: Answers,
    /// The AI systems in scope, in the user's order.
    pub systems: Vec<AiSystem>,
    /// Answers to the readiness questionnaire.
    pub readiness: Answers,
    /// Notes and evidence links, by readiness question id.
    pub evidence: BTreeMap<String, Evidence>,
    /// Owner, due date and status of actions, by readiness question id.
    pub plan: BTreeMap<String, PlanEntry>,
}

impl Assessment {
    /// The evidence recorded for a readiness question.
    pub fn evidence_for(&self, question: &str) -> Option<&Evidence> {
        self.evidence.get(question)
    }

    /// The AI system with `id`.
    pub fn system(&self, id: &str) -> Option<&AiSystem> {
        self.systems.iter().find(|s| s.id == id)
    }
}

/// The longest id accepted for assessments and AI systems.
pub const MAX_ID_LEN: usize = 64;

/// Whether `id` is a valid assessment or AI-system id: 1–64 characters of `[A-Za-z0-9_-]`.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Whether a user-supplied link may be rendered as a link: only `http://` and `https://` URLs with a host,
/// and no whitespace or control characters. Anything else (`javascript:`, `data:`, relative paths) is shown
/// as plain text.
pub fn is_safe_link(link: &str) -> bool {
    let lower = link.trim_start().to_ascii_lowercase();
    let rest = if let Some(rest) = lower.strip_prefix("https://") {
        rest
    } else if let Some(rest) = lower.strip_prefix("http://") {
        rest
    } else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    !host.is_empty()
        && link.len() <= 2048
        && !link
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '"' || c == '<' || c == '>')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_convert_to_utc_dates() {
        assert_eq!(Timestamp(0).date().iso(), "1970-01-01");
        // 2026-11-23T13:20:05.123Z
        let t = Timestamp(1_795_440_005_123);
        assert_eq!(t.date().iso(), "2026-11-23");
        assert_eq!(t.time_of_day(), (13, 20, 5, 123));
        // Leap day, and the round trip through from_date.
        let leap = Date::parse_iso("2028-02-29").unwrap();
        assert_eq!(Timestamp::from_date(leap).date(), leap);
        let d = Date::parse_iso("2027-03-01").unwrap();
        assert_eq!(Timestamp::from_date(d).date(), d);
    }

    #[test]
    fn ids_are_restricted() {
        assert!(is_valid_id("a-1_B"));
        for bad in ["", "a b", "a/b", "<x>", "é", &"a".repeat(65)] {
            assert!(!is_valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn only_http_links_with_a_host_are_safe() {
        for good in [
            "https://example.vn/a?b=1#c",
            "http://intranet/doc",
            "HTTPS://EXAMPLE.VN",
        ] {
            assert!(is_safe_link(good), "{good}");
        }
        for bad in [
            "javascript:alert(1)",
            " javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "data:text/html,<script>",
            "https://",
            "https:///path",
            "//example.vn",
            "/relative",
            "https://exa mple.vn",
            "https://example.vn/\"onmouseover=\"x",
            "vbscript:x",
        ] {
            assert!(!is_safe_link(bad), "{bad}");
        }
    }

    #[test]
    fn evidence_is_recorded_by_a_note_or_a_link() {
        assert!(!Evidence::default().is_recorded());
        assert!(!Evidence {
            note: "  ".into(),
            links: vec![]
        }
        .is_recorded());
        assert!(Evidence {
            note: "Policy v2".into(),
            links: vec![]
        }
        .is_recorded());
        assert!(Evidence {
            note: String::new(),
            links: vec!["https://x.vn".into()]
        }
        .is_recorded());
    }
}
