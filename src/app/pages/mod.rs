//! Pages, one per route.

mod home;
mod simple;

pub use home::Home;
pub use simple::{InProgress, NotFound};
