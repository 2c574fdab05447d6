//! [`evaluate`]: the whole pipeline from an [`Assessment`] to its [`Evaluation`] (docs/scoring.md).
//!
//! 1. The profile answers that apply give the organisation's facts.
//! 2. Each AI system is classified by triage ([`classify`]) on its own answers, the profile's and the
//!    organisation's facts: tier, reason, transition deadline and obligations.
//! 3. The organisation context (facts, roles and tiers of the in-scope systems, and the answers that count)
//!    decides which readiness questions are visible. Readiness answers are not part of it: a readiness
//!    question's visibility never depends on readiness answers (the loader enforces it), which keeps the
//!    score monotonic.
//! 4. Each readiness question becomes an [`Item`]: visible or hidden, its answer as counted (evidence cap,
//!    "don't know", N/A rules), whether its legal duty binds.
//! 5. [`super::score`] gives section scores, the index, the band and the gates; confidence is counted here;
//!    [`super::explain`] adds what costs most and what would lift the band; [`super::plan`] the action plan
//!    and each system's obligations checklist.
//!
//! This module owns the result types. Everything is computed in questionnaire order, so the result does not
//! depend on the order answers were given.

use super::answers::{AnswerValue, Answers};
use super::assessment::{Assessment, PlanEntry};
use super::condition::{Condition, Facts};
use super::content::{organisation_context, Catalog};
use super::explain::{self, Cost, LiftStep};
use super::locale::{format_percent, format_score, Lang};
use super::plan::{self, Action, ObligationCheck};
use super::questionnaire::{Band, QuestionKind, QuestionnaireKind, Version};
use super::risk::Tier;
use super::score::{self, Counted, DutyStatus, Model, ModelVersion, Ratio};
use super::text::Text;
use super::triage::{classify, TriageResult};

/// The version of the current scoring model (docs/scoring.md), recorded with every result.
pub const MODEL_VERSION: &str = "2";

/// A questionnaire a result was computed with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionnaireRef {
    /// Its kind.
    pub kind: QuestionnaireKind,
    /// Its id (`readiness`).
    pub id: String,
    /// Its version.
    pub version: Version,
}

/// The settings a result was computed with, printed with every result so it can be recomputed by hand.
#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// The scoring model the result was computed with.
    pub model: ModelVersion,
    /// `W_k`: (section id, weight), in questionnaire order. Model 1: the weights stated in the
    /// questionnaire file. Model 2: derived, the sum of the weights of the section's counted items (the
    /// pooled index equals the mean of the section scores with these weights).
    pub section_weights: Vec<(String, f64)>,
    /// The bands and their thresholds, ascending.
    pub bands: Vec<Band>,
    /// The band an unmet binding duty caps the result at.
    pub gate_band: String,
    /// The level from which an answer needs recorded evidence to count.
    pub evidence_level: u8,
    /// The top level of the scale.
    pub top_level: u8,
    /// τ: the priority factor of the highest tier among in-scope systems (§7).
    pub tau: f64,
    /// Model 2: provisional above this percentage of visible questions validly marked N/A.
    pub max_not_applicable_percent: u8,
    /// Model 2: provisional above this percentage of visible questions answered "don't know".
    pub max_dont_know_percent: u8,
}

/// One AI system's triage and obligations checklist.
#[derive(Clone, Debug, PartialEq)]
pub struct SystemResult {
    /// The system's id in the assessment.
    pub id: String,
    /// The organisation's name for it.
    pub name: String,
    /// Tier, reason, transition deadline, obligations, roles and facts.
    pub triage: TriageResult,
    /// Each applicable obligation with its status (empty when the system is out of scope).
    pub obligations: Vec<ObligationCheck>,
    /// The readiness of the questions behind its obligations (`None` when it is out of scope).
    pub readiness: Option<SystemReadiness>,
}

/// One in-scope AI system's readiness (docs/scoring.md §8): the visible readiness questions that evidence
/// its applicable obligations or carry a legal duty binding through it, scored like a section.
#[derive(Clone, Debug, PartialEq)]
pub struct SystemReadiness {
    /// Those questions, in questionnaire order.
    pub questions: Vec<String>,
    /// `100 × Σ w·level / (top × Σ w)` over the counted ones (`None`: none counted).
    pub score: Option<f64>,
    /// The same, exact.
    pub exact: Option<Ratio>,
    /// Their answers, counted.
    pub counts: Counts,
    /// The legal duties binding through this system that are unmet (question ids, questionnaire order).
    pub unmet_duties: Vec<String>,
    /// The legal duties binding through this system that are partly met.
    pub partly_met_duties: Vec<String>,
}

impl SystemResult {
    /// Whether the system counts (its tier is not out of scope).
    pub fn in_scope(&self) -> bool {
        self.triage.tier.in_scope()
    }
}

/// A readiness answer as scoring counts it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Counting {
    /// No answer (or an answer treated as unanswered, see [`Item::flags`]): scores 0.
    Unanswered,
    /// "Don't know": answered, scores 0, counts toward uncertainty.
    DontKnow,
    /// A level: the one claimed, and the one counted (a claim at or above the evidence level without
    /// recorded evidence counts one level lower).
    Level {
        /// What the answer says.
        claimed: u8,
        /// What scoring uses.
        counted: u8,
    },
    /// A valid "not applicable": leaves the denominator.
    NotApplicable {
        /// The written reason, trimmed of white space at both ends.
        reason: String,
    },
}

/// Something scoring noticed about an answer and shows next to it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum ItemFlag {
    /// Claimed at or above the evidence level with no note or link: counted one level lower.
    NoEvidence {
        /// The level claimed.
        claimed: u8,
        /// The level counted.
        counted: u8,
    },
    /// N/A without a written reason: treated as unanswered.
    NaWithoutReason,
    /// N/A on a question that does not allow it: treated as unanswered.
    NaNotAllowed,
    /// N/A on a legal duty that binds the organisation: treated as unanswered.
    NaOnBindingDuty,
    /// A level above the scale's top: counted as the top (the document check reports it).
    LevelAboveScale {
        /// The level given.
        given: u8,
    },
    /// An answer of another kind (a choice, a text, a date): treated as unanswered.
    NotALevel,
}

impl ItemFlag {
    /// The stable id (`no_evidence`, `na_without_reason`, …).
    pub fn id(&self) -> &'static str {
        match self {
            ItemFlag::NoEvidence { .. } => "no_evidence",
            ItemFlag::NaWithoutReason => "na_without_reason",
            ItemFlag::NaNotAllowed => "na_not_allowed",
            ItemFlag::NaOnBindingDuty => "na_on_binding_duty",
            ItemFlag::LevelAboveScale { .. } => "level_above_scale",
            ItemFlag::NotALevel => "not_a_level",
        }
    }

    /// What the person reads ("claimed 3, counted 2: no evidence recorded").
    pub fn message(&self) -> Text {
        match self {
            ItemFlag::NoEvidence { claimed, counted } => Text::new(
                format!("khai mức {claimed}, tính mức {counted}: chưa ghi nhận bằng chứng"),
                format!("claimed {claimed}, counted {counted}: no evidence recorded"),
            ),
            ItemFlag::NaWithoutReason => Text::new(
                "\"Không áp dụng\" thiếu lý do: tính như chưa trả lời",
                "\"Not applicable\" without a reason: counted as unanswered",
            ),
            ItemFlag::NaNotAllowed => Text::new(
                "Câu hỏi này không cho phép \"không áp dụng\": tính như chưa trả lời",
                "This question does not allow \"not applicable\": counted as unanswered",
            ),
            ItemFlag::NaOnBindingDuty => Text::new(
                "Nghĩa vụ pháp lý này ràng buộc tổ chức nên không thể chọn \"không áp dụng\": tính như chưa trả lời (nếu thật sự không áp dụng, hãy sửa câu trả lời phân loại)",
                "This legal duty binds the organisation, so it cannot be marked \"not applicable\": counted as unanswered (if it truly does not apply, correct the triage answers)",
            ),
            ItemFlag::LevelAboveScale { given } => Text::new(
                format!("mức {given} vượt thang đo: tính mức cao nhất"),
                format!("level {given} is above the scale: counted as the top level"),
            ),
            ItemFlag::NotALevel => Text::new(
                "Câu trả lời không phải là một mức: tính như chưa trả lời",
                "The answer is not a level: counted as unanswered",
            ),
        }
    }
}

/// Whether an item carries a legal duty, and whether it binds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DutyBinding {
    /// Good practice: no legal duty.
    None,
    /// A legal duty that binds no in-scope system of the organisation (roles or tiers do not match).
    NotBinding,
    /// A legal duty that binds, through these in-scope systems (ids, in the assessment's order).
    Binding {
        /// The systems for which the organisation holds one of the duty's roles and whose tier is one of
        /// its tiers.
        systems: Vec<String>,
    },
}

/// One readiness question, as scored.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// The question's id.
    pub question: String,
    /// Its section's id.
    pub section: String,
    /// Its position in the questionnaire (0-based), for ties.
    pub order: usize,
    /// `w`: 1, 2 or 3.
    pub weight: u8,
    /// Whether its `applies_if` holds. A hidden item counts nowhere.
    pub visible: bool,
    /// The answer as counted (`Unanswered` for hidden items).
    pub counting: Counting,
    /// Whether a note or a link is recorded for it.
    pub evidence: bool,
    /// Its legal duty.
    pub duty: DutyBinding,
    /// What scoring noticed (empty for hidden items).
    pub flags: Vec<ItemFlag>,
}

impl Item {
    /// Whether the item enters the score: visible and not a valid N/A.
    pub fn counted(&self) -> bool {
        self.visible && !matches!(self.counting, Counting::NotApplicable { .. })
    }

    /// The counted level (`None` for unanswered, "don't know" and N/A).
    pub fn level(&self) -> Option<u8> {
        match self.counting {
            Counting::Level { counted, .. } => Some(counted),
            _ => None,
        }
    }

    /// Whether it was answered in model 1's sense: a level, a valid N/A or "don't know".
    pub fn answered(&self) -> bool {
        !matches!(self.counting, Counting::Unanswered)
    }

    /// Whether its answer is known, for coverage under model 2: a level or a valid N/A.
    pub fn known(&self) -> bool {
        matches!(
            self.counting,
            Counting::Level { .. } | Counting::NotApplicable { .. }
        )
    }

    /// Whether its legal duty binds the organisation.
    pub fn binding(&self) -> bool {
        matches!(self.duty, DutyBinding::Binding { .. })
    }

    /// `s`: the item score (`level / top`; 0 for unanswered and "don't know"), `None` when not counted.
    pub fn score(&self, top: u8) -> Option<f64> {
        self.counted()
            .then(|| f64::from(self.level().unwrap_or(0)) / f64::from(top.max(1)))
    }

    /// How far its binding duty is met (`None` when it does not count or is not a binding duty).
    pub fn duty_status(&self, top: u8) -> Option<DutyStatus> {
        (self.counted() && self.binding()).then(|| DutyStatus::of(self.level(), top))
    }
}

/// Coverage, evidence rate, uncertainty and the N/A share (docs/scoring.md §5), as counts; the rates are
/// methods.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Confidence {
    /// The model the counts follow (model 1 counts "don't know" as answered).
    pub model: ModelVersion,
    /// Visible questions.
    pub visible: usize,
    /// Visible questions answered: a level, a valid N/A or "don't know" (the progress shown while answering).
    pub answered: usize,
    /// Visible questions whose answer is known: a level or a valid N/A ("don't know" is not known).
    pub known: usize,
    /// Counted items (visible, not a valid N/A).
    pub counted: usize,
    /// Counted items at level 2 or above (one below the top or the top).
    pub high: usize,
    /// Of those, the ones with a note or a link.
    pub evidenced: usize,
    /// Visible questions answered "don't know" (all counted).
    pub dont_know: usize,
    /// Visible questions validly marked "not applicable".
    pub not_applicable: usize,
}

impl Confidence {
    fn new(model: ModelVersion) -> Confidence {
        Confidence {
            model,
            ..Confidence::default()
        }
    }

    fn add(&mut self, item: &Item, top: u8) {
        if !item.visible {
            return;
        }
        self.visible += 1;
        self.answered += usize::from(item.answered());
        self.known += usize::from(item.known());
        self.not_applicable += usize::from(matches!(item.counting, Counting::NotApplicable { .. }));
        if !item.counted() {
            return;
        }
        self.counted += 1;
        self.dont_know += usize::from(item.counting == Counting::DontKnow);
        if item.level().is_some_and(|level| level + 1 >= top) {
            self.high += 1;
            self.evidenced += usize::from(item.evidence);
        }
    }

    /// Known ÷ visible questions under model 2 ("don't know" is not known); answered ÷ visible under model 1
    /// (`None` when nothing is visible).
    pub fn coverage(&self) -> Option<f64> {
        ratio(self.covered(), self.visible)
    }

    /// The numerator of [`Confidence::coverage`].
    pub fn covered(&self) -> usize {
        match self.model {
            ModelVersion::V1 => self.answered,
            ModelVersion::V2 => self.known,
        }
    }

    /// Items at level 2 or 3 with evidence ÷ items at level 2 or 3 (`None` when there are none).
    pub fn evidence_rate(&self) -> Option<f64> {
        ratio(self.evidenced, self.high)
    }

    /// The "don't know" share: ÷ visible questions under model 2, ÷ counted items under model 1 (`None`
    /// when the denominator is 0).
    pub fn uncertainty(&self) -> Option<f64> {
        match self.model {
            ModelVersion::V1 => ratio(self.dont_know, self.counted),
            ModelVersion::V2 => ratio(self.dont_know, self.visible),
        }
    }

    /// Valid N/A ÷ visible questions (`None` when nothing is visible).
    pub fn not_applicable_share(&self) -> Option<f64> {
        ratio(self.not_applicable, self.visible)
    }

    /// Visible questions with no usable answer (unanswered, or an answer treated as unanswered).
    pub fn unanswered(&self) -> usize {
        self.visible.saturating_sub(self.answered)
    }

    /// Whether some visible question has no answer (the band is then provisional).
    pub fn incomplete(&self) -> bool {
        self.unanswered() > 0
    }

    /// Why these figures are provisional (docs/scoring.md §5), in a fixed order; empty when they are not.
    pub fn provisional(&self, settings: &Settings) -> Vec<ProvisionalReason> {
        let mut reasons = Vec::new();
        if self.incomplete() {
            reasons.push(ProvisionalReason::Unanswered {
                count: self.unanswered(),
                visible: self.visible,
            });
        }
        if self.model == ModelVersion::V1 {
            return reasons;
        }
        let above = |count: usize, max: u8| 100 * count > usize::from(max) * self.visible;
        if above(self.not_applicable, settings.max_not_applicable_percent) {
            reasons.push(ProvisionalReason::NotApplicableShare {
                count: self.not_applicable,
                visible: self.visible,
                max_percent: settings.max_not_applicable_percent,
            });
        }
        if above(self.dont_know, settings.max_dont_know_percent) {
            reasons.push(ProvisionalReason::DontKnowShare {
                count: self.dont_know,
                visible: self.visible,
                max_percent: settings.max_dont_know_percent,
            });
        }
        reasons
    }
}

fn ratio(part: usize, whole: usize) -> Option<f64> {
    (whole > 0).then(|| part as f64 / whole as f64)
}

/// Why a result is provisional (docs/scoring.md §5).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProvisionalReason {
    /// Some visible questions have no usable answer.
    Unanswered {
        /// How many.
        count: usize,
        /// Of how many visible questions.
        visible: usize,
    },
    /// More than `max_percent` % of the visible questions are validly marked N/A.
    NotApplicableShare {
        /// How many.
        count: usize,
        /// Of how many visible questions.
        visible: usize,
        /// The threshold from the questionnaire file.
        max_percent: u8,
    },
    /// More than `max_percent` % of the visible questions are answered "don't know".
    DontKnowShare {
        /// How many.
        count: usize,
        /// Of how many visible questions.
        visible: usize,
        /// The threshold from the questionnaire file.
        max_percent: u8,
    },
}

impl ProvisionalReason {
    /// The stable id (`unanswered`, `not_applicable_share`, `dont_know_share`).
    pub fn id(&self) -> &'static str {
        match self {
            ProvisionalReason::Unanswered { .. } => "unanswered",
            ProvisionalReason::NotApplicableShare { .. } => "not_applicable_share",
            ProvisionalReason::DontKnowShare { .. } => "dont_know_share",
        }
    }

    /// One sentence ("12 of 118 visible questions are not answered yet").
    pub fn message(&self) -> Text {
        let share = |count: usize, visible: usize| {
            (
                format_percent(count as u64, visible as u64, Lang::Vi),
                format_percent(count as u64, visible as u64, Lang::En),
            )
        };
        match self {
            ProvisionalReason::Unanswered { count, visible } => Text::new(
                format!("{count}/{visible} câu hỏi áp dụng chưa được trả lời"),
                format!("{count} of {visible} applicable questions are not answered yet"),
            ),
            ProvisionalReason::NotApplicableShare {
                count,
                visible,
                max_percent,
            } => {
                let (vi, en) = share(*count, *visible);
                Text::new(
                    format!("{count}/{visible} câu hỏi ({vi}) được đánh dấu \"không áp dụng\", vượt ngưỡng {max_percent} %: cần rà soát các lý do"),
                    format!("{count} of {visible} questions ({en}) are marked \"not applicable\", above the {max_percent}% threshold: the reasons need review"),
                )
            }
            ProvisionalReason::DontKnowShare {
                count,
                visible,
                max_percent,
            } => {
                let (vi, en) = share(*count, *visible);
                Text::new(
                    format!("{count}/{visible} câu hỏi ({vi}) được trả lời \"không rõ\", vượt ngưỡng {max_percent} %"),
                    format!("{count} of {visible} questions ({en}) are answered \"don't know\", above the {max_percent}% threshold"),
                )
            }
        }
    }
}

/// How the visible questions of a section, of the whole or of an AI system are answered (docs/scoring.md
/// §5): the six counts add up to the visible questions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Counted at the top level (3, with evidence).
    pub met: usize,
    /// Counted one level below the top (2).
    pub partly_met: usize,
    /// Counted lower (0 or 1).
    pub not_met: usize,
    /// Validly marked "not applicable".
    pub not_applicable: usize,
    /// Answered "don't know".
    pub dont_know: usize,
    /// No answer, or an answer treated as unanswered (an N/A that is not accepted, not a level).
    pub unanswered: usize,
}

impl Counts {
    fn add(&mut self, item: &Item, top: u8) {
        if !item.visible {
            return;
        }
        match &item.counting {
            Counting::Level { counted, .. } => match DutyStatus::of(Some(*counted), top) {
                DutyStatus::Met => self.met += 1,
                DutyStatus::PartlyMet => self.partly_met += 1,
                DutyStatus::Unmet => self.not_met += 1,
            },
            Counting::NotApplicable { .. } => self.not_applicable += 1,
            Counting::DontKnow => self.dont_know += 1,
            Counting::Unanswered => self.unanswered += 1,
        }
    }

    /// The counts of these items.
    pub fn of<'a>(items: impl IntoIterator<Item = &'a Item>, top: u8) -> Counts {
        let mut counts = Counts::default();
        for item in items {
            counts.add(item, top);
        }
        counts
    }

    /// Their sum: the visible questions.
    pub fn visible(&self) -> usize {
        self.met
            + self.partly_met
            + self.not_met
            + self.not_applicable
            + self.dont_know
            + self.unanswered
    }
}

/// One section's result.
#[derive(Clone, Debug, PartialEq)]
pub struct SectionResult {
    /// The section's id.
    pub id: String,
    /// Its title.
    pub title: Text,
    /// `W_k`.
    pub weight: f64,
    /// `P_k` (0–100), `None` when no item counts ("not applicable").
    pub score: Option<f64>,
    /// `P_k`, exact.
    pub exact: Option<Ratio>,
    /// Its confidence indicators.
    pub confidence: Confidence,
    /// How its visible questions are answered.
    pub counts: Counts,
    /// Why its figures are provisional (empty: they are not).
    pub provisional: Vec<ProvisionalReason>,
    /// Its counted items that lose points, most points first (ties by questionnaire order).
    pub costs: Vec<Cost>,
}

/// The kind of a gate (docs/scoring.md §4).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GateKind {
    /// An in-scope system is prohibited: the result is the lowest band.
    Prohibited,
    /// A binding legal duty is unmet: the band is capped at the gate band.
    UnmetDuty,
    /// A binding legal duty is partly met: the band is capped one below the top.
    PartlyMetDuty,
}

impl GateKind {
    /// The stable id (`prohibited`, `unmet_duty`, `partly_met_duty`).
    pub fn id(self) -> &'static str {
        match self {
            GateKind::Prohibited => "prohibited",
            GateKind::UnmetDuty => "unmet_duty",
            GateKind::PartlyMetDuty => "partly_met_duty",
        }
    }
}

/// A gate whose condition holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Gate {
    /// Which gate.
    pub kind: GateKind,
    /// The highest band it allows (band id).
    pub cap: String,
    /// Whether it lowered the band: the gates apply in the order listed (prohibited use, unmet duty, partly
    /// met duty), and a gate lowered the band when the band just before it (that of the index, after the
    /// gates listed before it) was above its cap, or when there is no index (prohibited use only). At most
    /// one gate lowers the band; it is the one that holds it down ([`Overall::held_by`]).
    pub lowered: bool,
    /// The duties behind it (question ids, in questionnaire order); empty for the prohibited-use gate.
    pub duties: Vec<String>,
    /// The systems behind it: the prohibited systems, or the systems the duties bind through.
    pub systems: Vec<String>,
}

/// The gate that holds the band down, and what lifts it (docs/scoring.md §4): the app and the reports
/// render one sentence from it ([`super::explain::gate_sentence`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GateHold {
    /// Which gate.
    pub kind: GateKind,
    /// The band it holds the result at (index into [`Settings::bands`]).
    pub band: usize,
    /// The band of the index before gates (`None`: no index).
    pub index_band: Option<usize>,
    /// The duties that hold it (question ids, questionnaire order); empty for a prohibited use.
    pub duties: Vec<String>,
    /// The prohibited systems, or the systems those duties bind through.
    pub systems: Vec<String>,
    /// The band once every one of those duties is raised to the top level with evidence, all else equal
    /// (`None` for a prohibited use: only stopping the use lifts it).
    pub lifted_band: Option<usize>,
}

/// The overall result.
#[derive(Clone, Debug, PartialEq)]
pub struct Overall {
    /// `R` (0–100); `None` when no section has a score ("not assessed").
    pub index: Option<f64>,
    /// Model 2: `R`, exact (`None` under model 1 or when not assessed).
    pub exact_index: Option<Ratio>,
    /// The band of the index before gates (index into [`Settings::bands`]).
    pub uncapped_band: Option<usize>,
    /// The band after gates (index into [`Settings::bands`]); `None` when not assessed and no prohibited
    /// use.
    pub band: Option<usize>,
    /// The gates whose condition holds, in the order of §4.
    pub gates: Vec<Gate>,
    /// The gate that lowered the band, with what lifts it (`None`: no gate lowered it).
    pub held_by: Option<GateHold>,
    /// Confidence over every visible question.
    pub confidence: Confidence,
    /// How every visible question is answered.
    pub counts: Counts,
    /// The band is provisional: `provisional_reasons` is not empty.
    pub provisional: bool,
    /// Why (docs/scoring.md §5).
    pub provisional_reasons: Vec<ProvisionalReason>,
}

impl Overall {
    /// Whether there is no index ("not assessed").
    pub fn not_assessed(&self) -> bool {
        self.index.is_none()
    }
}

/// Everything computed from one assessment.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    /// The scoring model's version ([`MODEL_VERSION`]).
    pub model: &'static str,
    /// The questionnaires used, in answering order.
    pub questionnaires: Vec<QuestionnaireRef>,
    /// Weights, thresholds, gate band, evidence level, τ.
    pub settings: Settings,
    /// The organisation's facts (from the profile answers that apply).
    pub org_facts: Facts,
    /// Each AI system, in the assessment's order; risk tiers are reported here, never blended into scores.
    pub systems: Vec<SystemResult>,
    /// Every readiness question, in questionnaire order, visible or hidden.
    pub items: Vec<Item>,
    /// Each section, in questionnaire order.
    pub sections: Vec<SectionResult>,
    /// Index, band, gates, confidence.
    pub overall: Overall,
    /// What would lift the band soonest: empty at the top band or under a prohibited use.
    pub lift: Vec<LiftStep>,
    /// The action plan, in order.
    pub plan: Vec<Action>,
}

impl Evaluation {
    /// The item for a readiness question.
    pub fn item(&self, question: &str) -> Option<&Item> {
        self.items.iter().find(|item| item.question == question)
    }

    /// A section's result.
    pub fn section(&self, id: &str) -> Option<&SectionResult> {
        self.sections.iter().find(|section| section.id == id)
    }

    /// The band after gates.
    pub fn band(&self) -> Option<&Band> {
        self.overall.band.and_then(|b| self.settings.bands.get(b))
    }

    /// An AI system's result.
    pub fn system(&self, id: &str) -> Option<&SystemResult> {
        self.systems.iter().find(|system| system.id == id)
    }

    /// Every valid "not applicable", for review: (question id, section id, reason), in questionnaire
    /// order. N/A answers that are not accepted are counted as unanswered and carry a flag instead.
    pub fn not_applicable(&self) -> Vec<(&str, &str, &str)> {
        self.items
            .iter()
            .filter(|item| item.visible)
            .filter_map(|item| match &item.counting {
                Counting::NotApplicable { reason } => Some((
                    item.question.as_str(),
                    item.section.as_str(),
                    reason.as_str(),
                )),
                _ => None,
            })
            .collect()
    }

    /// The model the figures were computed with.
    pub fn model_version(&self) -> ModelVersion {
        self.settings.model
    }
}

/// τ for the highest tier among the in-scope systems (§7).
pub fn tau(tiers: impl IntoIterator<Item = Tier>) -> f64 {
    tiers
        .into_iter()
        .map(|tier| match tier {
            Tier::Prohibited | Tier::High | Tier::Unresolved => 2.0,
            Tier::Medium => 1.5,
            Tier::Low | Tier::OutOfScope => 1.0,
        })
        .fold(1.0, f64::max)
}

/// Evaluates an assessment against a catalog under the current scoring model (model 2): the whole pipeline
/// (module docs). Never panics; answers to unknown questions are ignored (the document check reports them).
pub fn evaluate(catalog: &Catalog, assessment: &Assessment) -> Evaluation {
    evaluate_with(catalog, assessment, ModelVersion::V2)
}

/// Evaluates an assessment under a given scoring model (model 1 reproduces results stored before model 2).
pub fn evaluate_with(
    catalog: &Catalog,
    assessment: &Assessment,
    model: ModelVersion,
) -> Evaluation {
    let version = model;
    let questionnaires = catalog
        .questionnaires
        .iter()
        .map(|q| QuestionnaireRef {
            kind: q.kind(),
            id: q.id.clone(),
            version: q.version,
        })
        .collect();

    // 1. The organisation's facts, and the profile answers that count.
    let (profile, org_facts) = match catalog.profile() {
        Some(questionnaire) => questionnaire.applicable(&assessment.profile, &Facts::new()),
        None => (Answers::new(), Facts::new()),
    };

    // 2. Triage per system.
    let mut triaged: Vec<(TriageResult, Answers)> = Vec::new();
    for system in &assessment.systems {
        let mut answers = system.answers.clone();
        answers.extend(
            profile
                .iter()
                .filter(|(id, _)| !system.answers.contains(id))
                .map(|(id, value)| (id.to_string(), value.clone())),
        );
        triaged.push(match catalog.triage() {
            Some(triage) => {
                let counted = triage.questionnaire().applicable(&answers, &org_facts).0;
                (classify(triage, &answers, &org_facts), counted)
            }
            None => (unclassified(), Answers::new()),
        });
    }

    // 3. The organisation context: in-scope systems only; profile and triage answers, never readiness.
    let results: Vec<TriageResult> = triaged.iter().map(|(r, _)| r.clone()).collect();
    let mut answer_maps: Vec<&Answers> = vec![&profile];
    answer_maps.extend(
        triaged
            .iter()
            .filter(|(result, _)| result.tier.in_scope())
            .map(|(_, answers)| answers),
    );
    let context = organisation_context(&org_facts, &results, answer_maps);
    let in_scope = || {
        assessment
            .systems
            .iter()
            .zip(&results)
            .filter(|(_, result)| result.tier.in_scope())
    };
    let prohibited: Vec<String> = in_scope()
        .filter(|(_, result)| result.tier == Tier::Prohibited)
        .map(|(system, _)| system.id.clone())
        .collect();
    let tau = tau(in_scope().map(|(_, result)| result.tier));

    // 4. Items.
    let readiness = catalog.readiness();
    let (top, scoring) = match readiness {
        Some(q) => (q.scale().map_or(3, |s| s.top()), q.scoring().cloned()),
        None => (3, None),
    };
    let scoring = scoring.unwrap_or_else(|| super::questionnaire::Scoring {
        bands: Vec::new(),
        gate_band: String::new(),
        evidence_level: top,
        max_not_applicable_percent: 100,
        max_dont_know_percent: 100,
    });
    let sections_def = readiness.map_or(&[][..], |q| q.sections.as_slice());
    let mut items = Vec::new();
    let mut order = 0;
    for section in sections_def {
        for question in &section.questions {
            let QuestionKind::Scored(scored) = &question.kind else {
                continue;
            };
            let visible = question
                .applies_if
                .as_ref()
                .is_none_or(|condition: &Condition| condition.holds(&context));
            let duty = match &scored.duty {
                None => DutyBinding::None,
                Some(duty) => {
                    // Issue 11: an unresolved system binds only the duties of both outcomes, and a
                    // duty's `when` is tested on the system's facts (TriageResult::is_bound_by).
                    let systems: Vec<String> = in_scope()
                        .filter(|(_, result)| result.is_bound_by(duty))
                        .map(|(system, _)| system.id.clone())
                        .collect();
                    if systems.is_empty() {
                        DutyBinding::NotBinding
                    } else {
                        DutyBinding::Binding { systems }
                    }
                }
            };
            let evidence = assessment.evidence_for(&question.id).is_some_and(|e| {
                !e.note.trim().is_empty() || e.links.iter().any(|link| !link.trim().is_empty())
            });
            let (counting, flags) = if visible {
                count(
                    assessment.readiness.get(&question.id),
                    scored.na,
                    matches!(duty, DutyBinding::Binding { .. }),
                    evidence,
                    top,
                    scoring.evidence_level,
                )
            } else {
                (Counting::Unanswered, Vec::new())
            };
            items.push(Item {
                question: question.id.clone(),
                section: section.id.clone(),
                order,
                weight: scored.weight,
                visible,
                counting,
                evidence,
                duty,
                flags,
            });
            order += 1;
        }
    }

    // 5. Numbers.
    let file_weights: Vec<f64> = sections_def
        .iter()
        .map(|s| s.weight.unwrap_or(1.0))
        .collect();
    let gate_band = scoring
        .bands
        .iter()
        .position(|band| band.id == scoring.gate_band)
        .unwrap_or(0);
    let model = Model {
        version,
        top,
        section_weights: &file_weights,
        bands: &scoring.bands,
        gate_band,
        prohibited: !prohibited.is_empty(),
    };
    let counted = counted_items(&items, sections_def.iter().map(|s| s.id.as_str()), top);
    let outcome = score::outcome(&model, &counted);
    let section_weights: Vec<f64> = match version {
        ModelVersion::V1 => file_weights.clone(),
        ModelVersion::V2 => sections_def
            .iter()
            .map(|section| {
                items
                    .iter()
                    .filter(|item| item.section == section.id && item.counted())
                    .map(|item| f64::from(item.weight))
                    .sum()
            })
            .collect(),
    };

    let settings = Settings {
        model: version,
        section_weights: sections_def
            .iter()
            .zip(&section_weights)
            .map(|(s, w)| (s.id.clone(), *w))
            .collect(),
        bands: scoring.bands.clone(),
        gate_band: scoring.gate_band.clone(),
        evidence_level: scoring.evidence_level,
        top_level: top,
        tau,
        max_not_applicable_percent: scoring.max_not_applicable_percent,
        max_dont_know_percent: scoring.max_dont_know_percent,
    };

    let mut overall_confidence = Confidence::new(version);
    for item in &items {
        overall_confidence.add(item, top);
    }
    let sections: Vec<SectionResult> = sections_def
        .iter()
        .enumerate()
        .map(|(k, section)| {
            let mut confidence = Confidence::new(version);
            let members = || items.iter().filter(|item| item.section == section.id);
            for item in members() {
                confidence.add(item, top);
            }
            SectionResult {
                id: section.id.clone(),
                title: section.title.clone(),
                weight: section_weights[k],
                score: outcome.sections[k].map(Ratio::to_f64),
                exact: outcome.sections[k],
                confidence,
                counts: Counts::of(members(), top),
                provisional: confidence.provisional(&settings),
                costs: explain::costs(&items, &section.id, top),
            }
        })
        .collect();

    let gates = gates(&items, &model, &outcome, &prohibited, &scoring.bands, top);
    let held_by = hold(&gates, &model, &counted, &items, &outcome);
    let provisional_reasons = overall_confidence.provisional(&settings);
    let overall = Overall {
        index: outcome.index,
        exact_index: outcome.exact,
        uncapped_band: outcome.uncapped,
        band: outcome.band,
        gates,
        held_by,
        confidence: overall_confidence,
        counts: Counts::of(&items, top),
        provisional: !provisional_reasons.is_empty(),
        provisional_reasons,
    };
    let lift = explain::lift(&model, &items, &counted, &outcome);

    let systems: Vec<SystemResult> = assessment
        .systems
        .iter()
        .zip(results)
        .map(|(system, triage)| {
            let (obligations, readiness) = if triage.tier.in_scope() {
                let obligations = plan::obligations(&triage, &items, top);
                let readiness = system_readiness(&system.id, &obligations, &items, top);
                (obligations, Some(readiness))
            } else {
                (Vec::new(), None)
            };
            SystemResult {
                id: system.id.clone(),
                name: system.name.clone(),
                triage,
                obligations,
                readiness,
            }
        })
        .collect();

    let plan_entries =
        |question: &str| -> Option<PlanEntry> { assessment.plan.get(question).cloned() };
    let plan = plan::actions(catalog, &items, &systems, tau, top, &plan_entries);

    Evaluation {
        model: version.id(),
        questionnaires,
        settings,
        org_facts,
        systems,
        items,
        sections,
        overall,
        lift,
        plan,
    }
}

/// One system's readiness (§8): the visible questions evidencing its obligations or carrying a duty that
/// binds through it.
fn system_readiness(
    system: &str,
    obligations: &[ObligationCheck],
    items: &[Item],
    top: u8,
) -> SystemReadiness {
    let binds = |item: &Item| matches!(&item.duty, DutyBinding::Binding { systems } if systems.iter().any(|s| s == system));
    let members: Vec<&Item> = items
        .iter()
        .filter(|item| item.visible)
        .filter(|item| {
            binds(item)
                || obligations
                    .iter()
                    .any(|o| o.questions.contains(&item.question))
        })
        .collect();
    let (mut num, mut den) = (0u64, 0u64);
    for item in members.iter().filter(|item| item.counted()) {
        num += u64::from(item.weight) * u64::from(item.level().unwrap_or(0).min(top));
        den += u64::from(item.weight) * u64::from(top.max(1));
    }
    let exact = Ratio::new(100 * num, den);
    let duties = |status: DutyStatus| -> Vec<String> {
        members
            .iter()
            .filter(|item| binds(item) && item.duty_status(top) == Some(status))
            .map(|item| item.question.clone())
            .collect()
    };
    SystemReadiness {
        questions: members.iter().map(|item| item.question.clone()).collect(),
        score: exact.map(Ratio::to_f64),
        exact,
        counts: Counts::of(members.iter().copied(), top),
        unmet_duties: duties(DutyStatus::Unmet),
        partly_met_duties: duties(DutyStatus::PartlyMet),
    }
}

/// The gate that lowered the band, and the band once its duties are met (§4).
fn hold(
    gates: &[Gate],
    model: &Model<'_>,
    counted: &[Counted],
    items: &[Item],
    outcome: &score::Outcome,
) -> Option<GateHold> {
    let gate = gates.iter().find(|gate| gate.lowered)?;
    let band = model
        .bands
        .iter()
        .position(|band| band.id == gate.cap)
        .unwrap_or(0);
    let lifted_band = match gate.kind {
        GateKind::Prohibited => None,
        GateKind::UnmetDuty | GateKind::PartlyMetDuty => {
            let refs: Vec<&Item> = items.iter().filter(|item| item.counted()).collect();
            let mut trial = counted.to_vec();
            for (slot, item) in trial.iter_mut().zip(&refs) {
                if gate.duties.contains(&item.question) {
                    slot.level = Some(model.top);
                }
            }
            score::outcome(model, &trial).band
        }
    };
    Some(GateHold {
        kind: gate.kind,
        band,
        index_band: outcome.uncapped,
        duties: gate.duties.clone(),
        systems: gate.systems.clone(),
        lifted_band,
    })
}

/// The triage result of a system when the catalog has no triage (never with loaded content).
fn unclassified() -> TriageResult {
    TriageResult {
        tier: Tier::OutOfScope,
        reason: Text::new("Chưa có bộ câu hỏi phân loại", "No triage questionnaire"),
        cites: Vec::new(),
        transition: None,
        obligations: Vec::new(),
        roles: Default::default(),
        facts: Facts::new(),
        outcomes: Vec::new(),
        findings: Vec::new(),
    }
}

/// How a visible question's answer counts, and what scoring notices about it (docs/scoring.md §2).
fn count(
    answer: Option<&AnswerValue>,
    na_allowed: bool,
    binding: bool,
    evidence: bool,
    top: u8,
    evidence_level: u8,
) -> (Counting, Vec<ItemFlag>) {
    let mut flags = Vec::new();
    let counting = match answer {
        None => Counting::Unanswered,
        Some(AnswerValue::DontKnow) => Counting::DontKnow,
        Some(AnswerValue::Level(given)) => {
            let claimed = if *given > top {
                flags.push(ItemFlag::LevelAboveScale { given: *given });
                top
            } else {
                *given
            };
            let counted = if claimed >= evidence_level && claimed > 0 && !evidence {
                let counted = evidence_level.saturating_sub(1);
                flags.push(ItemFlag::NoEvidence { claimed, counted });
                counted
            } else {
                claimed
            };
            Counting::Level { claimed, counted }
        }
        Some(AnswerValue::NotApplicable { reason }) => {
            let reason = reason.trim();
            if reason.is_empty() {
                flags.push(ItemFlag::NaWithoutReason);
            }
            if !na_allowed {
                flags.push(ItemFlag::NaNotAllowed);
            }
            if binding {
                flags.push(ItemFlag::NaOnBindingDuty);
            }
            if flags.is_empty() {
                Counting::NotApplicable {
                    reason: reason.to_string(),
                }
            } else {
                Counting::Unanswered
            }
        }
        Some(_) => {
            flags.push(ItemFlag::NotALevel);
            Counting::Unanswered
        }
    };
    (counting, flags)
}

/// The counted items as the numbers see them.
pub(crate) fn counted_items<'a>(
    items: &[Item],
    sections: impl Iterator<Item = &'a str>,
    top: u8,
) -> Vec<Counted> {
    let sections: Vec<&str> = sections.collect();
    items
        .iter()
        .filter(|item| item.counted())
        .filter_map(|item| {
            Some(Counted {
                section: sections.iter().position(|s| *s == item.section)?,
                weight: item.weight,
                level: item.level().map(|level| level.min(top)),
                binding: item.binding(),
            })
        })
        .collect()
}

/// The gates whose condition holds, in the order of §4, each saying whether it lowered the band.
fn gates(
    items: &[Item],
    model: &Model<'_>,
    outcome: &score::Outcome,
    prohibited: &[String],
    bands: &[Band],
    top: u8,
) -> Vec<Gate> {
    let band_id = |index: usize| bands.get(index).map_or(String::new(), |b| b.id.clone());
    let mut gates = Vec::new();
    let mut current = outcome.uncapped;
    let duties = |status: DutyStatus| -> (Vec<String>, Vec<String>) {
        let mut questions = Vec::new();
        let mut systems: Vec<String> = Vec::new();
        for item in items
            .iter()
            .filter(|item| item.duty_status(top) == Some(status))
        {
            questions.push(item.question.clone());
            if let DutyBinding::Binding { systems: through } = &item.duty {
                for system in through {
                    if !systems.contains(system) {
                        systems.push(system.clone());
                    }
                }
            }
        }
        (questions, systems)
    };
    for (kind, holds, cap) in [
        (GateKind::UnmetDuty, outcome.unmet, model.gate_band),
        (
            GateKind::PartlyMetDuty,
            outcome.partly,
            bands.len().saturating_sub(2),
        ),
    ] {
        if !holds || bands.is_empty() {
            continue;
        }
        let status = if kind == GateKind::UnmetDuty {
            DutyStatus::Unmet
        } else {
            DutyStatus::PartlyMet
        };
        let (questions, systems) = duties(status);
        let lowered = current.is_some_and(|band| band > cap);
        current = current.map(|band| band.min(cap));
        gates.push(Gate {
            kind,
            cap: band_id(cap),
            lowered,
            duties: questions,
            systems,
        });
    }
    if !prohibited.is_empty() && !bands.is_empty() {
        gates.insert(
            0,
            Gate {
                kind: GateKind::Prohibited,
                cap: band_id(0),
                lowered: current.is_none_or(|band| band > 0),
                duties: Vec::new(),
                systems: prohibited.to_vec(),
            },
        );
    }
    if model.version == ModelVersion::V2 {
        // Model 2 settles "lowered" for every kind alike: the gates apply in the order listed, each to the
        // band left by the ones before it (§4).
        let mut current = outcome.uncapped;
        for gate in &mut gates {
            let cap = bands.iter().position(|b| b.id == gate.cap).unwrap_or(0);
            gate.lowered = match gate.kind {
                GateKind::Prohibited => current.is_none_or(|band| band > cap),
                _ => current.is_some_and(|band| band > cap),
            };
            current = Some(current.map_or(cap, |band| band.min(cap)));
        }
    }
    gates
}

/// One figure that reads differently under model 1 and model 2 (docs/scoring.md §11).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FigureChange {
    /// Which figure: `overall.index`, `overall.band`, `overall.provisional`, `overall.coverage`,
    /// `overall.uncertainty`, `section.<id>.coverage`, `section.<id>.uncertainty`,
    /// `section.<id>.weight`, `gate.<kind>.lowered`, `lift`.
    pub figure: String,
    /// As model 1 shows it (English display).
    pub model1: String,
    /// As model 2 shows it.
    pub model2: String,
}

/// The figures that model 2 changes for this assessment: it is evaluated under both models and every
/// figure whose displayed value differs is listed, in a fixed order. Section scores, the plan and
/// obligation statuses are computed alike by both models and never appear.
pub fn model_changes(catalog: &Catalog, assessment: &Assessment) -> Vec<FigureChange> {
    let one = evaluate_with(catalog, assessment, ModelVersion::V1);
    let two = evaluate_with(catalog, assessment, ModelVersion::V2);
    let lang = Lang::En;
    let mut changes = Vec::new();
    let mut push = |figure: String, a: String, b: String| {
        if a != b {
            changes.push(FigureChange {
                figure,
                model1: a,
                model2: b,
            });
        }
    };
    let score = |value: Option<f64>| value.map_or("–".to_string(), |v| format_score(v, lang));
    let share = |value: Option<f64>| match value {
        Some(v) => format!("{}%", format_score(100.0 * v, lang)),
        None => "–".to_string(),
    };
    let band = |e: &Evaluation| e.band().map_or("–".to_string(), |b| b.id.clone());
    push(
        "overall.index".into(),
        score(one.overall.index),
        score(two.overall.index),
    );
    push("overall.band".into(), band(&one), band(&two));
    push(
        "overall.provisional".into(),
        one.overall.provisional.to_string(),
        two.overall.provisional.to_string(),
    );
    push(
        "overall.coverage".into(),
        share(one.overall.confidence.coverage()),
        share(two.overall.confidence.coverage()),
    );
    push(
        "overall.uncertainty".into(),
        share(one.overall.confidence.uncertainty()),
        share(two.overall.confidence.uncertainty()),
    );
    for (a, b) in one.sections.iter().zip(&two.sections) {
        push(
            format!("section.{}.weight", a.id),
            format_score(a.weight, lang),
            format_score(b.weight, lang),
        );
        push(
            format!("section.{}.coverage", a.id),
            share(a.confidence.coverage()),
            share(b.confidence.coverage()),
        );
        push(
            format!("section.{}.uncertainty", a.id),
            share(a.confidence.uncertainty()),
            share(b.confidence.uncertainty()),
        );
    }
    for (a, b) in one.overall.gates.iter().zip(&two.overall.gates) {
        push(
            format!("gate.{}.lowered", a.kind.id()),
            a.lowered.to_string(),
            b.lowered.to_string(),
        );
    }
    let lift = |e: &Evaluation| {
        e.lift
            .iter()
            .map(|step| step.question.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    };
    push("lift".into(), lift(&one), lift(&two));
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counting_follows_section_2() {
        let level = |l| Some(AnswerValue::Level(l));
        assert_eq!(
            count(level(3).as_ref(), false, false, false, 3, 3),
            (
                Counting::Level {
                    claimed: 3,
                    counted: 2
                },
                vec![ItemFlag::NoEvidence {
                    claimed: 3,
                    counted: 2
                }]
            )
        );
        assert_eq!(
            count(level(3).as_ref(), false, false, true, 3, 3).0,
            Counting::Level {
                claimed: 3,
                counted: 3
            }
        );
        let na = |reason: &str| {
            Some(AnswerValue::NotApplicable {
                reason: reason.into(),
            })
        };
        assert_eq!(
            count(na(" ").as_ref(), true, false, false, 3, 3),
            (Counting::Unanswered, vec![ItemFlag::NaWithoutReason])
        );
        assert_eq!(
            count(na("x").as_ref(), true, true, false, 3, 3),
            (Counting::Unanswered, vec![ItemFlag::NaOnBindingDuty])
        );
        assert_eq!(
            count(na("x").as_ref(), true, false, false, 3, 3).0,
            Counting::NotApplicable { reason: "x".into() }
        );
        assert_eq!(
            count(
                Some(&AnswerValue::Choice("yes".into())),
                true,
                false,
                false,
                3,
                3
            ),
            (Counting::Unanswered, vec![ItemFlag::NotALevel])
        );
    }

    #[test]
    fn tau_reflects_the_highest_tier() {
        assert_eq!(tau([]), 1.0);
        assert_eq!(tau([Tier::Low, Tier::Medium]), 1.5);
        assert_eq!(tau([Tier::Low, Tier::Unresolved]), 2.0);
        assert_eq!(tau([Tier::OutOfScope]), 1.0);
    }
}
