//! A file the user picks for import: `decode_import` on any bytes, then everything the app does with what
//! comes in (the check against the shipped content, the plan, the import itself, the scores).
//!
//! Besides "never panics", it checks what the decoder promises: a refusal has at least one problem, each
//! with a known code and a message in both languages; what is accepted encodes and decodes back to itself;
//! an import counts every incoming assessment once and never gives two assessments one id.

#![no_main]

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use sansang_core::domain::{evaluate, import_outcome, plan_import, Catalog, Resolution};
use sansang_core::format::assessment_file::{encode_backup, MAX_DOCUMENT_BYTES};
use sansang_core::format::{
    check_import, decode_assessment, decode_import, encode_assessment, Incoming, ProblemKind,
};

fn catalog() -> &'static Catalog {
    static CATALOG: OnceLock<Catalog> = OnceLock::new();
    CATALOG.get_or_init(|| sansang_core::catalog::builtin().expect("the shipped content loads"))
}

fuzz_target!(|bytes: &[u8]| {
    let incoming = match decode_import(bytes) {
        Ok(incoming) => incoming,
        Err(problems) => {
            assert!(!problems.is_empty(), "a refusal without a problem");
            for problem in &problems {
                assert!(ProblemKind::CODES.contains(&problem.code()), "{problem:?}");
                let message = problem.message();
                assert!(
                    !message.vi.is_empty() && !message.en.is_empty(),
                    "{problem:?}"
                );
                assert!(!problem
                    .display(sansang_core::domain::Lang::Vi)
                    .contains("(document)"));
            }
            return;
        }
    };
    // What was accepted is written back as it was read.
    for assessment in incoming.assessments() {
        let text = encode_assessment(assessment);
        if text.len() <= MAX_DOCUMENT_BYTES {
            assert_eq!(
                decode_assessment(&text).as_ref(),
                Ok(assessment),
                "round trip"
            );
        }
    }
    if let Incoming::Backup(list) = &incoming {
        let again = decode_import(encode_backup(list).as_bytes());
        assert_eq!(again.as_ref(), Ok(&incoming), "backup round trip");
    }
    let catalog = catalog();
    let problems = check_import(catalog, &incoming);
    for problem in &problems {
        assert!(ProblemKind::CODES.contains(&problem.code()), "{problem:?}");
    }
    if !problems.is_empty() {
        return;
    }
    let list = incoming.into_assessments();
    for assessment in &list {
        let _ = evaluate(catalog, assessment);
    }
    // Import into itself (everything identical) and into a list of its first half (new and identical),
    // with every choice.
    let half = &list[..list.len() / 2];
    for existing in [&list[..], half] {
        let plan = plan_import(existing, list.clone());
        for resolution in Resolution::ALL {
            let choices: BTreeMap<String, Resolution> =
                list.iter().map(|a| (a.id.clone(), resolution)).collect();
            let mut n = 0;
            let outcome = import_outcome(existing, &plan, &choices, &BTreeSet::new(), &mut || {
                n += 1;
                format!("fuzz-{n}")
            });
            assert_eq!(
                outcome.counts.total(),
                plan.items.len(),
                "every item counted once"
            );
            let ids: BTreeSet<&str> = outcome.assessments.iter().map(|a| a.id.as_str()).collect();
            assert_eq!(
                ids.len(),
                outcome.assessments.len(),
                "two assessments with one id"
            );
            assert!(!outcome.counts.message().vi.is_empty());
        }
    }
});
