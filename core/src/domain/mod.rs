//! The pure domain. Names no web crate and no serde; does no I/O and never reads the clock.

pub mod locale;
