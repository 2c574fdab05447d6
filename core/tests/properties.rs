//! Properties of scoring model 2 on the shipped catalog, over random answer sets (a random profile, one to
//! three AI systems with random triage answers, random readiness answers and evidence), and of the document
//! decoder on structurally mutated documents. Every property here can fail: each compares two computations
//! that could disagree (a change and its expected effect, two orders that could matter, a figure and its
//! definition recomputed from the counts). Each property prints how many cases it ran.

use std::sync::OnceLock;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use sansang_core::catalog;
use sansang_core::domain::{
    evaluate, AiSystem, AnswerValue, Answers, Assessment, Catalog, Counting, DutyBinding,
    Evaluation, Evidence, QuestionKind, Questionnaire, QuestionnaireVersions, Ratio,
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
        // The figures agree with their definitions, recomputed here from the items.
        let visible: Vec<_> = e.items.iter().filter(|i| i.visible).collect();
        let counts = e.overall.counts;
        prop_assert_eq!(counts.visible(), visible.len());
        prop_assert_eq!(
            e.sections.iter().map(|s| s.counts.visible()).sum::<usize>(),
            visible.len()
        );
        let na = visible
            .iter()
            .filter(|i| matches!(i.counting, Counting::NotApplicable { .. }))
            .count();
        let dk = visible
            .iter()
            .filter(|i| i.counting == Counting::DontKnow)
            .count();
        prop_assert_eq!((counts.not_applicable, counts.dont_know), (na, dk));
        let (mut num, mut den) = (0u64, 0u64);
        for item in e.items.iter().filter(|i| i.counted()) {
            num += u64::from(item.weight) * u64::from(item.level().unwrap_or(0));
            den += 3 * u64::from(item.weight);
        }
        prop_assert_eq!(e.overall.exact_index, Ratio::new(100 * num, den));
        let reasons: Vec<&str> = e
            .overall
            .provisional_reasons
            .iter()
            .map(|r| r.id())
            .collect();
        let mut expected = Vec::new();
        if counts.unanswered > 0 {
            expected.push("unanswered");
        }
        if 100 * na > 25 * visible.len() {
            expected.push("not_applicable_share");
        }
        if 100 * dk > 10 * visible.len() {
            expected.push("dont_know_share");
        }
        prop_assert_eq!(reasons, expected);
        prop_assert_eq!(
            e.overall.provisional,
            !e.overall.provisional_reasons.is_empty()
        );
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
        match (before.overall.exact_index, after.overall.exact_index) {
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

/// A small xorshift generator for shuffles inside a property.
fn shuffle<T>(items: &mut [T], state: &mut u64) {
    for i in (1..items.len()).rev() {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        items.swap(i, (*state % (i as u64 + 1)) as usize);
    }
}

/// What must not depend on the order of AI systems: every figure, with systems lists compared as sets.
fn order_free(e: &Evaluation) -> impl PartialEq + std::fmt::Debug {
    let mut systems: Vec<String> = e
        .systems
        .iter()
        .map(|s| {
            format!(
                "{}:{:?}:{:?}:{:?}",
                s.id, s.triage, s.obligations, s.readiness
            )
        })
        .collect();
    systems.sort();
    let items: Vec<String> = e
        .items
        .iter()
        .map(|item| {
            let mut through = match &item.duty {
                DutyBinding::Binding { systems } => systems.clone(),
                _ => Vec::new(),
            };
            through.sort();
            format!(
                "{}:{:?}:{:?}:{through:?}",
                item.question, item.counting, item.flags
            )
        })
        .collect();
    let lift: Vec<(String, Option<Ratio>)> = e
        .lift
        .iter()
        .map(|s| (s.question.clone(), s.exact))
        .collect();
    let plan: Vec<(String, usize)> = e
        .plan
        .iter()
        .map(|a| (a.question.clone(), a.obligations.len()))
        .collect();
    let sections: Vec<(Option<Ratio>, String)> = e
        .sections
        .iter()
        .map(|s| (s.exact, format!("{:?}{:?}", s.counts, s.provisional)))
        .collect();
    (
        systems,
        items,
        lift,
        plan,
        sections,
        (e.overall.exact_index, e.overall.band, e.overall.counts),
        e.settings.tau.to_bits(),
    )
}

#[test]
fn the_order_of_ai_systems_and_of_chosen_options_never_changes_a_figure() {
    // Systems are a list and multiple-choice answers are lists: both orders could leak into a result
    // (the first system's tier, the first role, a first-match rule). Reverse every chosen-options list and
    // shuffle the systems.
    let strategy = (seeds(), any::<u64>());
    check("order-independent", 64, strategy, |(seeds, seed)| {
        let assessment = build(&seeds);
        let mut reordered = assessment.clone();
        let mut state = seed | 1;
        shuffle(&mut reordered.systems, &mut state);
        let reverse = |answers: &Answers| -> Answers {
            answers
                .iter()
                .map(|(q, a)| {
                    let a = match a {
                        AnswerValue::Choices(list) => {
                            AnswerValue::Choices(list.iter().rev().cloned().collect())
                        }
                        other => other.clone(),
                    };
                    (q.to_string(), a)
                })
                .collect()
        };
        reordered.profile = reverse(&assessment.profile);
        for system in &mut reordered.systems {
            system.answers = reverse(&system.answers);
        }
        let (a, b) = (
            evaluate(catalog(), &assessment),
            evaluate(catalog(), &reordered),
        );
        prop_assert_eq!(order_free(&a), order_free(&b));
        Ok(())
    });
}

#[test]
fn raising_one_item_one_level_moves_the_index_by_its_weight_exactly() {
    // Model 2 pools items: raising a counted item from level l to l + 1 (below the evidence level, so no
    // cap applies) adds exactly 100 × w / (3 × Σw) to the index, whatever its section. So a weight-3 legal
    // duty always moves the index three times as much as a weight-1 item of the same assessment.
    check("weight-rule", 128, seeds(), |seeds| {
        let before_assessment = build(&seeds);
        let before = evaluate(catalog(), &before_assessment);
        let raisable: Vec<(&str, u8, u8)> = before
            .items
            .iter()
            .filter(|i| i.counted())
            .filter_map(|i| match i.counting {
                Counting::Level { claimed, counted } if claimed == counted && counted < 2 => {
                    Some((i.question.as_str(), counted, i.weight))
                }
                _ => None,
            })
            .collect();
        prop_assume!(!raisable.is_empty());
        let (question, level, weight) = raisable[seeds.pick as usize % raisable.len()];
        let mut after_assessment = before_assessment.clone();
        after_assessment
            .readiness
            .set(question, AnswerValue::Level(level + 1));
        let after = evaluate(catalog(), &after_assessment);
        let total: u64 = before
            .items
            .iter()
            .filter(|i| i.counted())
            .map(|i| u64::from(i.weight))
            .sum();
        let (b, a) = (
            before.overall.exact_index.unwrap(),
            after.overall.exact_index.unwrap(),
        );
        // a − b = 100 w / (3 Σw), cross-multiplied.
        let gain = i128::from(a.num) * i128::from(b.den) - i128::from(b.num) * i128::from(a.den);
        prop_assert_eq!(
            gain * 3 * i128::from(total),
            100 * i128::from(weight) * i128::from(a.den) * i128::from(b.den),
            "{} {} → {}",
            question,
            level,
            level + 1
        );
        prop_assert!(after.overall.band >= before.overall.band);
        Ok(())
    });
}

#[test]
fn the_not_applicable_and_dont_know_thresholds_decide_provisional() {
    // Everything visible answered at 2 (so nothing is unanswered), then k questions marked N/A (where
    // allowed and not a binding duty) or answered "don't know": provisional exactly when 100 k exceeds the
    // threshold × visible (25 % for N/A, 10 % for "don't know").
    let strategy = (seeds(), 0usize..80, any::<bool>(), any::<u64>());
    check(
        "thresholds",
        128,
        strategy,
        |(seeds, k, dont_know, seed)| {
            let mut assessment = build(&seeds);
            let e = evaluate(catalog(), &assessment);
            let visible: Vec<&sansang_core::domain::Item> =
                e.items.iter().filter(|i| i.visible).collect();
            for item in &visible {
                assessment
                    .readiness
                    .set(item.question.clone(), AnswerValue::Level(2));
            }
            let mut eligible: Vec<&str> = visible
                .iter()
                .filter(|item| {
                    dont_know
                        || (!item.binding()
                            && catalog()
                                .question(&item.question)
                                .and_then(|q| q.question.scored())
                                .is_some_and(|s| s.na))
                })
                .map(|item| item.question.as_str())
                .collect();
            let mut state = seed | 1;
            shuffle(&mut eligible, &mut state);
            let k = k.min(eligible.len());
            for question in &eligible[..k] {
                let answer = if dont_know {
                    AnswerValue::DontKnow
                } else {
                    AnswerValue::NotApplicable {
                        reason: "Outside our activities".into(),
                    }
                };
                assessment.readiness.set(*question, answer);
            }
            let e = evaluate(catalog(), &assessment);
            let n = visible.len();
            let expected: Vec<&str> =
                match (dont_know, dont_know && 100 * k > 10 * n, 100 * k > 25 * n) {
                    (true, true, _) => vec!["dont_know_share"],
                    (false, _, true) => vec!["not_applicable_share"],
                    _ => vec![],
                };
            let reasons: Vec<&str> = e
                .overall
                .provisional_reasons
                .iter()
                .map(|r| r.id())
                .collect();
            prop_assert_eq!(reasons, expected, "k = {}, visible = {}", k, n);
            prop_assert_eq!(e.overall.confidence.visible, n);
            Ok(())
        },
    );
}

/// Every JSON pointer of a value's members and elements, with the value there.
fn pointers(value: &Value, at: String, out: &mut Vec<(String, Value)>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                let path = format!("{at}/{}", key.replace('~', "~0").replace('/', "~1"));
                out.push((path.clone(), child.clone()));
                pointers(child, path, out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                let path = format!("{at}/{i}");
                out.push((path.clone(), child.clone()));
                pointers(child, path, out);
            }
        }
        _ => {}
    }
}

/// A value of another JSON type than `value` (never null, which some optional fields accept).
fn other_type(value: &Value) -> Value {
    match value {
        Value::String(_) => Value::from(7),
        Value::Number(_) => Value::from("7"),
        Value::Bool(_) => Value::from("true"),
        Value::Array(_) => serde_json::json!({}),
        Value::Object(_) => serde_json::json!([]),
        Value::Null => Value::from(1),
    }
}

fn related(problem_path: &str, path: &str) -> bool {
    problem_path.starts_with(path) || path.starts_with(problem_path)
}

#[test]
fn a_value_of_the_wrong_type_anywhere_is_rejected_at_its_path() {
    let sample: Value = serde_json::from_str(SAMPLE).unwrap();
    let mut all = Vec::new();
    pointers(&sample, String::new(), &mut all);
    let n = all.len();
    check("decode-type-changes", 256, 0..n, |pick| {
        let (path, value) = &all[pick];
        let mut doc = sample.clone();
        *doc.pointer_mut(path).unwrap() = other_type(value);
        match decode_assessment(&doc.to_string()) {
            Ok(_) => Err(TestCaseError::fail(format!(
                "{path}: a {value} replaced by another type was accepted"
            ))),
            Err(problems) => {
                prop_assert!(
                    problems.iter().any(|p| related(&p.path, path)),
                    "{}: {:?}",
                    path,
                    problems
                );
                Ok(())
            }
        }
    });
}

#[test]
fn dropped_duplicated_reordered_or_truncated_documents_are_rejected_or_round_trip() {
    let sample: Value = serde_json::from_str(SAMPLE).unwrap();
    let original = decode_assessment(SAMPLE).unwrap();
    let mut all = Vec::new();
    pointers(&sample, String::new(), &mut all);
    let members: Vec<String> = all
        .iter()
        .map(|(p, _)| p.clone())
        .filter(|p| {
            !p.rsplit('/')
                .next()
                .unwrap()
                .chars()
                .all(|c| c.is_ascii_digit())
        })
        .collect();
    let arrays: Vec<String> = all
        .iter()
        .filter(|(_, v)| v.as_array().is_some_and(|a| a.len() > 1))
        .map(|(p, _)| p.clone())
        .collect();
    let strategy = (0u8..4, any::<usize>(), any::<u64>());
    check(
        "decode-structural-mutations",
        512,
        strategy,
        |(kind, pick, seed)| {
            match kind {
                // Drop a member: rejected with a problem next to it, or accepted and then stable.
                0 => {
                    let path = &members[pick % members.len()];
                    let (parent, key) = path.rsplit_once('/').unwrap();
                    let mut doc = sample.clone();
                    let object = if parent.is_empty() {
                        Some(&mut doc)
                    } else {
                        doc.pointer_mut(parent)
                    };
                    object
                        .unwrap()
                        .as_object_mut()
                        .unwrap()
                        .remove(&key.replace("~1", "/").replace("~0", "~"));
                    match decode_assessment(&doc.to_string()) {
                        Err(problems) => prop_assert!(
                            problems
                                .iter()
                                .any(|p| related(&p.path, parent) || related(&p.path, path)),
                            "{}: {:?}",
                            path,
                            problems
                        ),
                        Ok(decoded) => {
                            prop_assert_eq!(
                                decode_assessment(&encode_assessment(&decoded)).unwrap(),
                                decoded
                            )
                        }
                    }
                }
                // Duplicate a member's key with another value, textually: never accepted silently with a
                // value that is neither of the two.
                1 => {
                    let text = serde_json::to_string(&sample).unwrap();
                    let key = "\"name\":";
                    let at = text.find(key).unwrap();
                    let mutated = format!("{}\"name\":\"Other\",{}", &text[..at], &text[at..]);
                    if let Ok(decoded) = decode_assessment(&mutated) {
                        prop_assert!(decoded.name == original.name || decoded.name == "Other");
                    }
                }
                // Reorder an array: decoded lists follow the document's order (systems, links), so the
                // document either decodes to the same content reordered, or is rejected; it never panics.
                2 if !arrays.is_empty() => {
                    let path = &arrays[pick % arrays.len()];
                    let mut doc = sample.clone();
                    let list = doc.pointer_mut(path).unwrap().as_array_mut().unwrap();
                    let mut state = seed | 1;
                    shuffle(list, &mut state);
                    if let Ok(decoded) = decode_assessment(&doc.to_string()) {
                        prop_assert_eq!(decoded.systems.len(), original.systems.len());
                        prop_assert_eq!(&decoded.readiness, &original.readiness);
                    }
                }
                // Truncate before the closing brace: always rejected.
                _ => {
                    let end = SAMPLE.rfind('}').unwrap();
                    let mut cut = pick % end.max(1);
                    while !SAMPLE.is_char_boundary(cut) {
                        cut -= 1;
                    }
                    prop_assert!(decode_assessment(&SAMPLE[..cut]).is_err(), "cut at {}", cut);
                    prop_assert!(decode_assessment_bytes(&SAMPLE.as_bytes()[..cut]).is_err());
                }
            }
            Ok(())
        },
    );
}

#[test]
fn the_same_document_with_its_keys_in_another_order_decodes_the_same() {
    // Objects are unordered in JSON; a decoder that read fields by position would fail here.
    let strategy = (seeds(), any::<u64>());
    check("key-order", 64, strategy, |(seeds, shuffle_seed)| {
        let assessment = build(&seeds);
        let value: Value = serde_json::from_str(&encode_assessment(&assessment)).unwrap();
        let mut text = String::new();
        let mut seed = shuffle_seed;
        shuffled_json(&value, &mut seed, &mut text);
        let decoded =
            decode_assessment(&text).map_err(|p| TestCaseError::fail(format!("{p:?}")))?;
        prop_assert_eq!(&decoded, &assessment);
        Ok(())
    });
}
