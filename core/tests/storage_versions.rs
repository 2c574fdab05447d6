//! Every released storage version stays readable by the newest code.
//!
//! `tests/fixtures/storage/vN/` holds documents exactly as version N wrote them. Released versions are frozen:
//! a change to the format adds version N+1, a migration vN→vN+1 (`assessment_file::migrate`) and a new
//! directory `vN+1/`, and never edits an existing fixture (each file's fingerprint is pinned below). Each
//! fixture is loaded as an assessment or a backup by its `format` tag, its key fields are checked, and
//! encoding what was decoded and decoding again loses nothing. A document from a newer version is refused
//! with `version.newer`, never read as if it were the current one.

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use sansang_core::domain::{AnswerValue, Assessment, Date, PlanStatus};
use sansang_core::format::assessment_file::{
    decode_assessment, decode_backup, encode_assessment, encode_backup, format_timestamp, migrate,
    ASSESSMENT_FORMAT, ASSESSMENT_VERSION, BACKUP_FORMAT, FIRST_VERSION,
};
use sansang_core::format::{decode_import, Incoming, Problem};
use serde_json::{json, Value};

/// What a fixture decodes to: the same shape as an import.
type Decoded = Incoming;

fn one(decoded: &Decoded) -> &Assessment {
    match decoded {
        Incoming::Assessment(assessment) => assessment,
        Incoming::Backup(_) => panic!("expected an assessment, found a backup"),
    }
}

fn many(decoded: &Decoded) -> &[Assessment] {
    match decoded {
        Incoming::Backup(list) => list,
        Incoming::Assessment(_) => panic!("expected a backup, found an assessment"),
    }
}

/// A fixture known to this test.
struct Known {
    /// Relative to `tests/fixtures/storage/`.
    path: &'static str,
    /// FNV-1a (64-bit) of the file with `\r` removed. Pinned: released fixtures are never edited.
    fingerprint: u64,
    /// Whether the file is exactly what the encoder of its version writes (every field spelled out, keys
    /// in the fixed order), so re-encoding it with that version gives the same JSON.
    canonical: bool,
    /// The key fields.
    check: fn(&Decoded),
}

const KNOWN: &[Known] = &[
    Known {
        path: "v1/assessment-full.json",
        fingerprint: 0x6ea6_9fae_3216_ee1d,
        canonical: true,
        check: check_v1_full,
    },
    Known {
        path: "v1/assessment-minimal.json",
        fingerprint: 0x1a66_5316_a2f1_e584,
        canonical: false,
        check: check_v1_minimal,
    },
    Known {
        path: "v1/assessment-variants.json",
        fingerprint: 0x2f61_7b0e_7348_5993,
        canonical: false,
        check: check_v1_variants,
    },
    Known {
        path: "v1/backup.json",
        fingerprint: 0x64e5_851a_f257_9c9b,
        canonical: true,
        check: check_v1_backup,
    },
];

fn storage_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/storage")
}

fn json_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            json_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "json") {
            out.push(path);
        }
    }
}

/// Every fixture on disk: (path relative to the storage directory, text), sorted.
fn fixtures() -> Vec<(String, String)> {
    let root = storage_dir();
    let mut files = Vec::new();
    json_files(&root, &mut files);
    files.sort();
    assert!(!files.is_empty(), "no fixtures under {}", root.display());
    files
        .into_iter()
        .map(|path| {
            let relative = path
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{relative}: {e}"));
            (relative, text)
        })
        .collect()
}

fn fingerprint(text: &str) -> u64 {
    text.bytes()
        .filter(|&b| b != b'\r')
        .fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
            (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
        })
}

fn known(path: &str) -> &'static Known {
    KNOWN.iter().find(|k| k.path == path).unwrap_or_else(|| {
        panic!("{path}: a fixture without checks; add it to KNOWN in tests/storage_versions.rs")
    })
}

/// Decodes a fixture by its `format` tag, with the decoder for that kind.
fn decode(path: &str, text: &str) -> Decoded {
    let value: Value = serde_json::from_str(text).unwrap_or_else(|e| panic!("{path}: {e}"));
    let fail = |problems: Vec<Problem>| -> ! { panic!("{path}: {problems:#?}") };
    match value["format"].as_str() {
        Some(ASSESSMENT_FORMAT) => {
            Incoming::Assessment(decode_assessment(text).unwrap_or_else(|p| fail(p)))
        }
        Some(BACKUP_FORMAT) => Incoming::Backup(decode_backup(text).unwrap_or_else(|p| fail(p))),
        other => panic!("{path}: unexpected format {other:?}"),
    }
}

fn encode(decoded: &Decoded) -> String {
    match decoded {
        Incoming::Assessment(assessment) => encode_assessment(assessment),
        Incoming::Backup(list) => encode_backup(list),
    }
}

fn codes(problems: &[Problem]) -> Vec<(&'static str, &str)> {
    problems
        .iter()
        .map(|p| (p.code(), p.path.as_str()))
        .collect()
}

#[test]
fn every_fixture_is_known_and_released_fixtures_are_never_edited() {
    let on_disk: Vec<(String, String)> = fixtures();
    let disk: BTreeSet<&str> = on_disk.iter().map(|(path, _)| path.as_str()).collect();
    let listed: BTreeSet<&str> = KNOWN.iter().map(|k| k.path).collect();
    assert_eq!(disk, listed, "fixtures on disk and KNOWN differ");
    let mut changed = Vec::new();
    for (path, text) in &on_disk {
        let actual = fingerprint(text);
        if actual != known(path).fingerprint {
            changed.push(format!("{path}: fingerprint {actual:#018x}"));
        }
        // A fixture in vN/ is a version-N document.
        let directory = path.split('/').next().unwrap();
        let value: Value = serde_json::from_str(text).unwrap();
        assert_eq!(
            Some(directory),
            value["version"]
                .as_u64()
                .map(|v| format!("v{v}"))
                .as_deref(),
            "{path}: the version field and the directory disagree"
        );
    }
    assert!(
        changed.is_empty(),
        "released fixtures are frozen; a format change adds a new version directory instead:\n{}",
        changed.join("\n")
    );
}

#[test]
fn every_fixture_loads_in_the_newest_code_with_its_key_fields() {
    for (path, text) in fixtures() {
        let decoded = decode(&path, &text);
        (known(&path).check)(&decoded);
        // The import dialog reads it the same way.
        let imported = decode_import(text.as_bytes()).unwrap_or_else(|p| panic!("{path}: {p:#?}"));
        assert_eq!(imported, decoded, "{path}: decode_import disagrees");
    }
}

#[test]
fn encoding_a_decoded_fixture_and_decoding_again_is_lossless() {
    for (path, text) in fixtures() {
        let decoded = decode(&path, &text);
        let encoded = encode(&decoded);
        assert_eq!(
            decode(&path, &encoded),
            decoded,
            "{path}: the round trip lost something"
        );
        // Stable: encoding again gives the same text.
        assert_eq!(encode(&decode(&path, &encoded)), encoded, "{path}");
        let version = serde_json::from_str::<Value>(&text).unwrap()["version"].as_u64();
        if known(&path).canonical && version == Some(ASSESSMENT_VERSION) {
            assert_eq!(
                serde_json::from_str::<Value>(&encoded).unwrap(),
                serde_json::from_str::<Value>(&text).unwrap(),
                "{path}: the current encoder no longer writes this version's documents"
            );
        }
    }
}

#[test]
fn a_document_from_a_newer_version_is_refused_not_guessed() {
    let newer = ASSESSMENT_VERSION + 1;
    for (path, text) in fixtures() {
        let mut value: Value = serde_json::from_str(&text).unwrap();
        value["version"] = json!(newer);
        let bumped = value.to_string();
        let problems = match value["format"].as_str() {
            Some(ASSESSMENT_FORMAT) => decode_assessment(&bumped).unwrap_err(),
            _ => decode_backup(&bumped).unwrap_err(),
        };
        assert_eq!(codes(&problems), [("version.newer", "/version")], "{path}");
        let message = problems[0].message();
        assert!(message.en.contains("newer version"), "{}", message.en);
        assert!(message.vi.contains("phiên bản mới hơn"), "{}", message.vi);
        let imported = decode_import(bumped.as_bytes()).unwrap_err();
        assert_eq!(codes(&imported), [("version.newer", "/version")], "{path}");
        // Inside a backup, each assessment carries its own version.
        if value["format"] == BACKUP_FORMAT {
            let mut value: Value = serde_json::from_str(&text).unwrap();
            value["assessments"][0]["version"] = json!(newer);
            let problems = decode_import(value.to_string().as_bytes()).unwrap_err();
            assert_eq!(
                codes(&problems),
                [("version.newer", "/assessments/0/version")],
                "{path}"
            );
        }
        // A version that never existed is told apart from a newer one.
        let mut value: Value = serde_json::from_str(&text).unwrap();
        value["version"] = json!(0);
        let problems = decode_import(value.to_string().as_bytes()).unwrap_err();
        assert_eq!(
            codes(&problems),
            [("version.unknown", "/version")],
            "{path}"
        );
    }
}

#[test]
fn migrate_maps_the_current_version_to_itself() {
    assert_eq!((FIRST_VERSION, ASSESSMENT_VERSION), (1, 1));
    for (path, text) in fixtures() {
        let value: Value = serde_json::from_str(&text).unwrap();
        let documents: Vec<&Value> = match value["format"].as_str() {
            Some(BACKUP_FORMAT) => value["assessments"].as_array().unwrap().iter().collect(),
            _ => vec![&value],
        };
        for document in documents {
            let object = document.as_object().unwrap();
            let version = object["version"].as_u64().unwrap();
            let migrated = migrate(version, Cow::Borrowed(object));
            if version == ASSESSMENT_VERSION {
                // v1 → v1: handed back as it is, without a copy.
                assert!(matches!(migrated, Cow::Borrowed(_)), "{path}");
            }
            assert_eq!(migrated["version"], json!(ASSESSMENT_VERSION), "{path}");
        }
        // Versions outside the released range are left alone (the header check refuses them first).
        let object = value.as_object().unwrap();
        assert!(matches!(
            migrate(ASSESSMENT_VERSION + 1, Cow::Borrowed(object)),
            Cow::Borrowed(_)
        ));
    }
}

// ---------------------------------------------------------------------------------------------------------
// The key fields of each fixture.

fn date(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

fn choices(list: &[&str]) -> AnswerValue {
    AnswerValue::Choices(list.iter().map(|s| s.to_string()).collect())
}

fn check_v1_full(decoded: &Decoded) {
    let a = one(decoded);
    assert_eq!(a.id, "a-20270115-full");
    assert_eq!(
        a.name,
        "Công ty CP Dữ liệu Phương Nam — đánh giá mức độ sẵn sàng, quý I/2027"
    );
    assert_eq!(
        a.organisation,
        "Công ty Cổ phần Dữ liệu Phương Nam (Phuong Nam Data JSC)"
    );
    assert_eq!(format_timestamp(a.created), "2027-01-15T02:30:00.250Z");
    assert_eq!(format_timestamp(a.updated), "2027-02-03T10:45:12.999Z");
    assert_eq!(
        [
            &a.versions.profile,
            &a.versions.triage,
            &a.versions.readiness
        ],
        ["1.0.0", "1.0.0", "1.0.0"]
    );

    // Every answer kind appears.
    assert_eq!(a.profile.len(), 7);
    assert_eq!(
        a.profile.get("org.sector"),
        Some(&AnswerValue::Choice("health".into()))
    );
    assert_eq!(
        a.profile.get("org.cross_border"),
        Some(&AnswerValue::DontKnow)
    );
    assert_eq!(
        a.profile.get("org.contact_note"),
        Some(&AnswerValue::Text(
            "Liên hệ: Phòng Pháp chế, tầng 5.\nEmail: phapche@phuongnam.example".into()
        ))
    );
    assert_eq!(
        a.profile.get("org.ai_since"),
        Some(&AnswerValue::Date(date("2024-07-01")))
    );
    let levels: Vec<Option<u8>> = [
        "risk.inventory",
        "risk.roles",
        "risk.classification",
        "risk.portal_notification",
    ]
    .iter()
    .map(|q| a.readiness.get(q).and_then(AnswerValue::level))
    .collect();
    assert_eq!(levels, [Some(3), Some(2), Some(1), Some(0)]);
    assert_eq!(
        a.readiness.get("risk.conformity_assessment"),
        Some(&AnswerValue::DontKnow)
    );
    assert!(matches!(
        a.readiness.get("human.vulnerable_groups"),
        Some(AnswerValue::NotApplicable { reason }) if reason.starts_with("Chỉ phục vụ")
    ));
    assert_eq!(
        a.readiness.get("sustainability.efficiency_measures"),
        Some(&AnswerValue::NotApplicable {
            reason: String::new()
        })
    );
    let kinds: BTreeSet<&str> = a
        .profile
        .iter()
        .chain(a.readiness.iter())
        .chain(a.systems.iter().flat_map(|s| s.answers.iter()))
        .map(|(_, answer)| match answer {
            AnswerValue::Level(_) => "level",
            AnswerValue::NotApplicable { .. } => "na",
            AnswerValue::DontKnow => "dont_know",
            AnswerValue::Choice(_) => "choice",
            AnswerValue::Choices(_) => "choices",
            AnswerValue::Text(_) => "text",
            AnswerValue::Date(_) => "date",
        })
        .collect();
    assert_eq!(kinds.len(), 7, "{kinds:?}");

    // Two systems, in the user's order, multiple choices in the order given.
    let ids: Vec<&str> = a.systems.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["s-triage-chat", "s-imaging"]);
    assert_eq!(a.systems[0].answers.len(), 6);
    assert_eq!(
        a.systems[0].answers.get("triage.role.roles"),
        Some(&choices(&["deployer", "provider"]))
    );
    assert_eq!(a.systems[1].name, "Imaging triage model \"RX-2\" <beta>");
    assert_eq!(
        a.systems[1].answers.get("triage.role.roles"),
        Some(&choices(&[]))
    );

    // Evidence: note and links, note only, link only.
    assert_eq!(a.evidence.len(), 3);
    let inventory = a.evidence_for("risk.inventory").unwrap();
    assert_eq!(inventory.links.len(), 2);
    assert!(inventory.links[1].starts_with("http://"));
    assert!(a.evidence_for("risk.roles").unwrap().links.is_empty());
    assert_eq!(a.evidence_for("risk.classification").unwrap().note, "");

    // Plan entries: every status, with and without a due date and an owner.
    let plan: Vec<(&str, &str, Option<Date>, PlanStatus)> = a
        .plan
        .iter()
        .map(|(q, e)| (q.as_str(), e.owner.as_str(), e.due, e.status))
        .collect();
    assert_eq!(
        plan,
        [
            ("risk.classification", "", None, PlanStatus::Todo),
            (
                "risk.inventory",
                "Risk Office",
                Some(date("2026-12-15")),
                PlanStatus::Done
            ),
            (
                "risk.portal_notification",
                "Pháp chế — Trần Minh Anh",
                Some(date("2027-03-31")),
                PlanStatus::InProgress
            ),
        ]
    );
}

fn check_v1_minimal(decoded: &Decoded) {
    let a = one(decoded);
    assert_eq!(a.id, "a-minimal");
    assert_eq!((a.name.as_str(), a.organisation.as_str()), ("", ""));
    // Seconds without a fraction are read as .000.
    assert_eq!(format_timestamp(a.created), "2027-01-15T08:00:00.000Z");
    assert_eq!(a.created, a.updated);
    assert_eq!(a.versions.readiness, "1.0.0");
    // Everything optional was left out.
    assert!(a.profile.is_empty() && a.systems.is_empty() && a.readiness.is_empty());
    assert!(a.evidence.is_empty() && a.plan.is_empty());
}

fn check_v1_variants(decoded: &Decoded) {
    let a = one(decoded);
    assert_eq!(a.id, "A_variants-01");
    assert_eq!(a.organisation, "Tổ chức Việt — escapes é and \"quotes\"");
    // A fraction of one digit, and of nine (kept to the millisecond, not rounded).
    assert_eq!(format_timestamp(a.created), "2027-01-15T08:00:00.500Z");
    assert_eq!(format_timestamp(a.updated), "2027-01-15T08:00:00.123Z");
    assert_eq!(a.versions.readiness, "1.0.4");
    // A system without `answers`.
    assert_eq!(a.systems.len(), 1);
    assert_eq!(a.systems[0].id, "S-1");
    assert!(a.systems[0].answers.is_empty());
    assert_eq!(
        a.readiness.get("risk.roles"),
        Some(&AnswerValue::NotApplicable {
            reason: String::new()
        })
    );
    // Evidence and plan fields default when left out; `"due": null` is no date.
    let evidence = |q: &str| a.evidence_for(q).unwrap();
    assert_eq!(evidence("risk.roles").note, "Only a note.");
    assert!(evidence("risk.roles").links.is_empty());
    assert_eq!(
        evidence("risk.inventory").links,
        ["HTTPS://EXAMPLE.VN/Register"]
    );
    assert!(!evidence("risk.classification").is_recorded());
    let entry = |q: &str| a.plan.get(q).unwrap();
    assert_eq!(
        (
            entry("risk.roles").owner.as_str(),
            entry("risk.roles").due,
            entry("risk.roles").status
        ),
        ("Legal", None, PlanStatus::Todo)
    );
    assert_eq!(entry("risk.inventory").status, PlanStatus::Done);
    assert_eq!(entry("risk.inventory").owner, "");
    assert_eq!(entry("risk.classification").status, PlanStatus::Todo);
}

fn check_v1_backup(decoded: &Decoded) {
    let list = many(decoded);
    let ids: Vec<&str> = list.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a-20261201-hn01", "a-20270110-hcm2"]);
    assert_eq!(list[0].name, "Hanoi office — first pass");
    assert_eq!(list[0].organisation, "Công ty TNHH Sao Mai");
    assert_eq!(
        format_timestamp(list[0].updated),
        "2026-12-01T05:06:07.008Z"
    );
    assert_eq!(list[0].systems.len(), 1);
    assert_eq!(
        list[0].readiness.get("risk.roles"),
        Some(&AnswerValue::DontKnow)
    );
    assert_eq!(
        format_timestamp(list[1].updated),
        "2027-01-20T16:30:45.500Z"
    );
    assert!(list[1].systems.is_empty());
    assert_eq!(
        list[1].plan.get("risk.roles").unwrap().due,
        Some(date("2027-04-30"))
    );
    assert_eq!(
        list[1].evidence_for("risk.inventory").unwrap().links,
        ["https://saomai.example/ai"]
    );
}
