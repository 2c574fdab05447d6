//! The app's shared state, provided as context. Intents are methods; each one updates a signal and persists
//! through `platform`. Nothing here computes meaning.

use std::sync::Arc;

use leptos::prelude::*;
use sansang_core::domain::locale::Lang;
use std::collections::BTreeMap;

use sansang_core::domain::{
    apply_import_avoiding, plan_import, Assessment, Catalog, ImportPlan, QuestionnaireVersions,
    Resolution,
};
use sansang_core::format::assessment_file::{encode_assessment, encode_backup};
use sansang_core::format::{check_against, decode_import, Problem};

use crate::app::route::Route;
use crate::app::store::{self, Unreadable};
use crate::i18n::{self, Tr};
use crate::platform::storage::{keys, Storage};
use crate::platform::{clock, web};

/// The colour theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// Follow the system's light/dark preference.
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    /// Every choice, in display order.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The stored and `data-theme` value; `None` for [`Theme::System`].
    pub fn code(self) -> Option<&'static str> {
        match self {
            Theme::System => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }

    /// Parses a stored value; anything unknown means [`Theme::System`].
    pub fn from_code(code: &str) -> Theme {
        match code {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::System,
        }
    }

    /// The label in the theme control.
    pub fn label(self) -> Tr {
        match self {
            Theme::System => i18n::THEME_SYSTEM,
            Theme::Light => i18n::THEME_LIGHT,
            Theme::Dark => i18n::THEME_DARK,
        }
    }
}

/// Shared state of the whole app. `Copy`: every field is a signal handle or a plain flag.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The interface and content language.
    pub lang: RwSignal<Lang>,
    /// The colour theme.
    pub theme: RwSignal<Theme>,
    /// The current page.
    pub route: RwSignal<Route>,
    /// Whether LocalStorage works in this browser (read once at start).
    pub storage_available: bool,
    /// A transient problem to show the user (e.g. a preference could not be saved).
    pub notice: RwSignal<Option<Tr>>,
    /// The questionnaires and the source register, fetched when first needed.
    pub content: RwSignal<ContentState>,
    /// Every assessment in this browser, in creation order.
    pub assessments: RwSignal<Vec<Assessment>>,
    /// The outcome of the last save.
    pub save: RwSignal<SaveState>,
    /// The last deleted assessment, while its deletion can be undone.
    pub deleted: RwSignal<Option<Assessment>>,
    /// Saved entries that could not be read: kept aside, never overwritten, offered for download.
    pub unreadable: RwSignal<Vec<Unreadable>>,
    /// The element to reveal after the next navigation, instead of scrolling to the top.
    pub pending_focus: RwSignal<Option<String>>,
}

/// Whether the content is available.
#[derive(Clone, Debug, Default)]
pub enum ContentState {
    #[default]
    Idle,
    Loading,
    Ready(Arc<Catalog>),
    /// The content could not be fetched or is invalid (the message is technical, for a bug report).
    Failed(String),
}

/// The outcome of the last save, for the "saved" indicator.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum SaveState {
    /// Nothing changed in this session yet.
    #[default]
    Idle,
    /// Everything is saved in this browser.
    Saved,
    /// Storage is unavailable: changes live only in this tab.
    MemoryOnly,
    /// The browser refused the last write (quota?); the previously saved version is intact.
    Failed(String),
    /// The entry under this assessment's key could not be read and is kept aside; nothing was written.
    KeptAside,
}

impl AppState {
    /// Reads the saved language (or negotiates one from the browser) and the current route.
    pub fn start() -> AppState {
        let storage_available = Storage::available();
        let saved = Storage::get_raw(keys::LANG)
            .ok()
            .flatten()
            .and_then(|tag| Lang::from_tag(&tag));
        let lang = saved.unwrap_or_else(|| {
            let preferred = web::preferred_languages();
            Lang::negotiate(preferred.iter().map(String::as_str))
        });
        let theme = Storage::get_raw(keys::THEME)
            .ok()
            .flatten()
            .map(|code| Theme::from_code(&code))
            .unwrap_or_default();
        let (assessments, unreadable, save) = if storage_available {
            let (assessments, unreadable) = store::load_all();
            (assessments, unreadable, SaveState::Idle)
        } else {
            (Vec::new(), Vec::new(), SaveState::MemoryOnly)
        };
        AppState {
            content: RwSignal::new(ContentState::Idle),
            assessments: RwSignal::new(assessments),
            save: RwSignal::new(save),
            deleted: RwSignal::new(None),
            pending_focus: RwSignal::new(None),
            unreadable: RwSignal::new(unreadable),
            lang: RwSignal::new(lang),
            theme: RwSignal::new(theme),
            route: RwSignal::new(Route::parse(&web::current_hash())),
            storage_available,
            notice: RwSignal::new(None),
        }
    }

    /// Switches the language and remembers the choice.
    pub fn set_lang(self, lang: Lang) {
        self.lang.set(lang);
        if self.storage_available {
            match Storage::set_raw(keys::LANG, lang.code()) {
                Ok(()) => self.notice.set(None),
                Err(_) => self.notice.set(Some(i18n::STORAGE_WRITE_FAILED)),
            }
        }
    }
}

impl AppState {
    /// Switches the colour theme and remembers the choice.
    pub fn set_theme(self, theme: Theme) {
        self.theme.set(theme);
        if self.storage_available {
            let saved = match theme.code() {
                Some(code) => Storage::set_raw(keys::THEME, code),
                None => Storage::remove(keys::THEME),
            };
            match saved {
                Ok(()) => self.notice.set(None),
                Err(_) => self.notice.set(Some(i18n::STORAGE_WRITE_FAILED)),
            }
        }
    }
}

impl AppState {
    /// Starts fetching the content the current page needs unless it is loaded or loading (issue 9: the
    /// loader lives in `app::content`).
    pub fn ensure_content(self) {
        crate::app::content::ensure(self);
    }

    /// Uses an already loaded catalog (tests, or a catalog compiled in).
    pub fn set_catalog(self, catalog: Arc<Catalog>) {
        self.content.set(ContentState::Ready(catalog));
    }

    /// The catalog, when loaded (tracked).
    pub fn catalog(self) -> Option<Arc<Catalog>> {
        match self.content.get() {
            ContentState::Ready(catalog) => Some(catalog),
            _ => None,
        }
    }

    /// Creates an assessment against the loaded questionnaires and returns its id.
    pub fn create_assessment(self, catalog: &Catalog, name: String) -> String {
        let now = clock::now();
        let version = |q: Option<&sansang_core::domain::Questionnaire>| {
            q.map(|q| q.version.to_string()).unwrap_or_default()
        };
        let assessment = Assessment {
            id: clock::new_id("a"),
            name,
            created: now,
            updated: now,
            versions: QuestionnaireVersions {
                profile: version(catalog.profile()),
                triage: version(catalog.triage().map(|t| t.questionnaire())),
                readiness: version(catalog.readiness()),
            },
            ..Assessment::default()
        };
        let id = assessment.id.clone();
        self.persist(&assessment);
        self.assessments.update(|list| list.push(assessment));
        id
    }

    /// Changes one assessment, stamps it and saves it. Does nothing for an unknown id.
    ///
    /// When another tab saved this assessment after this tab last saw it, the change is applied to that
    /// newer saved copy, so neither tab's edits are silently lost.
    pub fn update(self, id: &str, change: impl FnOnce(&mut Assessment)) {
        let mut saved = None;
        self.assessments.update(|list| {
            if let Some(assessment) = list.iter_mut().find(|a| a.id == id) {
                let newer = if self.storage_available {
                    store::load_if_changed(assessment)
                } else {
                    None
                };
                if let Some(stored) = newer.filter(|s| s.updated > assessment.updated) {
                    *assessment = stored;
                }
                change(assessment);
                assessment.updated = clock::now();
                saved = Some(assessment.clone());
            }
        });
        if let Some(assessment) = saved {
            self.persist(&assessment);
        }
    }

    /// A copy of an assessment under a new id and name.
    pub fn duplicate(self, id: &str, name: String) -> Option<String> {
        let mut copy = self
            .assessments
            .with_untracked(|list| list.iter().find(|a| a.id == id).cloned())?;
        let now = clock::now();
        copy.id = clock::new_id("a");
        copy.name = name;
        copy.created = now;
        copy.updated = now;
        let new_id = copy.id.clone();
        self.persist(&copy);
        self.assessments.update(|list| list.push(copy));
        Some(new_id)
    }

    /// Deletes an assessment; it can be restored with [`AppState::undo_delete`] until the next deletion.
    pub fn delete(self, id: &str) {
        let mut removed = None;
        self.assessments.update(|list| {
            if let Some(position) = list.iter().position(|a| a.id == id) {
                removed = Some(list.remove(position));
            }
        });
        if let Some(assessment) = removed {
            if self.storage_available {
                if let Err(error) = store::remove(&assessment.id) {
                    self.save.set(SaveState::Failed(error.to_string()));
                }
            }
            self.deleted.set(Some(assessment));
        }
    }

    /// Restores the last deleted assessment.
    pub fn undo_delete(self) {
        if let Some(assessment) = self.deleted.get_untracked() {
            self.deleted.set(None);
            self.persist(&assessment);
            self.assessments.update(|list| list.push(assessment));
        }
    }

    fn persist(self, assessment: &Assessment) {
        if !self.storage_available {
            self.save.set(SaveState::MemoryOnly);
            return;
        }
        let key = store::key(&assessment.id);
        if self
            .unreadable
            .with_untracked(|u| u.iter().any(|entry| entry.key == key))
        {
            self.save.set(SaveState::KeptAside);
            return;
        }
        match store::save(assessment) {
            Ok(()) => self.save.set(SaveState::Saved),
            Err(error) => self.save.set(SaveState::Failed(error.to_string())),
        }
    }
}

impl AppState {
    /// One assessment as a file: (file name, JSON text).
    pub fn export_one(self, id: &str) -> Option<(String, String)> {
        self.assessments.with_untracked(|list| {
            list.iter().find(|a| a.id == id).map(|a| {
                let date = clock::local(clock::now()).date().iso();
                (
                    format!("sansang-{}-{date}.json", a.id),
                    encode_assessment(a),
                )
            })
        })
    }

    /// Every assessment as one backup file: (file name, JSON text).
    pub fn export_all(self) -> (String, String) {
        let date = clock::local(clock::now()).date().iso();
        let text = self.assessments.with_untracked(|list| encode_backup(list));
        (format!("sansang-backup-{date}.json"), text)
    }

    /// Reads an imported file and plans its import. Nothing changes here; every problem is returned.
    pub fn prepare_import(
        self,
        catalog: &Catalog,
        bytes: &[u8],
    ) -> Result<ImportPlan, Vec<Problem>> {
        let incoming = decode_import(bytes)?;
        let problems: Vec<Problem> = incoming
            .assessments()
            .iter()
            .flat_map(|a| check_against(catalog, a))
            .collect();
        if !problems.is_empty() {
            return Err(problems);
        }
        let existing = self.assessments.get_untracked();
        Ok(plan_import(&existing, incoming.into_assessments()))
    }

    /// Carries out a planned import with the user's choices for conflicts; returns how many were added or
    /// replaced. An incoming assessment whose id is held by an entry kept aside gets a new id.
    pub fn finish_import(self, plan: &ImportPlan, choices: &BTreeMap<String, Resolution>) -> usize {
        let existing = self.assessments.get_untracked();
        let kept_aside: std::collections::BTreeSet<String> = self.unreadable.with_untracked(|u| {
            u.iter()
                .filter_map(|e| store::id_of_key(&e.key).map(str::to_string))
                .collect()
        });
        let result = apply_import_avoiding(&existing, plan, choices, &kept_aside, &mut || {
            clock::new_id("a")
        });
        let mut changed = 0;
        for assessment in &result {
            if existing.iter().any(|e| e == assessment) {
                continue;
            }
            changed += 1;
            self.persist(assessment);
        }
        self.assessments.set(result);
        changed
    }

    /// Follows a change another tab made to our storage (the browser's `storage` event).
    pub fn on_storage_changed(self, key: Option<String>) {
        let Some(key) = key else {
            return;
        };
        let Some(inner) = key.strip_prefix(crate::platform::storage::PREFIX) else {
            return;
        };
        if inner == crate::platform::storage::keys::LANG {
            if let Some(lang) = crate::platform::storage::Storage::get_raw(inner)
                .ok()
                .flatten()
                .and_then(|tag| Lang::from_tag(&tag))
            {
                self.lang.set(lang);
            }
            return;
        }
        let Some(id) = store::id_of_key(inner) else {
            return;
        };
        let id = id.to_string();
        match store::load(&id) {
            Some(fresh) => {
                self.assessments
                    .update(|list| match list.iter_mut().find(|a| a.id == id) {
                        Some(slot) => *slot = fresh,
                        None => list.push(fresh),
                    })
            }
            None if crate::platform::storage::Storage::get_raw(inner)
                .ok()
                .flatten()
                .is_none() =>
            {
                self.assessments.update(|list| list.retain(|a| a.id != id));
            }
            None => {}
        }
    }
}

/// The state provided by [`crate::app::App`].
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}
