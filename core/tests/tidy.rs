//! Architecture rules as tests: the domain stays pure, `format` stays free of web crates, only the app's
//! `platform/` names browser crates, index.html preloads files that exist, and the catalog compiles in exactly
//! the content files on disk.

use std::fs;
use std::path::{Path, PathBuf};

/// Names the pure domain must not mention.
const NOT_IN_DOMAIN: &[&str] = &[
    "serde",
    "leptos",
    "web_sys",
    "js_sys",
    "wasm_bindgen",
    "gloo",
    "std::fs",
    "std::io",
    "std::time",
    "SystemTime",
    "Instant",
    "std::env",
    "rand::",
    "HashMap",
    "HashSet",
];

/// Names the format layer must not mention.
const NOT_IN_FORMAT: &[&str] = &[
    "leptos",
    "web_sys",
    "js_sys",
    "wasm_bindgen",
    "gloo",
    "std::fs",
    "std::env",
];

/// Each line (1-based) of `text` that mentions one of `names` as a whole word, outside `//` comments.
fn violations(text: &str, names: &[&str]) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let code = line.split("//").next().unwrap_or_default();
        for name in names {
            let mentions = code.match_indices(name).any(|(at, _)| {
                let before = code[..at].chars().next_back();
                let after = code[at + name.len()..].chars().next();
                let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
                !word(before) && (name.ends_with(':') || !word(after))
            });
            if mentions {
                found.push((index + 1, (*name).to_string()));
            }
        }
    }
    found
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

fn check_dir(dir: &str, names: &[&str]) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let files = rust_files(&root);
    assert!(!files.is_empty(), "no Rust files in {}", root.display());
    let mut problems = Vec::new();
    for file in files {
        let text = fs::read_to_string(&file).expect("readable source");
        for (line, name) in violations(&text, names) {
            problems.push(format!("{}:{line}: mentions `{name}`", file.display()));
        }
    }
    assert!(
        problems.is_empty(),
        "architecture rule broken:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_domain_is_pure() {
    check_dir("src/domain", NOT_IN_DOMAIN);
}

#[test]
fn the_format_layer_names_no_web_crate() {
    check_dir("src/format", NOT_IN_FORMAT);
}

/// Names only the app's `src/platform/` may mention (ARCHITECTURE.md: the browser boundary).
const BROWSER_CRATES: &[&str] = &["web_sys", "js_sys", "gloo", "gloo_storage", "wasm_bindgen"];

#[test]
fn only_the_platform_names_browser_crates() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../src");
    let platform = src.join("platform");
    let mut problems = Vec::new();
    let files = rust_files(&src);
    assert!(files.len() > 10, "the app's sources are found");
    for file in files.iter().filter(|f| !f.starts_with(&platform)) {
        let text = fs::read_to_string(file).expect("readable source");
        for (line, name) in violations(&text, BROWSER_CRATES) {
            problems.push(format!("{}:{line}: mentions `{name}`", file.display()));
        }
    }
    assert!(
        problems.is_empty(),
        "only src/platform/ may use browser crates:\n{}",
        problems.join("\n")
    );
}

/// The preload script of index.html names the readiness questionnaire and its first section: they must be the
/// shipped ones, or the first question would wait for files the browser did not preload.
#[test]
fn index_html_preloads_the_first_readiness_section() {
    let html = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../index.html"))
        .expect("index.html");
    let catalog = sansang_core::catalog::builtin().expect("shipped content");
    let readiness = catalog.readiness().expect("a readiness questionnaire");
    let first = &readiness.sections[0].id;
    let part = format!("'/{}.bin'", readiness.id);
    let section = format!("'/{}.' + (m[1] || '{first}') + '.bin'", readiness.id);
    assert!(html.contains(&part), "index.html preloads {part}");
    assert!(html.contains(&section), "index.html preloads {section}");
    assert!(html.contains("'content/structure.bin'"));
    assert_eq!(
        sansang_core::format::wire::STRUCTURE_FILE,
        "structure.bin",
        "index.html names the structure file"
    );
}

#[test]
fn the_scanner_finds_forbidden_names() {
    let text = "use std::fmt;\nuse serde::Deserialize;\n// serde in a comment is fine\nlet t = std::time::Instant::now();\n";
    assert_eq!(
        violations(text, NOT_IN_DOMAIN),
        [
            (2, "serde".to_string()),
            (4, "std::time".to_string()),
            (4, "Instant".to_string())
        ]
    );
    // Whole words only: `Deserializer` is not `serde`, `instantiate` is not `Instant`.
    assert!(violations(
        "fn instantiate(deserializer: X) {}\nlet serde_like = 1;",
        &["Instant", "serde"]
    )
    .is_empty());
    assert_eq!(
        violations("let x = rand::random();", NOT_IN_DOMAIN),
        [(1, "rand::".to_string())]
    );
}

#[test]
fn the_catalog_compiles_in_exactly_the_content_files() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut on_disk = Vec::new();
    for folder in ["questionnaires", "seeds"] {
        for entry in fs::read_dir(repo.join(folder)).expect("content folder") {
            let name = entry
                .expect("entry")
                .file_name()
                .to_string_lossy()
                .to_string();
            if name.ends_with(".json") && !name.ends_with(".schema.json") {
                on_disk.push(format!("{folder}/{name}"));
            }
        }
    }
    on_disk.sort();
    let mut listed: Vec<String> = sansang_core::catalog::FILES
        .iter()
        .map(|(p, _)| p.to_string())
        .collect();
    listed.sort();
    let missing: Vec<&String> = on_disk.iter().filter(|f| !listed.contains(f)).collect();
    let extra: Vec<&String> = listed.iter().filter(|f| !on_disk.contains(f)).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "core/src/catalog.rs FILES is out of date: not listed {missing:?}, listed but absent {extra:?}"
    );
    // And the compiled-in text is the text on disk.
    for (path, text) in sansang_core::catalog::FILES {
        let disk = fs::read_to_string(repo.join(path)).unwrap_or_default();
        assert!(
            disk == *text,
            "{path} changed on disk since it was compiled in; rebuild"
        );
    }
}
