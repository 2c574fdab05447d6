//! Properties of scoring on the shipped catalog, over random answer sets (a random profile, one to three AI
//! systems with random triage answers, random readiness answers and evidence), and robustness of the
//! document decoder. Each property prints how many cases it ran.

use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use sansang_core::catalog;
use sansang_core::domain::{
    evaluate, AiSystem, AnswerValue, Answers, Assessment, Catalog, Evaluation, Evidence,
    QuestionKind, Questionnaire, QuestionnaireVersions,
};
use sansang_core::format::{decode_assessment, decode_assessment_bytes, encode_assessment};
use serde_json::Value;

const SAMPLE: &str = include_str!("fixtures/assessment-sample.json");

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| catalog::builtin().expect("shipped content"))
}

/// Random choices, one seed per question.
#[derive(Clone, Debug)]
struct Seeds {
    profile: Vec<u32>,
    systems: Vec<Vec<u32>>,
    readiness: Vec<(u8, bool)>,
    pick: u32,
}

fn seeds() -> impl Strategy<Value = Seeds> {
    let c = catalog();
    let n_profile = c.profile().unwrap().questions().count();
    let n_triage = c.triage().unwrap().questionnaire().questions().count();
    let n_readiness = c.readiness().unwrap().questions().count();
    (
        prop::collection::vec(any::<u32>(), n_profile),
        prop::collection::vec(prop::collection::vec(any::<u32>(), n_triage), 1..=3),
        prop::collection::vec((0u8..10, any::<bool>()), n_readiness),
        any::<u32>(),
    )
        .prop_map(|(profile, systems, readiness, pick)| Seeds {
            profile,
            systems,
            readiness,
            pick,
        })
}

/// Answers to a profile or triage questionnaire. Scope and prohibited-use screens lean towards the answers
/// that keep a system in scope and usable, so that every tier appears but most systems count.
fn choices(questionnaire: &Questionnaire, seeds: &[u32]) -> Answers {
    let mut answers = Answers::new();
    for (question, &seed) in questionnaire.questions().zip(seeds) {
        if seed % 7 == 0 {
            continue;
        }
        let options = question.options();
        if options.is_empty() {
            continue;
        }
        let preferred = if question.id.starts_with("triage.prohibited.")
            || question.id == "triage.scope.defence_only"
        {
            Some("no")
        } else if question.id == "triage.scope.ai_system"
            || question.id == "triage.scope.in_vietnam"
        {
            Some("yes")
        } else {
            None
        };
        let random = &options[(seed / 7) as usize % options.len()].id;
        let chosen = match preferred {
            Some(id) if seed % 9 != 0 => id.to_string(),
            _ => random.clone(),
        };
        let value = match &question.kind {
            QuestionKind::Multi(_) => AnswerValue::Choices(
                options
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| (seed >> (i + 8)) & 1 == 1)
                    .map(|(_, o)| o.id.clone())
                    .collect(),
            ),
            _ => AnswerValue::Choice(chosen),
        };
        answers.set(question.id.clone(), value);
    }
    answers
}

fn readiness_answer(kind: u8) -> Option<AnswerValue> {
    match kind {
        0 => None,
        1..=4 => Some(AnswerValue::Level(kind - 1)),
        5 => Some(AnswerValue::DontKnow),
        6 => Some(AnswerValue::NotApplicable {
            reason: "Not used here".into(),
        }),
        7 => Some(AnswerValue::NotApplicable {
            reason: String::new(),
        }),
        _ => Some(AnswerValue::Level(3)),
    }
}

fn build(seeds: &Seeds) -> Assessment {
    let c = catalog();
    let readiness = c.readiness().unwrap();
    let mut assessment = Assessment {
        id: "a-prop".into(),
        name: "Property".into(),
        versions: QuestionnaireVersions {
            profile: "1.0.0".into(),
            triage: "1.0.0".into(),
            readiness: "1.0.0".into(),
        },
        profile: choices(c.profile().unwrap(), &seeds.profile),
        systems: seeds
            .systems
            .iter()
            .enumerate()
            .map(|(i, s)| AiSystem {
                id: format!("s{i}"),
                name: format!("System {i}"),
                answers: choices(c.triage().unwrap().questionnaire(), s),
            })
            .collect(),
        ..Assessment::default()
    };
    for (question, &(kind, evidence)) in readiness.questions().zip(&seeds.readiness) {
        if let Some(answer) = readiness_answer(kind) {
            assessment.readiness.set(question.id.clone(), answer);
        }
        if evidence {
            assessment.evidence.insert(
                question.id.clone(),
                Evidence {
                    note: "Signed policy".into(),
                    links: vec![],
                },
            );
        }
    }
    assessment
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    })
}

/// Runs a property and prints how many cases ran.
fn check<S: Strategy>(
    name: &str,
    cases: u32,
    strategy: S,
    test: impl Fn(S::Value) -> Result<(), TestCaseError>,
) {
    let mut runner = runner(cases);
    let result = runner.run(&strategy, test);
    eprintln!("property {name}: {cases} cases");
    if let Err(error) = result {
        panic!("{name}: {error}");
    }
}

fn in_range(value: f64) -> bool {
    (0.0..=100.0).contains(&value)
}

fn band_rank(e: &Evaluation) -> Option<usize> {
    e.overall.band
}

#[test]
fn scores_stay_within_0_to_100_and_evaluation_is_deterministic() {
    check("bounds-and-determinism", 128, seeds(), |seeds| {
        let assessment = build(&seeds);
        let e = evaluate(catalog(), &assessment);
        prop_assert_eq!(&e, &evaluate(catalog(), &assessment));
        for section in &e.sections {
            prop_assert!(section.score.is_none_or(in_range), "{:?}", section.score);
            prop_assert!(section
                .costs
                .iter()
                .all(|c| c.points > 0.0 && in_range(c.points)));
            prop_assert!(section
                .confidence
                .coverage()
                .is_none_or(|c| (0.0..=1.0).contains(&c)));
        }
        prop_assert!(e.overall.index.is_none_or(in_range));
        prop_assert!(e.lift.iter().all(|step| in_range(step.index)));
        // The lift list reaches the next band when there is one.
        if let Some(last) = e.lift.last() {
            prop_assert!(Some(last.band) > e.overall.band);
        }
        Ok(())
    });
}

#[test]
fn raising_one_level_never_lowers_a_score_the_index_or_the_band() {
    check("monotonic", 128, seeds(), |seeds| {
        let before_assessment = build(&seeds);
        let readiness = catalog().readiness().unwrap();
        let ids: Vec<&str> = readiness.questions().map(|q| q.id.as_str()).collect();
        let raisable: Vec<(&str, u8)> = ids
            .iter()
            .filter_map(|id| match before_assessment.readiness.get(id) {
                None | Some(AnswerValue::DontKnow) => Some((*id, 0)),
                Some(AnswerValue::Level(l)) if *l < 3 => Some((*id, l + 1)),
                _ => None,
            })
            .collect();
        prop_assume!(!raisable.is_empty());
        let (question, lowest) = raisable[seeds.pick as usize % raisable.len()];
        let level = lowest + ((seeds.pick / 7) % u32::from(4 - lowest)) as u8;
        let mut after_assessment = before_assessment.clone();
        after_assessment
            .readiness
            .set(question, AnswerValue::Level(level));
        let before = evaluate(catalog(), &before_assessment);
        let after = evaluate(catalog(), &after_assessment);
        for (b, a) in before.sections.iter().zip(&after.sections) {
            match (b.score, a.score) {
                (Some(b), Some(a)) => prop_assert!(a >= b, "{question} → {level}: {b} to {a}"),
                (b, a) => prop_assert_eq!(b, a),
            }
        }
        match (before.overall.index, after.overall.index) {
            (Some(b), Some(a)) => prop_assert!(a >= b),
            (b, a) => prop_assert_eq!(b, a),
        }
        prop_assert!(band_rank(&after) >= band_rank(&before));
        Ok(())
    });
}

#[test]
fn a_not_applicable_in_one_section_never_changes_another() {
    check("na-is-local", 128, seeds(), |seeds| {
        let before_assessment = build(&seeds);
        let readiness = catalog().readiness().unwrap();
        let ids: Vec<&str> = readiness.questions().map(|q| q.id.as_str()).collect();
        let question = ids[seeds.pick as usize % ids.len()];
        let mut after_assessment = before_assessment.clone();
        after_assessment.readiness.set(
            question,
            AnswerValue::NotApplicable {
                reason: "Does not apply to us".into(),
            },
        );
        let before = evaluate(catalog(), &before_assessment);
        let after = evaluate(catalog(), &after_assessment);
        let section = &before.item(question).unwrap().section;
        for (b, a) in before.sections.iter().zip(&after.sections) {
            if &b.id != section {
                prop_assert_eq!(b.score, a.score);
                prop_assert_eq!(b.confidence, a.confidence);
            }
        }
        Ok(())
    });
}

/// Writes JSON with every object's keys in a shuffled order (a small LCG seeded by `seed`).
fn shuffled_json(value: &Value, seed: &mut u64, out: &mut String) {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(&String, &Value)> = map.iter().collect();
            for i in (1..entries.len()).rev() {
                *seed = seed
                    .wrapping_mul(6_364_136_223_846_793_005)
                    .wrapping_add(1_442_695_040_888_963_407);
                entries.swap(i, (*seed >> 33) as usize % (i + 1));
            }
            out.push('{');
            for (n, (key, value)) in entries.into_iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                out.push_str(&serde_json::to_string(key).unwrap());
                out.push(':');
                shuffled_json(value, seed, out);
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (n, item) in items.iter().enumerate() {
                if n > 0 {
                    out.push(',');
                }
                shuffled_json(item, seed, out);
            }
            out.push(']');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}

#[test]
fn the_order_answers_were_given_never_matters() {
    let strategy = (seeds(), any::<u64>());
    check("order-independent", 64, strategy, |(seeds, shuffle)| {
        let assessment = build(&seeds);
        // The same answers, inserted in a shuffled order.
        let mut entries: Vec<(String, AnswerValue)> = assessment
            .readiness
            .iter()
            .map(|(q, a)| (q.to_string(), a.clone()))
            .collect();
        let mut state = shuffle | 1;
        for i in (1..entries.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            entries.swap(i, state as usize % (i + 1));
        }
        let mut reordered = assessment.clone();
        reordered.readiness = Answers::new();
        for (question, answer) in entries {
            reordered.readiness.set(question, answer);
        }
        prop_assert_eq!(
            evaluate(catalog(), &reordered),
            evaluate(catalog(), &assessment)
        );
        // The same document with its keys shuffled decodes to the same assessment.
        let value: Value = serde_json::from_str(&encode_assessment(&assessment)).unwrap();
        let mut text = String::new();
        let mut seed = shuffle;
        shuffled_json(&value, &mut seed, &mut text);
        let decoded =
            decode_assessment(&text).map_err(|p| TestCaseError::fail(format!("{p:?}")))?;
        prop_assert_eq!(&decoded, &assessment);
        prop_assert_eq!(encode_assessment(&decoded), encode_assessment(&assessment));
        Ok(())
    });
}

#[test]
fn the_decoder_never_panics_on_arbitrary_text() {
    check("decode-arbitrary-text", 512, any::<String>(), |text| {
        let _ = decode_assessment(&text);
        Ok(())
    });
    check(
        "decode-arbitrary-bytes",
        512,
        prop::collection::vec(any::<u8>(), 0..256),
        |bytes| {
            let _ = decode_assessment_bytes(&bytes);
            Ok(())
        },
    );
}

#[test]
fn the_decoder_never_panics_on_mutated_documents() {
    let edits = prop::collection::vec((any::<usize>(), 0u8..3, any::<u8>()), 1..8);
    check("decode-mutated-sample", 512, edits, |edits| {
        let mut bytes = SAMPLE.as_bytes().to_vec();
        for (at, kind, byte) in edits {
            let at = at % (bytes.len() + 1);
            match kind {
                0 if at < bytes.len() => {
                    bytes.remove(at);
                }
                1 => bytes.insert(at, byte),
                _ if at < bytes.len() => bytes[at] = byte,
                _ => {}
            }
        }
        if let Ok(assessment) = decode_assessment_bytes(&bytes) {
            // Whatever is accepted round-trips.
            let encoded = encode_assessment(&assessment);
            prop_assert_eq!(decode_assessment(&encoded).unwrap(), assessment);
        }
        Ok(())
    });
}
