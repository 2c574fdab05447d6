//! Answers: what a person said, keyed by question id, independent of any questionnaire definition.
//!
//! One [`Answers`] map holds the answers to one questionnaire (the organisation's profile, one AI system's
//! triage, or the readiness assessment). Question ids are unique across all questionnaires, so maps can be
//! merged without clashes.

use std::collections::BTreeMap;

use super::locale::Date;

/// One answer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerValue {
    /// A level on the readiness scale (0 = not in place … the scale's top = fully implemented and evidenced).
    Level(u8),
    /// "Not applicable", only where the question allows it (`na`), with the person's reason. Such a question
    /// counts nowhere in the score.
    NotApplicable {
        /// Why the question does not apply; required, shown in the report.
        reason: String,
    },
    /// "I don't know": answered, but no level. Scoring decides what it is worth; conditions never treat it as
    /// a level or an option.
    DontKnow,
    /// The chosen option's id, for a `single` question.
    Choice(String),
    /// The chosen options' ids, for a `multi` question (no duplicates; may be empty: "none of these").
    Choices(Vec<String>),
    /// Free text, for a `text` question.
    Text(String),
    /// A calendar date, for a `date` question.
    Date(Date),
}

impl AnswerValue {
    /// The chosen option ids: one for `Choice`, all for `Choices`, none otherwise.
    pub fn chosen(&self) -> &[String] {
        match self {
            AnswerValue::Choice(id) => std::slice::from_ref(id),
            AnswerValue::Choices(ids) => ids,
            _ => &[],
        }
    }

    /// The level, for a `Level` answer.
    pub fn level(&self) -> Option<u8> {
        match self {
            AnswerValue::Level(level) => Some(*level),
            _ => None,
        }
    }
}

/// Answers keyed by question id, in id order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    by_question: BTreeMap<String, AnswerValue>,
}

impl Answers {
    /// No answers.
    pub fn new() -> Answers {
        Answers::default()
    }

    /// The answer to a question.
    pub fn get(&self, question: &str) -> Option<&AnswerValue> {
        self.by_question.get(question)
    }

    /// Records an answer, returning the one it replaces.
    pub fn set(&mut self, question: impl Into<String>, value: AnswerValue) -> Option<AnswerValue> {
        self.by_question.insert(question.into(), value)
    }

    /// Clears an answer, returning it.
    pub fn remove(&mut self, question: &str) -> Option<AnswerValue> {
        self.by_question.remove(question)
    }

    /// Whether the question has an answer (of any kind, including "don't know" and "not applicable").
    pub fn contains(&self, question: &str) -> bool {
        self.by_question.contains_key(question)
    }

    /// Every answer, ordered by question id.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &AnswerValue)> {
        self.by_question
            .iter()
            .map(|(question, value)| (question.as_str(), value))
    }

    /// The number of answered questions.
    pub fn len(&self) -> usize {
        self.by_question.len()
    }

    /// Whether nothing is answered.
    pub fn is_empty(&self) -> bool {
        self.by_question.is_empty()
    }
}

impl<K: Into<String>> FromIterator<(K, AnswerValue)> for Answers {
    fn from_iter<I: IntoIterator<Item = (K, AnswerValue)>>(iter: I) -> Answers {
        Answers {
            by_question: iter.into_iter().map(|(k, v)| (k.into(), v)).collect(),
        }
    }
}

impl<K: Into<String>> Extend<(K, AnswerValue)> for Answers {
    fn extend<I: IntoIterator<Item = (K, AnswerValue)>>(&mut self, iter: I) {
        self.by_question
            .extend(iter.into_iter().map(|(k, v)| (k.into(), v)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_replaces_and_remove_clears() {
        let mut answers = Answers::new();
        assert_eq!(answers.set("risk.inventory", AnswerValue::Level(1)), None);
        assert_eq!(
            answers.set("risk.inventory", AnswerValue::Level(2)),
            Some(AnswerValue::Level(1))
        );
        assert_eq!(
            answers.get("risk.inventory").and_then(AnswerValue::level),
            Some(2)
        );
        assert!(answers.contains("risk.inventory"));
        assert_eq!(
            answers.remove("risk.inventory"),
            Some(AnswerValue::Level(2))
        );
        assert!(answers.is_empty());
    }

    #[test]
    fn chosen_lists_option_ids() {
        assert_eq!(AnswerValue::Choice("yes".into()).chosen(), ["yes"]);
        assert_eq!(
            AnswerValue::Choices(vec!["a".into(), "b".into()]).chosen(),
            ["a", "b"]
        );
        assert!(AnswerValue::DontKnow.chosen().is_empty());
        assert_eq!(AnswerValue::Text("x".into()).level(), None);
    }
}
