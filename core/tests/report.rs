//! Reports: the model holds every part, every format shows the whole action plan, CSV parses back with
//! Vietnamese intact, HTML is standalone and escapes hostile text, DOCX is a deterministic zip with every
//! heading, JSON imports back unchanged, and `verify` names the answer that changed.

use std::io::Read;

use proptest::prelude::*;
use std::process::Command;

use sansang_core::catalog;
use sansang_core::domain::{
    compare, crosswalk, evaluate, AnswerValue, Assessment, Catalog, Date, Evaluation, Evidence,
    Lang,
};
use sansang_core::format::report_json::{
    decode_request, encode_request, render_request, ReportRequest, RequestError,
};
use sansang_core::format::{decode_assessment, decode_import, encode_assessment, Incoming};
use sansang_core::report::integrity::{parse_manifest, verify_manifest};
use sansang_core::report::{
    self, build_report, report_file_name, verify_file, Format, Logo, LogoError, Previous, Report,
    ReportInput, ReportLang, ReportSettings, Verdict, VerifyError, PART_IDS,
};

const SAMPLE: &str = include_str!("fixtures/assessment-sample.json");

fn setup() -> (Catalog, Assessment) {
    let catalog = catalog::builtin().expect("shipped content");
    let assessment = decode_assessment(SAMPLE).expect("sample");
    (catalog, assessment)
}

fn settings(lang: ReportLang) -> ReportSettings {
    ReportSettings {
        organisation: String::new(),
        assessor: "Nguyễn Thị Hoà".into(),
        firm: "Công ty Luật Ánh Dương".into(),
        logo: None,
        date: Date::parse_iso("2026-12-04"),
        lang,
        summary: "Đoạn tóm tắt thứ nhất.\n\nĐoạn thứ hai.".into(),
    }
}

fn build(
    catalog: &Catalog,
    assessment: &Assessment,
    evaluation: &Evaluation,
    settings: &ReportSettings,
) -> Report {
    build_report(&ReportInput {
        catalog,
        assessment,
        evaluation,
        settings,
        previous: None,
    })
}

fn render(
    catalog: &Catalog,
    assessment: &Assessment,
    settings: &ReportSettings,
    format: Format,
) -> Vec<u8> {
    let evaluation = evaluate(catalog, assessment);
    report::render(
        &ReportInput {
            catalog,
            assessment,
            evaluation: &evaluation,
            settings,
            previous: None,
        },
        format,
    )
    .expect("renders")
    .0
}

fn docx_xml(bytes: &[u8]) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .expect("word/document.xml")
        .read_to_string(&mut xml)
        .expect("UTF-8");
    xml
}

#[test]
fn the_model_holds_every_part_for_the_sample() {
    let (catalog, assessment) = setup();
    let evaluation = evaluate(&catalog, &assessment);
    let settings = settings(ReportLang::Both);
    let report = build(&catalog, &assessment, &evaluation, &settings);
    let ids: Vec<&str> = report.parts.iter().map(|p| p.id).collect();
    let expected: Vec<&str> = PART_IDS
        .iter()
        .copied()
        .filter(|id| *id != "compare")
        .collect();
    assert_eq!(ids, expected);
    for part in &report.parts {
        assert!(!part.blocks.is_empty(), "{} is empty", part.id);
        assert!(!part.title.vi.is_empty() && !part.title.en.is_empty());
    }
    // The whole plan, every readiness question, and the cover.
    assert_eq!(report.actions.len(), evaluation.plan.len());
    assert!(
        report.actions.len() > 25,
        "the sample has more actions than a page shows"
    );
    assert_eq!(report.answers.len(), evaluation.items.len());
    assert_eq!(report.cover.hash.len(), 64);
    assert_eq!(report.cover.assessor, "Nguyễn Thị Hoà");
    assert!(report
        .cover
        .questionnaires
        .iter()
        .any(|(kind, _, _)| kind == "readiness"));
    // The radar is there, in both languages, from chart.rs.
    let scores = report.part("scores").unwrap();
    assert!(scores
        .blocks
        .iter()
        .any(|b| matches!(b, report::Block::Chart(c)
        if c.svg.vi.starts_with("<svg") && c.svg.en.contains("Readiness by principle area"))));
    // The method annex states the thresholds of the questionnaire data, not constants.
    let md = report::markdown(&report);
    for band in &evaluation.settings.bands {
        assert!(md.contains(&band.label.vi), "{}", band.label.vi);
    }
}

#[test]
fn numbers_and_dates_follow_the_language() {
    let (catalog, assessment) = setup();
    let evaluation = evaluate(&catalog, &assessment);
    let index = evaluation.overall.index.expect("scored");
    let vi = report::markdown(&build(
        &catalog,
        &assessment,
        &evaluation,
        &settings(ReportLang::Vi),
    ));
    let en = report::markdown(&build(
        &catalog,
        &assessment,
        &evaluation,
        &settings(ReportLang::En),
    ));
    let vi_index = sansang_core::domain::locale::format_score(index, Lang::Vi);
    let en_index = sansang_core::domain::locale::format_score(index, Lang::En);
    assert!(
        vi_index.contains(','),
        "the sample's index has a decimal: {vi_index}"
    );
    assert!(vi.contains(&format!("{vi_index}/100")));
    assert!(en.contains(&format!("{en_index}/100")));
    assert!(vi.contains("04/12/2026"));
    assert!(en.contains("4 Dec 2026"));
    assert!(!vi.contains("Executive summary") && en.contains("Executive summary"));
}

#[test]
fn every_action_appears_in_every_format() {
    let (catalog, assessment) = setup();
    let evaluation = evaluate(&catalog, &assessment);
    let settings = settings(ReportLang::Vi);
    let report = build(&catalog, &assessment, &evaluation, &settings);
    let md = report::markdown(&report);
    let html = report::html(&report);
    let plan: Vec<csv::StringRecord> = csv::Reader::from_reader(&report::plan_csv(&report)[3..])
        .records()
        .collect::<Result<_, _>>()
        .expect("the plan CSV parses");
    let docx = report::docx(&report).expect("docx");
    let xml = docx_xml(&docx);
    assert_eq!(plan.len(), evaluation.plan.len());
    for (k, action) in evaluation.plan.iter().enumerate() {
        let marker = format!("({})", action.question);
        let md_marker = format!("({})", report::text::md_escape(&action.question));
        assert!(md.contains(&md_marker), "md lacks {}", action.question);
        assert!(html.contains(&marker), "html lacks {}", action.question);
        assert!(xml.contains(&marker), "docx lacks {}", action.question);
        assert_eq!(&plan[k][1], action.question, "plan CSV row {k}");
        let recommendation = &action.recommendation.vi;
        assert_eq!(&plan[k][6], recommendation.as_str());
        assert!(html.contains(&report::text::html_escape(recommendation)));
    }
}

#[test]
fn the_questions_csv_parses_back_with_vietnamese_intact() {
    let (catalog, assessment) = setup();
    let bytes = render(
        &catalog,
        &assessment,
        &settings(ReportLang::Vi),
        Format::Csv,
    );
    assert!(
        bytes.starts_with(b"\xEF\xBB\xBF"),
        "UTF-8 byte-order mark for Excel"
    );
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let headers = reader.headers().expect("headers").clone();
    assert_eq!(&headers[0], "Nhóm");
    assert_eq!(headers.len(), 15);
    let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().expect("rows");
    let readiness = catalog.readiness().unwrap();
    let scored: Vec<_> = readiness
        .questions()
        .filter(|q| q.scored().is_some())
        .collect();
    assert_eq!(rows.len(), scored.len(), "one row per question");
    for (row, question) in rows.iter().zip(&scored) {
        assert_eq!(&row[1], question.id);
        assert_eq!(&row[2], question.text.vi, "Vietnamese text intact");
    }
    // A note with a comma, quotes and a line break survives the quoting.
    let (id, evidence) = assessment
        .evidence
        .iter()
        .next()
        .expect("the sample has evidence");
    let row = rows.iter().find(|r| &r[1] == id.as_str()).unwrap();
    assert_eq!(&row[8], evidence.note);
}

#[test]
fn html_is_standalone_and_escapes_hostile_text() {
    let (catalog, mut assessment) = setup();
    assessment.organisation = "<script>alert(1)</script> & Co".into();
    assessment.name = "\"><img src=x onerror=alert(2)>".into();
    let question = catalog
        .readiness()
        .unwrap()
        .questions()
        .find(|q| q.scored().is_some())
        .unwrap()
        .id
        .clone();
    assessment.evidence.insert(
        question.clone(),
        Evidence {
            note: "</pre><script>alert(3)</script>\nsansang-integrity 1".into(),
            links: vec![
                "javascript:alert(4)".into(),
                "https://example.vn/evidence?a=1&b=2".into(),
            ],
        },
    );
    assessment
        .readiness
        .set(question.clone(), AnswerValue::Level(3));
    let mut settings = settings(ReportLang::Both);
    settings.summary = "<style>body{display:none}</style>\n\n</style><script>x</script>".into();
    settings.organisation =
        "\"; } @page { content: url(http://evil.example/) } /* </style><script>alert(5)</script>"
            .into();
    let html = String::from_utf8(render(&catalog, &assessment, &settings, Format::Html)).unwrap();
    let lower = html.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "no script");
    assert!(!lower.contains("<img src=x"));
    assert!(!lower.contains("<style>body"));
    assert_eq!(lower.matches("<style").count(), 1, "one stylesheet, ours");
    let style = &html[html.find("<style>").unwrap() + 7..html.find("</style>").unwrap()];
    assert!(
        !style.contains("url(") && !style.contains('<'),
        "the organisation cannot break out of the CSS string"
    );
    assert!(!style.contains("@import"));
    assert!(!lower.contains("@import") && !lower.contains("<link") && !lower.contains("<iframe"));
    assert!(
        !html.contains("href=\"javascript"),
        "an unsafe link is not a link"
    );
    assert!(
        html.contains("javascript:alert(4)"),
        "but it is shown as text"
    );
    assert!(html.contains("href=\"https://example.vn/evidence?a=1&amp;b=2\""));
    // Every src is inline; every href is an anchor or a user's evidence link.
    for (at, _) in html.match_indices("src=\"") {
        assert!(html[at + 5..].starts_with("data:"), "src at {at}");
    }
    let evidence: Vec<String> = assessment
        .evidence
        .values()
        .flat_map(|e| e.links.iter())
        .filter(|l| sansang_core::domain::is_safe_link(l))
        .map(|l| report::text::html_escape(l.trim()))
        .collect();
    for (at, _) in html.match_indices("href=\"") {
        let rest = &html[at + 6..];
        let value = &rest[..rest.find('"').unwrap()];
        assert!(
            value.starts_with("#part-") || evidence.iter().any(|l| l == value),
            "href at {at}: {value}"
        );
    }
    // No http address that the file would load: the only ones are evidence links, sources shown as text and
    // none in attributes other than the evidence href.
    assert!(
        !html.contains("xmlns=\"http"),
        "inline SVG without a namespace URL"
    );
    // The hostile note does not fool verify, whose manifest comes last.
    let verdict = verify_file(html.as_bytes(), &[]).expect("verifiable");
    assert!(verdict.1.matches());
}

#[test]
fn markdown_escapes_hostile_text() {
    let (catalog, mut assessment) = setup();
    assessment.organisation = "<script>alert(1)</script> [x](javascript:alert(1)) | pipe".into();
    let md = String::from_utf8(render(
        &catalog,
        &assessment,
        &settings(ReportLang::En),
        Format::Markdown,
    ))
    .unwrap();
    assert!(!md.contains("<script"));
    assert!(!md.contains("[x](javascript"));
    assert!(md.contains("&lt;script&gt;"));
}

#[test]
fn docx_is_a_deterministic_zip_with_every_heading() {
    let (catalog, assessment) = setup();
    let settings = settings(ReportLang::Vi);
    let first = render(&catalog, &assessment, &settings, Format::Docx);
    let second = render(&catalog, &assessment, &settings, Format::Docx);
    assert!(first == second, "byte-identical across two runs");
    let xml = docx_xml(&first);
    let evaluation = evaluate(&catalog, &assessment);
    let report = build(&catalog, &assessment, &evaluation, &settings);
    for part in &report.parts {
        assert!(
            xml.contains(&part.title.vi),
            "docx lacks the heading {}",
            part.title.vi
        );
    }
    assert!(xml.contains("w:val=\"Heading1\""), "real heading styles");
    assert!(xml.contains("<w:tbl>"), "real tables");
    // Every zip entry carries the format's fixed default time (1980-01-01 00:00), not the clock.
    let mut count = 0;
    for (at, _) in first
        .windows(4)
        .enumerate()
        .filter(|(_, w)| *w == b"PK\x03\x04")
    {
        assert_eq!(&first[at + 10..at + 14], &[0, 0, 0x21, 0], "entry at {at}");
        count += 1;
    }
    assert!(count >= 8);
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(&first)).unwrap();
    let mut core = String::new();
    archive
        .by_name("docProps/core.xml")
        .unwrap()
        .read_to_string(&mut core)
        .unwrap();
    assert!(core.contains("1970-01-01T00:00:00Z"));
}

#[test]
fn a_png_logo_goes_into_html_and_docx() {
    let (catalog, assessment) = setup();
    // A 1×1 PNG.
    let png: Vec<u8> = vec![
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, b'I', b'H', b'D', b'R', 0, 0,
        0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89, 0, 0, 0, 13, b'I', b'D', b'A',
        b'T', 0x78, 0x9C, 0x63, 0, 1, 0, 0, 5, 0, 1, 0x0D, 0x0A, 0x2D, 0xB4, 0, 0, 0, 0, b'I',
        b'E', b'N', b'D', 0xAE, 0x42, 0x60, 0x82,
    ];
    let logo = Logo::new(png).expect("a PNG");
    assert_eq!(logo.size(), Some((1, 1)));
    let mut settings = settings(ReportLang::Vi);
    settings.logo = Some(logo);
    let html = String::from_utf8(render(&catalog, &assessment, &settings, Format::Html)).unwrap();
    assert!(html.contains("src=\"data:image/png;base64,iVBORw0KGgo"));
    let docx = render(&catalog, &assessment, &settings, Format::Docx);
    let archive = zip::ZipArchive::new(std::io::Cursor::new(&docx)).unwrap();
    assert!(
        archive.file_names().any(|n| n.starts_with("word/media/")),
        "the logo is embedded"
    );
    assert_eq!(
        docx,
        render(&catalog, &assessment, &settings, Format::Docx),
        "still deterministic"
    );
}

#[test]
fn logos_are_validated() {
    assert_eq!(Logo::new(Vec::new()), Err(LogoError::Empty));
    assert_eq!(
        Logo::new(b"GIF89a....".to_vec()),
        Err(LogoError::NotPngOrJpeg)
    );
    assert_eq!(
        Logo::new(b"<svg onload=alert(1)>".to_vec()),
        Err(LogoError::NotPngOrJpeg)
    );
    let mut big = vec![0xFF, 0xD8, 0xFF];
    big.resize(report::model::MAX_LOGO_BYTES + 1, 0);
    assert!(matches!(Logo::new(big), Err(LogoError::TooLarge { .. })));
    let jpeg = Logo::new(vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 0, 0, 0, 0, 0]).expect("a JPEG signature");
    assert_eq!(jpeg.kind(), report::LogoKind::Jpeg);
    for error in [
        LogoError::Empty,
        LogoError::NotPngOrJpeg,
        LogoError::TooLarge { bytes: 9 },
    ] {
        assert!(!error.message().vi.is_empty() && !error.message().en.is_empty());
    }
}

#[test]
fn json_imports_back_unchanged_and_verifies() {
    let (catalog, assessment) = setup();
    let bytes = render(
        &catalog,
        &assessment,
        &settings(ReportLang::Vi),
        Format::Json,
    );
    match decode_import(&bytes).expect("imports") {
        Incoming::Assessment(imported) => assert_eq!(imported, assessment),
        other => panic!("not one assessment: {other:?}"),
    }
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert!(text.starts_with("{\n  \"format\": \"sansang.report\",\n  \"version\": 1,"));
    assert!(
        text.contains(&encode_assessment(&assessment).replace('\n', "\n  ")),
        "the export document, verbatim"
    );
    let (kind, verdict) = verify_file(&bytes, &[]).expect("verifiable");
    assert_eq!(kind, report::FileKind::JsonReport);
    assert!(verdict.matches(), "{verdict:?}");
}

#[test]
fn verify_names_the_one_level_that_changed() {
    let (catalog, assessment) = setup();
    let bytes = render(
        &catalog,
        &assessment,
        &settings(ReportLang::Vi),
        Format::Json,
    );
    let mut value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    let readiness = value["assessment"]["readiness"].as_object_mut().unwrap();
    let (question, answer) = readiness
        .iter_mut()
        .find(|(_, a)| {
            a.get("level")
                .and_then(|l| l.as_u64())
                .is_some_and(|l| l < 3)
        })
        .expect("a level below the top");
    let question = question.clone();
    let level = answer["level"].as_u64().unwrap();
    answer["level"] = serde_json::json!(level + 1);
    let tampered = serde_json::to_vec_pretty(&value).unwrap();
    match verify_file(&tampered, &[]).expect("verifiable") {
        (
            _,
            Verdict::Mismatch {
                changed,
                added,
                removed,
                stated,
                actual,
            },
        ) => {
            assert_eq!(changed, vec![format!("readiness/{question}")]);
            assert!(added.is_empty() && removed.is_empty());
            assert_ne!(stated, actual);
        }
        other => panic!("accepted a changed level: {other:?}"),
    }

    // The same in a Markdown manifest: edit one level line, and verify names it.
    let md = String::from_utf8(render(
        &catalog,
        &assessment,
        &settings(ReportLang::Vi),
        Format::Markdown,
    ))
    .unwrap();
    let needle = format!("readiness/{question}\tlevel:{level}");
    assert!(md.contains(&needle));
    let edited = md.replace(
        &needle,
        &format!("readiness/{question}\tlevel:{}", level + 1),
    );
    match verify_file(edited.as_bytes(), &[]).expect("verifiable") {
        (report::FileKind::Text, Verdict::Mismatch { changed, .. }) => {
            assert_eq!(changed, vec![format!("readiness/{question}")])
        }
        other => panic!("accepted an edited manifest: {other:?}"),
    }
    // And in a DOCX, whose manifest verify reads back from word/document.xml.
    let docx = render(
        &catalog,
        &assessment,
        &settings(ReportLang::Vi),
        Format::Docx,
    );
    assert!(verify_file(&docx, &[]).expect("verifiable").1.matches());
}

#[test]
fn verify_refuses_what_it_cannot_read_without_panicking() {
    let (catalog, assessment) = setup();
    assert_eq!(verify_file(b"", &[]), Err(VerifyError::Empty));
    assert_eq!(
        verify_file(b"\xff\xfe\x00garbage", &[]),
        Err(VerifyError::NotText)
    );
    assert!(matches!(
        verify_file(b"PK\x03\x04broken zip", &[]),
        Err(VerifyError::Docx(_))
    ));
    assert_eq!(
        verify_file(b"# a heading\n", &[]),
        Err(VerifyError::NoManifest)
    );
    assert!(matches!(
        verify_file(b"sansang-integrity 1\nsha256 xyz\n", &[]),
        Err(VerifyError::Malformed { .. })
    ));
    assert!(matches!(
        verify_file(b"{\"format\": \"sansang.report\", \"version\": 1}", &[]),
        Err(VerifyError::Json(_))
    ));
    assert!(matches!(
        verify_file(b"{\"format\": \"sansang.report\", \"version\": 9}", &[]),
        Err(VerifyError::Json(_))
    ));
    assert!(matches!(
        verify_file(b"{not json", &[]),
        Err(VerifyError::OtherJson(_))
    ));
    let export = encode_assessment(&assessment);
    assert!(matches!(
        verify_file(export.as_bytes(), &[]),
        Err(VerifyError::Export { hash: Some(_) })
    ));
    let csv = render(
        &catalog,
        &assessment,
        &settings(ReportLang::Vi),
        Format::Csv,
    );
    assert_eq!(verify_file(&csv, &[]), Err(VerifyError::NoManifest));
    // Truncations of a real report never panic.
    let md = render(
        &catalog,
        &assessment,
        &settings(ReportLang::Vi),
        Format::Markdown,
    );
    for cut in (0..md.len()).step_by(md.len() / 97 + 1) {
        let _ = verify_file(&md[..cut], &[]);
    }
    let json = render(
        &catalog,
        &assessment,
        &settings(ReportLang::Vi),
        Format::Json,
    );
    for cut in (0..json.len()).step_by(json.len() / 97 + 1) {
        let _ = verify_file(&json[..cut], &[]);
    }
}

#[test]
fn the_manifest_round_trips_hostile_text() {
    let (catalog, mut assessment) = setup();
    assessment.readiness.set(
        catalog
            .readiness()
            .unwrap()
            .questions()
            .find(|q| q.scored().is_some())
            .unwrap()
            .id
            .clone(),
        AnswerValue::NotApplicable {
            reason: "tab\there\nnew line `code` <b> & \\ back \u{7}".into(),
        },
    );
    let evaluation = evaluate(&catalog, &assessment);
    let canonical = report::Canonical::of(&assessment, &evaluation);
    let manifest = parse_manifest(&canonical.manifest()).expect("parses");
    assert_eq!(manifest.hash, canonical.hash());
    assert!(verify_manifest(&manifest).matches());
    assert!(canonical
        .lines
        .iter()
        .all(|l| !l.contains(['\n', '<', '>', '&', '`'])));
}

#[test]
fn compare_names_what_changed() {
    let (catalog, before) = setup();
    let mut after = before.clone();
    let e0 = evaluate(&catalog, &before);
    let gap = e0
        .plan
        .iter()
        .find(|a| {
            matches!(
                a.counting,
                sansang_core::domain::Counting::Level { counted: 1, .. }
            )
        })
        .expect("a level-1 gap");
    let question = gap.question.clone();
    after.readiness.set(question.clone(), AnswerValue::Level(3));
    after.evidence.insert(
        question.clone(),
        Evidence {
            note: "Quy trình đã ban hành".into(),
            links: vec![],
        },
    );
    let lowered = e0
        .items
        .iter()
        .find(|i| i.counted() && i.level() == Some(2) && i.question != question)
        .expect("a level-2 item")
        .question
        .clone();
    after.readiness.set(lowered.clone(), AnswerValue::Level(0));
    let e1 = evaluate(&catalog, &after);
    let c = compare(&e0, &e1);
    assert_eq!(
        c.improved
            .iter()
            .map(|i| i.question.as_str())
            .collect::<Vec<_>>(),
        vec![question.as_str()]
    );
    assert_eq!(
        c.regressed
            .iter()
            .map(|i| (i.question.as_str(), i.before, i.after))
            .collect::<Vec<_>>(),
        vec![(lowered.as_str(), 2, 0)]
    );
    assert!(c.gaps_closed.contains(&question));
    assert!(!c.gaps_opened.contains(&question));
    let section = &e0.item(&question).unwrap().section;
    let change = c.sections.iter().find(|s| &s.id == section).unwrap();
    if e0.item(&lowered).unwrap().section != *section {
        assert!(change.delta().unwrap() > 0.0);
    }
    assert!(compare(&e0, &e0).is_unchanged());

    // And in the report, with --compare.
    let settings = settings(ReportLang::En);
    let report = build_report(&ReportInput {
        catalog: &catalog,
        assessment: &after,
        evaluation: &e1,
        settings: &settings,
        previous: Some(Previous {
            assessment: &before,
            evaluation: &e0,
        }),
    });
    let part = report.part("compare").expect("a before/after part");
    let md = report::markdown(&report);
    assert!(md.contains("Before and after"));
    assert!(md.contains(&report::text::md_escape(&question)));
    assert!(!part.blocks.is_empty());
}

#[test]
fn the_crosswalk_covers_the_three_frameworks() {
    let (catalog, assessment) = setup();
    let evaluation = evaluate(&catalog, &assessment);
    let frameworks = crosswalk(&catalog, &evaluation);
    let ids: Vec<&str> = frameworks.iter().map(|f| f.source.as_str()).collect();
    for id in ["eu-ai-act", "iso-iec-42001", "nist-ai-rmf"] {
        assert!(ids.contains(&id), "{id} in {ids:?}");
    }
    for f in &frameworks {
        assert!(f.provisions.len() <= f.provisions_total);
        assert!(f.counted <= f.questions && f.questions > 0);
        assert!(f.score.is_none_or(|s| (0.0..=100.0).contains(&s)));
    }
    // Every visible question at the top level with evidence: every framework scores 100.
    let mut full = assessment.clone();
    for item in &evaluation.items {
        full.readiness
            .set(item.question.clone(), AnswerValue::Level(3));
        full.evidence.insert(
            item.question.clone(),
            Evidence {
                note: "có".into(),
                links: vec![],
            },
        );
    }
    let top = crosswalk(&catalog, &evaluate(&catalog, &full));
    for f in &top {
        assert_eq!(f.score, Some(100.0), "{}", f.source);
        assert_eq!(
            f.provisions_met,
            f.provisions.iter().filter(|p| p.score.is_some()).count()
        );
    }
}

#[test]
fn file_names_follow_the_organisation_and_date() {
    let date = Date::parse_iso("2026-12-04");
    assert_eq!(
        report_file_name("Ngân hàng TMCP Sông Hồng", date, None, "docx"),
        "sansang-ngan-hang-tmcp-song-hong-2026-12-04.docx"
    );
    assert_eq!(
        report_file_name("Công ty Đầu tư Ánh Dương", date, Some("plan"), "csv"),
        "sansang-cong-ty-dau-tu-anh-duong-2026-12-04-plan.csv"
    );
    assert_eq!(
        report_file_name("../../etc/passwd", None, None, "md"),
        "sansang-etc-passwd.md"
    );
    assert_eq!(
        report_file_name("   ", date, None, "html"),
        "sansang-2026-12-04.html"
    );
    let long = report_file_name(&"Tổ chức ".repeat(40), date, None, "md");
    assert!(
        long.len() < 90
            && long
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'.')
    );
}

#[test]
fn both_languages_sit_side_by_side() {
    let (catalog, assessment) = setup();
    let html = String::from_utf8(render(
        &catalog,
        &assessment,
        &settings(ReportLang::Both),
        Format::Html,
    ))
    .unwrap();
    assert!(html.contains("<div class=\"both\"><h2 lang=\"vi\">1. Tóm tắt</h2><h2 lang=\"en\">1. Executive summary</h2></div>"));
    assert!(
        html.contains("Readiness by principle area")
            && html.contains("Mức sẵn sàng theo nhóm nguyên tắc")
    );
}

fn sansang(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_sansang"))
        .args(args)
        .output()
        .expect("the command runs")
}

#[test]
fn the_command_gives_the_same_bytes_as_the_library() {
    let (catalog, assessment) = setup();
    let dir = std::env::temp_dir().join(format!("sansang-report-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let sample = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/assessment-sample.json"
    );
    let mut settings = settings(ReportLang::Both);
    settings.summary = String::new();
    for (name, format) in [
        ("md", Format::Markdown),
        ("csv", Format::Csv),
        ("plan-csv", Format::PlanCsv),
        ("html", Format::Html),
        ("docx", Format::Docx),
        ("json", Format::Json),
    ] {
        let out = dir.join(format!("r.{name}"));
        let run = sansang(&[
            "report",
            sample,
            "--format",
            name,
            "--lang",
            "both",
            "--date",
            "2026-12-04",
            "--assessor",
            "Nguyễn Thị Hoà",
            "--firm",
            "Công ty Luật Ánh Dương",
            "-o",
            out.to_str().unwrap(),
        ]);
        assert!(
            run.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&run.stderr)
        );
        let written = std::fs::read(&out).unwrap();
        assert!(
            written == render(&catalog, &assessment, &settings, format),
            "{name} differs from the library's bytes"
        );
        if name != "csv" && name != "plan-csv" {
            let verify = sansang(&["verify", out.to_str().unwrap()]);
            assert!(
                verify.status.success(),
                "{name}: {}",
                String::from_utf8_lossy(&verify.stdout)
            );
        }
    }
    // --compare adds the before/after part (an earlier state: one level lower).
    let earlier = dir.join("earlier.json");
    let mut before = assessment.clone();
    before
        .readiness
        .set("risk.inventory", AnswerValue::Level(1));
    std::fs::write(&earlier, encode_assessment(&before)).unwrap();
    let run = sansang(&[
        "report",
        sample,
        "--format",
        "md",
        "--lang",
        "en",
        "--compare",
        earlier.to_str().unwrap(),
    ]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let md = String::from_utf8(run.stdout).unwrap();
    assert!(
        md.contains("Before and after") && md.contains("Items improved (1)"),
        "{}",
        &md[..300]
    );
    // A tampered JSON report: exit 1 and the changed answer named.
    let json = std::fs::read_to_string(dir.join("r.json")).unwrap();
    let tampered = json.replacen("\"level\": 1", "\"level\": 2", 1);
    assert_ne!(tampered, json);
    std::fs::write(dir.join("t.json"), tampered).unwrap();
    let verify = sansang(&["verify", dir.join("t.json").to_str().unwrap()]);
    assert_eq!(verify.status.code(), Some(1));
    let stdout = String::from_utf8_lossy(&verify.stdout);
    assert!(
        stdout.contains("MISMATCH") && stdout.contains("changed: readiness/"),
        "{stdout}"
    );
    // Bad input: a clear error and a non-zero exit, never a panic.
    for args in [
        vec!["report", "/nonexistent.json", "--format", "md"],
        vec!["report", sample, "--format", "pdf"],
        vec!["report", sample],
        vec!["report", sample, "--format", "md", "--date", "2026-13-01"],
        vec!["report", sample, "--format", "md", "--logo", sample],
        vec!["verify", "/nonexistent"],
        vec!["verify"],
    ] {
        let run = sansang(&args);
        assert!(!run.status.success(), "{args:?}");
        let stderr = String::from_utf8_lossy(&run.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert!(!stderr.trim().is_empty(), "{args:?} says why");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// The sample's manifest, computed once for the properties.
fn sample_manifest() -> &'static str {
    static MANIFEST: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    MANIFEST.get_or_init(|| {
        let (catalog, assessment) = setup();
        let evaluation = evaluate(&catalog, &assessment);
        report::Canonical::of(&assessment, &evaluation).manifest()
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Any bytes: verify answers with a verdict or an error, never a panic.
    #[test]
    fn verify_never_panics_on_arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..600)) {
        let _ = verify_file(&bytes, &[]);
        let mut zip = b"PK\x03\x04".to_vec();
        zip.extend_from_slice(&bytes);
        let _ = verify_file(&zip, &[]);
    }

    /// A manifest with one byte changed is either refused as malformed or found not to match; it is never
    /// accepted.
    #[test]
    fn an_edited_manifest_is_never_accepted(at in 0usize..10_000, byte in any::<u8>()) {
        let mut bytes = sample_manifest().as_bytes().to_vec();
        // Edit inside the lines after the header, outside the markers.
        let start = "sansang-integrity 1\n".len();
        let end = bytes.len() - "end sansang-integrity\n".len();
        let at = start + at % (end - start);
        prop_assume!(bytes[at] != byte && byte != b'\n' && bytes[at] != b'\n');
        prop_assume!(!(bytes[at].is_ascii_hexdigit() && byte.is_ascii_hexdigit()
            && bytes[at].eq_ignore_ascii_case(&byte)));
        bytes[at] = byte;
        if let Ok((_, verdict)) = verify_file(&bytes, &[]) {
            prop_assert!(!verdict.matches());
        }
    }
}

#[test]
fn a_report_request_renders_the_same_bytes_as_render() {
    let (catalog, assessment) = setup();
    let mut previous = assessment.clone();
    previous
        .readiness
        .set("risk.inventory", AnswerValue::Level(1));
    let mut settings = settings(ReportLang::Both);
    settings.logo = Some(Logo::new(vec![0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3]).unwrap());
    for output in [
        Format::Markdown,
        Format::Csv,
        Format::PlanCsv,
        Format::Html,
        Format::Docx,
        Format::Json,
    ] {
        let request = ReportRequest {
            assessment: assessment.clone(),
            previous: Some(previous.clone()),
            settings: settings.clone(),
            output,
        };
        let text = encode_request(&request);
        assert_eq!(decode_request(&text).expect("decodes"), request);
        let (bytes, name) = render_request(&catalog, &text).expect("renders");
        let evaluation = evaluate(&catalog, &assessment);
        let before = evaluate(&catalog, &previous);
        let direct = report::render(
            &ReportInput {
                catalog: &catalog,
                assessment: &assessment,
                evaluation: &evaluation,
                settings: &settings,
                previous: Some(Previous {
                    assessment: &previous,
                    evaluation: &before,
                }),
            },
            output,
        )
        .unwrap();
        assert!(bytes == direct.0, "{output:?}");
        assert_eq!(name, direct.1);
        assert!(name.starts_with("sansang-ngan-hang-tmcp-song-hong"));
    }
    // Broken requests are refused with a reason, never a panic.
    let good = encode_request(&ReportRequest {
        assessment: assessment.clone(),
        previous: None,
        settings: settings.clone(),
        output: Format::Markdown,
    });
    for broken in [
        good.replace("\"output\":\"md\"", "\"output\":\"pdf\""),
        good.replace("\"language\":\"both\"", "\"language\":\"fr\""),
        good.replace("\"date\":\"2026-12-04\"", "\"date\":\"2026-02-30\""),
        good.replace("\"base64\":\"", "\"base64\":\"!!"),
        good.replace("sansang.report-request", "sansang.other"),
        good.replace("\"version\":1", "\"version\":7"),
        good[..good.len() / 2].to_string(),
    ] {
        assert_ne!(broken, good);
        let error = render_request(&catalog, &broken).expect_err("refused");
        assert!(!error.message().vi.is_empty() && !error.message().en.is_empty());
    }
    let mut unknown = assessment.clone();
    unknown
        .readiness
        .set("no.such.question", AnswerValue::Level(2));
    let request = ReportRequest {
        assessment: unknown,
        previous: None,
        settings,
        output: Format::Html,
    };
    assert!(matches!(
        render_request(&catalog, &encode_request(&request)),
        Err(RequestError::Content(_))
    ));
}
