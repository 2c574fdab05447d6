//! One assessment: its header (name, save state, steps), the profile, the AI systems and the guided triage of
//! each system. All meaning comes from `sansang_core`: visibility from `Questionnaire::visible`, tiers and
//! obligations from `triage::classify`.

use std::sync::Arc;

use leptos::prelude::*;
use sansang_core::domain::{
    classify, AiSystem, AnswerValue, Answers, Assessment, Catalog, DueBy, Facts, Lang,
    QuestionKind, TriageResult,
};

use crate::app::components::citations::Citations;
use crate::app::components::list_finder::ListFinder;
use crate::app::components::question::ChoiceQuestion;
use crate::app::components::triage_details::TriageDetails;
use crate::app::content::WithCatalog;
use crate::app::draft::{trimmed, DraftText};
use crate::app::route::{ResultsView, Route, Step};
use crate::app::state::{use_app_state, AppState, SaveState};
use crate::app::text::{lang, t, tx};
use crate::i18n;
use crate::platform::clock;

/// Reads one field of an assessment reactively (`None` when it no longer exists).
fn read<T>(state: AppState, id: &str, f: impl Fn(&Assessment) -> T) -> Option<T> {
    state
        .assessments
        .with(|list| list.iter().find(|a| a.id == id).map(f))
}

/// The organisation's facts from its profile answers.
pub fn org_facts(catalog: &Catalog, profile: &Answers) -> Facts {
    catalog
        .profile()
        .map(|p| p.facts(profile, &Facts::default()))
        .unwrap_or_default()
}

/// How a deadline reads.
pub fn due_by_text(due: Option<&DueBy>, lang: Lang) -> String {
    match due {
        None => i18n::ONGOING.get(lang).to_string(),
        Some(DueBy::BeforeUse) => i18n::BEFORE_USE.get(lang).to_string(),
        // A transition label is shown once, with the system's tier, not under every obligation.
        Some(DueBy::Date { date, .. }) => {
            format!("{} {}", i18n::BEFORE_DATE.get(lang), date.format(lang))
        }
        Some(DueBy::Hours { hours, after }) => {
            format!(
                "{hours} {} {}",
                i18n::WITHIN_HOURS.get(lang),
                after.get(lang)
            )
        }
    }
}

/// A system's triage: its classification, and whether every question that applies is answered. Until it is,
/// the system is "not yet classified", whatever the rules would give for the answers so far.
pub struct TriageState {
    pub result: TriageResult,
    pub complete: bool,
}

/// Classifies one system and says whether its triage is complete.
pub fn triage_state(
    catalog: &Catalog,
    profile: &Answers,
    system: &AiSystem,
) -> Option<TriageState> {
    let triage = catalog.triage()?;
    let facts = org_facts(catalog, profile);
    let complete = triage
        .questionnaire()
        .visible(&system.answers, &facts)
        .iter()
        .all(|q| system.answers.contains(q));
    Some(TriageState {
        result: classify(triage, &system.answers, &facts),
        complete,
    })
}

/// The tier as the user reads it: "not yet classified" until the triage is complete.
pub fn tier_text(state: Option<&TriageState>, lang: Lang) -> String {
    match state {
        Some(s) if s.complete => s.result.tier.label().get(lang).to_string(),
        _ => i18n::NOT_YET_CLASSIFIED.get(lang).to_string(),
    }
}

/// One assessment at one step.
#[component]
pub fn Workspace(id: String, step: Step) -> impl IntoView {
    let state = use_app_state();
    let stored_id = StoredValue::new(id.clone());
    // A memo, so that the page is rebuilt only when the assessment appears or disappears, never on an
    // ordinary change (which would recreate every card and lose the user's focus).
    let exists = Memo::new(move |_| read(state, &stored_id.get_value(), |_| ()).is_some());
    let step = StoredValue::new(step);
    move || {
        if !exists.get() {
            return view! {
                <section class="page" aria-labelledby="page-title">
                    <h1 id="page-title">{t(i18n::ASSESSMENT_NOT_FOUND)}</h1>
                    <p><a href=Route::Library.href()>{t(i18n::NAV_LIBRARY)}</a></p>
                </section>
            }
            .into_any();
        }
        let id = stored_id.get_value();
        view! {
            <div class="workspace">
                <WorkspaceHeader id=id.clone() step=step.get_value()/>
                <WithCatalog children=move |catalog| {
                    let id = stored_id.get_value();
                    match step.get_value() {
                        Step::Profile => view! { <ProfileStep id=id catalog=catalog/> }.into_any(),
                        Step::Systems => view! { <SystemsStep id=id catalog=catalog/> }.into_any(),
                        Step::System(system, n) => view! { <TriageStep id=id system=system step=n catalog=catalog/> }.into_any(),
                        Step::Questions(section) => view! { <crate::app::pages::questions::QuestionsStep id=id section=section catalog=catalog/> }.into_any(),
                        Step::Results(view) => view! { <crate::app::pages::results::ResultsStep id=id view=view catalog=catalog/> }.into_any(),
                    }
                }/>
            </div>
        }
        .into_any()
    }
}

#[component]
fn WorkspaceHeader(id: String, step: Step) -> impl IntoView {
    let state = use_app_state();
    let stored_id = StoredValue::new(id.clone());
    let title = Memo::new(move |_| {
        read(state, &stored_id.get_value(), |a| {
            if a.organisation.is_empty() || a.name.contains(&a.organisation) {
                a.name.clone()
            } else {
                format!("{} — {}", a.name, a.organisation)
            }
        })
        .unwrap_or_default()
    });
    let steps = [
        (Step::Profile, i18n::STEP_PROFILE),
        (Step::Systems, i18n::STEP_SYSTEMS),
        (Step::Questions(None), i18n::STEP_QUESTIONS),
        (Step::Results(ResultsView::Summary), i18n::STEP_RESULTS),
    ];
    let current_group = match &step {
        Step::System(..) => Step::Systems,
        Step::Questions(_) => Step::Questions(None),
        Step::Results(_) => Step::Results(ResultsView::Summary),
        other => other.clone(),
    };
    view! {
        <header class="workspace__header">
            <p class="workspace__title" data-testid="workspace-title">{move || title.get()}</p>
            <SaveIndicator/>
            <nav class="steps" aria-label=t(i18n::STEPS_LABEL)>
                <ol>
                    {steps.into_iter().enumerate().map(|(n, (target, label))| {
                        let href = Route::Assessment(id.clone(), target.clone()).href();
                        let current = (target == current_group).then_some("page");
                        view! {
                            <li><a class="steps__link" href=href aria-current=current>
                                <span class="steps__number" aria-hidden="true">{n + 1}</span> {t(label)}
                            </a></li>
                        }
                    }).collect_view()}
                </ol>
            </nav>
        </header>
    }
}

/// "Saved in this browser" — or why not.
#[component]
pub fn SaveIndicator() -> impl IntoView {
    let state = use_app_state();
    view! {
        <p class="save-indicator" role="status" aria-live="polite" data-testid="save-indicator">
            {move || match state.save.get() {
                SaveState::Idle | SaveState::Saved => view! { <span class="save-indicator__ok">"✓ " {t(i18n::SAVED)}</span> }.into_any(),
                SaveState::MemoryOnly => view! { <span class="save-indicator__warn">{t(i18n::MEMORY_ONLY)}</span> }.into_any(),
                SaveState::Failed(detail) => view! { <span class="save-indicator__error" title=detail>{t(i18n::SAVE_FAILED)}</span> }.into_any(),
                SaveState::KeptAside => view! { <span class="save-indicator__error">{t(i18n::KEPT_ASIDE)}</span> }.into_any(),
            }}
        </p>
    }
}

/// Records an answer (or clears it) in one of the assessment's answer maps.
fn set_answer(answers: &mut Answers, question: &str, value: Option<AnswerValue>) {
    match value {
        Some(value) => {
            answers.set(question.to_string(), value);
        }
        None => {
            answers.remove(question);
        }
    }
}

/// The name a new assessment gets before its organisation is known ("New assessment 04/12/2026").
pub fn default_name(created: &str, lang: Lang) -> String {
    format!("{} {created}", i18n::NEW_ASSESSMENT_NAME.get(lang))
}

/// Whether a name is still the one given at creation (in either language).
fn is_default_name(name: &str) -> bool {
    [Lang::Vi, Lang::En]
        .into_iter()
        .any(|lang| name.starts_with(i18n::NEW_ASSESSMENT_NAME.get(lang)))
}

#[component]
fn ProfileStep(id: String, catalog: Arc<Catalog>) -> impl IntoView {
    let state = use_app_state();
    let Some(profile) = catalog.profile().cloned() else {
        return ().into_any();
    };
    let stored_id = StoredValue::new(id.clone());
    let answers = Memo::new(move |_| {
        read(state, &stored_id.get_value(), |a| a.profile.clone()).unwrap_or_default()
    });
    let name = Memo::new(move |_| {
        read(state, &stored_id.get_value(), |a| a.name.clone()).unwrap_or_default()
    });
    let organisation = Memo::new(move |_| {
        read(state, &stored_id.get_value(), |a| a.organisation.clone()).unwrap_or_default()
    });
    let profile = Arc::new(profile);
    let visible = {
        let profile = profile.clone();
        Memo::new(move |_| {
            profile
                .visible(&answers.get(), &Facts::default())
                .into_iter()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
    };
    let description = profile.description.clone();
    let questions = profile
        .questions()
        .cloned()
        .map(|question| {
            let qid = question.id.clone();
            let qid_visible = qid.clone();
            let qid_answer = qid.clone();
            let catalog = catalog.clone();
            view! {
                <Show when=move || visible.with(|v| v.contains(&qid_visible))>
                    <ChoiceQuestion
                        catalog=catalog.clone()
                        question=question.clone()
                        answer=Memo::new({ let q = qid_answer.clone(); move |_| answers.with(|a| a.get(&q).cloned()) })
                        on_change=Callback::new({ let q = qid.clone(); move |value| state.update(&stored_id.get_value(), |a| set_answer(&mut a.profile, &q, value)) })
                    />
                </Show>
            }
        })
        .collect_view();
    view! {
        <section class="step" aria-labelledby="page-title">
            <h1 id="page-title">{t(i18n::STEP_PROFILE)}</h1>
            {description.map(|d| view! { <p class="step__lead">{tx(&d)}</p> })}
            <div class="fields">
                <label class="field" for="assessment-organisation">
                    <span>{t(i18n::ORGANISATION_NAME)}</span>
                    <DraftText id="assessment-organisation" maxlength=200 saved=organisation normalize=trimmed testid="organisation"
                        on_save=move |value: String| {
                            let value = value.trim().to_string();
                            let lang = state.lang.get_untracked();
                            state.update(&stored_id.get_value(), |a| {
                                // A name nobody chose follows the organisation: "Công ty ABC — 04/12/2026".
                                if !value.is_empty() && is_default_name(&a.name) {
                                    a.name = format!("{value} — {}", clock::local(a.created).date().format(lang));
                                }
                                a.organisation = value;
                            });
                        }/>
                </label>
                <label class="field" for="assessment-name">
                    <span>{t(i18n::ASSESSMENT_NAME)}</span>
                    <DraftText id="assessment-name" maxlength=200 saved=name normalize=trimmed testid="assessment-name"
                        on_save=move |value: String| {
                            let value = value.trim().to_string();
                            if !value.is_empty() { state.update(&stored_id.get_value(), |a| a.name = value); }
                        }/>
                </label>
            </div>
            <form class="questions" on:submit=|ev| ev.prevent_default()>{questions}</form>
            <p><a class="button button--primary" href=Route::Assessment(id, Step::Systems).href()>{t(i18n::NEXT_STEP)} ": " {t(i18n::STEP_SYSTEMS)}</a></p>
        </section>
    }
    .into_any()
}

#[component]
fn SystemsStep(id: String, catalog: Arc<Catalog>) -> impl IntoView {
    let state = use_app_state();
    let stored_id = StoredValue::new(id.clone());
    let new_name = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = new_name.get_untracked().trim().to_string();
        if name.is_empty() {
            return;
        }
        let system = clock::new_id("s");
        let sid = system.clone();
        state.update(&stored_id.get_value(), |a| {
            a.systems.push(AiSystem {
                id: system,
                name,
                answers: Answers::new(),
            })
        });
        new_name.set(String::new());
        // Straight on to the new system's triage: it is the next thing to do.
        crate::platform::web::set_hash(
            &Route::Assessment(stored_id.get_value(), Step::System(sid, 0)).href(),
        );
    };
    let catalog = StoredValue::new(catalog);
    // The ids of the systems, as a memo: a rename or an answer changes one row in place, never the list.
    let ids = Memo::new(move |_| {
        read(state, &stored_id.get_value(), |a| {
            a.systems.iter().map(|s| s.id.clone()).collect::<Vec<_>>()
        })
        .unwrap_or_default()
    });
    view! {
        <section class="step" aria-labelledby="page-title">
            <h1 id="page-title">{t(i18n::STEP_SYSTEMS)}</h1>
            <p>{t(i18n::SYSTEMS_INTRO)}</p>
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="empty">{t(i18n::NO_SYSTEMS)}</p>
            </Show>
            <ul class="systems">
                // Rebuilt only when a system is added or removed; a row follows its own system's changes.
                {move || ids.get().into_iter().map(|sid| view! {
                    <SystemRow id=stored_id.get_value() system=sid catalog=catalog.get_value()/>
                }).collect_view()}
            </ul>
            <form class="inline-form" on:submit=add>
                <label class="field field--inline">
                    <span>{t(i18n::SYSTEM_NAME)}</span>
                    <input type="text" maxlength="200" required prop:value=move || new_name.get()
                        on:input=move |ev| new_name.set(event_target_value(&ev))/>
                </label>
                <button type="submit" class="button">{t(i18n::ADD_SYSTEM)}</button>
            </form>
            <p><a class="button button--primary" href=Route::Assessment(id, Step::Questions(None)).href()>{t(i18n::NEXT_STEP)} ": " {t(i18n::STEP_QUESTIONS)}</a></p>
        </section>
    }
}

#[component]
fn SystemRow(id: String, system: String, catalog: Arc<Catalog>) -> impl IntoView {
    let state = use_app_state();
    let stored_id = StoredValue::new(id.clone());
    let sid = StoredValue::new(system.clone());
    let confirming = RwSignal::new(false);
    let name = Memo::new(move |_| {
        read(state, &stored_id.get_value(), |a| {
            a.system(&sid.get_value()).map(|s| s.name.clone())
        })
        .flatten()
        .unwrap_or_default()
    });
    let tier = Memo::new(move |_| {
        read(state, &stored_id.get_value(), |a| {
            a.system(&sid.get_value())
                .and_then(|s| triage_state(&catalog, &a.profile, s))
                .map(|s| (s.complete, s.result.tier))
        })
        .flatten()
    });
    let href = Route::Assessment(id, Step::System(system.clone(), 0)).href();
    let field = format!("system-name-{system}");
    let field_for = field.clone();
    view! {
        <li class="system" data-system=system.clone()>
            <label class="field field--inline" for=field_for>
                <span class="visually-hidden">{t(i18n::SYSTEM_NAME)}</span>
                <DraftText id=field maxlength=200 saved=name normalize=trimmed
                    on_save=move |value: String| {
                        let value = value.trim().to_string();
                        if value.is_empty() { return; }
                        state.update(&stored_id.get_value(), |a| {
                            if let Some(s) = a.systems.iter_mut().find(|s| s.id == sid.get_value()) { s.name = value; }
                        });
                    }/>
            </label>
            <span class="system__tier">
                {t(i18n::TIER)} ": "
                <strong data-testid="tier">{move || {
                    let lang = lang();
                    match tier.get() {
                        Some((true, tier)) => tier.label().get(lang).to_string(),
                        _ => i18n::NOT_YET_CLASSIFIED.get(lang).to_string(),
                    }
                }}</strong>
            </span>
            <a class="button button--small" href=href>{t(i18n::TRIAGE)}</a>
            <Show when=move || confirming.get() fallback=move || view! {
                <button type="button" class="button button--small button--quiet" on:click=move |_| confirming.set(true)>{t(i18n::REMOVE)}</button>
            }>
                <span role="alert">{t(i18n::CONFIRM_REMOVE_SYSTEM)}</span>
                <button type="button" class="button button--small button--danger" on:click=move |_| {
                    state.update(&stored_id.get_value(), |a| a.systems.retain(|s| s.id != sid.get_value()));
                }>{t(i18n::REMOVE)}</button>
                <button type="button" class="button button--small button--quiet" on:click=move |_| confirming.set(false)>{t(i18n::CANCEL)}</button>
            </Show>
        </li>
    }
}

/// Whether a question is a plain yes/no (or yes/no/not sure) question, which "No to the rest" may answer.
fn offers_no(kind: &QuestionKind) -> bool {
    matches!(kind, QuestionKind::Single(options)
        if options.iter().any(|o| o.id == "no")
            && options.iter().all(|o| matches!(o.id.as_str(), "yes" | "no" | "unsure")))
}

/// One system's triage as a guided sequence: one topic (triage section) per step with Back and Next, the
/// provisional tier and its reason always in view, and at the end the obligations and the way on.
#[component]
fn TriageStep(id: String, system: String, step: usize, catalog: Arc<Catalog>) -> impl IntoView {
    let state = use_app_state();
    let stored_id = StoredValue::new(id.clone());
    let stored_system = StoredValue::new(system.clone());
    let Some(questionnaire) = catalog.triage().map(|t| t.questionnaire().clone()) else {
        return ().into_any();
    };
    let questionnaire = Arc::new(questionnaire);
    let data = Memo::new(move |_| {
        read(state, &stored_id.get_value(), |a| {
            a.system(&stored_system.get_value())
                .map(|s| (s.name.clone(), s.answers.clone(), a.profile.clone()))
        })
        .flatten()
    });
    let facts = {
        let catalog = catalog.clone();
        Memo::new(move |_| {
            data.with(|d| {
                d.as_ref()
                    .map(|(_, _, profile)| org_facts(&catalog, profile))
                    .unwrap_or_default()
            })
        })
    };
    let answers = Memo::new(move |_| {
        data.with(|d| d.as_ref().map(|(_, a, _)| a.clone()).unwrap_or_default())
    });
    let visible = {
        let q = questionnaire.clone();
        Memo::new(move |_| {
            q.visible(&answers.get(), &facts.get())
                .into_iter()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
    };
    let sections = questionnaire.sections.len();
    let step = step.min(sections);
    let at_result = step == sections;
    let href_of = {
        let id = id.clone();
        let system = system.clone();
        move |n: usize| Route::Assessment(id.clone(), Step::System(system.clone(), n)).href()
    };
    // Topics with nothing to ask (every question hidden) are skipped by Back and Next.
    let section_ids: Vec<Vec<String>> = questionnaire
        .sections
        .iter()
        .map(|s| s.questions.iter().map(|q| q.id.clone()).collect())
        .collect();
    let section_ids = StoredValue::new(section_ids);
    let has_visible = move |n: usize| {
        section_ids.with_value(|ids| {
            ids.get(n)
                .is_some_and(|ids| visible.with(|v| ids.iter().any(|q| v.contains(q))))
        })
    };
    let previous = Memo::new(move |_| (0..step).rev().find(|&n| has_visible(n)));
    let next = Memo::new(move |_| {
        ((step + 1)..sections)
            .find(|&n| has_visible(n))
            .unwrap_or(sections)
    });
    let result = {
        let catalog = catalog.clone();
        Memo::new(move |_| {
            let triage = catalog.triage()?;
            let answers = answers.get();
            let facts = facts.get();
            let complete = visible.with(|v| v.iter().all(|q| answers.contains(q)));
            Some((classify(triage, &answers, &facts), complete))
        })
    };

    let body = if at_result {
        let catalog = catalog.clone();
        view! { <TriageObligations result=result catalog=catalog/> }.into_any()
    } else {
        let section = questionnaire.sections[step].clone();
        let question_ids: Vec<String> = section.questions.iter().map(|q| q.id.clone()).collect();
        let no_to_rest = {
            let section = section.clone();
            move |_| {
                let targets: Vec<String> = section
                    .questions
                    .iter()
                    .filter(|q| offers_no(&q.kind))
                    .filter(|q| visible.with(|v| v.contains(&q.id)))
                    .filter(|q| answers.with(|a| !a.contains(&q.id)))
                    .map(|q| q.id.clone())
                    .collect();
                if targets.is_empty() {
                    return;
                }
                state.update(&stored_id.get_value(), |a| {
                    if let Some(s) = a
                        .systems
                        .iter_mut()
                        .find(|s| s.id == stored_system.get_value())
                    {
                        for q in &targets {
                            s.answers
                                .set(q.clone(), AnswerValue::Choice("no".to_string()));
                        }
                    }
                });
            }
        };
        let can_say_no = {
            let section = section.clone();
            Memo::new(move |_| {
                section
                    .questions
                    .iter()
                    .filter(|q| offers_no(&q.kind))
                    .filter(|q| visible.with(|v| v.contains(&q.id)))
                    .filter(|q| answers.with(|a| !a.contains(&q.id)))
                    .count()
                    >= 2
            })
        };
        let items = section
            .questions
            .iter()
            .cloned()
            .map(|question| {
                let qid = question.id.clone();
                let qv = qid.clone();
                let qa = qid.clone();
                let catalog = catalog.clone();
                view! {
                    <Show when=move || visible.with(|v| v.contains(&qv))>
                        <ChoiceQuestion
                            catalog=catalog.clone()
                            question=question.clone()
                            answer=Memo::new({ let q = qa.clone(); move |_| answers.with(|a| a.get(&q).cloned()) })
                            on_change=Callback::new({ let q = qid.clone(); move |value| state.update(&stored_id.get_value(), |a| {
                                if let Some(s) = a.systems.iter_mut().find(|s| s.id == stored_system.get_value()) { set_answer(&mut s.answers, &q, value); }
                            }) })
                        />
                    </Show>
                }
            })
            .collect_view();
        // The step that asks whether the use is on the Decision 33 List shows the List, searchable, so that
        // the decisive question can be answered without leaving.
        let list = section
            .questions
            .iter()
            .any(|q| q.id == "triage.high.list")
            .then(|| catalog.triage().and_then(|t| t.rules().list.clone()))
            .flatten();
        let list_finder = list.map(|list| {
            let list = StoredValue::new(*list);
            move || {
                let lang = lang();
                view! { <ListFinder list=list.get_value() lang=lang/> }
            }
        });
        let pending = Memo::new(move |_| {
            question_ids
                .iter()
                .filter(|q| visible.with(|v| v.contains(q)) && answers.with(|a| !a.contains(q)))
                .count()
        });
        view! {
            <h2 class="triage__topic" data-testid="triage-topic">{tx(&section.title)}</h2>
            {section.description.as_ref().map(|d| view! { <p class="step__lead">{tx(d)}</p> })}
            <Show when=move || can_say_no.get()>
                <p><button type="button" class="button button--small" data-testid="no-to-rest" on:click=no_to_rest.clone()>{t(i18n::NO_TO_REST)}</button>
                   " " <span class="hint">{t(i18n::NO_TO_REST_HINT)}</span></p>
            </Show>
            <form class="questions" on:submit=|ev| ev.prevent_default()>{items}</form>
            {list_finder}
            <Show when=move || { pending.get() > 0 }>
                <p class="hint" data-testid="triage-pending">{move || {
                    let lang = lang();
                    format!("{} {}", pending.get(), i18n::QUESTIONS_LEFT.get(lang))
                }}</p>
            </Show>
        }
        .into_any()
    };

    let progress = move || {
        let lang = lang();
        let topics: Vec<usize> = (0..sections).filter(|&n| has_visible(n)).collect();
        let total = topics.len() + 1;
        let here = if at_result {
            total
        } else {
            topics.iter().position(|&n| n == step).map_or(1, |p| p + 1)
        };
        format!("{} {here}/{total}", i18n::STEP_WORD.get(lang))
    };
    let back_href = href_of.clone();
    let next_href = href_of.clone();
    let systems_href = Route::Assessment(id.clone(), Step::Systems).href();
    let questions_href = Route::Assessment(id.clone(), Step::Questions(None)).href();
    view! {
        <section class="step triage-steps" aria-labelledby="page-title">
            <p class="triage__crumbs"><a href=systems_href.clone()>"← " {t(i18n::BACK_TO_SYSTEMS)}</a></p>
            <h1 id="page-title">{t(i18n::TRIAGE)} ": " {move || data.with(|d| d.as_ref().map(|(n, _, _)| n.clone()).unwrap_or_default())}</h1>
            <p class="triage__progress" data-testid="triage-progress">{progress}</p>
            <TriageVerdict result=result/>
            {body}
            <nav class="pager">
                {move || previous.get().map(|p| view! { <a class="button" href=back_href(p) data-testid="triage-back">"← " {t(i18n::BACK)}</a> })}
                {if at_result {
                    view! {
                        <a class="button" href=systems_href.clone()>{t(i18n::BACK_TO_SYSTEMS)}</a>
                        <a class="button button--primary" href=questions_href.clone() data-testid="triage-done">{t(i18n::NEXT_STEP)} ": " {t(i18n::STEP_QUESTIONS)} " →"</a>
                    }.into_any()
                } else {
                    view! { <a class="button button--primary" href=move || next_href(next.get()) data-testid="triage-next">{t(i18n::NEXT)} " →"</a> }.into_any()
                }}
            </nav>
        </section>
    }
    .into_any()
}

/// The provisional tier and its reason, updated on every answer.
#[component]
fn TriageVerdict(result: Memo<Option<(TriageResult, bool)>>) -> impl IntoView {
    move || {
        let lang = lang();
        result.with(|r| {
            let (result, complete) = r.as_ref()?;
            let tier = if *complete {
                result.tier.label().get(lang).to_string()
            } else {
                format!(
                    "{} ({}: {})",
                    i18n::NOT_YET_CLASSIFIED.get(lang),
                    i18n::SO_FAR.get(lang),
                    result.tier.label().get(lang)
                )
            };
            Some(view! {
                <div class="triage-verdict" role="status" aria-live="polite" data-tier=result.tier.id() data-complete=complete.to_string()>
                    <p class="triage-verdict__tier">{i18n::TIER.get(lang)} ": " <strong data-testid="tier">{tier}</strong></p>
                    <p class="triage-verdict__reason"><span class="visually-hidden">{i18n::WHY.get(lang)} ": "</span>{result.reason.get(lang).to_string()}</p>
                </div>
            })
        })
    }
}

/// The end of a triage: the tier's legal basis, the transition deadline and every obligation.
#[component]
fn TriageObligations(
    result: Memo<Option<(TriageResult, bool)>>,
    catalog: Arc<Catalog>,
) -> impl IntoView {
    move || {
        let lang = lang();
        let catalog = catalog.clone();
        result.with(|r| {
            let (result, complete) = r.as_ref()?;
            let obligations = result
                .obligations
                .iter()
                .map(|o| {
                    view! {
                        <li class="obligation">
                            <strong>{o.title.get(lang).to_string()}</strong>
                            <span class="obligation__deadline">{i18n::DEADLINE.get(lang)} ": " {due_by_text(o.deadline.as_ref(), lang)}</span>
                            <p>{o.detail.get(lang).to_string()}</p>
                            <Citations catalog=catalog.clone() cites=o.cites.clone()/>
                        </li>
                    }
                })
                .collect_view();
            Some(view! {
                <div class="triage-result" data-testid="triage-result">
                    {(!complete).then(|| view! { <p class="hint hint--warning">{i18n::TRIAGE_INCOMPLETE.get(lang)}</p> })}
                    <TriageDetails result=result.clone() lang=lang/>
                    <Citations catalog=catalog.clone() cites=result.cites.clone()/>
                    {result.transition.as_ref().map(|tr| view! {
                        <p><strong>{i18n::TRANSITION.get(lang)} ": "</strong> {i18n::BEFORE_DATE.get(lang)} " " {tr.date.format(lang)} " — " {tr.label.get(lang).to_string()}</p>
                    })}
                    <h2>{i18n::OBLIGATIONS.get(lang)} " (" {result.obligations.len()} ")"</h2>
                    <ul class="obligations">{obligations}</ul>
                </div>
            })
        })
    }
}
