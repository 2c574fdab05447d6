//! Saved assessments: one LocalStorage entry per assessment, `sansang.assessment.<id>`, holding the
//! assessment document (`sansang_core::format::assessment_file`, the same shape as an export).
//!
//! An entry that cannot be read (corrupt, foreign, or written by a newer version) is *kept aside*: reported
//! with its problems, offered for download, and never overwritten or deleted by this app.

use sansang_core::domain::Assessment;
use sansang_core::format::assessment_file::{decode_assessment, encode_assessment};
use sansang_core::format::Problem;

use crate::platform::storage::{Storage, StorageError};

/// The key namespace of saved assessments (inside `sansang.`).
pub const ASSESSMENT_KEY_PREFIX: &str = "assessment.";

/// The key (inside the namespace) of an assessment.
pub fn key(id: &str) -> String {
    format!("{ASSESSMENT_KEY_PREFIX}{id}")
}

/// The assessment id of a key (inside the namespace), when it is an assessment key.
pub fn id_of_key(key: &str) -> Option<&str> {
    key.strip_prefix(ASSESSMENT_KEY_PREFIX)
}

/// A saved entry that could not be read; kept exactly as it is.
#[derive(Clone, Debug, PartialEq)]
pub struct Unreadable {
    /// Its key, inside the `sansang.` namespace.
    pub key: String,
    /// Its raw text, for download.
    pub text: String,
    /// Why it could not be read.
    pub problems: Vec<Problem>,
}

/// Every saved assessment, oldest first, and the entries that could not be read.
pub fn load_all() -> (Vec<Assessment>, Vec<Unreadable>) {
    let mut assessments = Vec::new();
    let mut unreadable = Vec::new();
    for key in Storage::keys_with_prefix(ASSESSMENT_KEY_PREFIX) {
        let Ok(Some(text)) = Storage::get_raw(&key) else {
            continue;
        };
        match decode_assessment(&text) {
            Ok(assessment) if id_of_key(&key) == Some(assessment.id.as_str()) => {
                assessments.push(assessment)
            }
            // Stored under another id's key: readable, but not where it belongs; kept aside as it is.
            Ok(_) => unreadable.push(Unreadable {
                key,
                text,
                problems: Vec::new(),
            }),
            Err(problems) => unreadable.push(Unreadable {
                key,
                text,
                problems,
            }),
        }
    }
    assessments.sort_by(|a, b| a.created.cmp(&b.created).then_with(|| a.id.cmp(&b.id)));
    (assessments, unreadable)
}

/// The saved copy of one assessment, when it is readable.
pub fn load(id: &str) -> Option<Assessment> {
    let text = Storage::get_raw(&key(id)).ok().flatten()?;
    decode_assessment(&text).ok().filter(|a| a.id == id)
}

/// The saved copy of one assessment when it differs from `known` (another tab saved it since), else `None`.
/// Encoding is deterministic, so an unchanged entry is recognised without decoding it.
pub fn load_if_changed(known: &Assessment) -> Option<Assessment> {
    let text = Storage::get_raw(&key(&known.id)).ok().flatten()?;
    if text == encode_assessment(known) {
        return None;
    }
    decode_assessment(&text).ok().filter(|a| a.id == known.id)
}

/// Saves one assessment (one atomic write; on failure the previous version is intact).
pub fn save(assessment: &Assessment) -> Result<(), StorageError> {
    Storage::set_raw(&key(&assessment.id), &encode_assessment(assessment))
}

/// Removes one saved assessment.
pub fn remove(id: &str) -> Result<(), StorageError> {
    Storage::remove(&key(id))
}
