//! A summary of the content for reviewers: questions per section, legal duties, citations, provisions cited
//! and never cited, and citations subject to confirmation. Computed from a [`Catalog`]; printed by
//! `sansang check`.

use std::collections::BTreeMap;
use std::fmt;

use super::content::Catalog;
use super::questionnaire::QuestionnaireKind;
use super::source::{provision_contains, Citation};

/// The summary of a catalog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// One entry per questionnaire, in answering order.
    pub questionnaires: Vec<QuestionnaireSummary>,
    /// One entry per source, ordered by id.
    pub sources: Vec<SourceSummary>,
    /// Every citation whose source or provision is subject to confirmation, with who cites it.
    pub unconfirmed: Vec<(Citer, Citation)>,
    /// The number of citations in all content.
    pub citations: usize,
}

/// The summary of one questionnaire.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionnaireSummary {
    /// The questionnaire's id.
    pub id: String,
    /// Its kind.
    pub kind: QuestionnaireKind,
    /// Its version.
    pub version: String,
    /// Per section: id, questions, legal duties.
    pub sections: Vec<SectionSummary>,
    /// Citations made by its questions and rules.
    pub citations: usize,
}

impl QuestionnaireSummary {
    /// All its questions.
    pub fn questions(&self) -> usize {
        self.sections.iter().map(|section| section.questions).sum()
    }

    /// All its legal duties.
    pub fn duties(&self) -> usize {
        self.sections.iter().map(|section| section.duties).sum()
    }
}

/// The summary of one section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionSummary {
    /// The section's id.
    pub id: String,
    /// Its questions.
    pub questions: usize,
    /// Its questions that are legal duties.
    pub duties: usize,
}

/// The summary of one source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceSummary {
    /// The source's id.
    pub id: String,
    /// Citations of the source or any of its provisions.
    pub citations: usize,
    /// Provisions cited directly or through one of their clauses or points, in register order.
    pub cited: Vec<String>,
    /// Provisions never cited, in register order.
    pub never_cited: Vec<String>,
}

/// Who makes a citation.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Citer {
    /// A question, by id.
    Question(String),
    /// A triage tier rule, by tier id.
    TierRule(String),
    /// A triage transition rule, by id.
    Transition(String),
    /// A triage obligation, by id.
    Obligation(String),
    /// A triage finding, by id.
    Finding(String),
    /// A row of the high-risk List, by id (or the List itself, `list`).
    ListRow(String),
    /// A glossary term, by id.
    Term(String),
}

impl fmt::Display for Citer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Citer::Question(id) => write!(f, "question {id}"),
            Citer::TierRule(id) => write!(f, "tier rule {id}"),
            Citer::Transition(id) => write!(f, "transition {id}"),
            Citer::Obligation(id) => write!(f, "obligation {id}"),
            Citer::Finding(id) => write!(f, "finding {id}"),
            Citer::ListRow(id) => write!(f, "List row {id}"),
            Citer::Term(id) => write!(f, "glossary term {id}"),
        }
    }
}

/// Every citation in the catalog with who makes it, in content order (profile, triage, readiness).
pub fn citations(catalog: &Catalog) -> Vec<(Citer, &Citation)> {
    let mut all = Vec::new();
    for questionnaire in &catalog.questionnaires {
        all.extend(citations_of(questionnaire));
    }
    all
}

fn citations_of(questionnaire: &super::questionnaire::Questionnaire) -> Vec<(Citer, &Citation)> {
    let mut all: Vec<(Citer, &Citation)> = Vec::new();
    for question in questionnaire.questions() {
        all.extend(
            question
                .cites
                .iter()
                .map(|c| (Citer::Question(question.id.clone()), c)),
        );
    }
    if let Some(triage) = questionnaire.as_triage() {
        let rules = triage.rules();
        for rule in rules.tiers() {
            all.extend(
                rule.cites
                    .iter()
                    .map(|c| (Citer::TierRule(rule.tier.id().to_string()), c)),
            );
        }
        for rule in &rules.transition {
            all.extend(
                rule.cites
                    .iter()
                    .map(|c| (Citer::Transition(rule.id.clone()), c)),
            );
        }
        for obligation in &rules.obligations {
            all.extend(
                obligation
                    .cites
                    .iter()
                    .map(|c| (Citer::Obligation(obligation.id.clone()), c)),
            );
        }
        for finding in &rules.findings {
            all.extend(
                finding
                    .cites
                    .iter()
                    .map(|c| (Citer::Finding(finding.id.clone()), c)),
            );
        }
        if let Some(list) = &rules.list {
            all.push((Citer::ListRow("list".to_string()), &list.source));
            for found in list.rows() {
                all.extend(
                    found
                        .row
                        .cites
                        .iter()
                        .map(|c| (Citer::ListRow(found.row.id.clone()), c)),
                );
            }
        }
        for term in &rules.glossary {
            all.extend(term.cites.iter().map(|c| (Citer::Term(term.id.clone()), c)));
        }
    }
    all
}

/// Summarises a catalog.
pub fn summarize(catalog: &Catalog) -> Summary {
    let questionnaires = catalog
        .questionnaires
        .iter()
        .map(|questionnaire| QuestionnaireSummary {
            id: questionnaire.id.clone(),
            kind: questionnaire.kind(),
            version: questionnaire.version.to_string(),
            sections: questionnaire
                .sections
                .iter()
                .map(|section| SectionSummary {
                    id: section.id.clone(),
                    questions: section.questions.len(),
                    duties: section
                        .questions
                        .iter()
                        .filter(|question| question.duty().is_some())
                        .count(),
                })
                .collect(),
            citations: citations_of(questionnaire).len(),
        })
        .collect();

    let all = citations(catalog);
    let mut by_source: BTreeMap<&str, Vec<&Citation>> = BTreeMap::new();
    for (_, citation) in &all {
        by_source
            .entry(&citation.source)
            .or_default()
            .push(citation);
    }
    let sources = catalog
        .sources
        .iter()
        .map(|source| {
            let cites = by_source
                .get(source.id.as_str())
                .map_or(&[][..], Vec::as_slice);
            let (cited, never_cited) = source
                .provisions
                .iter()
                .map(|provision| provision.id.clone())
                .partition(|id| {
                    cites.iter().any(|citation| {
                        citation
                            .provision
                            .as_deref()
                            .is_some_and(|cited| provision_contains(id, cited))
                    })
                });
            SourceSummary {
                id: source.id.clone(),
                citations: cites.len(),
                cited,
                never_cited,
            }
        })
        .collect();

    let unconfirmed = all
        .iter()
        .filter(|(_, citation)| catalog.sources.subject_to_confirmation(citation))
        .map(|(citer, citation)| (citer.clone(), (*citation).clone()))
        .collect();

    Summary {
        questionnaires,
        sources,
        unconfirmed,
        citations: all.len(),
    }
}
