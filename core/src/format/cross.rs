//! Checks across files: duplicate ids, citations against the register, condition references (dangling,
//! forward, and readiness conditions on readiness answers), facts that no option sets, and `evidenced_by`
//! against the readiness questions.

use std::collections::{BTreeMap, BTreeSet};

use super::decode::Problems;
use super::questionnaire_file::{LoadedQuestionnaire, Shape, Test};
use super::source_file::LoadedSource;
use crate::domain::QuestionnaireKind;

/// A loaded file of either kind with its problem list.
pub(crate) struct Files<'a> {
    /// Whether every questionnaire file could be read: when one could not, checks that need all questions
    /// and facts (unknown question, fact never set, `evidenced_by`) are skipped rather than cascading.
    pub(crate) complete: bool,
    pub(crate) sources: Vec<(&'a mut Problems, &'a LoadedSource)>,
    pub(crate) questionnaires: Vec<(&'a mut Problems, &'a LoadedQuestionnaire)>,
}

struct Indexed<'a> {
    file: &'a str,
    path: &'a str,
    kind: Option<QuestionnaireKind>,
    questionnaire: usize,
    order: usize,
    shape: &'a Shape,
}

/// Runs every cross-file check, adding problems to the file where each one is.
pub(crate) fn check(files: Files<'_>) {
    let Files {
        complete,
        mut sources,
        mut questionnaires,
    } = files;

    // Sources: duplicate ids (only possible when an id does not match its file name, already reported).
    let mut register: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut unconfirmed: BTreeMap<&str, (bool, &BTreeSet<String>)> = BTreeMap::new();
    let mut source_files: BTreeMap<&str, String> = BTreeMap::new();
    for (problems, source) in sources.iter_mut() {
        let Some(id) = source.id.as_deref() else {
            continue;
        };
        if let Some(first) = source_files.get(id) {
            problems.add(
                "/id",
                format!("source `{id}`: duplicate source id (also in {first})"),
            );
            continue;
        }
        source_files.insert(id, problems.file().to_string());
        register.insert(id, source.provisions.iter().map(String::as_str).collect());
        unconfirmed.insert(id, (source.confirmed, &source.unconfirmed));
    }

    // Questionnaires: one per kind, unique ids.
    let mut kinds: BTreeMap<QuestionnaireKind, String> = BTreeMap::new();
    let mut ids: BTreeMap<&str, String> = BTreeMap::new();
    for (problems, loaded) in questionnaires.iter_mut() {
        if let Some(kind) = loaded.kind {
            if let Some(first) = kinds.get(&kind) {
                problems.add(
                    "/kind",
                    format!(
                        "questionnaire: a second {} questionnaire (the first is {first})",
                        kind.id()
                    ),
                );
            } else {
                kinds.insert(kind, problems.file().to_string());
            }
        }
        if let Some(id) = loaded.id.as_deref() {
            if let Some(first) = ids.get(id) {
                problems.add(
                    "/id",
                    format!("questionnaire `{id}`: duplicate questionnaire id (also {first})"),
                );
            } else {
                ids.insert(id, problems.file().to_string());
            }
        }
    }

    // Questions: unique across all questionnaires, indexed for references.
    let files: Vec<String> = questionnaires
        .iter()
        .map(|(p, _)| p.file().to_string())
        .collect();
    let mut index: BTreeMap<&str, Indexed<'_>> = BTreeMap::new();
    let mut duplicates = Vec::new();
    for (number, (_, loaded)) in questionnaires.iter().enumerate() {
        for entry in &loaded.questions {
            if let Some(first) = index.get(entry.id.as_str()) {
                duplicates.push((
                    number,
                    entry.path.clone(),
                    entry.id.clone(),
                    format!("{} at {}", first.file, first.path),
                ));
                continue;
            }
            index.insert(
                &entry.id,
                Indexed {
                    file: &files[number],
                    path: &entry.path,
                    kind: loaded.kind,
                    questionnaire: number,
                    order: entry.order,
                    shape: &entry.shape,
                },
            );
        }
    }
    for (number, path, id, first) in duplicates {
        questionnaires[number].0.add(
            &format!("{path}/id"),
            format!("question `{id}`: duplicate question id (also in {first})"),
        );
    }

    // Facts set by each kind of questionnaire.
    let mut facts_by_kind: BTreeMap<QuestionnaireKind, BTreeSet<&str>> = BTreeMap::new();
    for (_, loaded) in &questionnaires {
        if let Some(kind) = loaded.kind {
            facts_by_kind
                .entry(kind)
                .or_default()
                .extend(loaded.facts_set.iter().map(String::as_str));
        }
    }

    // Every question id that some obligation's `evidenced_by` names.
    let evidenced: BTreeSet<String> = questionnaires
        .iter()
        .flat_map(|(_, loaded)| loaded.evidenced_by.iter().map(|(_, q)| q.clone()))
        .collect();
    let has_triage = questionnaires
        .iter()
        .any(|(_, loaded)| loaded.kind == Some(QuestionnaireKind::Triage));

    for (number, (problems, loaded)) in questionnaires.iter_mut().enumerate() {
        // Every legal duty is evidenced by at least one triage obligation, so its actions get the
        // obligation's deadline and an obligation cannot show as met while its core duty is unmet.
        if complete && has_triage {
            for (path, question) in &loaded.duties {
                if !evidenced.contains(question) {
                    problems.add(
                        path,
                        format!("question `{question}`: a legal duty that no triage obligation lists in `evidenced_by` (add it to the obligation it evidences)"),
                    );
                }
            }
        }

        // Nothing is marked confirmed on a citation that is itself subject to confirmation.
        for (path, owner, cites) in &loaded.confirmed_claims {
            for citation in cites {
                let Some((source_confirmed, flagged)) = unconfirmed.get(citation.source.as_str())
                else {
                    continue;
                };
                let flagged = !source_confirmed
                    || citation
                        .provision
                        .as_deref()
                        .is_some_and(|p| flagged.contains(p));
                if flagged {
                    problems.add(
                        path,
                        format!("{owner}: marked confirmed but cites `{citation}`, which is subject to confirmation"),
                    );
                }
            }
        }

        for (path, question) in &loaded.date_refs {
            match index.get(question.as_str()) {
                Some(target) if matches!(target.shape, Shape::Other) => {}
                Some(_) => problems.add(
                    path,
                    format!("months_after: `{question}` is not a date question"),
                ),
                None if complete => {
                    problems.add(path, format!("months_after: unknown question `{question}`"))
                }
                None => {}
            }
        }

        for (path, citation) in &loaded.citations {
            match register.get(citation.source.as_str()) {
                None => problems.add(
                    path,
                    format!(
                        "citation `{citation}`: unknown source `{}`",
                        citation.source
                    ),
                ),
                Some(provisions) => {
                    if let Some(provision) = citation.provision.as_deref() {
                        if !provisions.contains(provision) {
                            problems.add(
                                path,
                                format!(
                                    "citation `{citation}`: source `{}` has no provision `{provision}`",
                                    citation.source
                                ),
                            );
                        }
                    }
                }
            }
        }

        for reference in &loaded.refs {
            let question = &reference.question;
            let Some(target) = index.get(question.as_str()) else {
                if complete {
                    problems.add(
                        &reference.path,
                        format!("condition: unknown question `{question}`"),
                    );
                }
                continue;
            };
            let readiness = Some(QuestionnaireKind::Readiness);
            if loaded.kind == readiness && target.kind == readiness {
                // Scores stay monotonic only if a readiness answer never shows or hides another readiness
                // question (docs/scoring.md §1).
                problems.add(
                    &reference.path,
                    format!("condition: refers to the readiness answer `{question}` (a readiness question's visibility may depend only on the profile, the triage answers, roles and tiers, so that raising one answer never changes which questions count)"),
                );
            }
            let later = match (target.kind, loaded.kind) {
                _ if loaded.kind == readiness && target.kind == readiness => false,
                _ if target.questionnaire == number => target.order >= reference.position,
                (Some(target_kind), Some(kind)) => target_kind >= kind,
                _ => false,
            };
            if later {
                problems.add(
                    &reference.path,
                    format!("condition: refers to `{question}`, which is not answered before this point (conditions may only name earlier questions: profile → triage → readiness)"),
                );
                continue;
            }
            match (&reference.test, target.shape) {
                (_, Shape::Unknown) | (Test::Answered, _) => {}
                (Test::Is(options), Shape::Choice(known)) => {
                    for option in options.iter().filter(|option| !known.contains(option)) {
                        problems.add(
                            &reference.path,
                            format!("condition: `{question}` has no option `{option}`"),
                        );
                    }
                }
                (Test::Is(_), _) => problems.add(
                    &reference.path,
                    format!("condition: `is` needs a choice question, and `{question}` is not one"),
                ),
                (Test::AtLeast(level), Shape::Scored(top)) => {
                    if let Some(top) = top.filter(|top| level > top) {
                        problems.add(
                            &reference.path,
                            format!("condition: at_least {level} is above the top level {top} of `{question}`"),
                        );
                    }
                }
                (Test::AtLeast(_), _) => problems.add(
                    &reference.path,
                    format!("condition: `at_least` needs a readiness question, and `{question}` is not one"),
                ),
            }
        }

        if let Some(kind) = loaded.kind.filter(|_| complete) {
            let visible: BTreeSet<&str> = facts_by_kind
                .range(..=kind)
                .flat_map(|(_, facts)| facts.iter().copied())
                .collect();
            for (path, fact) in &loaded.facts_used {
                if !visible.contains(fact.as_str()) {
                    problems.add(
                        path,
                        format!("condition: fact `{fact}` is never set by an option of this or an earlier questionnaire"),
                    );
                }
            }
        }

        for (path, question) in &loaded.evidenced_by {
            let readiness = index
                .get(question.as_str())
                .is_some_and(|target| target.kind == Some(QuestionnaireKind::Readiness));
            if complete && !readiness {
                problems.add(
                    path,
                    format!("evidenced_by: `{question}` is not a readiness question"),
                );
            }
        }
    }
}
