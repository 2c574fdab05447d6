//! Free-text fields that never lose a word.
//!
//! A [`DraftText`] keeps what the user types as a local draft and saves it while they type (0.4 s after the
//! last keystroke), when the field loses focus, when the page is hidden or unloaded (`pagehide`), before the
//! language changes and when the field leaves the page. A change of the saved value made elsewhere (another
//! tab) replaces the field's text only when the user has no unsaved edit in it; otherwise the field keeps the
//! user's text and says that it was changed in another tab, offering the other version.

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;

use crate::app::text::t;
use crate::i18n;

/// How long after the last keystroke a draft is saved.
const SAVE_AFTER: Duration = Duration::from_millis(400);

/// A field number and the function that saves its draft.
type Pending = (u64, Rc<dyn Fn()>);

thread_local! {
    /// The fields with an unsaved draft.
    static PENDING: RefCell<Vec<Pending>> = const { RefCell::new(Vec::new()) };
    static NEXT: RefCell<u64> = const { RefCell::new(0) };
}

/// Saves every unsaved draft now (before the language changes, on `pagehide`).
pub fn flush_all() {
    let pending: Vec<Rc<dyn Fn()>> =
        PENDING.with(|p| p.borrow().iter().map(|(_, f)| f.clone()).collect());
    for save in pending {
        save();
    }
}

fn register(field: u64, save: Rc<dyn Fn()>) {
    PENDING.with(|p| {
        let mut p = p.borrow_mut();
        if !p.iter().any(|(f, _)| *f == field) {
            p.push((field, save));
        }
    });
}

fn unregister(field: u64) {
    PENDING.with(|p| p.borrow_mut().retain(|(f, _)| *f != field));
}

/// A text input or text area bound to a saved value.
#[component]
pub fn DraftText(
    /// The saved value. Pass a memo, so that only a change of this very field reaches the input.
    #[prop(into)]
    saved: Signal<String>,
    /// Saves a new value (called with the whole text, untrimmed).
    #[prop(into)]
    on_save: Callback<String>,
    /// A text area instead of a one-line input.
    #[prop(optional)]
    multiline: bool,
    /// The element id (for a `<label for>`).
    #[prop(optional, into)]
    id: Option<String>,
    /// The id of the element that labels this field.
    #[prop(optional, into)]
    labelledby: Option<String>,
    #[prop(default = 500)] maxlength: u32,
    #[prop(default = 3)] rows: u32,
    /// Marks the field invalid (e.g. a required reason left blank).
    #[prop(optional, into)]
    invalid: Option<Signal<bool>>,
    /// A `data-testid`, for the tests.
    #[prop(optional)]
    testid: Option<&'static str>,
    /// How the saved value reads back what this field saves (e.g. trimmed), so that the field recognises its
    /// own save and does not take it for a change made elsewhere.
    #[prop(optional)]
    normalize: Option<fn(&str) -> String>,
) -> impl IntoView {
    let field = NEXT.with(|n| {
        let mut n = n.borrow_mut();
        *n += 1;
        *n
    });
    let initial = saved.get_untracked();
    // What the user has typed; what the input was last given from outside; the saved value the draft
    // started from; a value saved elsewhere while the user had an unsaved edit.
    let draft = StoredValue::new(initial.clone());
    let shown = RwSignal::new(initial.clone());
    let base = StoredValue::new(initial);
    let dirty = StoredValue::new(false);
    let focused = StoredValue::new(false);
    let conflict = RwSignal::new(None::<String>);
    let timer = StoredValue::new_local(None::<TimeoutHandle>);

    let save = move || {
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        unregister(field);
        if dirty.try_get_value() != Some(true) {
            return;
        }
        let text = draft.get_value();
        base.set_value(normalize.map_or_else(|| text.clone(), |n| n(&text)));
        dirty.set_value(false);
        on_save.run(text);
    };
    let on_input = move |ev: leptos::ev::Event| {
        draft.set_value(event_target_value(&ev));
        dirty.set_value(true);
        register(field, Rc::new(save));
        if let Some(handle) = timer.try_update_value(Option::take).flatten() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(save, SAVE_AFTER).ok();
        timer.set_value(handle);
    };
    // A change of the saved value that this field did not make.
    Effect::new(move |_| {
        let value = saved.get();
        if value == base.get_value() {
            return;
        }
        let mine = draft.get_value();
        let mine = normalize.map_or(mine.clone(), |n| n(&mine));
        if (dirty.get_value() || focused.get_value()) && value != mine {
            conflict.set(Some(value));
        } else {
            base.set_value(value.clone());
            draft.set_value(value.clone());
            dirty.set_value(false);
            conflict.set(None);
            shown.set(value);
        }
    });
    on_cleanup(save);

    let take_other = move |_| {
        if let Some(value) = conflict.get_untracked() {
            if let Some(handle) = timer.try_update_value(Option::take).flatten() {
                handle.clear();
            }
            unregister(field);
            base.set_value(value.clone());
            draft.set_value(value.clone());
            dirty.set_value(false);
            shown.set(value);
        }
        conflict.set(None);
    };
    let keep_mine = move |_| {
        conflict.set(None);
        dirty.set_value(true);
        save();
    };
    let invalid = move || invalid.map(|i| i.get().to_string());
    let input = if multiline {
        view! {
            <textarea id=id rows=rows maxlength=maxlength aria-labelledby=labelledby aria-invalid=invalid
                data-testid=testid prop:value=move || shown.get() on:input=on_input on:focus=move |_| focused.set_value(true)
                on:blur=move |_| { focused.set_value(false); save() }></textarea>
        }
        .into_any()
    } else {
        view! {
            <input type="text" class="text-input" id=id maxlength=maxlength aria-labelledby=labelledby
                aria-invalid=invalid data-testid=testid prop:value=move || shown.get() on:input=on_input
                on:focus=move |_| focused.set_value(true) on:blur=move |_| { focused.set_value(false); save() }/>
        }
        .into_any()
    };
    view! {
        {input}
        {move || conflict.get().map(|other| view! {
            <span class="field__conflict" role="status" data-testid="changed-elsewhere">
                {t(i18n::CHANGED_ELSEWHERE)} " "
                <q class="field__other">{other}</q> " "
                <button type="button" class="button button--small" on:click=take_other>{t(i18n::USE_OTHER_VERSION)}</button>
                " "
                <button type="button" class="button button--small button--quiet" on:click=keep_mine>{t(i18n::KEEP_MINE)}</button>
            </span>
        })}
    }
}

/// Reads back a text saved trimmed.
pub fn trimmed(text: &str) -> String {
    text.trim().to_string()
}

/// Reads back a text saved as its non-blank lines, trimmed.
pub fn lines(text: &str) -> String {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Reads back a text saved as nothing when it is blank.
pub fn blank_is_empty(text: &str) -> String {
    if text.trim().is_empty() {
        String::new()
    } else {
        text.to_string()
    }
}
