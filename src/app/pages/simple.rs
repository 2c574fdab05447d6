//! Small pages: routes whose page is still to come, and the not-found page.

use leptos::prelude::*;

use crate::app::route::Route;
use crate::app::text::t;
use crate::i18n::{self, Tr};

/// A route whose page arrives in a later version: says so plainly and links home.
#[component]
pub fn InProgress(title: Tr) -> impl IntoView {
    view! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{t(title)}</h1>
            <p>{t(i18n::PAGE_IN_PROGRESS)}</p>
            <p><a href=Route::Home.href()>{t(i18n::BACK_HOME)}</a></p>
        </section>
    }
}

/// Shown for any fragment that is not a route.
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{t(i18n::NOT_FOUND_TITLE)}</h1>
            <p>{t(i18n::NOT_FOUND_BODY)}</p>
            <p><a href=Route::Home.href()>{t(i18n::BACK_HOME)}</a></p>
        </section>
    }
}
