//! `questionnaires/<id>.json` → [`Questionnaire`], checking everything that can be checked inside one file.
//!
//! What needs other files (citations, condition references, facts, `evidenced_by`, duplicate question ids)
//! is recorded in [`LoadedQuestionnaire`] and checked by [`super::cross`].

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::decode::{at, describe, id_of, is_fact, is_id, Problems};
use super::raw::{
    BandFile, ConditionFile, DeadlineFile, DutyFile, FindingFile, LevelFile, ListFile, ListRowFile,
    ListSectorFile, ObligationFile, OptionFile, QuestionFile, QuestionnaireFile, RetiredFile,
    ScaleFile, ScoringFile, SectionFile, TermFile, TierRuleFile, TransitionFile,
};
use crate::domain::{
    AnswerOption, Band, Citation, Condition, Date, Deadline, Duty, FindingRule, HighRiskList,
    ListRow, ListSector, Obligation, Principle, Question, QuestionKind, Questionnaire,
    QuestionnaireKind, Retired, Role, Scale, ScaleLevel, Scored, Scoring, Section, Spec, Term,
    Text, Tier, TierRule, TransitionDate, TransitionRule, TriageRules, Version,
};

/// Where a condition stands: conditions may only name questions before this position.
pub(crate) const AFTER_ALL_QUESTIONS: usize = usize::MAX;

/// One questionnaire file, converted as far as it goes, with what the cross-file checks need.
#[derive(Default)]
pub(crate) struct LoadedQuestionnaire {
    pub(crate) kind: Option<QuestionnaireKind>,
    pub(crate) id: Option<String>,
    /// `false` when the top level did not decode, so its questions and facts are not all known.
    pub(crate) complete: bool,
    /// Every question id found, in order (also for questions that did not convert).
    pub(crate) questions: Vec<Entry>,
    /// Question references made by conditions.
    pub(crate) refs: Vec<Reference>,
    /// Citations, with their paths.
    pub(crate) citations: Vec<(String, Citation)>,
    /// Facts tested by conditions, with their paths.
    pub(crate) facts_used: Vec<(String, String)>,
    /// Facts set by options.
    pub(crate) facts_set: BTreeSet<String>,
    /// `evidenced_by` entries, with their paths.
    pub(crate) evidenced_by: Vec<(String, String)>,
    /// Readiness questions that carry a legal duty: (path, id). Each must be evidenced by an obligation.
    pub(crate) duties: Vec<(String, String)>,
    /// Things marked confirmed (transition rules, List rows): (path, owner, citations). None of the cited
    /// sources or provisions may be subject to confirmation.
    pub(crate) confirmed_claims: Vec<(String, String, Vec<Citation>)>,
    /// `date` questions named by `months_after`: (path, question).
    pub(crate) date_refs: Vec<(String, String)>,
    /// The questionnaire, when the file has no problems of its own.
    pub(crate) questionnaire: Option<Questionnaire>,
}

/// A question as the cross-file checks see it.
pub(crate) struct Entry {
    pub(crate) id: String,
    pub(crate) path: String,
    pub(crate) order: usize,
    pub(crate) shape: Shape,
}

/// What answers a question takes.
pub(crate) enum Shape {
    /// A readiness question on a scale whose top level is given.
    Scored(Option<u8>),
    /// A choice question with these option ids.
    Choice(Vec<String>),
    /// Free text or a date.
    Other,
    /// It did not convert; references to it are not checked further.
    Unknown,
}

/// A condition's reference to a question.
pub(crate) struct Reference {
    pub(crate) path: String,
    pub(crate) question: String,
    pub(crate) test: Test,
    pub(crate) position: usize,
}

/// What the condition tests.
pub(crate) enum Test {
    Is(Vec<String>),
    AtLeast(u8),
    Answered,
}

/// Converts one parsed questionnaire file.
pub(crate) fn read_questionnaire(
    value: &Value,
    stem: &str,
    problems: &mut Problems,
) -> LoadedQuestionnaire {
    let start = problems.list.len();
    let mut reader = Reader {
        problems,
        kind: None,
        option_sets: BTreeMap::new(),
        scale_top: None,
        out: LoadedQuestionnaire {
            complete: true,
            ..LoadedQuestionnaire::default()
        },
    };
    let questionnaire = reader.questionnaire(value, stem);
    let Reader { problems, out, .. } = reader;
    let mut out = out;
    if problems.list.len() == start {
        out.questionnaire = questionnaire;
    }
    out
}

struct Reader<'p> {
    problems: &'p mut Problems,
    kind: Option<QuestionnaireKind>,
    option_sets: BTreeMap<String, Vec<AnswerOption>>,
    scale_top: Option<u8>,
    out: LoadedQuestionnaire,
}

impl Reader<'_> {
    fn questionnaire(&mut self, value: &Value, stem: &str) -> Option<Questionnaire> {
        let owner = format!("questionnaire `{}`", id_of(value).unwrap_or(stem));
        let Some(raw) = self.problems.decode::<QuestionnaireFile>(value, "", &owner) else {
            self.out.complete = false;
            self.index_broken(value);
            return None;
        };
        match raw.format {
            Some(1) => {}
            Some(other) => self.problems.add(
                "/format",
                format!("{owner}: unknown format {other} (expected 1)"),
            ),
            None => self
                .problems
                .add("/format", format!("{owner}: missing `format`")),
        }
        let id = self
            .problems
            .required(raw.id, "/id", &owner)
            .unwrap_or_default();
        if !id.is_empty() && !is_id(&id) {
            self.problems
                .add("/id", format!("{owner}: `{id}` is not a lowercase id"));
        }
        if !id.is_empty() && id != stem {
            self.problems.add(
                "/id",
                format!("{owner}: id `{id}` does not match the file name `{stem}.json`"),
            );
        }
        self.out.id = Some(id.clone()).filter(|id| !id.is_empty());
        let version = self
            .problems
            .required(raw.version, "/version", &owner)
            .and_then(|text| {
                let version = Version::parse(&text);
                if version.is_none() {
                    self.problems.add(
                        "/version",
                        format!("{owner}: version `{text}` is not MAJOR.MINOR.PATCH"),
                    );
                }
                version
            });
        self.kind = self
            .problems
            .required(raw.kind, "/kind", &owner)
            .and_then(|kind| {
                let parsed = QuestionnaireKind::from_id(&kind);
                if parsed.is_none() {
                    self.problems.add(
                        "/kind",
                        format!("{owner}: unknown kind `{kind}` (profile, triage or readiness)"),
                    );
                }
                parsed
            });
        self.out.kind = self.kind;
        let title = self.problems.text(raw.title.as_ref(), "/title", &owner);
        let description =
            self.problems
                .optional_text(raw.description.as_ref(), "/description", &owner);

        let kind = self.kind;
        let is = |wanted| kind == Some(wanted);
        let misplaced = [
            ("scale", raw.scale.is_some(), QuestionnaireKind::Readiness),
            (
                "scoring",
                raw.scoring.is_some(),
                QuestionnaireKind::Readiness,
            ),
            ("tiers", raw.tiers.is_some(), QuestionnaireKind::Triage),
            (
                "transition",
                raw.transition.is_some(),
                QuestionnaireKind::Triage,
            ),
            (
                "obligations",
                raw.obligations.is_some(),
                QuestionnaireKind::Triage,
            ),
            (
                "findings",
                raw.findings.is_some(),
                QuestionnaireKind::Triage,
            ),
            (
                "high_risk_list",
                raw.high_risk_list.is_some(),
                QuestionnaireKind::Triage,
            ),
            (
                "glossary",
                raw.glossary.is_some(),
                QuestionnaireKind::Triage,
            ),
        ];
        for (field, present, only) in misplaced {
            if present && kind.is_some() && !is(only) {
                self.problems.add(
                    &at("", field),
                    format!(
                        "{owner}: `{field}` is only allowed in a {} questionnaire",
                        only.id()
                    ),
                );
            }
        }

        for (name, set) in raw.option_sets.iter().flatten() {
            let path = at("/option_sets", name);
            if !is_id(name) {
                self.problems.add(
                    &path,
                    format!("{owner}: option set name `{name}` is not a lowercase id"),
                );
            }
            let owner = format!("option set `{name}`");
            let options = self.options(set, &path, &owner);
            self.option_sets.insert(name.clone(), options);
        }

        let mut readiness = None;
        if is(QuestionnaireKind::Readiness) {
            let scale = self
                .problems
                .required(raw.scale.as_ref(), "/scale", &owner)
                .and_then(|value| self.scale(value, &owner));
            self.scale_top = scale.as_ref().map(Scale::top);
            let scoring = self
                .problems
                .required(raw.scoring.as_ref(), "/scoring", &owner)
                .and_then(|value| self.scoring(value, scale.as_ref(), &owner));
            readiness = scale.zip(scoring);
        }

        let raw_sections = self
            .problems
            .required(raw.sections, "/sections", &owner)
            .unwrap_or_default();
        if raw_sections.is_empty() && value.get("sections").is_some() {
            self.problems
                .add("/sections", format!("{owner}: has no sections"));
        }
        let mut sections = Vec::new();
        let mut section_ids = BTreeSet::new();
        for (index, value) in raw_sections.iter().enumerate() {
            let path = at("/sections", index);
            if let Some(section) = self.section(value, &path) {
                if !section_ids.insert(section.id.clone()) {
                    self.problems.add(
                        &at(&path, "id"),
                        format!("{owner}: duplicate section id `{}`", section.id),
                    );
                }
                sections.push(section);
            }
        }

        let spec = match self.kind? {
            QuestionnaireKind::Profile => Spec::Profile,
            QuestionnaireKind::Triage => {
                let mut rules = self.triage_rules(
                    raw.tiers,
                    raw.transition.unwrap_or_default(),
                    raw.obligations.unwrap_or_default(),
                    &owner,
                )?;
                rules.findings = self.findings(raw.findings.unwrap_or_default());
                rules.list = raw
                    .high_risk_list
                    .as_ref()
                    .and_then(|value| self.high_risk_list(value))
                    .map(Box::new);
                rules.glossary = self.glossary(raw.glossary.unwrap_or_default());
                Spec::Triage(rules)
            }
            QuestionnaireKind::Readiness => {
                let (scale, scoring) = readiness?;
                Spec::Readiness { scale, scoring }
            }
        };
        let mut retired: Vec<Retired> = Vec::new();
        for (index, value) in raw.retired.iter().flatten().enumerate() {
            let path = at("/retired", index);
            let owner = format!("retired question `{}`", id_of(value).unwrap_or("?"));
            let Some(item) = self.problems.decode::<RetiredFile>(value, &path, &owner) else {
                continue;
            };
            let note = self
                .problems
                .text(item.note.as_ref(), &at(&path, "note"), &owner);
            let Some(old) = self.problems.required(item.id, &at(&path, "id"), &owner) else {
                continue;
            };
            if self.out.questions.iter().any(|q| q.id == old) {
                self.problems.add(
                    &at(&path, "id"),
                    format!("{owner}: a retired id may not be used again"),
                );
            }
            let replaced_by = item.replaced_by.unwrap_or_default();
            for (n, new) in replaced_by.iter().enumerate() {
                if !self.out.questions.iter().any(|q| &q.id == new) {
                    self.problems.add(
                        &at(&at(&path, "replaced_by"), n),
                        format!("{owner}: `{new}` is not a question of this questionnaire"),
                    );
                }
            }
            retired.push(Retired {
                id: old,
                replaced_by,
                note,
            });
        }
        Some(Questionnaire {
            id,
            version: version?,
            title,
            description,
            sections,
            spec,
            retired,
        })
    }

    /// Records the question ids of a file whose top level did not decode, so references do not cascade.
    fn index_broken(&mut self, value: &Value) {
        let sections = value.get("sections").and_then(Value::as_array);
        for (s, section) in sections.into_iter().flatten().enumerate() {
            let questions = section.get("questions").and_then(Value::as_array);
            for (q, question) in questions.into_iter().flatten().enumerate() {
                if let Some(id) = id_of(question) {
                    let order = self.out.questions.len();
                    self.out.questions.push(Entry {
                        id: id.to_string(),
                        path: format!("/sections/{s}/questions/{q}"),
                        order,
                        shape: Shape::Unknown,
                    });
                }
            }
        }
    }

    fn scale(&mut self, value: &Value, owner: &str) -> Option<Scale> {
        let raw = self.problems.decode::<ScaleFile>(value, "/scale", owner)?;
        let raw_levels = self.problems.required(raw.levels, "/scale/levels", owner)?;
        if raw_levels.len() < 2 || raw_levels.len() > 11 {
            self.problems.add(
                "/scale/levels",
                format!(
                    "{owner}: the scale needs 2 to 11 levels, found {}",
                    raw_levels.len()
                ),
            );
            return None;
        }
        let mut levels = Vec::new();
        for (index, value) in raw_levels.iter().enumerate() {
            let path = at("/scale/levels", index);
            let owner = format!("scale level {index}");
            let Some(raw) = self.problems.decode::<LevelFile>(value, &path, &owner) else {
                continue;
            };
            let label = self
                .problems
                .text(raw.label.as_ref(), &at(&path, "label"), &owner);
            match self.problems.required(raw.value, &at(&path, "value"), &owner) {
                Some(value) if value == index as i64 => levels.push(ScaleLevel {
                    value: index as u8,
                    label,
                }),
                Some(value) => self.problems.add(
                    &at(&path, "value"),
                    format!("{owner}: value {value} out of order (levels are numbered 0, 1, 2, … in order)"),
                ),
                None => {}
            }
        }
        (levels.len() == raw_levels.len()).then_some(Scale { levels })
    }

    fn scoring(&mut self, value: &Value, scale: Option<&Scale>, owner: &str) -> Option<Scoring> {
        let raw = self
            .problems
            .decode::<ScoringFile>(value, "/scoring", owner)?;
        let raw_bands = self
            .problems
            .required(raw.bands, "/scoring/bands", owner)
            .unwrap_or_default();
        if raw_bands.is_empty() && value.get("bands").is_some() {
            self.problems
                .add("/scoring/bands", format!("{owner}: scoring has no bands"));
        }
        let mut bands: Vec<Band> = Vec::new();
        for (index, value) in raw_bands.iter().enumerate() {
            let path = at("/scoring/bands", index);
            let owner = format!("band `{}`", id_of(value).unwrap_or("?"));
            let Some(raw) = self.problems.decode::<BandFile>(value, &path, &owner) else {
                continue;
            };
            let id = self.problems.required(raw.id, &at(&path, "id"), &owner);
            let label = self
                .problems
                .text(raw.label.as_ref(), &at(&path, "label"), &owner);
            let min = self.problems.required(raw.min, &at(&path, "min"), &owner);
            let (Some(id), Some(min)) = (id, min) else {
                continue;
            };
            let taken = bands.iter().any(|band| band.id == id);
            self.problems
                .check_id(&at(&path, "id"), &owner, &id, "band", taken);
            let previous = bands.last().map(|band| band.min);
            let ascending = match previous {
                None => min == 0.0,
                Some(previous) => min > previous && min <= 100.0,
            };
            if !ascending {
                self.problems.add(
                    &at(&path, "min"),
                    format!(
                        "{owner}: min {min} breaks the order (bands ascend from 0 to at most 100)"
                    ),
                );
            } else if !is_tenth(min) {
                // Model 2 compares the exact index with a minimum in tenths (docs/scoring.md §4).
                self.problems.add(
                    &at(&path, "min"),
                    format!("{owner}: min {min} has more than one decimal"),
                );
            }
            bands.push(Band { id, min, label });
        }
        let gate_band = self
            .problems
            .required(raw.gate_band, "/scoring/gate_band", owner)?;
        if !bands.iter().any(|band| band.id == gate_band) {
            self.problems.add(
                "/scoring/gate_band",
                format!("{owner}: gate_band `{gate_band}` is not a band"),
            );
        }
        let evidence_level =
            self.problems
                .required(raw.evidence_level, "/scoring/evidence_level", owner)?;
        let top = scale.map_or(0, Scale::top) as i64;
        if scale.is_some() && !(0..=top).contains(&evidence_level) {
            self.problems.add(
                "/scoring/evidence_level",
                format!("{owner}: evidence_level {evidence_level} is not a level of the scale (0–{top})"),
            );
        }
        let mut percent = |value: Option<i64>, name: &str| -> Option<u8> {
            let path = format!("/scoring/{name}");
            let value = self.problems.required(value, &path, owner)?;
            if !(0..=100).contains(&value) {
                self.problems.add(
                    &path,
                    format!("{owner}: {name} {value} is not a percentage (a whole number from 0 to 100)"),
                );
                return None;
            }
            Some(value as u8)
        };
        let max_not_applicable_percent =
            percent(raw.max_not_applicable_percent, "max_not_applicable_percent");
        let max_dont_know_percent = percent(raw.max_dont_know_percent, "max_dont_know_percent");
        Some(Scoring {
            bands,
            gate_band,
            evidence_level: evidence_level.clamp(0, 255) as u8,
            max_not_applicable_percent: max_not_applicable_percent?,
            max_dont_know_percent: max_dont_know_percent?,
        })
    }

    fn options(&mut self, value: &Value, path: &str, owner: &str) -> Vec<AnswerOption> {
        let Some(list) = value.as_array() else {
            self.problems.add(
                path,
                format!("{owner}: options must be a list, found {}", describe(value)),
            );
            return Vec::new();
        };
        if list.is_empty() {
            self.problems.add(path, format!("{owner}: has no options"));
        }
        let mut options: Vec<AnswerOption> = Vec::new();
        for (index, value) in list.iter().enumerate() {
            let path = at(path, index);
            let owner = format!("option `{}` of {owner}", id_of(value).unwrap_or("?"));
            let Some(raw) = self.problems.decode::<OptionFile>(value, &path, &owner) else {
                continue;
            };
            let Some(id) = self.problems.required(raw.id, &at(&path, "id"), &owner) else {
                continue;
            };
            let taken = options.iter().any(|option| option.id == id);
            self.problems
                .check_id(&at(&path, "id"), &owner, &id, "option", taken);
            let label = self
                .problems
                .text(raw.label.as_ref(), &at(&path, "label"), &owner);
            let facts = raw.facts.unwrap_or_default();
            for (index, fact) in facts.iter().enumerate() {
                if is_fact(fact) {
                    self.out.facts_set.insert(fact.clone());
                } else {
                    self.problems.add(
                        &at(&at(&path, "facts"), index),
                        format!("{owner}: fact name `{fact}` is not [a-z0-9_.]+"),
                    );
                }
            }
            options.push(AnswerOption { id, label, facts });
        }
        options
    }

    fn section(&mut self, value: &Value, path: &str) -> Option<Section> {
        let owner = format!("section `{}`", id_of(value).unwrap_or("?"));
        let Some(raw) = self.problems.decode::<SectionFile>(value, path, &owner) else {
            self.index_questions_of(value, path);
            return None;
        };
        let id = self
            .problems
            .required(raw.id, &at(path, "id"), &owner)
            .unwrap_or_default();
        if !id.is_empty() {
            self.problems
                .check_id(&at(path, "id"), &owner, &id, "", false);
        }
        let title = self
            .problems
            .text(raw.title.as_ref(), &at(path, "title"), &owner);
        let description =
            self.problems
                .optional_text(raw.description.as_ref(), &at(path, "description"), &owner);
        let readiness = self.kind == Some(QuestionnaireKind::Readiness);
        let mut principle = None;
        let mut weight = None;
        if readiness {
            principle = self
                .problems
                .required(raw.principle, &at(path, "principle"), &owner)
                .and_then(|text| {
                    let parsed = Principle::from_id(&text);
                    if parsed.is_none() {
                        self.problems.add(
                            &at(path, "principle"),
                            format!("{owner}: unknown principle `{text}`"),
                        );
                    }
                    parsed
                });
            weight = self
                .problems
                .required(raw.weight, &at(path, "weight"), &owner);
            if let Some(weight) = weight.filter(|weight| *weight <= 0.0 || !weight.is_finite()) {
                self.problems.add(
                    &at(path, "weight"),
                    format!("{owner}: weight {weight} must be a positive number"),
                );
            }
        } else if self.kind.is_some() {
            for (field, present) in [
                ("principle", raw.principle.is_some()),
                ("weight", raw.weight.is_some()),
            ] {
                if present {
                    self.problems.add(
                        &at(path, field),
                        format!("{owner}: `{field}` is only allowed in readiness sections"),
                    );
                }
            }
        }
        let raw_questions = self
            .problems
            .required(raw.questions, &at(path, "questions"), &owner)
            .unwrap_or_default();
        if raw_questions.is_empty() && value.get("questions").is_some() {
            self.problems
                .add(&at(path, "questions"), format!("{owner}: has no questions"));
        }
        let questions = raw_questions
            .iter()
            .enumerate()
            .filter_map(|(index, value)| self.question(value, &at(&at(path, "questions"), index)))
            .collect();
        Some(Section {
            id,
            title,
            description,
            principle,
            weight,
            questions,
        })
    }

    fn index_questions_of(&mut self, section: &Value, path: &str) {
        let questions = section.get("questions").and_then(Value::as_array);
        for (index, question) in questions.into_iter().flatten().enumerate() {
            if let Some(id) = id_of(question) {
                let order = self.out.questions.len();
                self.out.questions.push(Entry {
                    id: id.to_string(),
                    path: at(&at(path, "questions"), index),
                    order,
                    shape: Shape::Unknown,
                });
            }
        }
    }

    fn question(&mut self, value: &Value, path: &str) -> Option<Question> {
        let order = self.out.questions.len();
        let owner = format!("question `{}`", id_of(value).unwrap_or("?"));
        if let Some(id) = id_of(value) {
            self.out.questions.push(Entry {
                id: id.to_string(),
                path: path.to_string(),
                order,
                shape: Shape::Unknown,
            });
        }
        let raw = self.problems.decode::<QuestionFile>(value, path, &owner)?;
        let id = self
            .problems
            .required(raw.id.clone(), &at(path, "id"), &owner)?;
        let well_formed =
            is_id(&id) && id.split('.').count() >= 2 && id.split('.').all(|p| !p.is_empty());
        if !well_formed {
            self.problems.add(
                &at(path, "id"),
                format!("{owner}: `{id}` is not a lowercase `<section>.<slug>` id"),
            );
        }
        let text = self
            .problems
            .text(raw.text.as_ref(), &at(path, "text"), &owner);
        let readiness = self.kind == Some(QuestionnaireKind::Readiness);
        let help = if readiness {
            Some(
                self.problems
                    .text(raw.help.as_ref(), &at(path, "help"), &owner),
            )
        } else {
            self.problems
                .optional_text(raw.help.as_ref(), &at(path, "help"), &owner)
        };
        let applies_if = raw
            .applies_if
            .as_ref()
            .and_then(|value| self.condition(value, &at(path, "applies_if"), order));
        let cites = self.cites(raw.cites.as_deref(), &at(path, "cites"), &owner, readiness);

        let (kind, shape) = if readiness {
            for (field, present) in [
                ("type", raw.kind.is_some()),
                ("options", raw.options.is_some()),
            ] {
                if present {
                    self.problems.add(
                        &at(path, field),
                        format!("{owner}: `{field}` is not used in readiness questions (they are all scored on the scale)"),
                    );
                }
            }
            let scored = self.scored(&raw, path, &owner);
            if scored.as_ref().is_some_and(|scored| scored.duty.is_some()) {
                self.out.duties.push((at(path, "duty"), id.clone()));
            }
            (
                scored.map(|s| QuestionKind::Scored(Box::new(s))),
                Shape::Scored(self.scale_top),
            )
        } else {
            let only_readiness = [
                ("evidence", raw.evidence.is_some()),
                ("action", raw.action.is_some()),
                ("levels", raw.levels.is_some()),
                ("na", raw.na.is_some()),
                ("weight", raw.weight.is_some()),
                ("duty", raw.duty.is_some()),
                ("recommendations", raw.recommendations.is_some()),
            ];
            for (field, present) in only_readiness {
                if present && self.kind.is_some() {
                    self.problems.add(
                        &at(path, field),
                        format!("{owner}: `{field}` is only used in readiness questions"),
                    );
                }
            }
            self.typed(&raw, path, &owner)
        };
        if let Some(entry) = self.out.questions.get_mut(order) {
            entry.shape = shape;
        }
        Some(Question {
            id,
            text,
            help,
            cites,
            applies_if,
            kind: kind?,
        })
    }

    fn typed(
        &mut self,
        raw: &QuestionFile,
        path: &str,
        owner: &str,
    ) -> (Option<QuestionKind>, Shape) {
        let Some(kind) = self
            .problems
            .required(raw.kind.as_deref(), &at(path, "type"), owner)
        else {
            return (None, Shape::Unknown);
        };
        let choice = matches!(kind, "single" | "multi");
        if !choice && raw.options.is_some() {
            self.problems.add(
                &at(path, "options"),
                format!("{owner}: a `{kind}` question has no options"),
            );
        }
        // `None` when the options are unknown (then references to them are not checked).
        let options = if choice {
            match raw.options.as_ref() {
                None => {
                    self.problems
                        .add(&at(path, "options"), format!("{owner}: missing `options`"));
                    None
                }
                Some(Value::String(name)) => {
                    let set = self.option_sets.get(name).cloned();
                    if set.is_none() {
                        self.problems.add(
                            &at(path, "options"),
                            format!("{owner}: unknown option set `{name}`"),
                        );
                    }
                    set
                }
                Some(value) => Some(self.options(value, &at(path, "options"), owner)),
            }
        } else {
            None
        };
        let shape = match &options {
            Some(options) => {
                Shape::Choice(options.iter().map(|option| option.id.clone()).collect())
            }
            None => Shape::Unknown,
        };
        let options = options.unwrap_or_default();
        match kind {
            "single" => (Some(QuestionKind::Single(options)), shape),
            "multi" => (Some(QuestionKind::Multi(options)), shape),
            "text" => (Some(QuestionKind::Text), Shape::Other),
            "date" => (Some(QuestionKind::Date), Shape::Other),
            other => {
                self.problems.add(
                    &at(path, "type"),
                    format!("{owner}: unknown type `{other}` (single, multi, text or date)"),
                );
                (None, Shape::Unknown)
            }
        }
    }

    fn scored(&mut self, raw: &QuestionFile, path: &str, owner: &str) -> Option<Scored> {
        let evidence = self
            .problems
            .text(raw.evidence.as_ref(), &at(path, "evidence"), owner);
        let action = self
            .problems
            .text(raw.action.as_ref(), &at(path, "action"), owner);
        for (lang, text) in [("vi", &action.vi), ("en", &action.en)] {
            if text.trim_end().ends_with('?') {
                self.problems.add(
                    &at(&at(path, "action"), lang),
                    format!("{owner}: an action title says what to do; it is not a question"),
                );
            }
        }
        let levels_expected = self.scale_top.map(|top| top as usize + 1);
        let mut texts =
            |field: &str, list: Option<&Vec<Value>>, expected: Option<usize>, what: &str| {
                let list_path = at(path, field);
                let Some(list) = self.problems.required(list, &list_path, owner) else {
                    return Vec::new();
                };
                if let Some(expected) = expected.filter(|expected| *expected != list.len()) {
                    self.problems.add(
                        &list_path,
                        format!(
                            "{owner}: {} {field}, expected {expected} ({what})",
                            list.len()
                        ),
                    );
                }
                list.iter()
                    .enumerate()
                    .map(|(index, value)| {
                        self.problems
                            .text(Some(value), &at(&list_path, index), owner)
                    })
                    .collect::<Vec<Text>>()
            };
        let levels = texts(
            "levels",
            raw.levels.as_ref(),
            levels_expected,
            "one per level of the scale",
        );
        let recommendations = texts(
            "recommendations",
            raw.recommendations.as_ref(),
            levels_expected.map(|n| n - 1),
            "one per level below the top",
        );
        let weight = self
            .problems
            .required(raw.weight, &at(path, "weight"), owner);
        if let Some(weight) = weight.filter(|weight| !(1..=3).contains(weight)) {
            self.problems.add(
                &at(path, "weight"),
                format!("{owner}: weight {weight} is not 1, 2 or 3"),
            );
        }
        let duty = raw
            .duty
            .as_ref()
            .and_then(|value| self.duty(value, &at(path, "duty"), owner));
        Some(Scored {
            evidence,
            action,
            levels,
            na: raw.na.unwrap_or(false),
            weight: weight?.clamp(1, 3) as u8,
            duty,
            recommendations,
        })
    }

    fn duty(&mut self, value: &Value, path: &str, owner: &str) -> Option<Duty> {
        let raw = self.problems.decode::<DutyFile>(value, path, owner)?;
        let roles = self.roles(raw.roles.as_deref(), &at(path, "roles"), owner);
        let tiers = self.tiers(raw.tiers.as_deref(), &at(path, "tiers"), owner);
        let when = raw.when.as_ref().and_then(|value| {
            let path = at(path, "when");
            let condition = self.condition(value, &path, AFTER_ALL_QUESTIONS)?;
            let mut facts_only = true;
            condition.walk(&mut |c| {
                facts_only &= matches!(c, Condition::All(_) | Condition::Any(_) | Condition::Not(_) | Condition::Fact(_));
            });
            if !facts_only {
                self.problems.add(
                    &path,
                    format!("{owner}: a duty's `when` may only test facts (`fact`, `all`, `any`, `not`): it is tested on each system's facts"),
                );
            }
            Some(condition)
        });
        Some(Duty { roles, tiers, when })
    }

    fn roles(&mut self, ids: Option<&[String]>, path: &str, owner: &str) -> Vec<Role> {
        let Some(ids) = self.problems.required(ids, path, owner) else {
            return Vec::new();
        };
        if ids.is_empty() {
            self.problems
                .add(path, format!("{owner}: the list of roles is empty"));
        }
        let mut roles = Vec::new();
        for (index, id) in ids.iter().enumerate() {
            match Role::from_id(id) {
                Some(role) => roles.push(role),
                None => self.problems.add(
                    &at(path, index),
                    format!("{owner}: unknown role `{id}` (developer, provider, deployer or user)"),
                ),
            }
        }
        roles
    }

    fn tiers(&mut self, ids: Option<&[String]>, path: &str, owner: &str) -> Vec<Tier> {
        let Some(ids) = self.problems.required(ids, path, owner) else {
            return Vec::new();
        };
        if ids.is_empty() {
            self.problems
                .add(path, format!("{owner}: the list of tiers is empty"));
        }
        let mut tiers = Vec::new();
        for (index, id) in ids.iter().enumerate() {
            match Tier::from_id(id) {
                Some(tier) => tiers.push(tier),
                None => self
                    .problems
                    .add(&at(path, index), format!("{owner}: unknown tier `{id}`")),
            }
        }
        tiers
    }

    fn cites(
        &mut self,
        texts: Option<&[String]>,
        path: &str,
        owner: &str,
        required: bool,
    ) -> Vec<Citation> {
        let texts = texts.unwrap_or_default();
        if required && texts.is_empty() {
            self.problems.add(
                path,
                format!("{owner}: cites nothing (at least one citation is required)"),
            );
        }
        let mut cites = Vec::new();
        for (index, text) in texts.iter().enumerate() {
            let path = at(path, index);
            match Citation::parse(text) {
                Some(citation) => {
                    self.out.citations.push((path, citation.clone()));
                    cites.push(citation);
                }
                None => self.problems.add(
                    &path,
                    format!("{owner}: `{text}` is not a citation (`source-id#provision-id` or `source-id`)"),
                ),
            }
        }
        cites
    }

    fn condition(&mut self, value: &Value, path: &str, position: usize) -> Option<Condition> {
        let owner = "condition";
        let raw = self.problems.decode::<ConditionFile>(value, path, owner)?;
        let forms = [
            ("all", raw.all.is_some()),
            ("any", raw.any.is_some()),
            ("not", raw.not.is_some()),
            ("fact", raw.fact.is_some()),
            ("role", raw.role.is_some()),
            ("tier", raw.tier.is_some()),
            ("answer", raw.answer.is_some()),
            ("answered", raw.answered.is_some()),
        ];
        let present: Vec<&str> = forms.iter().filter(|(_, p)| *p).map(|(f, _)| *f).collect();
        match present.as_slice() {
            [] => {
                self.problems.add(
                    path,
                    "condition: empty (use one of all, any, not, fact, role, tier, answer, answered)",
                );
                return None;
            }
            [_] => {}
            many => {
                self.problems.add(
                    path,
                    format!(
                        "condition: mixes {} (use one form per object, combined with `all`/`any`)",
                        many.iter()
                            .map(|f| format!("`{f}`"))
                            .collect::<Vec<_>>()
                            .join(" and ")
                    ),
                );
                return None;
            }
        }
        if raw.answer.is_none() {
            for (field, present) in [
                ("is", raw.is.is_some()),
                ("at_least", raw.at_least.is_some()),
            ] {
                if present {
                    self.problems.add(
                        &at(path, field),
                        format!("condition: `{field}` only goes with `answer`"),
                    );
                }
            }
        }
        let list = |key: &str, values: &[Value], reader: &mut Self| -> Vec<Condition> {
            values
                .iter()
                .enumerate()
                .filter_map(|(index, value)| {
                    reader.condition(value, &at(&at(path, key), index), position)
                })
                .collect()
        };
        if let Some(values) = &raw.all {
            return Some(Condition::All(list("all", values, self)));
        }
        if let Some(values) = &raw.any {
            return Some(Condition::Any(list("any", values, self)));
        }
        if let Some(value) = &raw.not {
            return self
                .condition(value, &at(path, "not"), position)
                .map(|inner| Condition::Not(Box::new(inner)));
        }
        if let Some(fact) = raw.fact {
            if is_fact(&fact) {
                self.out.facts_used.push((at(path, "fact"), fact.clone()));
            } else {
                self.problems.add(
                    &at(path, "fact"),
                    format!("condition: fact name `{fact}` is not [a-z0-9_.]+"),
                );
            }
            return Some(Condition::Fact(fact));
        }
        let before_systems = matches!(
            self.kind,
            Some(QuestionnaireKind::Profile | QuestionnaireKind::Triage)
        );
        if let Some(ids) = raw.role {
            if before_systems {
                self.role_or_tier_misused("role", path);
            }
            return Some(Condition::Role(self.roles(
                Some(&ids),
                &at(path, "role"),
                owner,
            )));
        }
        if let Some(ids) = raw.tier {
            if before_systems {
                self.role_or_tier_misused("tier", path);
            }
            return Some(Condition::Tier(self.tiers(
                Some(&ids),
                &at(path, "tier"),
                owner,
            )));
        }
        if let Some(question) = raw.answered {
            self.reference(&at(path, "answered"), &question, Test::Answered, position);
            return Some(Condition::Answered(question));
        }
        let question = raw.answer?;
        let answer_path = at(path, "answer");
        match (raw.is, raw.at_least) {
            (Some(options), None) => {
                if options.is_empty() {
                    self.problems.add(
                        &at(path, "is"),
                        format!("condition on `{question}`: `is` is empty"),
                    );
                }
                self.reference(&answer_path, &question, Test::Is(options.clone()), position);
                Some(Condition::AnswerIs { question, options })
            }
            (None, Some(level)) => {
                let Ok(level) = u8::try_from(level) else {
                    self.problems.add(
                        &at(path, "at_least"),
                        format!("condition on `{question}`: at_least {level} is not a level"),
                    );
                    return None;
                };
                self.reference(&answer_path, &question, Test::AtLeast(level), position);
                Some(Condition::AnswerAtLeast { question, level })
            }
            (None, None) => {
                self.problems.add(
                    path,
                    format!("condition on `{question}`: `answer` needs `is` or `at_least`"),
                );
                None
            }
            (Some(_), Some(_)) => {
                self.problems.add(
                    path,
                    format!("condition on `{question}`: use either `is` or `at_least`, not both"),
                );
                None
            }
        }
    }

    fn role_or_tier_misused(&mut self, form: &str, path: &str) {
        let kind = self.kind.map_or("", QuestionnaireKind::id);
        self.problems.add(
            &at(path, form),
            format!("condition: `{form}` cannot be used in the {kind} (roles and tiers come from the triage result; test the system's facts instead)"),
        );
    }

    fn reference(&mut self, path: &str, question: &str, test: Test, position: usize) {
        self.out.refs.push(Reference {
            path: path.to_string(),
            question: question.to_string(),
            test,
            position,
        });
    }

    fn triage_rules(
        &mut self,
        tiers: Option<Vec<Value>>,
        transition: Vec<Value>,
        obligations: Vec<Value>,
        owner: &str,
    ) -> Option<TriageRules> {
        let tiers = self
            .problems
            .required(tiers, "/tiers", owner)
            .unwrap_or_default();
        let mut tier_rules = Vec::new();
        for (index, value) in tiers.iter().enumerate() {
            let path = at("/tiers", index);
            let owner = format!("tier rule {index}");
            let Some(raw) = self.problems.decode::<TierRuleFile>(value, &path, &owner) else {
                continue;
            };
            let tier = self
                .problems
                .required(raw.tier, &at(&path, "tier"), &owner)
                .and_then(|id| {
                    let tier = Tier::from_id(&id);
                    if tier.is_none() {
                        self.problems
                            .add(&at(&path, "tier"), format!("{owner}: unknown tier `{id}`"));
                    }
                    tier
                });
            let owner = format!("tier rule {index} (`{}`)", tier.map_or("?", Tier::id));
            let when = self
                .problems
                .required(raw.when.as_ref(), &at(&path, "when"), &owner)
                .and_then(|value| self.condition(value, &at(&path, "when"), AFTER_ALL_QUESTIONS));
            let reason = self
                .problems
                .text(raw.reason.as_ref(), &at(&path, "reason"), &owner);
            let cites = self.cites(raw.cites.as_deref(), &at(&path, "cites"), &owner, false);
            if let (Some(tier), Some(when)) = (tier, when) {
                tier_rules.push((
                    index,
                    TierRule {
                        tier,
                        when,
                        reason,
                        cites,
                    },
                ));
            }
        }
        if tiers.is_empty() {
            self.problems
                .add("/tiers", format!("{owner}: has no tier rules"));
        } else if let Some((index, last)) = tier_rules.last() {
            if *index == tiers.len() - 1 && !last.when.is_unconditional() {
                self.problems.add(
                    &at(&at("/tiers", index), "when"),
                    format!(
                        "{owner}: the last tier rule (`{}`) must always hold (use {{\"all\": []}})",
                        last.tier.id()
                    ),
                );
            }
        }

        let mut transitions: Vec<TransitionRule> = Vec::new();
        for (index, value) in transition.iter().enumerate() {
            let path = at("/transition", index);
            let owner = format!("transition `{}`", id_of(value).unwrap_or("?"));
            let Some(raw) = self.problems.decode::<TransitionFile>(value, &path, &owner) else {
                continue;
            };
            let id = self.problems.required(raw.id, &at(&path, "id"), &owner);
            if let Some(id) = &id {
                if transitions.iter().any(|rule| &rule.id == id) {
                    self.problems.add(
                        &at(&path, "id"),
                        format!("{owner}: duplicate transition id `{id}`"),
                    );
                }
            }
            let when = self
                .problems
                .required(raw.when.as_ref(), &at(&path, "when"), &owner)
                .and_then(|value| self.condition(value, &at(&path, "when"), AFTER_ALL_QUESTIONS));
            let date = match (raw.date.as_deref(), raw.months_after) {
                (Some(_), Some(_)) | (None, None) => {
                    self.problems.add(
                        &path,
                        format!("{owner}: give exactly one of `date` and `months_after`"),
                    );
                    None
                }
                (Some(date), None) => self
                    .date(Some(date), &at(&path, "date"), &owner)
                    .map(TransitionDate::Fixed),
                (None, Some(after)) => {
                    let after_path = at(&path, "months_after");
                    let question =
                        self.problems
                            .required(after.answer, &at(&after_path, "answer"), &owner);
                    let months = self
                        .problems
                        .required(after.months, &at(&after_path, "months"), &owner)
                        .and_then(|months| {
                            let ok = u32::try_from(months).ok().filter(|m| (1..=120).contains(m));
                            if ok.is_none() {
                                self.problems.add(
                                    &at(&after_path, "months"),
                                    format!("{owner}: months {months} is not between 1 and 120"),
                                );
                            }
                            ok
                        });
                    if let Some(question) = &question {
                        self.out
                            .date_refs
                            .push((at(&after_path, "answer"), question.clone()));
                    }
                    question
                        .zip(months)
                        .map(|(question, months)| TransitionDate::MonthsAfter { question, months })
                }
            };
            let label = self
                .problems
                .text(raw.label.as_ref(), &at(&path, "label"), &owner);
            let cites = self.cites(raw.cites.as_deref(), &at(&path, "cites"), &owner, true);
            let confirmed = raw.confirmed.unwrap_or(false);
            if confirmed {
                self.out.confirmed_claims.push((
                    at(&path, "confirmed"),
                    owner.clone(),
                    cites.clone(),
                ));
            }
            if let (Some(id), Some(when), Some(date)) = (id, when, date) {
                transitions.push(TransitionRule {
                    id,
                    when,
                    date,
                    label,
                    cites,
                    confirmed,
                });
            }
        }

        let mut duties: Vec<Obligation> = Vec::new();
        for (index, value) in obligations.iter().enumerate() {
            let path = at("/obligations", index);
            if let Some(obligation) = self.obligation(value, &path) {
                if duties.iter().any(|other| other.id == obligation.id) {
                    self.problems.add(
                        &at(&path, "id"),
                        format!("obligation `{}`: duplicate obligation id", obligation.id),
                    );
                }
                duties.push(obligation);
            }
        }
        TriageRules::new(
            tier_rules.into_iter().map(|(_, rule)| rule).collect(),
            transitions,
            duties,
        )
    }

    fn obligation(&mut self, value: &Value, path: &str) -> Option<Obligation> {
        let owner = format!("obligation `{}`", id_of(value).unwrap_or("?"));
        let raw = self
            .problems
            .decode::<ObligationFile>(value, path, &owner)?;
        let id = self.problems.required(raw.id, &at(path, "id"), &owner);
        if let Some(id) = id.as_deref() {
            self.problems
                .check_id(&at(path, "id"), &owner, id, "", false);
        }
        let title = self
            .problems
            .text(raw.title.as_ref(), &at(path, "title"), &owner);
        let detail = self
            .problems
            .text(raw.detail.as_ref(), &at(path, "detail"), &owner);
        let roles = self.roles(raw.roles.as_deref(), &at(path, "roles"), &owner);
        let tiers = self.tiers(raw.tiers.as_deref(), &at(path, "tiers"), &owner);
        let when = raw
            .when
            .as_ref()
            .and_then(|value| self.condition(value, &at(path, "when"), AFTER_ALL_QUESTIONS));
        // No deadline: an ongoing duty.
        let deadline = match raw.deadline.as_ref() {
            Some(value) => Some(self.deadline(value, &at(path, "deadline"), &owner)?),
            None => None,
        };
        let cites = self.cites(raw.cites.as_deref(), &at(path, "cites"), &owner, false);
        let evidenced_by = raw.evidenced_by.unwrap_or_default();
        let check_by_hand = raw.check_by_hand.unwrap_or(false);
        match (evidenced_by.is_empty(), check_by_hand) {
            (true, false) => self.problems.add(
                &at(path, "evidenced_by"),
                format!("{owner}: no readiness question evidences it; list one in `evidenced_by`, or mark it `\"check_by_hand\": true`"),
            ),
            (false, true) => self.problems.add(
                &at(path, "check_by_hand"),
                format!("{owner}: is marked `check_by_hand` but also lists `evidenced_by`; use one or the other"),
            ),
            _ => {}
        }
        for (index, question) in evidenced_by.iter().enumerate() {
            self.out
                .evidenced_by
                .push((at(&at(path, "evidenced_by"), index), question.clone()));
        }
        Some(Obligation {
            id: id?,
            title,
            detail,
            roles,
            tiers,
            when,
            deadline,
            cites,
            evidenced_by,
            check_by_hand,
        })
    }

    fn findings(&mut self, values: Vec<Value>) -> Vec<FindingRule> {
        let mut rules: Vec<FindingRule> = Vec::new();
        for (index, value) in values.iter().enumerate() {
            let path = at("/findings", index);
            let owner = format!("finding `{}`", id_of(value).unwrap_or("?"));
            let Some(raw) = self.problems.decode::<FindingFile>(value, &path, &owner) else {
                continue;
            };
            let id = self.problems.required(raw.id, &at(&path, "id"), &owner);
            if let Some(id) = id.as_deref() {
                let duplicate = rules.iter().any(|rule| rule.id == id);
                self.problems
                    .check_id(&at(&path, "id"), &owner, id, "finding", duplicate);
            }
            let when = self
                .problems
                .required(raw.when.as_ref(), &at(&path, "when"), &owner)
                .and_then(|value| self.condition(value, &at(&path, "when"), AFTER_ALL_QUESTIONS));
            let title = self
                .problems
                .text(raw.title.as_ref(), &at(&path, "title"), &owner);
            let reason = self
                .problems
                .text(raw.reason.as_ref(), &at(&path, "reason"), &owner);
            let cites = self.cites(raw.cites.as_deref(), &at(&path, "cites"), &owner, true);
            if let (Some(id), Some(when)) = (id, when) {
                rules.push(FindingRule {
                    id,
                    when,
                    title,
                    reason,
                    cites,
                });
            }
        }
        rules
    }

    fn high_risk_list(&mut self, value: &Value) -> Option<HighRiskList> {
        let path = "/high_risk_list";
        let owner = "high_risk_list".to_string();
        let raw = self.problems.decode::<ListFile>(value, path, &owner)?;
        let source = self
            .problems
            .required(raw.source, &at(path, "source"), &owner)
            .and_then(|text| {
                let cites = self.cites(Some(&[text]), &at(path, "source"), &owner, true);
                cites.into_iter().next()
            });
        let status = self
            .problems
            .text(raw.status.as_ref(), &at(path, "status"), &owner);
        let where_to_check = self.problems.text(
            raw.where_to_check.as_ref(),
            &at(path, "where_to_check"),
            &owner,
        );
        let official_url = self
            .problems
            .required(raw.official_url, &at(path, "official_url"), &owner)
            .filter(|url| {
                let ok = url.starts_with("https://") && !url.contains(char::is_whitespace);
                if !ok {
                    self.problems.add(
                        &at(path, "official_url"),
                        format!("{owner}: `{url}` is not an https address"),
                    );
                }
                ok
            });
        let mut sectors: Vec<ListSector> = Vec::new();
        let mut row_ids = BTreeSet::new();
        let raw_sectors = self
            .problems
            .required(raw.sectors, &at(path, "sectors"), &owner)
            .unwrap_or_default();
        for (index, value) in raw_sectors.iter().enumerate() {
            let path = at(&at(path, "sectors"), index);
            let owner = format!("List sector `{}`", id_of(value).unwrap_or("?"));
            let Some(raw) = self.problems.decode::<ListSectorFile>(value, &path, &owner) else {
                continue;
            };
            let id = self.problems.required(raw.id, &at(&path, "id"), &owner);
            if let Some(id) = id.as_deref() {
                let duplicate = sectors.iter().any(|sector| sector.id == id);
                self.problems
                    .check_id(&at(&path, "id"), &owner, id, "List sector", duplicate);
            }
            let name = self
                .problems
                .text(raw.name.as_ref(), &at(&path, "name"), &owner);
            let complete = self
                .problems
                .required(raw.complete, &at(&path, "complete"), &owner)
                .unwrap_or(false);
            let mut rows = Vec::new();
            for (r, value) in raw.rows.unwrap_or_default().iter().enumerate() {
                let path = at(&at(&path, "rows"), r);
                let owner = format!("List row `{}`", id_of(value).unwrap_or("?"));
                let Some(raw) = self.problems.decode::<ListRowFile>(value, &path, &owner) else {
                    continue;
                };
                let id = self.problems.required(raw.id, &at(&path, "id"), &owner);
                if let Some(id) = id.as_deref() {
                    let duplicate = !row_ids.insert(id.to_string());
                    self.problems
                        .check_id(&at(&path, "id"), &owner, id, "List row", duplicate);
                }
                let text = self
                    .problems
                    .text(raw.text.as_ref(), &at(&path, "text"), &owner);
                let conditions = self.problems.optional_text(
                    raw.conditions.as_ref(),
                    &at(&path, "conditions"),
                    &owner,
                );
                let cites = self.cites(raw.cites.as_deref(), &at(&path, "cites"), &owner, true);
                let confirmed = self
                    .problems
                    .required(raw.confirmed, &at(&path, "confirmed"), &owner)
                    .unwrap_or(false);
                if confirmed {
                    self.out.confirmed_claims.push((
                        at(&path, "confirmed"),
                        owner.clone(),
                        cites.clone(),
                    ));
                }
                if let Some(id) = id {
                    rows.push(ListRow {
                        id,
                        code: raw.code,
                        text,
                        conditions,
                        certification: raw.certification,
                        confirmed,
                        cites,
                    });
                }
            }
            if rows.is_empty() && complete {
                self.problems.add(
                    &at(&path, "complete"),
                    format!("{owner}: a sector with no known rows cannot be complete"),
                );
            }
            if let Some(id) = id {
                sectors.push(ListSector {
                    id,
                    code: raw.code,
                    name,
                    complete,
                    rows,
                });
            }
        }
        Some(HighRiskList {
            source: source?,
            status,
            where_to_check,
            official_url: official_url?,
            sectors,
        })
    }

    fn glossary(&mut self, values: Vec<Value>) -> Vec<Term> {
        let mut terms: Vec<Term> = Vec::new();
        for (index, value) in values.iter().enumerate() {
            let path = at("/glossary", index);
            let owner = format!("glossary term `{}`", id_of(value).unwrap_or("?"));
            let Some(raw) = self.problems.decode::<TermFile>(value, &path, &owner) else {
                continue;
            };
            let id = self.problems.required(raw.id, &at(&path, "id"), &owner);
            if let Some(id) = id.as_deref() {
                let duplicate = terms.iter().any(|term| term.id == id);
                self.problems
                    .check_id(&at(&path, "id"), &owner, id, "glossary term", duplicate);
            }
            let term = self
                .problems
                .text(raw.term.as_ref(), &at(&path, "term"), &owner);
            let definition =
                self.problems
                    .text(raw.definition.as_ref(), &at(&path, "definition"), &owner);
            let cites = self.cites(raw.cites.as_deref(), &at(&path, "cites"), &owner, false);
            if let Some(id) = id {
                terms.push(Term {
                    id,
                    term,
                    definition,
                    cites,
                });
            }
        }
        terms
    }

    fn deadline(&mut self, value: &Value, path: &str, owner: &str) -> Option<Deadline> {
        let raw = self.problems.decode::<DeadlineFile>(value, path, owner)?;
        let kind = self.problems.required(raw.kind, &at(path, "kind"), owner)?;
        let allowed: &[&str] = match kind.as_str() {
            "before_use" | "transition" => &[],
            "date" => &["date"],
            "hours" => &["hours", "after"],
            other => {
                self.problems.add(
                    &at(path, "kind"),
                    format!("{owner}: unknown deadline kind `{other}` (before_use, transition, date or hours)"),
                );
                return None;
            }
        };
        let given = [
            ("date", raw.date.is_some()),
            ("hours", raw.hours.is_some()),
            ("after", raw.after.is_some()),
        ];
        for (field, present) in given {
            if present && !allowed.contains(&field) {
                self.problems.add(
                    &at(path, field),
                    format!("{owner}: `{field}` does not go with a `{kind}` deadline"),
                );
            }
        }
        match kind.as_str() {
            "before_use" => Some(Deadline::BeforeUse),
            "transition" => Some(Deadline::Transition),
            "date" => self
                .date(raw.date.as_deref(), &at(path, "date"), owner)
                .map(Deadline::Date),
            _ => {
                let after = self
                    .problems
                    .text(raw.after.as_ref(), &at(path, "after"), owner);
                let hours = self
                    .problems
                    .required(raw.hours, &at(path, "hours"), owner)?;
                match u32::try_from(hours).ok().filter(|hours| *hours > 0) {
                    Some(hours) => Some(Deadline::Hours { hours, after }),
                    None => {
                        self.problems.add(
                            &at(path, "hours"),
                            format!("{owner}: hours {hours} must be a positive whole number"),
                        );
                        None
                    }
                }
            }
        }
    }

    fn date(&mut self, text: Option<&str>, path: &str, owner: &str) -> Option<Date> {
        let text = self.problems.required(text, path, owner)?;
        let date = Date::parse_iso(text);
        if date.is_none() {
            self.problems.add(
                path,
                format!("{owner}: `{text}` is not a date (YYYY-MM-DD)"),
            );
        }
        date
    }
}

/// Whether a band minimum is a whole number of tenths (72.5, 40), so that model 2 compares it exactly.
fn is_tenth(min: f64) -> bool {
    let tenths = min * 10.0;
    (tenths - tenths.round()).abs() < 1e-9
}
