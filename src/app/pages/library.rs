//! The assessment library: every assessment in this browser; create, open, rename, duplicate, delete, undo.

use leptos::prelude::*;
use sansang_core::domain::{Assessment, Lang, Timestamp};

use crate::app::content::WithCatalog;
use crate::app::route::{Route, Step};
use crate::app::state::use_app_state;
use crate::i18n::{self, Tr};
use crate::platform::clock;

/// "23/11/2026 20:15" (vi) or "23 Nov 2026 20:15" (en), in the browser's time zone.
pub fn format_local(t: Timestamp, lang: Lang) -> String {
    let local = clock::local(t);
    let (hour, minute, _, _) = local.time_of_day();
    format!("{} {:02}:{:02}", local.date().format(lang), hour, minute)
}

/// The library page.
#[component]
pub fn Library() -> impl IntoView {
    let state = use_app_state();
    let t = move |s: Tr| s.get(state.lang.get());
    view! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{move || t(i18n::LIBRARY_TITLE)}</h1>
            <p>{move || t(i18n::LIBRARY_INTRO)}</p>
            <WithCatalog children=move |catalog| {
                let create = move |_| {
                    let lang = state.lang.get_untracked();
                    let name = format!(
                        "{} {}",
                        i18n::NEW_ASSESSMENT_NAME.get(lang),
                        clock::local(clock::now()).date().format(lang)
                    );
                    let id = state.create_assessment(&catalog, name);
                    state.route.set(Route::Assessment(id.clone(), Step::Profile));
                    let _ = web_sys::window()
                        .map(|w| w.location().set_hash(&Route::Assessment(id, Step::Profile).href()));
                };
                view! {
                    <p><button type="button" class="button button--primary" on:click=create>{move || t(i18n::NEW_ASSESSMENT)}</button></p>
                }
                .into_any()
            }/>
            {move || state.deleted.get().map(|_| view! {
                <p class="banner banner--info" role="status">
                    {move || t(i18n::DELETED)} " "
                    <button type="button" class="button button--small" on:click=move |_| state.undo_delete()>{move || t(i18n::UNDO)}</button>
                </p>
            })}
            {move || {
                let list = state.assessments.get();
                if list.is_empty() {
                    return view! { <p class="empty">{move || t(i18n::LIBRARY_EMPTY)}</p> }.into_any();
                }
                view! {
                    <table class="library">
                        <caption class="visually-hidden">{move || t(i18n::LIBRARY_TITLE)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{move || t(i18n::COL_NAME)}</th>
                                <th scope="col">{move || t(i18n::COL_ORGANISATION)}</th>
                                <th scope="col">{move || t(i18n::COL_UPDATED)}</th>
                                <th scope="col">{move || t(i18n::COL_ACTIONS)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {list.into_iter().rev().map(|a| view! { <LibraryRow assessment=a/> }).collect_view()}
                        </tbody>
                    </table>
                }
                .into_any()
            }}
        </section>
    }
}

#[component]
fn LibraryRow(assessment: Assessment) -> impl IntoView {
    let state = use_app_state();
    let t = move |s: Tr| s.get(state.lang.get());
    let lang = move || state.lang.get();
    let id = StoredValue::new(assessment.id.clone());
    let renaming = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let draft = RwSignal::new(assessment.name.clone());
    let href = Route::Assessment(assessment.id.clone(), Step::Profile).href();
    let name = assessment.name.clone();
    let updated = assessment.updated;
    let save_name = move || {
        let name = draft.get_untracked().trim().to_string();
        if !name.is_empty() {
            state.update(&id.get_value(), |a| a.name = name);
        }
        renaming.set(false);
    };
    view! {
        <tr data-assessment=assessment.id.clone()>
            <th scope="row">
                {move || if renaming.get() {
                    view! {
                        <form class="inline-form" on:submit=move |ev| { ev.prevent_default(); save_name(); }>
                            <label class="visually-hidden" for=format!("rename-{}", id.get_value())>{move || t(i18n::ASSESSMENT_NAME)}</label>
                            <input id=format!("rename-{}", id.get_value()) type="text" maxlength="200" required
                                prop:value=move || draft.get()
                                on:input=move |ev| draft.set(event_target_value(&ev))/>
                            <button type="submit" class="button button--small">{move || t(i18n::SAVE)}</button>
                            <button type="button" class="button button--small button--quiet" on:click=move |_| renaming.set(false)>{move || t(i18n::CANCEL)}</button>
                        </form>
                    }.into_any()
                } else {
                    view! { <a href=href.clone()>{name.clone()}</a> }.into_any()
                }}
            </th>
            <td>{assessment.organisation.clone()}</td>
            <td>{move || format_local(updated, lang())}</td>
            <td class="library__actions">
                {move || if confirming.get() {
                    view! {
                        <span role="alert">{move || t(i18n::CONFIRM_DELETE)}</span> " "
                        <button type="button" class="button button--small button--danger" on:click=move |_| { confirming.set(false); state.delete(&id.get_value()); }>{move || t(i18n::DELETE)}</button>
                        <button type="button" class="button button--small button--quiet" on:click=move |_| confirming.set(false)>{move || t(i18n::CANCEL)}</button>
                    }.into_any()
                } else {
                    view! {
                        <button type="button" class="button button--small" on:click=move |_| renaming.set(true)>{move || t(i18n::RENAME)}</button>
                        <button type="button" class="button button--small" on:click=move |_| {
                            let lang = state.lang.get_untracked();
                            let current = state.assessments.with_untracked(|l| l.iter().find(|a| a.id == id.get_value()).map(|a| a.name.clone())).unwrap_or_default();
                            state.duplicate(&id.get_value(), format!("{current}{}", i18n::COPY_SUFFIX.get(lang)));
                        }>{move || t(i18n::DUPLICATE)}</button>
                        <button type="button" class="button button--small button--quiet" on:click=move |_| confirming.set(true)>{move || t(i18n::DELETE)}</button>
                    }.into_any()
                }}
            </td>
        </tr>
    }
}
