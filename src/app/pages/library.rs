//! The assessment library: every assessment in this browser; create, open, rename, duplicate, delete, undo.

use std::collections::BTreeMap;
use std::sync::Arc;

use leptos::prelude::*;
use sansang_core::domain::{
    evaluate, Assessment, Catalog, ImportPlan, ImportStatus, Lang, Resolution, Timestamp,
};
use sansang_core::format::assessment_file::{peek_header, ASSESSMENT_VERSION};
use sansang_core::format::MAX_IMPORT_BYTES;

use crate::app::content::WithCatalog;
use crate::app::route::{Route, Step};
use crate::app::state::use_app_state;
use crate::i18n::{self, Tr};
use crate::platform::{clock, files};

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
    let t = move |s: Tr| s.get(state.lang.get_untracked());
    view! {
        <section class="page" aria-labelledby="page-title">
            <h1 id="page-title">{t(i18n::LIBRARY_TITLE)}</h1>
            <p>{t(i18n::LIBRARY_INTRO)}</p>
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
                    crate::platform::web::set_hash(&Route::Assessment(id, Step::Profile).href());
                };
                view! {
                    <p><button type="button" class="button button--primary" on:click=create>{t(i18n::NEW_ASSESSMENT)}</button></p>
                }
                .into_any()
            }/>
            {move || state.deleted.get().map(|_| view! {
                <p class="banner banner--info" role="status">
                    {t(i18n::DELETED)} " "
                    <button type="button" class="button button--small" on:click=move |_| state.undo_delete()>{t(i18n::UNDO)}</button>
                </p>
            })}
            {move || {
                let list = state.assessments.get();
                // Progress and band need the questionnaires; until they are loaded the columns say "…".
                let catalog = state.catalog();
                if list.is_empty() {
                    return view! { <p class="empty">{t(i18n::LIBRARY_EMPTY)}</p> }.into_any();
                }
                view! {
                    <table class="library">
                        <caption class="visually-hidden">{t(i18n::LIBRARY_TITLE)}</caption>
                        <thead>
                            <tr>
                                <th scope="col">{t(i18n::COL_NAME)}</th>
                                <th scope="col">{t(i18n::COL_ORGANISATION)}</th>
                                <th scope="col">{t(i18n::COL_UPDATED)}</th>
                                <th scope="col">{t(i18n::COL_PROGRESS)}</th>
                                <th scope="col">{t(i18n::COL_BAND)}</th>
                                <th scope="col">{t(i18n::COL_ACTIONS)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {list.into_iter().rev().map(|a| view! { <LibraryRow assessment=a catalog=catalog.clone()/> }).collect_view()}
                        </tbody>
                    </table>
                }
                .into_any()
            }}
            <WithCatalog children=move |catalog| view! { <BackupPanel catalog=catalog/> }.into_any()/>
            <Unreadable/>
        </section>
    }
}

/// Where an import stands.
#[derive(Clone)]
enum ImportState {
    Idle,
    Rejected(Vec<String>),
    Choosing(Arc<ImportPlan>),
    Done(usize),
}

/// Backup download and import (one assessment or a backup), with a choice for each conflict.
#[component]
fn BackupPanel(catalog: Arc<Catalog>) -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let t = move |s: Tr| s.get(lang);
    let import = RwSignal::new(ImportState::Idle);
    let choices = RwSignal::new(BTreeMap::<String, Resolution>::new());
    let catalog = StoredValue::new(catalog);
    let on_file = move |ev: leptos::ev::Event| {
        let Some(file) = files::take_picked_file(&ev) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let next = match files::read_file(&file, MAX_IMPORT_BYTES).await {
                Err(files::ReadError::TooLarge) => {
                    ImportState::Rejected(vec![t(i18n::IMPORT_TOO_LARGE).to_string()])
                }
                Err(files::ReadError::Unreadable) => {
                    ImportState::Rejected(vec![t(i18n::IMPORT_UNREADABLE).to_string()])
                }
                Ok(bytes) => match state.prepare_import(&catalog.get_value(), &bytes) {
                    Err(problems) => {
                        ImportState::Rejected(problems.iter().map(|p| p.display(lang)).collect())
                    }
                    Ok(plan) => {
                        let conflicts: BTreeMap<String, Resolution> = plan
                            .items
                            .iter()
                            .filter(|i| matches!(i.status, ImportStatus::Conflict { .. }))
                            .map(|i| (i.assessment.id.clone(), Resolution::KeepBoth))
                            .collect();
                        if conflicts.is_empty() {
                            ImportState::Done(state.finish_import(&plan, &BTreeMap::new()))
                        } else {
                            choices.set(conflicts);
                            ImportState::Choosing(Arc::new(plan))
                        }
                    }
                },
            };
            import.set(next);
        });
    };
    let download_all = move |_| {
        let (name, text) = state.export_all();
        let _ = files::download(&name, &text, "application/json");
    };
    view! {
        <section class="backup" aria-labelledby="backup-title">
            <h2 id="backup-title">{t(i18n::BACKUP_TITLE)}</h2>
            <p>{t(i18n::BACKUP_INTRO)}</p>
            <p><button type="button" class="button" on:click=download_all>{t(i18n::DOWNLOAD_BACKUP)}</button></p>
            <label class="field">
                <span>{t(i18n::IMPORT_FILE)}</span>
                <input type="file" accept="application/json,.json" data-testid="import-file" on:change=on_file/>
            </label>
            <div role="status" aria-live="polite" data-testid="import-result">
                {move || match import.get() {
                    ImportState::Idle => ().into_any(),
                    ImportState::Done(0) => view! { <p class="hint">{t(i18n::IMPORT_NOTHING)}</p> }.into_any(),
                    ImportState::Done(n) => view! { <p class="hint hint--ok">{t(i18n::IMPORT_DONE)} " " {n}</p> }.into_any(),
                    ImportState::Rejected(problems) => view! {
                        <div class="banner banner--warning" role="alert" data-testid="import-rejected">
                            <p>{t(i18n::IMPORT_REJECTED)}</p>
                            <ul>{problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}</ul>
                        </div>
                    }.into_any(),
                    ImportState::Choosing(plan) => {
                        let rows = plan.items.iter().filter_map(|item| match &item.status {
                            ImportStatus::Conflict { existing, .. } => Some((item.assessment.clone(), existing.clone())),
                            _ => None,
                        }).map(|(incoming, existing)| {
                            let id = StoredValue::new(incoming.id.clone());
                            let options = [(Resolution::Replace, i18n::REPLACE), (Resolution::KeepBoth, i18n::KEEP_BOTH), (Resolution::Skip, i18n::SKIP)];
                            view! {
                                <fieldset class="conflict">
                                    <legend>{incoming.name.clone()}</legend>
                                    <p class="hint">{t(i18n::IN_BROWSER)} ": " {existing.name.clone()} " — " {format_local(existing.updated, lang)}
                                        <br/>{t(i18n::IN_FILE)} ": " {incoming.name.clone()} " — " {format_local(incoming.updated, lang)}</p>
                                    {options.into_iter().map(|(resolution, label)| view! {
                                        <label class="choice">
                                            <input type="radio" name=format!("conflict-{}", id.get_value())
                                                prop:checked=move || choices.with(|c| c.get(&id.get_value()) == Some(&resolution))
                                                on:change=move |_| choices.update(|c| { c.insert(id.get_value(), resolution); })/>
                                            <span>{t(label)}</span>
                                        </label>
                                    }).collect_view()}
                                </fieldset>
                            }
                        }).collect_view();
                        let confirm = {
                            let plan = plan.clone();
                            move |_| import.set(ImportState::Done(state.finish_import(&plan, &choices.get_untracked())))
                        };
                        view! {
                            <div class="conflicts">
                                <p>{t(i18n::IMPORT_CONFLICTS)}</p>
                                {rows}
                                <button type="button" class="button button--primary" on:click=confirm>{t(i18n::IMPORT_CONFIRM)}</button>
                                " "
                                <button type="button" class="button button--quiet" on:click=move |_| import.set(ImportState::Idle)>{t(i18n::CANCEL)}</button>
                            </div>
                        }.into_any()
                    }
                }}
            </div>
        </section>
    }
}

/// Saved entries that could not be read: listed with their problems and offered for download.
#[component]
fn Unreadable() -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let t = move |s: Tr| s.get(lang);
    move || {
        let entries = state.unreadable.get();
        (!entries.is_empty()).then(|| view! {
            <section class="banner banner--warning" aria-labelledby="unreadable-title" data-testid="unreadable">
                <h2 id="unreadable-title">{t(i18n::UNREADABLE_TITLE)}</h2>
                <p>{t(i18n::UNREADABLE_INTRO)}</p>
                <ul>{entries.into_iter().map(|entry| {
                    let problems = entry.problems.iter().take(3).map(|p| p.display(lang)).collect::<Vec<_>>().join("; ");
                    // An entry written by a newer version is shown read-only: its header, nothing interpreted.
                    let header = peek_header(&entry.text).filter(|h| h.version.is_some_and(|v| v > ASSESSMENT_VERSION));
                    let header = header.map(|h| view! {
                        <p class="kept-aside__header" data-testid="newer-version">
                            <strong>{h.name.unwrap_or_default()}</strong>
                            {h.organisation.filter(|o| !o.is_empty()).map(|o| view! { " — " {o} })}
                            {h.updated.map(|u| view! { " · " {t(i18n::LAST_CHANGE)} " " {format_local(u, lang)} })}
                            <br/>
                            {t(i18n::NEWER_VERSION_ENTRY)} " " {h.version.unwrap_or_default()} {t(i18n::NEWER_VERSION_READ_ONLY)}
                        </p>
                    });
                    let name = format!("sansang-kept-aside-{}.txt", entry.key.replace(|c: char| !c.is_ascii_alphanumeric() && c != '-', "-"));
                    let text = entry.text.clone();
                    view! {
                        <li>
                            {header}
                            <code>{format!("sansang.{}", entry.key)}</code> " — " {problems} " "
                            <button type="button" class="button button--small" on:click=move |_| { let _ = files::download(&name, &text, "text/plain"); }>{t(i18n::DOWNLOAD)}</button>
                        </li>
                    }
                }).collect_view()}</ul>
            </section>
        })
    }
}

#[component]
fn LibraryRow(assessment: Assessment, catalog: Option<Arc<Catalog>>) -> impl IntoView {
    let state = use_app_state();
    let t = move |s: Tr| s.get(state.lang.get_untracked());
    let lang = move || state.lang.get_untracked();
    let id = StoredValue::new(assessment.id.clone());
    let renaming = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let draft = RwSignal::new(assessment.name.clone());
    let href = Route::Assessment(assessment.id.clone(), Step::Profile).href();
    let name = assessment.name.clone();
    let updated = assessment.updated;
    let (progress, band) = match &catalog {
        Some(catalog) => {
            let e = evaluate(catalog, &assessment);
            let c = &e.overall.confidence;
            let band = e
                .band()
                .map(|b| b.label.get(lang()).to_string())
                .unwrap_or_else(|| t(i18n::NOT_ASSESSED).to_string());
            let band = if e.overall.provisional {
                format!("{band} ({})", t(i18n::PROVISIONAL))
            } else {
                band
            };
            (format!("{}/{}", c.answered, c.visible), band)
        }
        None => ("…".to_string(), "…".to_string()),
    };
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
                            <label class="visually-hidden" for=format!("rename-{}", id.get_value())>{t(i18n::ASSESSMENT_NAME)}</label>
                            <input id=format!("rename-{}", id.get_value()) type="text" maxlength="200" required
                                prop:value=move || draft.get()
                                on:input=move |ev| draft.set(event_target_value(&ev))/>
                            <button type="submit" class="button button--small">{t(i18n::SAVE)}</button>
                            <button type="button" class="button button--small button--quiet" on:click=move |_| renaming.set(false)>{t(i18n::CANCEL)}</button>
                        </form>
                    }.into_any()
                } else {
                    view! { <a href=href.clone()>{name.clone()}</a> }.into_any()
                }}
            </th>
            <td>{assessment.organisation.clone()}</td>
            <td>{move || format_local(updated, lang())}</td>
            <td class="num" data-testid="library-progress">{progress}</td>
            <td data-testid="library-band">{band}</td>
            <td class="library__actions">
                {move || if confirming.get() {
                    view! {
                        <span role="alert">{t(i18n::CONFIRM_DELETE)}</span> " "
                        <button type="button" class="button button--small button--danger" on:click=move |_| { confirming.set(false); state.delete(&id.get_value()); }>{t(i18n::DELETE)}</button>
                        <button type="button" class="button button--small button--quiet" on:click=move |_| confirming.set(false)>{t(i18n::CANCEL)}</button>
                    }.into_any()
                } else {
                    view! {
                        <button type="button" class="button button--small" on:click=move |_| renaming.set(true)>{t(i18n::RENAME)}</button>
                        <button type="button" class="button button--small" on:click=move |_| {
                            let lang = state.lang.get_untracked();
                            let current = state.assessments.with_untracked(|l| l.iter().find(|a| a.id == id.get_value()).map(|a| a.name.clone())).unwrap_or_default();
                            state.duplicate(&id.get_value(), format!("{current}{}", i18n::COPY_SUFFIX.get(lang)));
                        }>{t(i18n::DUPLICATE)}</button>
                        <button type="button" class="button button--small" on:click=move |_| {
                            if let Some((name, text)) = state.export_one(&id.get_value()) {
                                let _ = files::download(&name, &text, "application/json");
                            }
                        }>{t(i18n::EXPORT)}</button>
                        <button type="button" class="button button--small button--quiet" on:click=move |_| confirming.set(true)>{t(i18n::DELETE)}</button>
                    }.into_any()
                }}
            </td>
        </tr>
    }
}
