//! The catalog-aware check of a decoded assessment ([`check_against`]): questionnaire versions, answers to
//! questions that exist, answers of the kind each question takes, and evidence and plan entries for
//! readiness questions. Problems carry the same JSON pointers as decoding, into the document.
//!
//! Versions: the same major version with an older or equal minor (and any patch) is accepted, because minor
//! versions only add questions and patches only change wording; a different major version is reported, and
//! so is a newer minor version than the content's (it may hold answers this content cannot interpret).

use super::decode::at;
use super::problem::{Problem, ProblemKind};
use crate::domain::{
    AnswerValue, Answers, Assessment, Catalog, QuestionKind, Questionnaire, QuestionnaireKind,
    Text, Version,
};

/// Every problem of `assessment` against `catalog`; empty when it fits.
pub fn check_against(catalog: &Catalog, assessment: &Assessment) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (kind, version) in [
        (QuestionnaireKind::Profile, &assessment.versions.profile),
        (QuestionnaireKind::Triage, &assessment.versions.triage),
        (QuestionnaireKind::Readiness, &assessment.versions.readiness),
    ] {
        let Some(questionnaire) = catalog.questionnaire(kind) else {
            continue;
        };
        let path = at("/questionnaires", kind.id());
        let Some(document) = Version::parse(version) else {
            problems.push(Problem::new(
                path,
                ProblemKind::InvalidVersion {
                    value: version.clone(),
                },
            ));
            continue;
        };
        let content = questionnaire.version;
        let report = |kind: fn(String, String, String) -> ProblemKind| {
            Problem::new(
                path.clone(),
                kind(
                    questionnaire.id.clone(),
                    document.to_string(),
                    content.to_string(),
                ),
            )
        };
        if document.major != content.major {
            problems.push(report(|questionnaire, document, content| {
                ProblemKind::MajorMismatch {
                    questionnaire,
                    document,
                    content,
                }
            }));
        } else if document.minor > content.minor {
            problems.push(report(|questionnaire, document, content| {
                ProblemKind::NewerQuestionnaire {
                    questionnaire,
                    document,
                    content,
                }
            }));
        }
    }

    if let Some(profile) = catalog.profile() {
        check_answers(profile, &assessment.profile, "/profile", &mut problems);
    }
    if let Some(triage) = catalog.triage() {
        for (index, system) in assessment.systems.iter().enumerate() {
            let path = at(&at("/systems", index), "answers");
            check_answers(
                triage.questionnaire(),
                &system.answers,
                &path,
                &mut problems,
            );
        }
    }
    if let Some(readiness) = catalog.readiness() {
        check_answers(
            readiness,
            &assessment.readiness,
            "/readiness",
            &mut problems,
        );
        // Issue 11: a retired id is not unknown; its entries migrate (Catalog::migrate_retired).
        let known = |id: &str| {
            readiness.question(id).is_some() || readiness.retired.iter().any(|r| r.id == id)
        };
        for question in assessment.evidence.keys().filter(|q| !known(q)) {
            problems.push(Problem::new(
                at("/evidence", question),
                ProblemKind::EvidenceUnknownQuestion {
                    question: question.clone(),
                },
            ));
        }
        for question in assessment.plan.keys().filter(|q| !known(q)) {
            problems.push(Problem::new(
                at("/plan", question),
                ProblemKind::PlanUnknownQuestion {
                    question: question.clone(),
                },
            ));
        }
    }
    problems
}

/// What a question takes, for messages.
fn takes(kind: &QuestionKind) -> Text {
    match kind {
        QuestionKind::Scored(_) => Text::new(
            "một mức, \"không áp dụng\" hoặc \"không biết\"",
            "a level, \"not applicable\" or \"don't know\"",
        ),
        QuestionKind::Single(_) => Text::new(
            "một lựa chọn ({\"choice\": …}) hoặc \"không biết\"",
            "one option ({\"choice\": …}) or \"don't know\"",
        ),
        QuestionKind::Multi(_) => Text::new(
            "các lựa chọn ({\"choices\": […]}) hoặc \"không biết\"",
            "options ({\"choices\": […]}) or \"don't know\"",
        ),
        QuestionKind::Text => Text::new(
            "văn bản ({\"text\": …}) hoặc \"không biết\"",
            "text ({\"text\": …}) or \"don't know\"",
        ),
        QuestionKind::Date => Text::new(
            "một ngày ({\"date\": …}) hoặc \"không biết\"",
            "a date ({\"date\": …}) or \"don't know\"",
        ),
    }
}

fn check_answers(
    questionnaire: &Questionnaire,
    answers: &Answers,
    path: &str,
    problems: &mut Vec<Problem>,
) {
    let top = questionnaire.scale().map_or(0, |scale| scale.top());
    for (id, answer) in answers.iter() {
        let path = at(path, id);
        let Some(question) = questionnaire.question(id) else {
            if questionnaire.retired.iter().any(|r| r.id == id) {
                continue; // retired: migrates to its replacements (Catalog::migrate_retired)
            }
            problems.push(Problem::new(
                path,
                ProblemKind::UnknownQuestion {
                    question: id.to_string(),
                    questionnaire: questionnaire.id.clone(),
                },
            ));
            continue;
        };
        let question_id = || id.to_string();
        let mut unknown_options = |chosen: &[String], key: &str| {
            for (index, option) in chosen.iter().enumerate() {
                if question.option(option).is_none() {
                    let option_path = if key == "choice" {
                        at(&path, key)
                    } else {
                        at(&at(&path, key), index)
                    };
                    problems.push(Problem::new(
                        option_path,
                        ProblemKind::UnknownOption {
                            question: question_id(),
                            option: option.clone(),
                        },
                    ));
                }
            }
        };
        let fits = match (&question.kind, answer) {
            (_, AnswerValue::DontKnow) => true,
            (QuestionKind::Scored(_), AnswerValue::Level(level)) => {
                if *level > top {
                    problems.push(Problem::new(
                        at(&path, "level"),
                        ProblemKind::LevelOutOfScale {
                            question: question_id(),
                            level: *level,
                            top,
                        },
                    ));
                }
                true
            }
            (QuestionKind::Scored(scored), AnswerValue::NotApplicable { .. }) => {
                if !scored.na {
                    problems.push(Problem::new(
                        at(&path, "na"),
                        ProblemKind::NaNotAllowed {
                            question: question_id(),
                        },
                    ));
                }
                true
            }
            (QuestionKind::Single(_), AnswerValue::Choice(option)) => {
                unknown_options(std::slice::from_ref(option), "choice");
                true
            }
            (QuestionKind::Multi(_), AnswerValue::Choices(options)) => {
                unknown_options(options, "choices");
                true
            }
            (QuestionKind::Text, AnswerValue::Text(_))
            | (QuestionKind::Date, AnswerValue::Date(_)) => true,
            _ => false,
        };
        if !fits {
            problems.push(Problem::new(
                path.clone(),
                ProblemKind::WrongAnswerKind {
                    question: question_id(),
                    takes: takes(&question.kind),
                },
            ));
        }
    }
}
