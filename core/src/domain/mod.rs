//! The pure domain. Names no web crate and no serde; does no I/O and never reads the clock
//! (times are passed in). `core/tests/tidy.rs` enforces this.
//!
//! * [`text`] — bilingual [`Text`]; [`locale`] — languages, number and date formatting, [`Date`].
//! * [`risk`] — the Law's [`Role`]s and [`Tier`]s.
//! * [`source`] — the [`SourceRegister`], [`Citation`]s and the "subject to confirmation" flag.
//! * [`answers`] — [`AnswerValue`] and [`Answers`], keyed by question id.
//! * [`assessment`] — one organisation's [`Assessment`]: profile, AI systems, answers, evidence, plan entries.
//! * [`import`] — importing assessments into the saved list: [`plan_import`] (new, identical, conflict) and
//!   [`apply_import`] with the user's [`Resolution`]s.
//! * [`condition`] — the [`Condition`] tree and its evaluation against a [`ConditionContext`].
//! * [`questionnaire`] — validated [`Questionnaire`]s: sections, questions, options, scale, scoring.
//! * [`triage`] — the triage rules and [`classify`]; [`highrisk`] — the Decision 33 List and its search.
//! * [`content`] — the [`Catalog`] of everything loaded; [`summary`] — the reviewer's summary of it.
//! * [`compare`] — before and after: [`compare()`] two evaluations; [`crosswalk`] — the answers read against
//!   the international frameworks the register holds.
//! * [`evaluate`] — the scoring pipeline ([`evaluate()`]) and its result types; [`score`] — section scores,
//!   index, band and gates; [`explain`] — what costs most and what would lift the band; [`plan`] — the
//!   action plan and each system's obligations checklist (docs/scoring.md).

pub mod answers;
pub mod assessment;
pub mod chart;
pub mod compare;
pub mod condition;
pub mod content;
pub mod crosswalk;
pub mod evaluate;
pub mod explain;
pub mod highrisk;
pub mod import;
pub mod locale;
pub mod plan;
pub mod questionnaire;
pub mod risk;
pub mod score;
pub mod search;
pub mod source;
pub mod summary;
pub mod text;
pub mod triage;

pub use answers::{AnswerValue, Answers};
pub use assessment::{
    is_safe_link, is_valid_id, AiSystem, Assessment, Evidence, PlanEntry, PlanStatus,
    QuestionnaireVersions, Timestamp,
};
pub use compare::{compare, Comparison, ItemChange, ObligationChange, SectionChange};
pub use condition::{Condition, ConditionContext, Context, Facts};
pub use content::{organisation_context, Catalog, QuestionRef};
pub use crosswalk::{crosswalk, FrameworkCoverage, ProvisionCoverage};
pub use evaluate::{
    evaluate, evaluate_with, model_changes, Confidence, Counting, Counts, DutyBinding, Evaluation,
    FigureChange, Gate, GateHold, GateKind, Item, ItemFlag, Overall, ProvisionalReason,
    QuestionnaireRef, SectionResult, Settings, SystemReadiness, SystemResult, MODEL_VERSION,
};
pub use explain::{gate_sentence, Cost, LiftStep};
pub use highrisk::{fold, HighRiskList, ListMatch, ListRow, ListSector};
pub use import::{
    apply_import, apply_import_avoiding, import_outcome, plan_import, same_content, ImportCounts,
    ImportItem, ImportOutcome, ImportPlan, ImportStatus, Resolution, Revision,
};
pub use locale::{Date, Lang};
pub use plan::{
    Action, ActionGroup, CitationRef, ObligationCheck, ObligationRef, ObligationStatus,
};
pub use questionnaire::{
    AnswerOption, Band, Duty, Principle, Question, QuestionKind, Questionnaire, QuestionnaireKind,
    Retired, Scale, ScaleLevel, Scored, Scoring, Section, Spec, Version, Walk,
};
pub use risk::{Role, Tier};
pub use score::{DutyStatus, ModelVersion, Ratio};
pub use source::{
    provision_contains, Citation, Cited, Provision, Source, SourceDate, SourceKind, SourceRegister,
    SourceStatus,
};
pub use summary::{summarize, Summary};
pub use text::Text;
pub use triage::{
    add_months, classify, ApplicableObligation, Deadline, DeadlineBasis, DueBy, Finding,
    FindingRule, Obligation, Outcome, Term, TierRule, TransitionDate, TransitionDeadline,
    TransitionRule, Triage, TriageResult, TriageRules,
};
