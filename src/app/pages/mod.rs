//! Pages, one per route.

mod home;
mod how_scores_work;
mod library;
pub mod questions;
pub mod results;
mod simple;
pub mod workspace;

pub use home::Home;
pub use how_scores_work::{scoring_page, HowScoresWork};
pub use library::Library;
pub use simple::{InProgress, NotFound};
pub use workspace::Workspace;
