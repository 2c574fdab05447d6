//! The List finder: search the known rows of the List of high-risk AI systems (Decision 33/2026/QĐ-TTg)
//! inside the triage, so the decisive question can be answered without leaving the app. Matching is done by
//! `HighRiskList::search` in the core (vi + en, case- and diacritic-insensitive); this component only shows
//! the result. Every row carries its "subject to confirmation" flag; sectors whose rows are not all known
//! say so, and the official text and the self-classification tool are pointed to (Decree 142 Art. 10(2)).
//!
//! Self-contained: it needs only the List and the language, so it can be mounted anywhere (the triage page
//! mounts it under the List question).

use leptos::prelude::*;
use sansang_core::domain::{is_safe_link, HighRiskList, Lang};

use crate::i18n;

/// A search box over the known rows of the List, with the matching rows and their flags.
#[component]
pub fn ListFinder(list: HighRiskList, lang: Lang) -> impl IntoView {
    let t = move |s: i18n::Tr| s.get(lang);
    let (query, set_query) = signal(String::new());
    let status = list.status.get(lang).to_string();
    let where_to_check = list.where_to_check.get(lang).to_string();
    let official = is_safe_link(&list.official_url).then(|| list.official_url.clone());
    let incomplete: Vec<String> = list
        .sectors
        .iter()
        .filter(|sector| !sector.complete)
        .map(|sector| sector.name.get(lang).to_string())
        .collect();
    let list = StoredValue::new(list);

    let results = move || {
        let query = query.get();
        list.with_value(|list| {
            let found = list.search(&query);
            let count = found.len();
            let rows = found
                .into_iter()
                .map(|found| {
                    let row = found.row;
                    let code = row.code.clone();
                    let sector = found.sector.name.get(lang).to_string();
                    let text = row.text.get(lang).to_string();
                    let conditions = row.conditions.as_ref().map(|c| c.get(lang).to_string());
                    let certification = row.certification == Some(true);
                    let confirmed = row.confirmed;
                    view! {
                        <li class="list-finder__row">
                            <p class="list-finder__head">
                                {code.map(|code| view! { <strong class="list-finder__code">{code}</strong> " " })}
                                <span class="list-finder__sector">{sector}</span>
                                {(!confirmed).then(|| view! {
                                    " "
                                    <span class="badge badge--unconfirmed" title=t(i18n::SUBJECT_TO_CONFIRMATION_HINT)>
                                        {t(i18n::SUBJECT_TO_CONFIRMATION)}
                                    </span>
                                })}
                                {certification.then(|| view! {
                                    " " <span class="badge">{t(i18n::LIST_CERTIFICATION)}</span>
                                })}
                            </p>
                            <p class="list-finder__text">{text}</p>
                            {conditions.map(|c| view! {
                                <p class="list-finder__conditions">
                                    <span class="list-finder__label">{t(i18n::LIST_CONDITIONS)}</span> " " {c}
                                </p>
                            })}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <p class="list-finder__count" aria-live="polite">
                    {if count == 0 { t(i18n::LIST_NO_MATCH).to_string() } else { format!("{}: {count}", t(i18n::LIST_MATCHES)) }}
                </p>
                <ul class="list-finder__rows">{rows}</ul>
            }
        })
    };

    view! {
        <section class="list-finder" aria-label=t(i18n::LIST_TITLE)>
            <h3 class="list-finder__title">{t(i18n::LIST_TITLE)}</h3>
            <p class="list-finder__status">{status}</p>
            <label class="list-finder__search">
                <span>{t(i18n::LIST_SEARCH_LABEL)}</span>
                <input
                    type="search"
                    autocomplete="off"
                    placeholder=t(i18n::LIST_SEARCH_PLACEHOLDER)
                    prop:value=query
                    on:input=move |ev| set_query.set(event_target_value(&ev))
                />
            </label>
            {results}
            {(!incomplete.is_empty()).then(|| view! {
                <p class="list-finder__incomplete">
                    {t(i18n::LIST_INCOMPLETE)} " " {incomplete.join(", ")}
                </p>
            })}
            <p class="list-finder__where">{where_to_check}</p>
            {official.map(|url| view! {
                <p>
                    <a href=url target="_blank" rel="noopener noreferrer">{t(i18n::LIST_OFFICIAL_TEXT)}</a>
                </p>
            })}
        </section>
    }
}
