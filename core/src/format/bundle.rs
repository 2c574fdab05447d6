//! The content bundle `sansang.content`: every questionnaire and source file as `[path, text]`, loaded with the
//! same validation as `sansang check`. The app no longer fetches it: `content.json` is now the compiled catalog
//! ([`super::compiled`]), which needs no validation in the browser.

use serde::Deserialize;

use super::{load, Diagnostic};
use crate::domain::Catalog;

/// The bundle's `format` tag.
pub const BUNDLE_FORMAT: &str = "sansang.content";
/// The bundle version this code reads.
pub const BUNDLE_VERSION: u32 = 1;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Bundle {
    format: String,
    version: u32,
    files: Vec<(String, String)>,
}

/// Loads and validates a content bundle. Every problem is reported, with the file it is in.
pub fn load_bundle(text: &str) -> Result<Catalog, Vec<Diagnostic>> {
    let problem = |message: String| {
        vec![Diagnostic {
            file: "content.json".to_string(),
            path: String::new(),
            message,
        }]
    };
    let bundle: Bundle =
        serde_json::from_str(text).map_err(|e| problem(format!("not a content bundle: {e}")))?;
    if bundle.format != BUNDLE_FORMAT {
        return Err(problem(format!(
            "format is `{}`, expected `{BUNDLE_FORMAT}`",
            bundle.format
        )));
    }
    if bundle.version != BUNDLE_VERSION {
        return Err(problem(format!(
            "bundle version {} is not supported (expected {BUNDLE_VERSION})",
            bundle.version
        )));
    }
    load(
        bundle
            .files
            .iter()
            .map(|(path, text)| (path.as_str(), text.as_str())),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundle_of(files: &[(&str, &str)]) -> String {
        serde_json::json!({ "format": BUNDLE_FORMAT, "version": 1, "files": files }).to_string()
    }

    #[test]
    fn a_bundle_of_the_shipped_files_loads_the_same_catalog() {
        let from_bundle = load_bundle(&bundle_of(crate::catalog::FILES)).expect("bundle loads");
        assert_eq!(Some(from_bundle), crate::catalog::builtin().ok());
    }

    #[test]
    fn foreign_or_broken_bundles_are_refused_with_a_reason() {
        let cases = [
            ("not json", "not a content bundle"),
            (
                r#"{"format":"sansang.backup","version":1,"files":[]}"#,
                "expected `sansang.content`",
            ),
            (
                r#"{"format":"sansang.content","version":2,"files":[]}"#,
                "version 2 is not supported",
            ),
            (
                r#"{"format":"sansang.content","version":1,"files":[],"x":1}"#,
                "not a content bundle",
            ),
        ];
        for (text, expected) in cases {
            let errors = load_bundle(text).expect_err(text);
            assert!(errors[0].message.contains(expected), "{text}: {:?}", errors);
        }
    }

    #[test]
    fn problems_inside_a_file_name_that_file() {
        let text = bundle_of(&[("questionnaires/profile.json", "{ broken")]);
        let errors = load_bundle(&text).expect_err("broken file");
        assert!(
            errors
                .iter()
                .any(|d| d.file == "questionnaires/profile.json"),
            "{errors:?}"
        );
    }
}
