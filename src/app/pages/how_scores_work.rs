//! "How scores work": the scoring model is published as a page of its own per language,
//! `how-scores-work.{vi,en}.html`, generated at build time from docs/scoring.md and docs/scoring.vi.md by
//! `sansang bundle`, so the app, the command line and the document can never describe different models, and
//! the text is not in the app's bundle. This route (kept for old links) points to it.

use leptos::prelude::*;
use sansang_core::domain::Lang;

use crate::app::state::use_app_state;
use crate::app::text::t;
use crate::i18n;

/// The address of the scoring model page in `lang`, relative to the app.
pub fn scoring_page(lang: Lang) -> String {
    format!("./how-scores-work.{}.html", lang.code())
}

/// The "How scores work" route: a link to the published scoring model.
#[component]
pub fn HowScoresWork() -> impl IntoView {
    let state = use_app_state();
    view! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{t(i18n::HOW_SCORES_WORK_TITLE)}</h1>
            <p>{t(i18n::HOW_SCORES_WORK_INTRO)}</p>
            <p><a class="button button--primary" data-testid="scoring-page" href=move || scoring_page(state.lang.get())>{t(i18n::HOW_SCORES_WORK_OPEN)}</a></p>
        </section>
    }
}
