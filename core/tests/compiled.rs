//! The compiled catalog (`content.json`, what the app fetches): `sansang bundle` writes it from the content on
//! disk, and `decode_catalog` reads back exactly the catalog that `sansang check` validates.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use sansang_core::catalog;
use sansang_core::format::compiled::{decode_catalog, encode_catalog};

fn sansang(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_sansang"))
        .args(args)
        .output()
        .expect("the command runs")
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("sansang-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn repository_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("core/ is in the repository")
}

#[test]
fn the_test_catalog_round_trips() {
    let catalog = common::catalog();
    assert_eq!(decode_catalog(&encode_catalog(&catalog)), Ok(catalog));
}

#[test]
fn bundle_writes_the_shipped_catalog() {
    let dir = temp_dir("bundle");
    let out = dir.join("nested/content.json");
    let root = repository_root().to_str().expect("a UTF-8 path");
    let output = sansang(&["bundle", "--root", root, "--out", out.to_str().unwrap()]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("compiled catalog: "));
    let text = std::fs::read_to_string(&out).expect("the file is written");
    let builtin = catalog::builtin().expect("the shipped content loads");
    assert_eq!(decode_catalog(&text), Ok(builtin));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bundle_refuses_invalid_content_and_writes_nothing() {
    let dir = temp_dir("bundle-invalid");
    for (path, text) in common::files() {
        let file = dir.join(&path);
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        let text = if path.ends_with("profile.json") {
            "{ broken".to_string()
        } else {
            text
        };
        std::fs::write(file, text).unwrap();
    }
    let out = dir.join("out/content.json");
    let output = sansang(&[
        "bundle",
        "--root",
        dir.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("questionnaires/profile.json: invalid json"),
        "{stderr}"
    );
    assert!(!out.exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bundle_needs_content_and_an_output() {
    let dir = temp_dir("bundle-empty");
    std::fs::create_dir_all(&dir).unwrap();
    let empty = dir.to_str().unwrap();
    let out = dir.join("content.json");
    let output = sansang(&["bundle", "--root", empty, "--out", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(!out.exists());
    assert_eq!(sansang(&["bundle"]).status.code(), Some(2));
    std::fs::remove_dir_all(&dir).unwrap();
}
