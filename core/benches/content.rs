//! Native benchmarks of what the app does with content: decoding the structure and the text parts, assembling
//! the catalog, and evaluating an assessment (the work behind every answer). Run by scripts/bench.sh:
//!   cargo bench -p sansang-core --bench content
//! Figures are reported in BENCHMARKS.md, never asserted.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use sansang_core::catalog;
use sansang_core::domain::{evaluate, AnswerValue, QuestionnaireKind};
use sansang_core::format::{decode_assessment, wire};

fn content(c: &mut Criterion) {
    let catalog = catalog::builtin().expect("shipped content");
    let bundle = wire::encode(&catalog);
    let first: Vec<&Vec<u8>> = bundle
        .parts
        .iter()
        .filter(|(file, _)| file == "vi/readiness.bin" || file == "vi/readiness.risk.bin")
        .map(|(_, bytes)| bytes)
        .collect();
    assert_eq!(first.len(), 2);
    c.bench_function("decode structure.bin", |b| {
        b.iter(|| wire::decode_structure(black_box(&bundle.structure)).unwrap())
    });
    c.bench_function("first question: structure + 2 parts + catalog", |b| {
        b.iter(|| {
            let mut structure = wire::decode_structure(&bundle.structure).unwrap();
            for part in &first {
                structure.apply(part).unwrap();
            }
            structure.catalog()
        })
    });
    c.bench_function("all parts of both languages + catalog", |b| {
        b.iter(|| wire::decode_bundle(black_box(&bundle)).unwrap())
    });
    c.bench_function("encode the whole bundle", |b| {
        b.iter(|| wire::encode(black_box(&catalog)))
    });

    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/assessment-sample.json"
    ))
    .expect("fixture");
    let sample = decode_assessment(&text).expect("fixture decodes");
    c.bench_function("evaluate the sample assessment", |b| {
        b.iter(|| evaluate(black_box(&catalog), black_box(&sample)))
    });
    let mut full = sample.clone();
    let readiness = catalog
        .questionnaire(QuestionnaireKind::Readiness)
        .expect("readiness");
    for question in readiness.sections.iter().flat_map(|s| &s.questions) {
        full.readiness
            .set(question.id.clone(), AnswerValue::Level(2));
    }
    c.bench_function("evaluate, every readiness question answered", |b| {
        b.iter(|| evaluate(black_box(&catalog), black_box(&full)))
    });
}

criterion_group!(benches, content);
criterion_main!(benches);
