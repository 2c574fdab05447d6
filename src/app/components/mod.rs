//! Reusable components, one per file.

pub mod chart;
pub mod citations;
pub mod question;
pub mod score_details;
