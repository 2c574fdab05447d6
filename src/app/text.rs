//! Text that follows the language. A switch of language re-renders these text nodes in place: pages are not
//! rebuilt, so nothing typed, opened or focused is lost. Each helper returns one closure type, so the bundle
//! holds one copy of the rendering code however many strings use it.

use leptos::prelude::*;
use sansang_core::domain::{Lang, Text};

use crate::app::state::use_app_state;
use crate::i18n::Tr;

/// The current language, tracked: a closure that calls it re-runs when the language changes.
pub fn lang() -> Lang {
    use_app_state().lang.get()
}

/// An interface string as a reactive text node or attribute value.
pub fn t(s: Tr) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let lang = use_app_state().lang;
    move || s.get(lang.get())
}

/// A content text (question, option, provision…) as a reactive text node or attribute value.
pub fn tx(text: &Text) -> impl Fn() -> String + Clone + Send + Sync + 'static {
    let lang = use_app_state().lang;
    let text = text.clone();
    move || text.get(lang.get()).to_string()
}
