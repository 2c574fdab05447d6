//! Sẵn Sàng's core: everything that has meaning, and nothing that touches a browser.
//!
//! * [`domain`] — pure model and logic: questionnaires, conditions, triage, scoring, reports, locale formatting.
//!   No serde, no I/O, no clock, no web crates. Every function is deterministic.
//! * [`format`] — the serialized shapes (content files, saved assessments, exports) and their conversion to and
//!   from the domain, reporting every problem at once.
//! * [`report`] — pure rendering of one report model to Markdown, CSV, HTML, DOCX (feature `docx`) and JSON,
//!   and the integrity hash.
//! * [`catalog`] — the shipped content (`questionnaires/`, `seeds/`), compiled in.
//!
//! The `sansang` command (src/bin/sansang.rs) is the only place in this crate that does I/O.

pub mod catalog;
pub mod domain;
pub mod format;
pub mod report;
