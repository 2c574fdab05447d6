//! The legal basis of a question or obligation: each citation with its provision, a one-line paraphrase,
//! the source, and the "subject to confirmation" flag where the provision is not confirmed.

use leptos::prelude::*;
use sansang_core::domain::{Catalog, Citation};
use std::sync::Arc;

use crate::app::state::use_app_state;
use crate::i18n::{self, Tr};

/// A collapsible list of citations.
#[component]
pub fn Citations(catalog: Arc<Catalog>, cites: Vec<Citation>) -> impl IntoView {
    let state = use_app_state();
    let t = move |s: Tr| s.get(state.lang.get_untracked());
    let count = cites.len();
    let unconfirmed = cites
        .iter()
        .any(|c| catalog.sources.subject_to_confirmation(c));
    let items = cites
        .into_iter()
        .map(|citation| {
            let catalog = catalog.clone();
            move || {
                let lang = state.lang.get_untracked();
                // The latest catalog: the source register's texts may arrive after the page shows (issue 9).
                let catalog = state.catalog().unwrap_or_else(|| catalog.clone());
                let Some(cited) = catalog.sources.resolve(&citation) else {
                    return view! { <li>{citation.to_string()}</li> }.into_any();
                };
                let summary = cited
                    .provision
                    .map(|p| p.summary.get(lang).to_string())
                    .unwrap_or_else(|| cited.source.title.get(lang).to_string());
                let confirmed = cited.confirmed();
                let url = cited.source.url.clone();
                let title = cited.source.title.get(lang).to_string();
                view! {
                    <li class="citation">
                        <strong class="citation__label">{cited.label(lang)}</strong>
                        {(!confirmed).then(|| view! {
                            " "
                            <span class="badge badge--unconfirmed" title=t(i18n::SUBJECT_TO_CONFIRMATION_HINT)>
                                {t(i18n::SUBJECT_TO_CONFIRMATION)}
                            </span>
                        })}
                        <span class="citation__summary">{summary}</span>
                        <span class="citation__source">
                            {title} " — "
                            <a href=url target="_blank" rel="noopener noreferrer">{t(i18n::OPEN_SOURCE)}</a>
                        </span>
                    </li>
                }
                .into_any()
            }
        })
        .collect_view();
    view! {
        <details class="citations">
            <summary>
                {t(i18n::CITATIONS_SUMMARY)} " (" {count} ")"
                {unconfirmed.then(|| view! {
                    " " <span class="badge badge--unconfirmed">{t(i18n::SUBJECT_TO_CONFIRMATION)}</span>
                })}
            </summary>
            <ul>{items}</ul>
        </details>
    }
}
