//! Questionnaires: the validated definitions of the profile, the triage and the readiness assessment —
//! sections, questions, options, the readiness scale and scoring settings.

use std::fmt;

use super::answers::{AnswerValue, Answers};
use super::condition::{Condition, ConditionContext, Facts};
use super::risk::{Role, Tier};
use super::source::Citation;
use super::text::Text;
use super::triage::{Triage, TriageRules};

/// The three kinds of questionnaire, in the order they are answered (the derived order is that order).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QuestionnaireKind {
    /// The organisation: context, not scored.
    Profile,
    /// One AI system: produces its tier and obligations. Answered once per system.
    Triage,
    /// The scored readiness assessment.
    Readiness,
}

impl QuestionnaireKind {
    /// Every kind, in answering order.
    pub const ALL: [QuestionnaireKind; 3] = [
        QuestionnaireKind::Profile,
        QuestionnaireKind::Triage,
        QuestionnaireKind::Readiness,
    ];

    /// The id used in content files.
    pub fn id(self) -> &'static str {
        match self {
            QuestionnaireKind::Profile => "profile",
            QuestionnaireKind::Triage => "triage",
            QuestionnaireKind::Readiness => "readiness",
        }
    }

    /// Parses a content id.
    pub fn from_id(id: &str) -> Option<QuestionnaireKind> {
        QuestionnaireKind::ALL
            .into_iter()
            .find(|kind| kind.id() == id)
    }
}

/// The principle a readiness section assesses (National AI Ethics Framework and AI Law Art. 4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Principle {
    /// Risk-based management.
    RiskBased,
    /// Transparency and labelling.
    Transparency,
    /// Accountability.
    Accountability,
    /// Human-centred design and oversight.
    HumanCentred,
    /// Data and technology sovereignty.
    Sovereignty,
    /// Safety and security.
    Safety,
    /// Data governance.
    DataGovernance,
    /// Fairness and inclusion.
    Fairness,
    /// Sustainability.
    Sustainability,
    /// Capability and innovation.
    Capability,
}

impl Principle {
    /// Every principle, in the readiness questionnaire's order.
    pub const ALL: [Principle; 10] = [
        Principle::RiskBased,
        Principle::Transparency,
        Principle::Accountability,
        Principle::HumanCentred,
        Principle::Sovereignty,
        Principle::Safety,
        Principle::DataGovernance,
        Principle::Fairness,
        Principle::Sustainability,
        Principle::Capability,
    ];

    /// The id used in content files (`"risk_based"`).
    pub fn id(self) -> &'static str {
        match self {
            Principle::RiskBased => "risk_based",
            Principle::Transparency => "transparency",
            Principle::Accountability => "accountability",
            Principle::HumanCentred => "human_centred",
            Principle::Sovereignty => "sovereignty",
            Principle::Safety => "safety",
            Principle::DataGovernance => "data_governance",
            Principle::Fairness => "fairness",
            Principle::Sustainability => "sustainability",
            Principle::Capability => "capability",
        }
    }

    /// Parses a content id.
    pub fn from_id(id: &str) -> Option<Principle> {
        Principle::ALL
            .into_iter()
            .find(|principle| principle.id() == id)
    }
}

/// A semantic version (`1.0.0`): patch for wording, minor for added questions, major for changed ids, scales
/// or weights.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Version {
    /// Changed ids, scales or weights.
    pub major: u32,
    /// Added questions.
    pub minor: u32,
    /// Wording.
    pub patch: u32,
}

impl Version {
    /// Parses `MAJOR.MINOR.PATCH` (digits only, no leading zeros except `0`).
    pub fn parse(text: &str) -> Option<Version> {
        let mut parts = text.split('.').map(|part| {
            let plain = !part.is_empty()
                && part.bytes().all(|b| b.is_ascii_digit())
                && (part == "0" || !part.starts_with('0'));
            plain.then(|| part.parse::<u32>().ok()).flatten()
        });
        let version = Version {
            major: parts.next()??,
            minor: parts.next()??,
            patch: parts.next()??,
        };
        parts.next().is_none().then_some(version)
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.major, self.minor, self.patch)
    }
}

/// One option of a choice question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerOption {
    /// Stable id within the question (`yes`, `health`).
    pub id: String,
    /// What the person reads.
    pub label: Text,
    /// Facts set while this option is chosen.
    pub facts: Vec<String>,
}

/// One level of the readiness scale.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScaleLevel {
    /// 0, 1, 2, … (a level's value is its position).
    pub value: u8,
    /// Generic name ("Not in place" … "Fully implemented and evidenced").
    pub label: Text,
}

/// The readiness scale: levels 0..n, the same for every readiness question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scale {
    /// At least two levels; `levels[i].value == i`.
    pub levels: Vec<ScaleLevel>,
}

impl Scale {
    /// The highest level (fully implemented and evidenced).
    pub fn top(&self) -> u8 {
        self.levels.last().map_or(0, |level| level.value)
    }
}

/// A maturity band: scores from `min` up to the next band's `min`.
#[derive(Clone, Debug, PartialEq)]
pub struct Band {
    /// Stable id (`not_ready`, `partial`, …).
    pub id: String,
    /// The lowest score (0–100) in the band.
    pub min: f64,
    /// What the person reads.
    pub label: Text,
}

/// How readiness answers turn into bands.
#[derive(Clone, Debug, PartialEq)]
pub struct Scoring {
    /// Bands in ascending order of `min`; the first starts at 0.
    pub bands: Vec<Band>,
    /// The id of the highest band an organisation can reach while a legal duty that binds it is unmet.
    pub gate_band: String,
    /// The level from which an answer claims evidence (reviewers ask for it).
    pub evidence_level: u8,
    /// Scoring model 2: the result is provisional when more than this percentage (0–100) of the visible
    /// questions are validly marked "not applicable" (docs/scoring.md §5).
    pub max_not_applicable_percent: u8,
    /// Scoring model 2: the result is provisional when more than this percentage (0–100) of the visible
    /// questions are answered "don't know" (docs/scoring.md §5).
    pub max_dont_know_percent: u8,
}

impl Scoring {
    /// The band a score (0–100) falls in: the last band whose `min` it reaches (the first band for lower or
    /// non-finite scores).
    pub fn band(&self, score: f64) -> Option<&Band> {
        self.bands
            .iter()
            .rev()
            .find(|band| score >= band.min)
            .or(self.bands.first())
    }
}

/// A legal duty: binds an organisation holding one of `roles` for an in-scope system of one of `tiers`
/// for which `when` (if any) holds on that system's facts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Duty {
    /// Non-empty.
    pub roles: Vec<Role>,
    /// Non-empty.
    pub tiers: Vec<Tier>,
    /// A condition on the system's facts (only `fact`, `all`, `any`, `not`), e.g. "the system serves a
    /// state body" for the Circular 05 duties.
    pub when: Option<super::condition::Condition>,
}

impl Duty {
    /// Whether the duty binds an organisation that holds `role` for a system of `tier`.
    pub fn binds(&self, role: Role, tier: Tier) -> bool {
        self.roles.contains(&role) && self.tiers.contains(&tier)
    }
}

/// The parts of a readiness question that are scored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Scored {
    /// What a reviewer would accept as proof.
    pub evidence: Text,
    /// The action that brings the item to the top level, as the plan and reports title it ("Keep a central
    /// register of every AI system").
    pub action: Text,
    /// What each level of the scale looks like for this question (one per level).
    pub levels: Vec<Text>,
    /// Whether "not applicable" may be chosen (with a reason).
    pub na: bool,
    /// 1 good practice, 2 important, 3 critical.
    pub weight: u8,
    /// Present when the item is a legal duty.
    pub duty: Option<Duty>,
    /// What to do next at each level below the top (`recommendations[level]`).
    pub recommendations: Vec<Text>,
}

/// What kind of answer a question takes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuestionKind {
    /// A readiness question, answered with a level (boxed: it is far larger than the other kinds).
    Scored(Box<Scored>),
    /// One option.
    Single(Vec<AnswerOption>),
    /// Any number of options.
    Multi(Vec<AnswerOption>),
    /// Free text.
    Text,
    /// A date.
    Date,
}

/// One question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    /// Stable id, unique across all questionnaires (`risk.inventory`).
    pub id: String,
    /// The question.
    pub text: Text,
    /// Why it matters and what it means in practice (always present in readiness).
    pub help: Option<Text>,
    /// The legal basis first, then the crosswalk. At least one for readiness questions.
    pub cites: Vec<Citation>,
    /// When false the question is hidden and counts nowhere.
    pub applies_if: Option<Condition>,
    /// The answer it takes, and the scored parts.
    pub kind: QuestionKind,
}

impl Question {
    /// The title of this question's action in the plan and in reports: its action title for a readiness
    /// question, else its text.
    pub fn action_title(&self) -> &Text {
        match &self.kind {
            QuestionKind::Scored(scored) => &scored.action,
            _ => &self.text,
        }
    }

    /// The options of a choice question (empty otherwise).
    pub fn options(&self) -> &[AnswerOption] {
        match &self.kind {
            QuestionKind::Single(options) | QuestionKind::Multi(options) => options,
            _ => &[],
        }
    }

    /// The option with this id.
    pub fn option(&self, id: &str) -> Option<&AnswerOption> {
        self.options().iter().find(|option| option.id == id)
    }

    /// The scored parts of a readiness question.
    pub fn scored(&self) -> Option<&Scored> {
        match &self.kind {
            QuestionKind::Scored(scored) => Some(scored),
            _ => None,
        }
    }

    /// The legal duty, if the question is one.
    pub fn duty(&self) -> Option<&Duty> {
        self.scored().and_then(|scored| scored.duty.as_ref())
    }
}

/// A section of a questionnaire.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// Stable id (`risk`).
    pub id: String,
    /// Heading.
    pub title: Text,
    /// Introduction.
    pub description: Option<Text>,
    /// The principle assessed (readiness only).
    pub principle: Option<Principle>,
    /// The section's weight in the overall index, positive (readiness only).
    pub weight: Option<f64>,
    /// Questions in order.
    pub questions: Vec<Question>,
}

/// The kind-specific part of a questionnaire.
#[derive(Clone, Debug, PartialEq)]
pub enum Spec {
    /// The profile has no extra parts.
    Profile,
    /// The triage's rules.
    Triage(TriageRules),
    /// The readiness scale and scoring settings.
    Readiness {
        /// The scale every question is answered on.
        scale: Scale,
        /// Bands and gates.
        scoring: Scoring,
    },
}

/// A validated questionnaire.
#[derive(Clone, Debug, PartialEq)]
pub struct Questionnaire {
    /// Stable id, equal to the file name (`readiness`).
    pub id: String,
    /// Recorded in saved assessments.
    pub version: Version,
    /// Heading.
    pub title: Text,
    /// Introduction.
    pub description: Option<Text>,
    /// Sections in order.
    pub sections: Vec<Section>,
    /// The kind and its parts.
    pub spec: Spec,
    /// Question ids retired from this questionnaire, with what replaced them (ids are stable forever).
    pub retired: Vec<Retired>,
}

/// A retired question id: never shipped again; old answers migrate to `replaced_by`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Retired {
    /// The retired id.
    pub id: String,
    /// The questions that replace it (may be empty: dropped).
    pub replaced_by: Vec<String>,
    /// Why, and how old answers are carried over.
    pub note: Text,
}

impl Questionnaire {
    /// The kind.
    pub fn kind(&self) -> QuestionnaireKind {
        match self.spec {
            Spec::Profile => QuestionnaireKind::Profile,
            Spec::Triage(_) => QuestionnaireKind::Triage,
            Spec::Readiness { .. } => QuestionnaireKind::Readiness,
        }
    }

    /// Every question, in order.
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.sections.iter().flat_map(|section| &section.questions)
    }

    /// The question with this id.
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions().find(|question| question.id == id)
    }

    /// The readiness scale.
    pub fn scale(&self) -> Option<&Scale> {
        match &self.spec {
            Spec::Readiness { scale, .. } => Some(scale),
            _ => None,
        }
    }

    /// The readiness scoring settings.
    pub fn scoring(&self) -> Option<&Scoring> {
        match &self.spec {
            Spec::Readiness { scoring, .. } => Some(scoring),
            _ => None,
        }
    }

    /// The questionnaire with its triage rules, when it is the triage.
    pub fn as_triage(&self) -> Option<Triage<'_>> {
        match &self.spec {
            Spec::Triage(rules) => Some(Triage::new(self, rules)),
            _ => None,
        }
    }

    /// `base` plus the facts of the options chosen in `answers`, counting only questions that apply.
    pub fn facts(&self, answers: &Answers, base: &Facts) -> Facts {
        self.applicable(answers, base).1
    }

    /// The answers that count and the facts they set: `answers` without the answers to this questionnaire's
    /// questions that do not apply, and `base` plus the facts of the options chosen in the ones that do.
    ///
    /// Questions are taken in order; whether one applies is decided from the facts and answers kept so far
    /// (conditions may only look back), so a stale answer to a hidden question neither counts nor sets facts.
    /// Answers to other questionnaires' questions are kept as they are.
    pub fn applicable(&self, answers: &Answers, base: &Facts) -> (Answers, Facts) {
        let walk = self.walk(answers, base);
        (walk.answers, walk.facts)
    }

    /// The ids of the questions that apply (are shown), answered or not, in questionnaire order.
    pub fn visible(&self, answers: &Answers, base: &Facts) -> Vec<&str> {
        self.walk(answers, base).visible
    }

    /// One pass over the questions in order, deciding for each whether it applies from what came before.
    pub fn walk(&self, answers: &Answers, base: &Facts) -> Walk<'_> {
        let mut kept = answers.clone();
        for question in self.questions() {
            kept.remove(&question.id);
        }
        let mut facts = base.clone();
        let mut visible = Vec::new();
        for question in self.questions() {
            let context = Partial {
                facts: &facts,
                answers: &kept,
            };
            let applies = question
                .applies_if
                .as_ref()
                .is_none_or(|condition| condition.holds(&context));
            if !applies {
                continue;
            }
            visible.push(question.id.as_str());
            let Some(answer) = answers.get(&question.id) else {
                continue;
            };
            for chosen in answer.chosen() {
                if let Some(option) = question.option(chosen) {
                    facts.extend(option.facts.iter().cloned());
                }
            }
            kept.set(question.id.clone(), answer.clone());
        }
        Walk {
            answers: kept,
            facts,
            visible,
        }
    }
}

/// The outcome of [`Questionnaire::walk`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Walk<'a> {
    /// The answers that count (answers to hidden questions of this questionnaire removed).
    pub answers: Answers,
    /// `base` plus the facts set by the answers that count.
    pub facts: Facts,
    /// The questions that apply, answered or not, in order.
    pub visible: Vec<&'a str>,
}

/// The context while walking a questionnaire: facts and answers kept so far; no roles or tiers.
struct Partial<'a> {
    facts: &'a Facts,
    answers: &'a Answers,
}

impl ConditionContext for Partial<'_> {
    fn has_fact(&self, fact: &str) -> bool {
        self.facts.contains(fact)
    }

    fn holds_role(&self, _: Role) -> bool {
        false
    }

    fn has_tier(&self, _: Tier) -> bool {
        false
    }

    fn any_answer(&self, question: &str, test: &mut dyn FnMut(&AnswerValue) -> bool) -> bool {
        self.answers.get(question).is_some_and(test)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_semantic() {
        let version = Version::parse("1.10.0").unwrap();
        assert_eq!((version.major, version.minor, version.patch), (1, 10, 0));
        assert_eq!(version.to_string(), "1.10.0");
        assert!(Version::parse("1.2.0") < Version::parse("1.10.0"));
        for bad in ["1.0", "1.0.0.0", "01.0.0", "1.0.x", "", "1..0", "v1.0.0"] {
            assert_eq!(Version::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn kinds_are_ordered_as_answered() {
        assert!(QuestionnaireKind::Profile < QuestionnaireKind::Triage);
        assert!(QuestionnaireKind::Triage < QuestionnaireKind::Readiness);
        for principle in Principle::ALL {
            assert_eq!(Principle::from_id(principle.id()), Some(principle));
        }
    }

    #[test]
    fn bands_are_found_by_minimum() {
        let band = |id: &str, min| Band {
            id: id.into(),
            min,
            label: Text::new(id, id),
        };
        let scoring = Scoring {
            bands: vec![
                band("not_ready", 0.0),
                band("partial", 40.0),
                band("ready", 85.0),
            ],
            gate_band: "partial".into(),
            evidence_level: 3,
            max_not_applicable_percent: 25,
            max_dont_know_percent: 10,
        };
        let id = |score| scoring.band(score).map(|band| band.id.as_str());
        assert_eq!(id(0.0), Some("not_ready"));
        assert_eq!(id(39.9), Some("not_ready"));
        assert_eq!(id(40.0), Some("partial"));
        assert_eq!(id(100.0), Some("ready"));
        assert_eq!(id(f64::NAN), Some("not_ready"));
    }
}
