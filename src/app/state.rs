//! The app's shared state, provided as context. Intents are methods; each one updates a signal and persists
//! through `platform`. Nothing here computes meaning.

use leptos::prelude::*;
use sansang_core::domain::locale::Lang;

use crate::app::route::Route;
use crate::i18n::{self, Tr};
use crate::platform::storage::{keys, Storage};
use crate::platform::web;

/// Shared state of the whole app. `Copy`: every field is a signal handle or a plain flag.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The interface and content language.
    pub lang: RwSignal<Lang>,
    /// The current page.
    pub route: RwSignal<Route>,
    /// Whether LocalStorage works in this browser (read once at start).
    pub storage_available: bool,
    /// A transient problem to show the user (e.g. a preference could not be saved).
    pub notice: RwSignal<Option<Tr>>,
}

impl AppState {
    /// Reads the saved language (or negotiates one from the browser) and the current route.
    pub fn start() -> AppState {
        let storage_available = Storage::available();
        let saved = Storage::get_raw(keys::LANG)
            .ok()
            .flatten()
            .and_then(|tag| Lang::from_tag(&tag));
        let lang = saved.unwrap_or_else(|| {
            let preferred = web::preferred_languages();
            Lang::negotiate(preferred.iter().map(String::as_str))
        });
        AppState {
            lang: RwSignal::new(lang),
            route: RwSignal::new(Route::parse(&web::current_hash())),
            storage_available,
            notice: RwSignal::new(None),
        }
    }

    /// Switches the language and remembers the choice.
    pub fn set_lang(self, lang: Lang) {
        self.lang.set(lang);
        if self.storage_available {
            match Storage::set_raw(keys::LANG, lang.code()) {
                Ok(()) => self.notice.set(None),
                Err(_) => self.notice.set(Some(i18n::STORAGE_WRITE_FAILED)),
            }
        }
    }
}

/// The state provided by [`crate::app::App`].
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
