//! Pages, one per route.

mod home;
mod how_scores_work;
mod simple;

pub use home::Home;
pub use how_scores_work::HowScoresWork;
pub use simple::{InProgress, NotFound};
