//! The catalog: all loaded content (the source register and the questionnaires) with lookups across it.

use std::collections::BTreeSet;

use super::condition::{Context, Facts};
use super::questionnaire::{Question, Questionnaire, QuestionnaireKind, Section};
use super::risk::Tier;
use super::source::SourceRegister;
use super::triage::{Triage, TriageResult};

/// All validated content. At most one questionnaire of each kind (the loader reports duplicates).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Catalog {
    /// The source register.
    pub sources: SourceRegister,
    /// The questionnaires, in answering order (profile, triage, readiness).
    pub questionnaires: Vec<Questionnaire>,
}

/// Where a question lives.
#[derive(Clone, Copy, Debug)]
pub struct QuestionRef<'a> {
    /// Its questionnaire.
    pub questionnaire: &'a Questionnaire,
    /// Its section.
    pub section: &'a Section,
    /// The question.
    pub question: &'a Question,
}

impl Catalog {
    /// The questionnaire of a kind.
    pub fn questionnaire(&self, kind: QuestionnaireKind) -> Option<&Questionnaire> {
        self.questionnaires.iter().find(|q| q.kind() == kind)
    }

    /// The organisation profile.
    pub fn profile(&self) -> Option<&Questionnaire> {
        self.questionnaire(QuestionnaireKind::Profile)
    }

    /// The triage and its rules.
    pub fn triage(&self) -> Option<Triage<'_>> {
        self.questionnaire(QuestionnaireKind::Triage)
            .and_then(Questionnaire::as_triage)
    }

    /// The readiness assessment.
    pub fn readiness(&self) -> Option<&Questionnaire> {
        self.questionnaire(QuestionnaireKind::Readiness)
    }

    /// A question of any questionnaire, with where it lives.
    pub fn question(&self, id: &str) -> Option<QuestionRef<'_>> {
        self.questionnaires.iter().find_map(|questionnaire| {
            questionnaire.sections.iter().find_map(|section| {
                section
                    .questions
                    .iter()
                    .find(|question| question.id == id)
                    .map(|question| QuestionRef {
                        questionnaire,
                        section,
                        question,
                    })
            })
        })
    }
}

impl Catalog {
    /// Carries an assessment's readiness answers, evidence and plan entries from retired question ids over
    /// to the questions that replaced them, where those have none yet; the retired entries stay as they were
    /// (so nothing is lost, and the document check still names them). Old assessments migrate through this
    /// when they are opened or scored.
    pub fn migrate_retired(
        &self,
        assessment: &super::assessment::Assessment,
    ) -> super::assessment::Assessment {
        let mut out = assessment.clone();
        for retired in self.questionnaires.iter().flat_map(|q| q.retired.iter()) {
            for new in &retired.replaced_by {
                if let Some(answer) = assessment.readiness.get(&retired.id) {
                    if !out.readiness.contains(new) {
                        out.readiness.set(new.clone(), answer.clone());
                    }
                }
                if let Some(evidence) = assessment.evidence.get(&retired.id) {
                    out.evidence
                        .entry(new.clone())
                        .or_insert_with(|| evidence.clone());
                }
                if let Some(entry) = assessment.plan.get(&retired.id) {
                    out.plan.entry(new.clone()).or_insert_with(|| entry.clone());
                }
            }
        }
        out
    }
}

/// The context readiness conditions are evaluated in: the organisation's facts and the facts, roles and
/// tiers of its in-scope systems (those not [`Tier::OutOfScope`]); `answers` are looked up in turn.
pub fn organisation_context<'a>(
    org_facts: &Facts,
    systems: &[TriageResult],
    answers: Vec<&'a super::answers::Answers>,
) -> Context<'a> {
    let in_scope = || systems.iter().filter(|system| system.tier.in_scope());
    let mut facts = org_facts.clone();
    facts.extend(in_scope().flat_map(|system| system.facts.iter().cloned()));
    Context {
        facts,
        roles: in_scope()
            .flat_map(|system| system.roles.iter().copied())
            .collect(),
        tiers: in_scope()
            .map(|system| system.tier)
            .collect::<BTreeSet<Tier>>(),
        answers,
    }
}
