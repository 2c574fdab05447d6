//! The browser edge: storage, location and the document. Moves strings in and out and makes no domain decisions.
//! Every failure is a value ([`StorageError`]), never a panic: private windows, disabled storage and full quotas
//! are ordinary conditions here.

pub mod clock;
pub mod content;
pub mod files;
pub mod storage;
pub mod svg;
pub mod web;
pub mod worker;

pub use storage::{Storage, StorageError};
