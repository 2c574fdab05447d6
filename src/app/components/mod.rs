//! Reusable components, one per file.

pub mod chart;
pub mod citations;
pub mod list_finder;
pub mod question;
pub mod score_details;
pub mod triage_details;
