//! Access to the content (questionnaires and sources) from pages, loaded the cheapest way: the language-neutral
//! structure (`content/structure.bin`) once, then only the text parts the current page needs in the current
//! language (`content/vi/readiness.risk.bin`, see `sansang_core::format::wire`), then the rest of that
//! language in the background. The other language is fetched when the user switches to it.
//!
//! How texts not yet loaded are represented: the catalog in [`AppState::content`] always has the full
//! structure; a text whose part is not applied yet is an empty string in that language. [`WithCatalog`] renders
//! a page only once every part the page needs is applied in the page's language ([`needs`]), so no page ever
//! shows an empty text; later parts replace the catalog without re-rendering the page (citations, which read
//! the latest catalog, fill in when the source register arrives).

use std::cell::RefCell;
use std::sync::Arc;

use leptos::prelude::*;
use sansang_core::domain::{Catalog, Lang, QuestionnaireKind};
use sansang_core::format::wire::{self, Structure, WireError};

use crate::app::route::{Route, Step};
use crate::app::state::{use_app_state, AppState, ContentState};
use crate::i18n::{self, Tr};
use crate::platform::content::fetch_bytes;

/// The folder of the content files, relative to index.html.
const FOLDER: &str = "./content/";
/// How long after a page's content arrives the rest of the language is fetched.
const BACKGROUND_DELAY_MS: u64 = 1500;

/// What the loader knows. One per page load (the app has one [`AppState`]).
#[derive(Default)]
struct Loader {
    /// The decoded structure with the parts applied so far.
    structure: Option<Structure>,
    /// Whether the structure is being fetched.
    fetching_structure: bool,
    /// Parts being fetched: (language, part).
    in_flight: Vec<(Lang, String)>,
    /// The last failure of something a page waits for (technical, for a bug report).
    error: Option<String>,
}

thread_local! {
    static LOADER: RefCell<Loader> = RefCell::new(Loader::default());
}

/// Which parts a page needs before it can render.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Needs {
    /// The readiness questionnaire's own texts and those of one section (`None`: the first).
    Section(Option<String>),
    /// Every part of the language.
    All,
}

/// What the current route needs: a readiness section needs only itself; every other page needs everything
/// (they show several questionnaires or the source register).
pub fn needs(route: &Route) -> Needs {
    match route {
        Route::Assessment(_, Step::Questions(section)) => Needs::Section(section.clone()),
        _ => Needs::All,
    }
}

/// The part names `needs` stands for in this structure.
fn parts_for(structure: &Structure, catalog: &Catalog, needs: &Needs) -> Vec<String> {
    match needs {
        Needs::All => structure.parts().map(str::to_string).collect(),
        Needs::Section(section) => {
            let Some(readiness) = catalog.questionnaire(QuestionnaireKind::Readiness) else {
                return structure.parts().map(str::to_string).collect();
            };
            let section = section
                .as_deref()
                .filter(|id| readiness.sections.iter().any(|s| s.id == *id))
                .or_else(|| readiness.sections.first().map(|s| s.id.as_str()));
            let mut parts = vec![readiness.id.clone()];
            if let Some(section) = section {
                parts.push(wire::section_part(&readiness.id, section));
            }
            parts
        }
    }
}

/// Whether every part the page needs is applied in `lang`. A catalog set directly ([`AppState::set_catalog`],
/// tests) is complete.
fn ready(state: AppState, lang: Lang, needs: &Needs) -> bool {
    let ContentState::Ready(catalog) = state.content.get_untracked() else {
        return false;
    };
    LOADER.with(|loader| match &loader.borrow().structure {
        None => true,
        Some(structure) => parts_for(structure, &catalog, needs)
            .iter()
            .all(|part| structure.has(lang, part)),
    })
}

fn publish(state: AppState) {
    let catalog = LOADER.with(|loader| loader.borrow().structure.as_ref().map(Structure::catalog));
    if let Some(catalog) = catalog {
        state.content.set(ContentState::Ready(Arc::new(catalog)));
    }
}

fn fail(state: AppState, error: String) {
    LOADER.with(|loader| loader.borrow_mut().error = Some(error.clone()));
    if !matches!(state.content.get_untracked(), ContentState::Ready(_)) {
        state.content.set(ContentState::Failed(error));
    } else {
        // Keep the catalog; nudge the pages waiting for a part so that they show the error.
        state.content.update(|_| {});
    }
}

/// Starts loading what the current route needs in the current language (called by
/// [`AppState::ensure_content`] and by [`WithCatalog`]); then the rest of that language in the background.
pub fn ensure(state: AppState) {
    let lang = state.lang.get_untracked();
    let needs = needs(&state.route.get_untracked());
    if ready(state, lang, &needs) {
        background(state, lang);
        return;
    }
    let has_structure = LOADER.with(|loader| {
        let mut loader = loader.borrow_mut();
        loader.error = None;
        loader.structure.is_some()
    });
    if has_structure {
        fetch_parts(state, lang, needs, true);
        return;
    }
    let already = LOADER.with(|loader| {
        let mut loader = loader.borrow_mut();
        std::mem::replace(&mut loader.fetching_structure, true)
    });
    if already {
        return;
    }
    if !matches!(state.content.get_untracked(), ContentState::Ready(_)) {
        state.content.set(ContentState::Loading);
    }
    leptos::task::spawn_local(async move {
        let result = match fetch_bytes(&format!("{FOLDER}{}", wire::STRUCTURE_FILE)).await {
            Ok(bytes) => wire::decode_structure(&bytes).map_err(|e| e.to_string()),
            Err(error) => Err(format!("{}: {error}", wire::STRUCTURE_FILE)),
        };
        LOADER.with(|loader| loader.borrow_mut().fetching_structure = false);
        match result {
            Ok(structure) => {
                LOADER.with(|loader| loader.borrow_mut().structure = Some(structure));
                publish(state);
                // The route or language may have changed meanwhile: load for the current ones.
                ensure(state);
            }
            Err(error) => fail(state, error),
        }
    });
}

/// Fetches the missing parts of `needs` in `lang` (each fetch starts at once, so they run in parallel) and
/// publishes the catalog when the last one is in. `waiting`: a page waits for them (a failure is shown, and the
/// rest of the language follows); else a background load (a failure is retried when a page needs the part).
fn fetch_parts(state: AppState, lang: Lang, needs: Needs, waiting: bool) {
    // The published catalog has the structure (its texts do not matter here).
    let ContentState::Ready(catalog) = state.content.get_untracked() else {
        return;
    };
    let missing = LOADER.with(|loader| {
        let mut loader = loader.borrow_mut();
        let Some(structure) = loader.structure.as_ref() else {
            return Vec::new();
        };
        let missing: Vec<String> = parts_for(structure, &catalog, &needs)
            .into_iter()
            .filter(|part| !structure.has(lang, part))
            .filter(|part| {
                !loader
                    .in_flight
                    .iter()
                    .any(|(l, p)| *l == lang && p == part)
            })
            .collect();
        loader
            .in_flight
            .extend(missing.iter().map(|part| (lang, part.clone())));
        missing
    });
    for part in missing {
        leptos::task::spawn_local(async move {
            let result = load_part(lang, &part).await;
            let (last, failed) = LOADER.with(|loader| {
                let mut loader = loader.borrow_mut();
                loader
                    .in_flight
                    .retain(|(l, p)| !(*l == lang && *p == part));
                if let (Err(error), true) = (&result, waiting) {
                    loader.error = Some(error.clone());
                }
                let last = !loader.in_flight.iter().any(|(l, _)| *l == lang);
                (last, loader.error.clone())
            });
            // A page may be waiting for this part: publish at once. A background batch publishes once, at its end.
            if waiting || last {
                publish(state);
            }
            match failed {
                Some(error) if waiting => fail(state, error),
                // After the page has shown and settled, so that it never competes with the first render.
                None if waiting && last => set_timeout(
                    move || background(state, lang),
                    std::time::Duration::from_millis(BACKGROUND_DELAY_MS),
                ),
                _ => {}
            }
        });
    }
}

/// Every other part of the language, after the page shows (the source register for citations, other sections).
fn background(state: AppState, lang: Lang) {
    let complete = LOADER.with(|loader| {
        loader
            .borrow()
            .structure
            .as_ref()
            .is_none_or(|s| s.complete(lang))
    });
    if !complete {
        fetch_parts(state, lang, Needs::All, false);
    }
}

/// Fetches one part and applies it. A part of another build of the content (a stale HTTP cache) is fetched once
/// more, bypassing caches by its URL.
async fn load_part(lang: Lang, part: &str) -> Result<(), String> {
    let url = format!("{FOLDER}{}", wire::part_file(lang, part));
    let apply = |bytes: Vec<u8>| {
        LOADER.with(|loader| match loader.borrow_mut().structure.as_mut() {
            Some(structure) => structure.apply(&bytes).map(|_| ()),
            None => Err(WireError::Malformed),
        })
    };
    let fetched = fetch_bytes(&url).await.map_err(|e| format!("{url}: {e}"))?;
    match apply(fetched) {
        Err(WireError::Stale(_)) => {
            let fresh = format!("{url}?fresh={}", crate::platform::clock::now().0);
            let fetched = fetch_bytes(&fresh)
                .await
                .map_err(|e| format!("{url}: {e}"))?;
            apply(fetched).map_err(|e| e.to_string())
        }
        other => other.map_err(|e| e.to_string()),
    }
}

/// Renders `children` with the catalog once the parts the current page needs are loaded in the current
/// language; a loading line or an error with "try again" before.
#[component]
pub fn WithCatalog(
    children: impl Fn(Arc<Catalog>) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let state = use_app_state();
    let t = move |s: Tr| s.get(state.lang.get_untracked());
    let lang = state.lang.get_untracked();
    let needs = needs(&state.route.get_untracked());
    ensure(state);
    // Changes from "not yet" to "ready" once: later parts do not re-render the page.
    let is_ready = {
        let needs = needs.clone();
        Memo::new(move |_| {
            state.content.track();
            ready(state, lang, &needs)
        })
    };
    move || {
        if is_ready.get() {
            if let ContentState::Ready(catalog) = state.content.get_untracked() {
                return children(catalog);
            }
        }
        let error = match state.content.get() {
            ContentState::Failed(detail) => Some(detail),
            _ => LOADER.with(|loader| loader.borrow().error.clone()),
        };
        match error {
            Some(detail) => view! {
                <div class="banner banner--warning" role="alert">
                    <p>{t(i18n::CONTENT_FAILED)}</p>
                    <details><summary>"…"</summary><pre class="technical">{detail}</pre></details>
                    <button type="button" class="button" on:click=move |_| ensure(state)>{t(i18n::RETRY)}</button>
                </div>
            }
            .into_any(),
            None => view! { <p class="loading" role="status">{t(i18n::LOADING_CONTENT)}</p> }.into_any(),
        }
    }
}
