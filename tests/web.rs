//! Component tests in a real browser (headless Chromium via wasm-bindgen-test-runner).
//! Run: `cargo test -p sansang-app --target wasm32-unknown-unknown` (scripts/test.sh does).
//! All tests share one page and one LocalStorage: each mounts into its own element and clears our keys.
#![cfg(target_arch = "wasm32")]

use leptos::{prelude::*, task::tick};
use sansang_app::app::{
    route::{ResultsView, Route, Step},
    App,
};
use sansang_app::platform::storage::{keys, Storage, PREFIX};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local_storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Mounts `view` into a fresh element; the handle must be kept alive for the test's duration.
fn mount<F, N>(view: F) -> (web_sys::HtmlElement, leptos::mount::UnmountHandle<N::State>)
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    let document = document();
    let root: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&root).unwrap();
    let handle = leptos::mount::mount_to(root.clone(), view);
    (root, handle)
}

/// Mounts the whole app.
fn mount_app() -> (
    web_sys::HtmlElement,
    leptos::mount::UnmountHandle<impl Mountable>,
) {
    mount(App)
}

fn text_of(root: &web_sys::HtmlElement, selector: &str) -> String {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .text_content()
        .unwrap_or_default()
}

fn click(root: &web_sys::HtmlElement, selector: &str) {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into::<web_sys::HtmlElement>()
        .click();
}

fn reset() {
    let _ = Storage::remove(keys::LANG);
    web_sys::window().unwrap().location().set_hash("").unwrap();
}

#[wasm_bindgen_test]
async fn saved_language_is_used_and_the_switch_saves_a_new_one() {
    reset();
    Storage::set_raw(keys::LANG, "vi").unwrap();
    let (root, _handle) = mount_app();
    tick().await;
    assert!(text_of(&root, "h1").contains("Luật Trí tuệ nhân tạo"));
    assert_eq!(text_of(&root, "button[aria-pressed=true]"), "Tiếng Việt");

    click(&root, "button[data-lang=en]");
    tick().await;
    assert!(text_of(&root, "h1").contains("Is your organisation ready"));
    assert_eq!(
        local_storage().get_item("sansang.lang").unwrap().as_deref(),
        Some("en")
    );
    let html_lang = document().document_element().unwrap().get_attribute("lang");
    assert_eq!(html_lang.as_deref(), Some("en"));
    root.remove();
}

#[wasm_bindgen_test]
async fn a_corrupt_saved_language_is_ignored_not_fatal() {
    reset();
    local_storage()
        .set_item("sansang.lang", "<script>alert(1)</script>")
        .unwrap();
    let (root, _handle) = mount_app();
    tick().await;
    // The app starts (language negotiated from the browser) and renders the stored junk nowhere.
    assert!(root.query_selector("h1").unwrap().is_some());
    assert!(!root.inner_html().contains("<script>alert"));
    root.remove();
}

#[wasm_bindgen_test]
async fn switching_language_touches_no_other_application_key() {
    reset();
    local_storage()
        .set_item("other-app.settings", "keep me")
        .unwrap();
    let (root, _handle) = mount_app();
    tick().await;
    click(&root, "button[data-lang=vi]");
    tick().await;
    assert_eq!(
        local_storage()
            .get_item("other-app.settings")
            .unwrap()
            .as_deref(),
        Some("keep me")
    );
    let storage = local_storage();
    for i in 0..storage.length().unwrap() {
        let key = storage.key(i).unwrap().unwrap();
        assert!(
            key == "other-app.settings" || key.starts_with(PREFIX),
            "unexpected key {key}"
        );
    }
    storage.remove_item("other-app.settings").unwrap();
    root.remove();
}

#[wasm_bindgen_test]
async fn hash_navigation_shows_the_page_and_marks_the_nav_link() {
    reset();
    Storage::set_raw(keys::LANG, "en").unwrap();
    let (root, _handle) = mount_app();
    tick().await;
    let window = web_sys::window().unwrap();
    window.location().set_hash("/assessments").unwrap();
    // The real hashchange event arrives asynchronously; dispatch one now so the test needs no timer.
    window
        .dispatch_event(&web_sys::Event::new("hashchange").unwrap())
        .unwrap();
    tick().await;
    assert_eq!(text_of(&root, "h1"), "Assessments");
    assert_eq!(text_of(&root, "a[aria-current=page]"), "Assessments");

    window.location().set_hash("/no/such/page").unwrap();
    window
        .dispatch_event(&web_sys::Event::new("hashchange").unwrap())
        .unwrap();
    tick().await;
    assert_eq!(text_of(&root, "h1"), "Page not found");
    reset();
    root.remove();
}

#[wasm_bindgen_test]
fn routes_parse_and_round_trip() {
    let routes = [
        Route::Home,
        Route::Library,
        Route::Assessment("a-1_B".into(), Step::Profile),
        Route::Assessment("x9".into(), Step::Systems),
        Route::Assessment("x9".into(), Step::System("s-1".into(), 0)),
        Route::Assessment("x9".into(), Step::System("s-1".into(), 3)),
        Route::Assessment("x9".into(), Step::Questions(None)),
        Route::Assessment("x9".into(), Step::Questions(Some("data".into()))),
        Route::Assessment("x9".into(), Step::Results(ResultsView::Summary)),
        Route::Assessment("x9".into(), Step::Results(ResultsView::Plan)),
        Route::Reports,
        Route::Workshop,
        Route::HowScoresWork,
    ];
    for route in routes {
        let href = route.href();
        assert_eq!(Route::parse(href.trim_start_matches('#')), route, "{href}");
    }
    assert_eq!(Route::parse(""), Route::Home);
    assert_eq!(Route::parse("/assessments/"), Route::Library);
    assert_eq!(Route::parse("/assessments?x=1"), Route::Library);
    assert_eq!(
        Route::parse("/assessments/abc"),
        Route::Assessment("abc".into(), Step::Profile)
    );
}

#[wasm_bindgen_test]
fn hostile_fragments_are_not_found() {
    let long = format!("/assessments/{}", "a".repeat(65));
    for fragment in [
        "/assessments/<img src=x onerror=alert(1)>",
        "/assessments/javascript:alert(1)",
        "/assessments/a/b/c",
        "/assessments/a/questions/Data",
        "/assessments/a/systems/<x>",
        "/assessments/a/systems/s/99",
        "/assessments/a/systems/s/01",
        "/assessments/a/results/everything",
        "/assessments/%2e%2e",
        long.as_str(),
        "//evil.example/",
    ] {
        assert_eq!(Route::parse(fragment), Route::NotFound, "{fragment}");
    }
}

/// Mounts `Library` with an AppState whose catalog is the compiled-in content (no fetch in tests).
fn mount_library() -> (
    web_sys::HtmlElement,
    leptos::mount::UnmountHandle<impl Mountable>,
) {
    use sansang_app::app::{pages::Library, state::AppState};
    mount(|| {
        let state = AppState::start();
        state.set_catalog(std::sync::Arc::new(
            sansang_core::catalog::builtin().expect("shipped content is valid"),
        ));
        provide_context(state);
        view! { <Library/> }
    })
}

fn saved_assessment_keys() -> Vec<String> {
    let storage = local_storage();
    (0..storage.length().unwrap())
        .filter_map(|i| storage.key(i).unwrap())
        .filter(|k| k.starts_with("sansang.assessment."))
        .collect()
}

fn clear_saved_assessments() {
    for key in saved_assessment_keys() {
        local_storage().remove_item(&key).unwrap();
    }
}

fn button_with_text(root: &web_sys::HtmlElement, text: &str) -> web_sys::HtmlElement {
    let buttons = root.query_selector_all("button").unwrap();
    (0..buttons.length())
        .filter_map(|i| buttons.item(i))
        .find(|b| b.text_content().unwrap_or_default().trim() == text)
        .unwrap_or_else(|| panic!("no button {text:?}"))
        .unchecked_into()
}

#[wasm_bindgen_test]
async fn creating_an_assessment_saves_a_valid_document_and_lists_it() {
    reset();
    clear_saved_assessments();
    Storage::set_raw(keys::LANG, "en").unwrap();
    let (root, _handle) = mount_library();
    tick().await;
    button_with_text(&root, "New assessment").click();
    tick().await;
    let keys = saved_assessment_keys();
    assert_eq!(keys.len(), 1, "{keys:?}");
    let text = local_storage().get_item(&keys[0]).unwrap().unwrap();
    let saved = sansang_core::format::assessment_file::decode_assessment(&text).expect("decodes");
    assert!(saved.name.starts_with("New assessment"));
    let shipped = sansang_core::catalog::builtin().expect("shipped content is valid");
    assert_eq!(
        saved.versions.readiness,
        shipped.readiness().unwrap().version.to_string(),
        "the new assessment records the questionnaire version it was made against"
    );
    assert!(root
        .query_selector("table.library tbody tr")
        .unwrap()
        .is_some());
    clear_saved_assessments();
    reset();
    root.remove();
}

#[wasm_bindgen_test]
async fn deleting_asks_first_and_can_be_undone() {
    reset();
    clear_saved_assessments();
    Storage::set_raw(keys::LANG, "en").unwrap();
    let (root, _handle) = mount_library();
    tick().await;
    button_with_text(&root, "New assessment").click();
    tick().await;
    button_with_text(&root, "Delete").click();
    tick().await;
    assert_eq!(
        saved_assessment_keys().len(),
        1,
        "nothing is deleted before confirming"
    );
    assert!(root.inner_html().contains("Delete this assessment?"));
    button_with_text(&root, "Delete").click();
    tick().await;
    assert!(
        saved_assessment_keys().is_empty(),
        "deleted after confirming"
    );
    button_with_text(&root, "Undo").click();
    tick().await;
    assert_eq!(saved_assessment_keys().len(), 1, "restored by undo");
    clear_saved_assessments();
    reset();
    root.remove();
}
