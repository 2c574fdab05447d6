//! Namespaced access to LocalStorage.
//!
//! Every key Sẵn Sàng writes starts with [`PREFIX`]; nothing here reads, lists or clears any other key.
//! When LocalStorage is unavailable (disabled, sandboxed, private mode) the app keeps working in memory
//! and says so: [`Storage::available`] tells the UI.

use gloo_storage::{LocalStorage, Storage as _};
use wasm_bindgen::{JsCast, JsValue};

/// The namespace of every key this app writes.
pub const PREFIX: &str = "sansang.";

/// Keys in use. Keep this list complete: it documents what the app stores.
pub mod keys {
    /// The chosen interface language, `vi` or `en`.
    pub const LANG: &str = "lang";
    /// The chosen colour theme, `light` or `dark`; absent means "follow the system".
    pub const THEME: &str = "theme";
}

/// A failed storage operation, described for the user by the UI.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    /// The browser offers no LocalStorage (disabled, sandboxed, or blocked by privacy settings).
    #[error("browser storage is unavailable")]
    Unavailable,
    /// The browser refused the write; usually the quota is exhausted. Nothing was changed.
    #[error("the browser refused to save ({0})")]
    WriteRefused(String),
}

/// Handle to the namespaced store.
#[derive(Clone, Copy, Debug, Default)]
pub struct Storage;

impl Storage {
    fn full_key(key: &str) -> String {
        format!("{PREFIX}{key}")
    }

    /// Whether LocalStorage can be used at all.
    pub fn available() -> bool {
        web_sys::window()
            .and_then(|w| w.local_storage().ok().flatten())
            .is_some()
    }

    /// Reads the raw text stored under `key` (inside the namespace). `Ok(None)` when absent.
    pub fn get_raw(key: &str) -> Result<Option<String>, StorageError> {
        if !Self::available() {
            return Err(StorageError::Unavailable);
        }
        match LocalStorage::raw().get_item(&Self::full_key(key)) {
            Ok(value) => Ok(value),
            Err(_) => Err(StorageError::Unavailable),
        }
    }

    /// Writes `value` under `key` (inside the namespace). On failure the previous value is untouched:
    /// LocalStorage writes are atomic per key.
    pub fn set_raw(key: &str, value: &str) -> Result<(), StorageError> {
        if !Self::available() {
            return Err(StorageError::Unavailable);
        }
        LocalStorage::raw()
            .set_item(&Self::full_key(key), value)
            .map_err(|e| StorageError::WriteRefused(describe(&e)))
    }

    /// The keys (inside the namespace, without the `sansang.` prefix) that start with `prefix`.
    pub fn keys_with_prefix(prefix: &str) -> Vec<String> {
        let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
            return Vec::new();
        };
        let full = Self::full_key(prefix);
        let count = storage.length().unwrap_or(0);
        (0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .filter(|key| key.starts_with(&full))
            .map(|key| key[PREFIX.len()..].to_string())
            .collect()
    }

    /// Removes `key` (inside the namespace).
    pub fn remove(key: &str) -> Result<(), StorageError> {
        if !Self::available() {
            return Err(StorageError::Unavailable);
        }
        LocalStorage::raw()
            .remove_item(&Self::full_key(key))
            .map_err(|e| StorageError::WriteRefused(describe(&e)))
    }
}

/// The exception's name (`QuotaExceededError`, `SecurityError`, …), for the message shown to the user.
fn describe(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.name()))
        .unwrap_or_else(|| "unknown error".to_string())
}
