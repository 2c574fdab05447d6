//! The app's shared state, provided as context. Intents are methods; each one updates a signal and persists
//! through `platform`. Nothing here computes meaning.

use leptos::prelude::*;
use sansang_core::domain::locale::Lang;

use crate::app::route::Route;
use crate::i18n::{self, Tr};
use crate::platform::storage::{keys, Storage};
use crate::platform::web;

/// The colour theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow the system's light/dark preference.
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    /// Every choice, in display order.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The stored and `data-theme` value; `None` for [`Theme::System`].
    pub fn code(self) -> Option<&'static str> {
        match self {
            Theme::System => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }

    /// Parses a stored value; anything unknown means [`Theme::System`].
    pub fn from_code(code: &str) -> Theme {
        match code {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::System,
        }
    }

    /// The label in the theme control.
    pub fn label(self) -> Tr {
        match self {
            Theme::System => i18n::THEME_SYSTEM,
            Theme::Light => i18n::THEME_LIGHT,
            Theme::Dark => i18n::THEME_DARK,
        }
    }
}

/// Shared state of the whole app. `Copy`: every field is a signal handle or a plain flag.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The interface and content language.
    pub lang: RwSignal<Lang>,
    /// The colour theme.
    pub theme: RwSignal<Theme>,
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
        let theme = Storage::get_raw(keys::THEME)
            .ok()
            .flatten()
            .map(|code| Theme::from_code(&code))
            .unwrap_or_default();
        AppState {
            lang: RwSignal::new(lang),
            theme: RwSignal::new(theme),
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

impl AppState {
    /// Switches the colour theme and remembers the choice.
    pub fn set_theme(self, theme: Theme) {
        self.theme.set(theme);
        if self.storage_available {
            let saved = match theme.code() {
                Some(code) => Storage::set_raw(keys::THEME, code),
                None => Storage::remove(keys::THEME),
            };
            match saved {
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
