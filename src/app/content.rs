//! Access to the content (questionnaires and sources) from pages: starts loading it on first use and shows
//! progress or a recoverable error until it is ready.

use std::sync::Arc;

use leptos::prelude::*;
use sansang_core::domain::Catalog;

use crate::app::state::{use_app_state, ContentState};
use crate::app::text::t;
use crate::i18n;

/// Renders `children` with the catalog once it is loaded; a loading line or an error with "try again" before.
#[component]
pub fn WithCatalog(
    children: impl Fn(Arc<Catalog>) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_app_state();
    state.ensure_content();
    move || {
        match state.content.get() {
        ContentState::Ready(catalog) => children(catalog),
        ContentState::Failed(detail) => view! {
            <div class="banner banner--warning" role="alert">
                <p>{t(i18n::CONTENT_FAILED)}</p>
                <details><summary>"…"</summary><pre class="technical">{detail}</pre></details>
                <button type="button" class="button" on:click=move |_| state.ensure_content()>{t(i18n::RETRY)}</button>
            </div>
        }
        .into_any(),
        ContentState::Idle | ContentState::Loading => {
            view! { <p class="loading" role="status">{t(i18n::LOADING_CONTENT)}</p> }.into_any()
        }
    }
    }
}
