//! The UI: the root component, shared state, routing and pages. Components format and dispatch only.

pub mod components;
pub mod content;
pub mod header;
pub mod pages;
pub mod route;
pub mod state;
pub mod store;

use leptos::prelude::*;

use crate::i18n;
use crate::platform::web;
use header::Header;
use pages::{Home, HowScoresWork, InProgress, Library, NotFound, Workspace};
use route::Route;
use state::AppState;

/// The root component: provides [`AppState`], follows the URL fragment and renders the current page.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::start();
    provide_context(state);

    let on_hash_change = window_event_listener(leptos::ev::hashchange, move |_| {
        state.route.set(Route::parse(&web::current_hash()));
        // A new page starts at the top with focus on the main region (so screen readers announce it),
        // unless the navigation asked to reveal a particular element (e.g. "next unanswered question").
        let target = state.pending_focus.try_update(Option::take).flatten();
        leptos::task::spawn_local(async move {
            leptos::task::tick().await;
            match target {
                Some(id) => web::reveal(&id),
                None => {
                    web::scroll_to_top();
                    web::focus_element("main");
                }
            }
        });
    });
    // Another tab changed our storage: follow it (same assessment open in two tabs).
    let on_storage = window_event_listener(leptos::ev::storage, move |event| {
        state.on_storage_changed(event.key());
    });
    on_cleanup(move || {
        on_hash_change.remove();
        on_storage.remove();
    });

    Effect::new(move |_| web::set_document_theme(state.theme.get().code()));

    // Keep <html lang> and the title in step with the language.
    Effect::new(move |_| {
        let lang = state.lang.get();
        web::set_document_language(lang.code());
        web::set_document_title(&format!(
            "{} — {}",
            i18n::APP_NAME.get(lang),
            i18n::APP_TAGLINE.get(lang)
        ));
    });

    let t = move |s: i18n::Tr| s.get(state.lang.get());

    view! {
        <a class="skip-link" href="#main" on:click=move |ev| {
            ev.prevent_default();
            web::focus_element("main");
        }>{move || t(i18n::SKIP_TO_CONTENT)}</a>
        <Header/>
        <Show when=move || !state.storage_available>
            <p class="banner banner--warning" role="alert">{move || t(i18n::STORAGE_UNAVAILABLE)}</p>
        </Show>
        {move || state.notice.get().map(|notice| view! {
            <p class="banner banner--warning" role="status">{move || t(notice)}</p>
        })}
        <main id="main" tabindex="-1">
            // The page is rebuilt when the language changes, so that page text can be plain (non-reactive)
            // text: one reactive scope here instead of hundreds of per-string closures in the bundle.
            {move || { state.lang.track(); match state.route.get() {
                Route::Home => view! { <Home/> }.into_any(),
                Route::Library => view! { <Library/> }.into_any(),
                Route::Assessment(id, step) => view! { <Workspace id=id step=step/> }.into_any(),
                Route::Reports => view! { <InProgress title=i18n::REPORTS_TITLE/> }.into_any(),
                Route::Workshop => view! { <InProgress title=i18n::WORKSHOP_TITLE/> }.into_any(),
                Route::HowScoresWork => view! { <HowScoresWork/> }.into_any(),
                Route::NotFound => view! { <NotFound/> }.into_any(),
            }}}
        </main>
        <footer class="site-footer">
            <p>{move || t(i18n::FOOTER_PRIVACY)} " " {move || t(i18n::FOOTER_LEGAL)}</p>
            <p class="site-footer__version">{concat!("Sẵn Sàng ", env!("CARGO_PKG_VERSION"))}</p>
        </footer>
    }
}
