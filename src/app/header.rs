//! The site header: product name, main navigation and the language switch.

use leptos::prelude::*;
use sansang_core::domain::locale::Lang;

use crate::app::route::Route;
use crate::app::state::{use_app_state, Theme};
use crate::i18n::{self, Tr};

/// Header with the product name, navigation and language switch.
#[component]
pub fn Header() -> impl IntoView {
    let state = use_app_state();
    let t = move |s: Tr| s.get(state.lang.get());

    let nav_link = move |route: Route, label: Tr| {
        let href = route.href();
        let current = route.clone();
        view! {
            <a
                class="site-nav__link"
                href=href
                aria-current=move || {
                    let here = state.route.get();
                    let active = match (&current, &here) {
                        (Route::Library, Route::Assessment(..)) => true,
                        (a, b) => a == b,
                    };
                    active.then_some("page")
                }
            >
                {move || t(label)}
            </a>
        }
    };

    view! {
        <header class="site-header">
            <a class="site-header__brand" href="#/">
                <span class="site-header__name">{move || t(i18n::APP_NAME)}</span>
                <span class="site-header__tagline">{move || t(i18n::APP_TAGLINE)}</span>
            </a>
            <nav class="site-nav" aria-label=move || t(i18n::NAV_LABEL)>
                {nav_link(Route::Library, i18n::NAV_LIBRARY)}
                <a class="site-nav__link" href=move || crate::app::pages::scoring_page(state.lang.get())>{move || t(i18n::NAV_HOW_SCORES_WORK)}</a>
            </nav>
            <label class="theme-select">
                <span class="theme-select__label">{move || t(i18n::THEME_LABEL)}</span>
                <select
                    data-testid="theme-select"
                    on:change=move |ev| state.set_theme(Theme::from_code(&event_target_value(&ev)))
                >
                    {Theme::ALL
                        .into_iter()
                        .map(|theme| {
                            view! {
                                <option
                                    value=theme.code().unwrap_or("system")
                                    selected=move || state.theme.get() == theme
                                >
                                    {move || t(theme.label())}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </label>
            <div class="lang-switch" role="group" aria-label=move || t(i18n::LANG_SWITCH_LABEL)>
                {Lang::ALL
                    .into_iter()
                    .map(|lang| {
                        view! {
                            <button
                                type="button"
                                class="lang-switch__option"
                                lang=lang.code()
                                data-lang=lang.code()
                                aria-pressed=move || (state.lang.get() == lang).to_string()
                                on:click=move |_| state.set_lang(lang)
                            >
                                {lang.native_name()}
                            </button>
                        }
                    })
                    .collect_view()}
            </div>
        </header>
    }
}
