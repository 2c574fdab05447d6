//! Sẵn Sàng's browser app: a thin Leptos (CSR) UI over the pure domain in `sansang-core`.
//!
//! * [`platform`] — the only module that touches browser APIs (storage, location, navigator, document).
//! * [`i18n`] — every interface string, in Vietnamese and English.
//! * [`app`] — components and pages. They format and dispatch; all meaning comes from `sansang_core`.
//! * [`worker`] — requests of the on-demand module (`src/bin/worker.rs`, a web worker loaded on first use).
//!
//! See ARCHITECTURE.md for the dependency direction and the invariants.

pub mod app;
pub mod i18n;
pub mod platform;
pub mod worker;
