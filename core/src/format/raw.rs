//! The raw serde shapes of the content files, exactly as written (`deny_unknown_fields`).
//!
//! Every field is optional here so that a missing field is reported by the conversion with its own path and
//! message, not as a serde error that hides everything else in the object. Nested objects and lists of
//! objects stay [`Value`]s: each is decoded on its own (see [`super::decode`]), so a problem in one question
//! does not hide the problems in the others. `docs/content-format.md` describes what each field means.

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

/// `{"vi": "…", "en": "…"}`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextFile {
    pub vi: Option<String>,
    pub en: Option<String>,
}

/// `seeds/<source-id>.json`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceFile {
    #[serde(rename = "$schema")]
    pub schema: Option<String>,
    pub format: Option<i64>,
    pub id: Option<String>,
    pub kind: Option<String>,
    pub number: Option<String>,
    pub short: Option<Value>,
    pub title: Option<Value>,
    pub issuer: Option<Value>,
    pub date: Option<String>,
    pub effective: Option<String>,
    pub status: Option<String>,
    pub url: Option<String>,
    pub language: Option<String>,
    pub confirmed: Option<bool>,
    pub note: Option<Value>,
    pub evidence: Option<Vec<Value>>,
    pub provisions: Option<Vec<Value>>,
}

/// One entry of a source's `provisions`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProvisionFile {
    pub id: Option<String>,
    pub label: Option<Value>,
    pub summary: Option<Value>,
    pub confirmed: Option<bool>,
    pub confirmed_by: Option<Vec<String>>,
}

/// `questionnaires/<id>.json`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireFile {
    #[serde(rename = "$schema")]
    pub schema: Option<String>,
    pub format: Option<i64>,
    pub id: Option<String>,
    pub version: Option<String>,
    pub kind: Option<String>,
    pub title: Option<Value>,
    pub description: Option<Value>,
    pub option_sets: Option<BTreeMap<String, Value>>,
    pub scale: Option<Value>,
    pub scoring: Option<Value>,
    pub sections: Option<Vec<Value>>,
    pub tiers: Option<Vec<Value>>,
    pub transition: Option<Vec<Value>>,
    pub obligations: Option<Vec<Value>>,
    pub findings: Option<Vec<Value>>,
    pub retired: Option<Vec<Value>>,
    pub high_risk_list: Option<Value>,
    pub glossary: Option<Vec<Value>>,
}

/// An answer option, inline or in `option_sets`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OptionFile {
    pub id: Option<String>,
    pub label: Option<Value>,
    pub facts: Option<Vec<String>>,
}

/// The readiness `scale`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScaleFile {
    pub levels: Option<Vec<Value>>,
}

/// One level of the scale.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LevelFile {
    pub value: Option<i64>,
    pub label: Option<Value>,
}

/// The readiness `scoring`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScoringFile {
    pub bands: Option<Vec<Value>>,
    pub gate_band: Option<String>,
    pub evidence_level: Option<i64>,
    pub max_not_applicable_percent: Option<i64>,
    pub max_dont_know_percent: Option<i64>,
}

/// One maturity band.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BandFile {
    pub id: Option<String>,
    pub min: Option<f64>,
    pub label: Option<Value>,
}

/// A section.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionFile {
    pub id: Option<String>,
    pub title: Option<Value>,
    pub description: Option<Value>,
    pub principle: Option<String>,
    pub weight: Option<f64>,
    pub questions: Option<Vec<Value>>,
}

/// A question of any kind; which fields a kind allows is checked by the conversion.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionFile {
    pub id: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub text: Option<Value>,
    pub help: Option<Value>,
    pub options: Option<Value>,
    pub evidence: Option<Value>,
    pub action: Option<Value>,
    pub levels: Option<Vec<Value>>,
    pub na: Option<bool>,
    pub weight: Option<i64>,
    pub duty: Option<Value>,
    pub applies_if: Option<Value>,
    pub cites: Option<Vec<String>>,
    pub recommendations: Option<Vec<Value>>,
}

/// A readiness question's `duty`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DutyFile {
    pub roles: Option<Vec<String>>,
    pub tiers: Option<Vec<String>>,
    pub when: Option<Value>,
}

/// A condition: exactly one of the forms (`answer` goes with `is` or `at_least`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConditionFile {
    pub all: Option<Vec<Value>>,
    pub any: Option<Vec<Value>>,
    pub not: Option<Value>,
    pub fact: Option<String>,
    pub role: Option<Vec<String>>,
    pub tier: Option<Vec<String>>,
    pub answer: Option<String>,
    pub is: Option<Vec<String>>,
    pub at_least: Option<i64>,
    pub answered: Option<String>,
}

/// A triage tier rule.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TierRuleFile {
    pub tier: Option<String>,
    pub when: Option<Value>,
    pub reason: Option<Value>,
    pub cites: Option<Vec<String>>,
}

/// A triage transition rule.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TransitionFile {
    pub id: Option<String>,
    pub when: Option<Value>,
    pub date: Option<String>,
    pub months_after: Option<MonthsAfterFile>,
    pub label: Option<Value>,
    pub cites: Option<Vec<String>>,
    pub confirmed: Option<bool>,
}

/// A transition date computed from a `date` answer.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MonthsAfterFile {
    pub answer: Option<String>,
    pub months: Option<i64>,
}

/// One piece of evidence a source's provisions are confirmed on.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceFile {
    pub id: Option<String>,
    pub text: Option<Value>,
}

/// A retired question id.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetiredFile {
    pub id: Option<String>,
    pub replaced_by: Option<Vec<String>>,
    pub note: Option<Value>,
}

/// A triage finding rule.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FindingFile {
    pub id: Option<String>,
    pub when: Option<Value>,
    pub title: Option<Value>,
    pub reason: Option<Value>,
    pub cites: Option<Vec<String>>,
}

/// The high-risk List.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListFile {
    pub source: Option<String>,
    pub status: Option<Value>,
    pub where_to_check: Option<Value>,
    pub official_url: Option<String>,
    pub sectors: Option<Vec<Value>>,
}

/// A sector of the List.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListSectorFile {
    pub id: Option<String>,
    pub code: Option<String>,
    pub name: Option<Value>,
    pub complete: Option<bool>,
    pub rows: Option<Vec<Value>>,
}

/// A row of the List.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListRowFile {
    pub id: Option<String>,
    pub code: Option<String>,
    pub text: Option<Value>,
    pub conditions: Option<Value>,
    pub certification: Option<bool>,
    pub confirmed: Option<bool>,
    pub cites: Option<Vec<String>>,
}

/// A glossary term.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermFile {
    pub id: Option<String>,
    pub term: Option<Value>,
    pub definition: Option<Value>,
    pub cites: Option<Vec<String>>,
}

/// A triage obligation.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ObligationFile {
    pub id: Option<String>,
    pub title: Option<Value>,
    pub detail: Option<Value>,
    pub roles: Option<Vec<String>>,
    pub tiers: Option<Vec<String>>,
    pub when: Option<Value>,
    pub deadline: Option<Value>,
    pub cites: Option<Vec<String>>,
    pub evidenced_by: Option<Vec<String>>,
    pub check_by_hand: Option<bool>,
}

/// An obligation's `deadline`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DeadlineFile {
    pub kind: Option<String>,
    pub date: Option<String>,
    pub hours: Option<i64>,
    pub after: Option<Value>,
}
