//! Loading content reports every problem at once, each with its file and JSON pointer: one test per kind of
//! problem, on small inline fixtures (tests/common) broken on purpose.

mod common;

use common::{at, edited, files, load};
use serde_json::{json, Value};

const SOURCE: &str = "seeds/law-134-2025.json";
const PROFILE: &str = "questionnaires/profile.json";
const TRIAGE: &str = "questionnaires/triage.json";
const READINESS: &str = "questionnaires/readiness.json";

/// Asserts that loading gives exactly these problems: (file, path, a fragment of the message).
#[track_caller]
fn expect(files: &[(String, String)], expected: &[(&str, &str, &str)]) {
    let problems = match load(files) {
        Ok(_) => Vec::new(),
        Err(problems) => problems,
    };
    let listing = problems
        .iter()
        .map(|p| format!("  {p}"))
        .collect::<Vec<_>>()
        .join("\n");
    for (file, path, fragment) in expected {
        assert!(
            problems
                .iter()
                .any(|p| p.file == *file && p.path == *path && p.message.contains(fragment)),
            "expected {file}:{path}: …{fragment}… among:\n{listing}"
        );
    }
    assert_eq!(
        problems.len(),
        expected.len(),
        "unexpected problems:\n{listing}"
    );
    for problem in &problems {
        assert!(
            !problem.message.ends_with('.') && !problem.message.starts_with(char::is_uppercase),
            "message style: {problem}"
        );
    }
}

fn replace(files: Vec<(String, String)>, file: &str, text: &str) -> Vec<(String, String)> {
    files
        .into_iter()
        .map(|(path, old)| {
            let text = if path == file { text.to_string() } else { old };
            (path, text)
        })
        .collect()
}

#[test]
fn the_clean_fixture_has_no_problems() {
    expect(&files(), &[]);
    let catalog = common::catalog();
    assert_eq!(catalog.questionnaires.len(), 3);
    assert_eq!(catalog.sources.len(), 1);
}

#[test]
fn json_syntax_errors_give_line_and_column() {
    let broken = replace(files(), PROFILE, "{\"format\": 1,\n  \"id\": }");
    expect(
        &broken,
        &[(PROFILE, "", "invalid json at line 2, column 9")],
    );
}

#[test]
fn unknown_fields_are_reported_where_they_are() {
    let broken = edited(READINESS, |q| {
        at(q, "/sections/0/questions/0")["colour"] = json!("red");
        at(q, "/sections/0/questions/0/text")["fr"] = json!("Registre ?");
        at(q, "/scoring")["bonus"] = json!(1);
    });
    expect(
        &broken,
        &[
            (
                READINESS,
                "/sections/0/questions/0/colour",
                "question `risk.register`: unknown field `colour`",
            ),
            (
                READINESS,
                "/sections/0/questions/0/text/fr",
                "unknown field `fr`",
            ),
            (READINESS, "/scoring/bonus", "unknown field `bonus`"),
        ],
    );
}

#[test]
fn fields_of_the_wrong_type_are_reported_where_they_are() {
    let broken = edited(READINESS, |q| {
        at(q, "/sections/0/questions/1")["weight"] = json!("two");
    });
    // The broken question is still indexed, so nothing cascades from it.
    expect(
        &broken,
        &[(
            READINESS,
            "/sections/0/questions/1/weight",
            "invalid type: string \"two\"",
        )],
    );
}

#[test]
fn question_ids_are_unique_across_all_questionnaires() {
    let broken = edited(READINESS, |q| {
        at(q, "/sections/0/questions/1")["id"] = json!("org.name");
    });
    expect(
        &broken,
        &[(READINESS, "/sections/0/questions/1/id", "question `org.name`: duplicate question id (also in questionnaires/profile.json at /sections/0/questions/2)")],
    );
}

#[test]
fn ids_are_unique_inside_a_file() {
    let triage = edited(TRIAGE, |q| {
        let section = at(q, "/sections/0").clone();
        at(q, "/sections").as_array_mut().unwrap().push(json!({
            "id": section["id"], "title": section["title"], "questions": []
        }));
        at(q, "/sections/0/questions/1/options/1")["id"] = json!("provider");
        at(q, "/obligations/1")["id"] = json!("classify");
        at(q, "/transition/1")["id"] = json!("health");
    });
    let both = edited(SOURCE, |s| {
        at(s, "/provisions/1")["id"] = json!("art-7");
    });
    let mut files = triage;
    files[0] = both[0].clone();
    expect(
        &files,
        &[
            (SOURCE, "/provisions/1/id", "duplicate provision id `art-7`"),
            (TRIAGE, "/sections/1/id", "duplicate section id `scope`"),
            (TRIAGE, "/sections/1/questions", "has no questions"),
            (
                TRIAGE,
                "/sections/0/questions/1/options/1/id",
                "duplicate option id `provider`",
            ),
            (
                TRIAGE,
                "/transition/1/id",
                "duplicate transition id `health`",
            ),
            (
                TRIAGE,
                "/obligations/1/id",
                "obligation `classify`: duplicate obligation id",
            ),
            // The renamed provision leaves a dangling citation, reported where it is cited.
            (
                TRIAGE,
                "/obligations/0/cites/0",
                "source `law-134-2025` has no provision `art-10.1`",
            ),
            (
                READINESS,
                "/sections/0/questions/0/cites/0",
                "has no provision `art-10.1`",
            ),
        ],
    );
}

#[test]
fn source_ids_match_file_names_and_are_unique() {
    let mut files = files();
    files.push(("seeds/law-134-2025-copy.json".into(), common::SOURCE.into()));
    expect(
        &files,
        &[
            (
                "seeds/law-134-2025-copy.json",
                "/id",
                "id `law-134-2025` does not match the file name `law-134-2025-copy.json`",
            ),
            (
                "seeds/law-134-2025-copy.json",
                "/id",
                "duplicate source id (also in seeds/law-134-2025.json)",
            ),
        ],
    );
}

#[test]
fn citations_must_resolve() {
    let broken = edited(READINESS, |q| {
        at(q, "/sections/0/questions/0")["cites"] = json!([
            "law-134-2025#art-99",
            "eu-ai-act#art-26",
            "law-134-2025#",
            "law-134-2025"
        ]);
    });
    expect(
        &broken,
        &[
            (
                READINESS,
                "/sections/0/questions/0/cites/0",
                "citation `law-134-2025#art-99`: source `law-134-2025` has no provision `art-99`",
            ),
            (
                READINESS,
                "/sections/0/questions/0/cites/1",
                "citation `eu-ai-act#art-26`: unknown source `eu-ai-act`",
            ),
            (
                READINESS,
                "/sections/0/questions/0/cites/2",
                "`law-134-2025#` is not a citation",
            ),
        ],
    );
}

#[test]
fn readiness_questions_cite_something() {
    let broken = edited(READINESS, |q| {
        at(q, "/sections/0/questions/1")["cites"] = json!([]);
    });
    expect(
        &broken,
        &[(
            READINESS,
            "/sections/0/questions/1/cites",
            "question `risk.review`: cites nothing",
        )],
    );
}

#[test]
fn conditions_must_name_known_questions() {
    let broken = edited(TRIAGE, |q| {
        at(q, "/tiers/2")["when"] = json!({"answer": "scope.listed_typo", "is": ["yes"]});
        at(q, "/sections/0/questions/3")["applies_if"] = json!({"answered": "nowhere.at_all"});
    });
    expect(
        &broken,
        &[
            (
                TRIAGE,
                "/sections/0/questions/3/applies_if/answered",
                "unknown question `nowhere.at_all`",
            ),
            (
                TRIAGE,
                "/tiers/2/when/answer",
                "unknown question `scope.listed_typo`",
            ),
        ],
    );
}

#[test]
fn conditions_may_not_look_forward() {
    let profile = edited(PROFILE, |q| {
        // The profile is answered before the triage …
        at(q, "/sections/0/questions/0")["applies_if"] = json!({"answered": "scope.ai_system"});
        // … and a question comes after the ones it may depend on, not before or at itself.
        at(q, "/sections/0/questions/1")["applies_if"] = json!({"answered": "org.name"});
        at(q, "/sections/0/questions/2")["applies_if"] = json!({"answered": "org.name"});
    });
    let triage = edited(TRIAGE, |q| {
        at(q, "/sections/0/questions/0")["applies_if"] =
            json!({"answer": "risk.register", "at_least": 1});
    });
    let mut files = profile;
    files[2] = triage[2].clone();
    let later = "which is not answered before this point";
    expect(
        &files,
        &[
            (
                PROFILE,
                "/sections/0/questions/0/applies_if/answered",
                later,
            ),
            (
                PROFILE,
                "/sections/0/questions/1/applies_if/answered",
                later,
            ),
            (
                PROFILE,
                "/sections/0/questions/2/applies_if/answered",
                later,
            ),
            (TRIAGE, "/sections/0/questions/0/applies_if/answer", later),
        ],
    );
}

#[test]
fn roles_and_tiers_are_not_tested_inside_triage() {
    let broken = edited(TRIAGE, |q| {
        at(q, "/tiers/3")["when"] =
            json!({"any": [{"fact": "interactive"}, {"role": ["provider"]}]});
        at(q, "/obligations/2")["when"] = json!({"tier": ["medium"]});
    });
    expect(
        &broken,
        &[
            (
                TRIAGE,
                "/tiers/3/when/any/1/role",
                "`role` cannot be used in the triage",
            ),
            (
                TRIAGE,
                "/obligations/2/when/tier",
                "`tier` cannot be used in the triage",
            ),
        ],
    );
}

#[test]
fn every_text_needs_both_languages() {
    let broken = edited(READINESS, |q| {
        at(q, "/sections/0/questions/0/text")
            .as_object_mut()
            .unwrap()
            .remove("en");
        at(q, "/sections/0/questions/0/help")["vi"] = json!("  ");
        at(q, "/sections/0/questions/1")
            .as_object_mut()
            .unwrap()
            .remove("evidence");
        at(q, "/scoring/bands/1/label")
            .as_object_mut()
            .unwrap()
            .remove("vi");
    });
    expect(
        &broken,
        &[
            (
                READINESS,
                "/scoring/bands/1/label/vi",
                "band `partial`: `label` has no vietnamese translation",
            ),
            (
                READINESS,
                "/sections/0/questions/0/text/en",
                "question `risk.register`: `text` has no english translation",
            ),
            (
                READINESS,
                "/sections/0/questions/0/help/vi",
                "`help` has an empty vietnamese translation",
            ),
            (
                READINESS,
                "/sections/0/questions/1/evidence",
                "question `risk.review`: missing `evidence`",
            ),
        ],
    );
}

#[test]
fn level_descriptors_and_recommendations_match_the_scale() {
    let broken = edited(READINESS, |q| {
        at(q, "/sections/0/questions/0/levels")
            .as_array_mut()
            .unwrap()
            .pop();
        at(q, "/sections/0/questions/1/recommendations")
            .as_array_mut()
            .unwrap()
            .push(json!({"vi": "d", "en": "d"}));
    });
    expect(
        &broken,
        &[
            (
                READINESS,
                "/sections/0/questions/0/levels",
                "question `risk.register`: 3 levels, expected 4",
            ),
            (
                READINESS,
                "/sections/0/questions/1/recommendations",
                "question `risk.review`: 4 recommendations, expected 3",
            ),
        ],
    );
}

#[test]
fn question_weights_are_1_to_3_and_section_weights_positive() {
    let broken = edited(READINESS, |q| {
        at(q, "/sections/0/questions/0")["weight"] = json!(4);
        at(q, "/sections/0/questions/1")["weight"] = json!(0);
        at(q, "/sections/0")["weight"] = json!(0);
    });
    expect(
        &broken,
        &[
            (
                READINESS,
                "/sections/0/weight",
                "section `risk`: weight 0 must be a positive number",
            ),
            (
                READINESS,
                "/sections/0/questions/0/weight",
                "question `risk.register`: weight 4 is not 1, 2 or 3",
            ),
            (
                READINESS,
                "/sections/0/questions/1/weight",
                "question `risk.review`: weight 0 is not 1, 2 or 3",
            ),
        ],
    );
}

#[test]
fn duties_name_roles_and_tiers() {
    let broken = edited(READINESS, |q| {
        at(q, "/sections/0/questions/0")["duty"] =
            json!({"roles": [], "tiers": ["high", "extreme"]});
    });
    expect(
        &broken,
        &[
            (
                READINESS,
                "/sections/0/questions/0/duty/roles",
                "question `risk.register`: the list of roles is empty",
            ),
            (
                READINESS,
                "/sections/0/questions/0/duty/tiers/1",
                "unknown tier `extreme`",
            ),
        ],
    );
}

#[test]
fn option_sets_must_exist() {
    let broken = edited(TRIAGE, |q| {
        at(q, "/sections/0/questions/0")["options"] = json!("yes_no_maybe");
    });
    expect(
        &broken,
        &[(
            TRIAGE,
            "/sections/0/questions/0/options",
            "question `scope.ai_system`: unknown option set `yes_no_maybe`",
        )],
    );
}

#[test]
fn the_last_tier_rule_must_always_hold() {
    let broken = edited(TRIAGE, |q| {
        at(q, "/tiers/4")["when"] = json!({"fact": "interactive"});
    });
    expect(
        &broken,
        &[(
            TRIAGE,
            "/tiers/4/when",
            "the last tier rule (`low`) must always hold",
        )],
    );
}

#[test]
fn evidenced_by_names_readiness_questions() {
    let broken = edited(TRIAGE, |q| {
        at(q, "/obligations/0")["evidenced_by"] = json!(["RB3", "risk.register", "scope.roles"]);
    });
    expect(
        &broken,
        &[
            (
                TRIAGE,
                "/obligations/0/evidenced_by/0",
                "evidenced_by: `RB3` is not a readiness question",
            ),
            (
                TRIAGE,
                "/obligations/0/evidenced_by/2",
                "evidenced_by: `scope.roles` is not a readiness question",
            ),
        ],
    );
}

#[test]
fn dates_are_checked() {
    let triage = edited(TRIAGE, |q| {
        at(q, "/transition/0")["date"] = json!("2027-02-30");
        at(q, "/obligations/3/deadline")["date"] = json!("1/3/2026");
    });
    let source = edited(SOURCE, |s| {
        s["date"] = json!("2025/12/10");
        s["effective"] = json!("2026-03");
    });
    let mut files = triage;
    files[0] = source[0].clone();
    expect(
        &files,
        &[
            (SOURCE, "/date", "`2025/12/10` is not a date"),
            (
                TRIAGE,
                "/transition/0/date",
                "transition `health`: `2027-02-30` is not a date (YYYY-MM-DD)",
            ),
            (
                TRIAGE,
                "/obligations/3/deadline/date",
                "obligation `stop`: `1/3/2026` is not a date",
            ),
        ],
    );
}

#[test]
fn deadlines_are_well_formed() {
    let broken = edited(TRIAGE, |q| {
        at(q, "/obligations/1/deadline")["hours"] = json!(0);
        at(q, "/obligations/2")["deadline"] = json!({"kind": "before_use", "date": "2027-01-01"});
        at(q, "/obligations/3")["deadline"] = json!({"kind": "someday"});
    });
    expect(
        &broken,
        &[
            (
                TRIAGE,
                "/obligations/1/deadline/hours",
                "obligation `incident`: hours 0 must be a positive whole number",
            ),
            (
                TRIAGE,
                "/obligations/2/deadline/date",
                "`date` does not go with a `before_use` deadline",
            ),
            (
                TRIAGE,
                "/obligations/3/deadline/kind",
                "unknown deadline kind `someday`",
            ),
        ],
    );
}

#[test]
fn bands_ascend_from_zero_and_the_gate_band_exists() {
    let broken = edited(READINESS, |q| {
        at(q, "/scoring/bands/0")["min"] = json!(10);
        at(q, "/scoring/bands/2")["min"] = json!(30);
        at(q, "/scoring")["gate_band"] = json!("half");
        at(q, "/scoring")["evidence_level"] = json!(4);
        at(q, "/scoring/bands/1")["min"] = json!(40.25);
        at(q, "/scoring")["max_not_applicable_percent"] = json!(101);
        at(q, "/scoring")
            .as_object_mut()
            .unwrap()
            .remove("max_dont_know_percent");
    });
    expect(
        &broken,
        &[
            (
                READINESS,
                "/scoring/bands/0/min",
                "band `not_ready`: min 10 breaks the order",
            ),
            (
                READINESS,
                "/scoring/bands/2/min",
                "band `ready`: min 30 breaks the order",
            ),
            (
                READINESS,
                "/scoring/gate_band",
                "gate_band `half` is not a band",
            ),
            (
                READINESS,
                "/scoring/evidence_level",
                "evidence_level 4 is not a level of the scale",
            ),
            (
                READINESS,
                "/scoring/bands/1/min",
                "band `partial`: min 40.25 has more than one decimal",
            ),
            (
                READINESS,
                "/scoring/max_not_applicable_percent",
                "max_not_applicable_percent 101 is not a percentage",
            ),
            (
                READINESS,
                "/scoring/max_dont_know_percent",
                "missing `max_dont_know_percent`",
            ),
        ],
    );
}

#[test]
fn fact_names_are_checked_and_must_be_set_somewhere() {
    let broken = edited(TRIAGE, |q| {
        at(q, "/sections/0/questions/2/options/0")["facts"] = json!(["Legacy-System"]);
        at(q, "/tiers/3")["when"] = json!({"fact": "interactiv"});
        at(q, "/obligations/2")["when"] = json!({"fact": "Interactive"});
    });
    expect(
        &broken,
        &[
            (
                TRIAGE,
                "/sections/0/questions/2/options/0/facts/0",
                "fact name `Legacy-System` is not [a-z0-9_.]+",
            ),
            (
                TRIAGE,
                "/tiers/3/when/fact",
                "fact `interactiv` is never set",
            ),
            (
                TRIAGE,
                "/obligations/2/when/fact",
                "fact name `Interactive` is not [a-z0-9_.]+",
            ),
            // `legacy` is no longer set by any option.
            (
                TRIAGE,
                "/transition/0/when/all/0/fact",
                "fact `legacy` is never set",
            ),
            (
                TRIAGE,
                "/transition/1/when/fact",
                "fact `legacy` is never set",
            ),
        ],
    );
}

#[test]
fn a_readiness_questionnaire_needs_a_scale_and_scoring() {
    let broken = edited(READINESS, |q| {
        let object = q.as_object_mut().unwrap();
        object.remove("scale");
        object.remove("scoring");
    });
    expect(
        &broken,
        &[
            (
                READINESS,
                "/scale",
                "questionnaire `readiness`: missing `scale`",
            ),
            (
                READINESS,
                "/scoring",
                "questionnaire `readiness`: missing `scoring`",
            ),
        ],
    );
}

#[test]
fn fields_belong_to_their_kind_of_questionnaire() {
    let triage = edited(TRIAGE, |q| {
        at(q, "/sections/0/questions/0")["weight"] = json!(2);
        at(q, "/sections/0")["principle"] = json!("risk_based");
        q["scale"] = json!({"levels": []});
    });
    let readiness = edited(READINESS, |q| {
        at(q, "/sections/0/questions/0")["type"] = json!("single");
        q["tiers"] = json!([]);
    });
    let mut files = triage;
    files[3] = readiness[3].clone();
    expect(
        &files,
        &[
            (
                TRIAGE,
                "/scale",
                "`scale` is only allowed in a readiness questionnaire",
            ),
            (
                TRIAGE,
                "/sections/0/principle",
                "`principle` is only allowed in readiness sections",
            ),
            (
                TRIAGE,
                "/sections/0/questions/0/weight",
                "`weight` is only used in readiness questions",
            ),
            (
                READINESS,
                "/tiers",
                "`tiers` is only allowed in a triage questionnaire",
            ),
            (
                READINESS,
                "/sections/0/questions/0/type",
                "`type` is not used in readiness questions",
            ),
        ],
    );
}

#[test]
fn conditions_have_exactly_one_form_and_valid_answers() {
    let broken = edited(READINESS, |q| {
        at(q, "/sections/0/questions/1")["applies_if"] = json!({"all": [
            {},
            {"fact": "sector.health", "answered": "org.sector"},
            {"answer": "org.sector"},
            {"answer": "org.sector", "is": ["mining"]},
            {"answer": "org.sector", "at_least": 2},
            {"answer": "risk.register", "at_least": 5}
        ]});
    });
    let path = "/sections/0/questions/1/applies_if/all";
    expect(
        &broken,
        &[
            (READINESS, &format!("{path}/0"), "condition: empty"),
            (
                READINESS,
                &format!("{path}/1"),
                "condition: mixes `fact` and `answered`",
            ),
            (
                READINESS,
                &format!("{path}/2"),
                "`answer` needs `is` or `at_least`",
            ),
            (
                READINESS,
                &format!("{path}/3/answer"),
                "`org.sector` has no option `mining`",
            ),
            (
                READINESS,
                &format!("{path}/4/answer"),
                "`at_least` needs a readiness question, and `org.sector` is not one",
            ),
            (
                READINESS,
                &format!("{path}/5/answer"),
                "at_least 5 is above the top level 3 of `risk.register`",
            ),
            (
                READINESS,
                &format!("{path}/5/answer"),
                "refers to the readiness answer `risk.register`",
            ),
        ],
    );
}

#[test]
fn readiness_visibility_never_depends_on_readiness_answers() {
    // Raising one answer must never show or hide another question (scores stay monotonic), whether the
    // answer comes earlier or later.
    let broken = edited(READINESS, |q| {
        at(q, "/sections/0/questions/1")["applies_if"] = json!({"any": [
            {"answer": "risk.register", "at_least": 2},
            {"answered": "risk.register"},
            {"role": ["provider"]}
        ]});
        at(q, "/sections/0/questions/0")["applies_if"] =
            json!({"not": {"answered": "risk.review"}});
    });
    let message = "condition: refers to the readiness answer";
    expect(
        &broken,
        &[
            (
                READINESS,
                "/sections/0/questions/0/applies_if/not/answered",
                message,
            ),
            (
                READINESS,
                "/sections/0/questions/1/applies_if/any/0/answer",
                message,
            ),
            (
                READINESS,
                "/sections/0/questions/1/applies_if/any/1/answered",
                message,
            ),
        ],
    );
}

#[test]
fn every_problem_in_every_file_is_reported_at_once() {
    let mut files = files();
    files[1].1 = "{ not json".into();
    let triage = edited(TRIAGE, |q: &mut Value| {
        at(q, "/tiers/4")["when"] = json!({"fact": "interactive"});
        at(q, "/obligations/0")["evidenced_by"] = json!(["RB3"]);
    });
    files[2] = triage[2].clone();
    let readiness = edited(READINESS, |q| {
        at(q, "/sections/0/questions/0")["weight"] = json!(9);
    });
    files[3] = readiness[3].clone();
    let problems = load(&files).unwrap_err();
    let located: Vec<(&str, &str)> = problems
        .iter()
        .map(|p| (p.file.as_str(), p.path.as_str()))
        .collect();
    assert_eq!(
        located,
        [
            (PROFILE, ""),
            (READINESS, "/sections/0/questions/0/weight"),
            (TRIAGE, "/tiers/4/when"),
            // The profile did not parse, so its questions and facts are unknown: checks that need them
            // (`evidenced_by: RB3`, facts the profile sets) wait for the next run instead of cascading.
        ]
    );
    let files = replace(files, PROFILE, common::PROFILE);
    let problems = load(&files).unwrap_err();
    let located: Vec<(&str, &str)> = problems
        .iter()
        .map(|p| (p.file.as_str(), p.path.as_str()))
        .collect();
    assert_eq!(
        located,
        [
            (READINESS, "/sections/0/questions/0/weight"),
            // `risk.register` is a duty, and with `evidenced_by` pointing at RB3 no obligation evidences it.
            (READINESS, "/sections/0/questions/0/duty"),
            (TRIAGE, "/tiers/4/when"),
            (TRIAGE, "/obligations/0/evidenced_by/0"),
        ]
    );
}

#[test]
fn diagnostics_print_as_file_path_message() {
    let broken = edited(READINESS, |q| {
        at(q, "/sections/0/questions/0")["weight"] = json!(4);
    });
    let problems = load(&broken).unwrap_err();
    assert_eq!(
        problems[0].to_string(),
        "questionnaires/readiness.json:/sections/0/questions/0/weight: question `risk.register`: weight 4 is not 1, 2 or 3"
    );
}

#[test]
fn only_content_folders_are_loaded() {
    let mut files = files();
    files.push(("docs/notes.json".into(), "{}".into()));
    expect(&files, &[("docs/notes.json", "", "not a content file")]);
}
