//! The landing page: what the tool is, that data stays in the browser, that it is not legal advice.

use leptos::prelude::*;

use crate::app::route::Route;
use crate::app::text::t;
use crate::i18n;

/// The landing page.
#[component]
pub fn Home() -> impl IntoView {
    let steps = [
        i18n::HOME_STEP_PROFILE,
        i18n::HOME_STEP_TRIAGE,
        i18n::HOME_STEP_QUESTIONS,
        i18n::HOME_STEP_RESULTS,
    ];

    view! {
        <section class="hero" aria-labelledby="home-title">
            <h1 id="home-title">{t(i18n::HOME_TITLE)}</h1>
            <p class="hero__intro">{t(i18n::HOME_INTRO)}</p>
            <a class="button button--primary" href=Route::Library.href()>{t(i18n::HOME_START)}</a>
        </section>
        <section class="home-steps" aria-labelledby="home-steps-title">
            <h2 id="home-steps-title">{t(i18n::HOME_STEPS_TITLE)}</h2>
            <ol>
                {steps.into_iter().map(|step| view! { <li>{t(step)}</li> }).collect_view()}
            </ol>
        </section>
        <div class="home-notes">
            <section class="note note--privacy" data-testid="privacy-note" aria-labelledby="privacy-title">
                <h2 id="privacy-title">{t(i18n::HOME_PRIVACY_TITLE)}</h2>
                <p>{t(i18n::HOME_PRIVACY_BODY)}</p>
            </section>
            <section class="note note--legal" data-testid="legal-note" aria-labelledby="legal-title">
                <h2 id="legal-title">{t(i18n::HOME_LEGAL_TITLE)}</h2>
                <p>{t(i18n::HOME_LEGAL_BODY)}</p>
            </section>
        </div>
        <section class="home-basis" aria-labelledby="basis-title">
            <h2 id="basis-title">{t(i18n::HOME_BASIS_TITLE)}</h2>
            <p>{t(i18n::HOME_BASIS_BODY)}</p>
        </section>
    }
}
