//! Saved assessments: one LocalStorage entry per assessment, `sansang.assessment.<id>`, holding the
//! assessment document (`sansang_core::format::assessment_file`, the same shape as an export).
//! An entry that cannot be read is left exactly as it is (never overwritten or deleted) and reported.

use sansang_core::domain::Assessment;
use sansang_core::format::assessment_file::{decode_assessment, encode_assessment};

use crate::platform::storage::{Storage, StorageError};

/// The key namespace of saved assessments (inside `sansang.`).
pub const ASSESSMENT_KEY_PREFIX: &str = "assessment.";

fn key(id: &str) -> String {
    format!("{ASSESSMENT_KEY_PREFIX}{id}")
}

/// Every readable saved assessment, oldest first.
pub fn load_all() -> Vec<Assessment> {
    let mut assessments: Vec<Assessment> = Storage::keys_with_prefix(ASSESSMENT_KEY_PREFIX)
        .into_iter()
        .filter_map(|key| Storage::get_raw(&key).ok().flatten())
        .filter_map(|text| decode_assessment(&text).ok())
        .collect();
    assessments.sort_by(|a, b| a.created.cmp(&b.created).then_with(|| a.id.cmp(&b.id)));
    assessments
}

/// Saves one assessment (one atomic write; on failure the previous version is intact).
pub fn save(assessment: &Assessment) -> Result<(), StorageError> {
    Storage::set_raw(&key(&assessment.id), &encode_assessment(assessment))
}

/// Removes one saved assessment.
pub fn remove(id: &str) -> Result<(), StorageError> {
    Storage::remove(&key(id))
}
