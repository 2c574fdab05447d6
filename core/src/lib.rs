//! Sẵn Sàng core: the pure domain, its file formats and the `sansang` command.

pub mod domain;
pub mod format;
