//! Reusable components, one per file.

pub mod citations;
pub mod question;
