//! The content files the app fetches (`content/structure.bin` and the text parts): `sansang bundle` writes them
//! from the content on disk, and the decoder reads back exactly the catalog that `sansang check` validates.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use sansang_core::catalog;
use sansang_core::format::wire::{self, decode_bundle, encode, Bundle};

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
    assert_eq!(decode_bundle(&encode(&catalog)), Ok(catalog));
}

#[test]
fn bundle_writes_the_shipped_catalog() {
    let dir = temp_dir("bundle");
    let out = dir.join("nested/content");
    let root = repository_root().to_str().expect("a UTF-8 path");
    let output = sansang(&["bundle", "--root", root, "--out", out.to_str().unwrap()]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("text parts"));
    let builtin = catalog::builtin().expect("the shipped content loads");
    let expected = encode(&builtin);
    let index = std::fs::read_to_string(out.join(wire::INDEX_FILE)).expect("the index is written");
    assert_eq!(index, expected.index());
    let read = |file: &str| std::fs::read(out.join(file)).expect("listed files are written");
    let bundle = Bundle {
        structure: read(wire::STRUCTURE_FILE),
        parts: index
            .lines()
            .skip(1)
            .map(|f| (f.to_string(), read(f)))
            .collect(),
    };
    assert_eq!(
        bundle, expected,
        "the files are the encoding of the shipped catalog"
    );
    assert_eq!(decode_bundle(&bundle), Ok(builtin));
    // A second run replaces the folder (a stale file does not survive).
    std::fs::write(out.join("vi/stale.bin"), b"old").unwrap();
    let again = sansang(&["bundle", "--root", root, "--out", out.to_str().unwrap()]);
    assert_eq!(again.status.code(), Some(0));
    assert!(!out.join("vi/stale.bin").exists());
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bundle_never_replaces_a_folder_it_did_not_write() {
    let dir = temp_dir("bundle-foreign");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("precious.txt"), b"keep me").unwrap();
    let root = repository_root().to_str().expect("a UTF-8 path");
    let output = sansang(&["bundle", "--root", root, "--out", dir.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not a content folder"));
    assert_eq!(std::fs::read(dir.join("precious.txt")).unwrap(), b"keep me");
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
    let out = dir.join("out/content");
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
    let out = dir.join("content");
    let output = sansang(&["bundle", "--root", empty, "--out", out.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(!out.exists());
    assert_eq!(sansang(&["bundle"]).status.code(), Some(2));
    std::fs::remove_dir_all(&dir).unwrap();
}
