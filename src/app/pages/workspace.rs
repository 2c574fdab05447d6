//! One assessment: its header (name, organisation, save state), the step navigation, and the profile, AI
//! systems and triage steps. All meaning comes from `sansang_core`: visibility from `Questionnaire::visible`,
//! tiers and obligations from `triage::classify`.

use std::sync::Arc;

use leptos::prelude::*;
use sansang_core::domain::{
    classify, AiSystem, AnswerValue, Answers, Assessment, Catalog, DueBy, Facts, Lang,
};

use crate::app::components::citations::Citations;
use crate::app::components::question::ChoiceQuestion;
use crate::app::content::WithCatalog;
use crate::app::route::{Route, Step};
use crate::app::state::{use_app_state, AppState, SaveState};
use crate::i18n::{self, Tr};
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

/// One assessment at one step.
#[component]
pub fn Workspace(id: String, step: Step) -> impl IntoView {
    let state = use_app_state();
    let t = move |s: Tr| s.get(state.lang.get_untracked());
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
                        Step::System(system) => view! { <TriageStep id=id system=system catalog=catalog/> }.into_any(),
                        Step::Questions(section) => view! { <crate::app::pages::questions::QuestionsStep id=id section=section catalog=catalog/> }.into_any(),
                        Step::Results => view! { <crate::app::pages::results::ResultsStep id=id catalog=catalog/> }.into_any(),
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
    let t = move |s: Tr| s.get(state.lang.get_untracked());
    let stored_id = StoredValue::new(id.clone());
    let name = move || read(state, &stored_id.get_value(), |a| a.name.clone()).unwrap_or_default();
    let organisation =
        move || read(state, &stored_id.get_value(), |a| a.organisation.clone()).unwrap_or_default();
    let steps = [
        (Step::Profile, i18n::STEP_PROFILE),
        (Step::Systems, i18n::STEP_SYSTEMS),
        (Step::Questions(None), i18n::STEP_QUESTIONS),
        (Step::Results, i18n::STEP_RESULTS),
    ];
    let current_group = match &step {
        Step::System(_) => Step::Systems,
        Step::Questions(_) => Step::Questions(None),
        other => other.clone(),
    };
    view! {
        <header class="workspace__header">
            <div class="workspace__fields">
                <label class="field field--inline">
                    <span>{t(i18n::ASSESSMENT_NAME)}</span>
                    <input type="text" maxlength="200" prop:value=name
                        on:change=move |ev| {
                            let value = event_target_value(&ev).trim().to_string();
                            if !value.is_empty() { state.update(&stored_id.get_value(), |a| a.name = value); }
                        }/>
                </label>
                <label class="field field--inline">
                    <span>{t(i18n::ORGANISATION_NAME)}</span>
                    <input type="text" maxlength="200" prop:value=organisation
                        on:change=move |ev| {
                            let value = event_target_value(&ev).trim().to_string();
                            state.update(&stored_id.get_value(), |a| a.organisation = value);
                        }/>
                </label>
                <SaveIndicator/>
            </div>
            <nav class="steps" aria-label=t(i18n::STEPS_LABEL)>
                <ol>
                    {steps.into_iter().enumerate().map(|(n, (target, label))| {
                        let href = Route::Assessment(id.clone(), target.clone()).href();
                        let current = (target == current_group).then_some("page");
                        view! {
                            <li><a class="steps__link" href=href aria-current=current>
                                <span class="steps__number">{n + 1}</span> {t(label)}
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
    let t = move |s: Tr| s.get(state.lang.get_untracked());
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

#[component]
fn ProfileStep(id: String, catalog: Arc<Catalog>) -> impl IntoView {
    let state = use_app_state();
    let t = move |s: Tr| s.get(state.lang.get_untracked());
    let lang = move || state.lang.get_untracked();
    let Some(profile) = catalog.profile().cloned() else {
        return ().into_any();
    };
    let stored_id = StoredValue::new(id.clone());
    let answers = Memo::new(move |_| {
        read(state, &stored_id.get_value(), |a| a.profile.clone()).unwrap_or_default()
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
    let title = profile.title.clone();
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
                        answer=Signal::derive({ let q = qid_answer.clone(); move || answers.with(|a| a.get(&q).cloned()) })
                        on_change=Callback::new({ let q = qid.clone(); move |value| state.update(&stored_id.get_value(), |a| set_answer(&mut a.profile, &q, value)) })
                    />
                </Show>
            }
        })
        .collect_view();
    view! {
        <section class="step" aria-labelledby="page-title">
            <h1 id="page-title">{t(i18n::STEP_PROFILE)}</h1>
            <p class="step__lead">{title.get(lang()).to_string()}</p>
            {description.map(|d| view! { <p>{d.get(lang()).to_string()}</p> })}
            <form class="questions" on:submit=|ev| ev.prevent_default()>{questions}</form>
            <p><a class="button button--primary" href=Route::Assessment(id, Step::Systems).href()>{t(i18n::NEXT_STEP)} ": " {t(i18n::STEP_SYSTEMS)}</a></p>
        </section>
    }
    .into_any()
}

#[component]
fn SystemsStep(id: String, catalog: Arc<Catalog>) -> impl IntoView {
    let state = use_app_state();
    let t = move |s: Tr| s.get(state.lang.get_untracked());
    let lang = move || state.lang.get_untracked();
    let stored_id = StoredValue::new(id.clone());
    let new_name = RwSignal::new(String::new());
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let name = new_name.get_untracked().trim().to_string();
        if name.is_empty() {
            return;
        }
        state.update(&stored_id.get_value(), |a| {
            a.systems.push(AiSystem {
                id: clock::new_id("s"),
                name,
                answers: Answers::new(),
            })
        });
        new_name.set(String::new());
    };
    let catalog = StoredValue::new(catalog);
    let rows = move || {
        let catalog = catalog.get_value();
        let Some(assessment) = state
            .assessments
            .with(|l| l.iter().find(|a| a.id == stored_id.get_value()).cloned())
        else {
            return ().into_any();
        };
        if assessment.systems.is_empty() {
            return view! { <p class="empty">{t(i18n::NO_SYSTEMS)}</p> }.into_any();
        }
        let facts = org_facts(&catalog, &assessment.profile);
        assessment
            .systems
            .iter()
            .map(|system| {
                let tier = catalog.triage().map(|triage| classify(triage, &system.answers, &facts).tier);
                let sid = StoredValue::new(system.id.clone());
                let confirming = RwSignal::new(false);
                let href = Route::Assessment(assessment.id.clone(), Step::System(system.id.clone())).href();
                let name = system.name.clone();
                view! {
                    <li class="system" data-system=system.id.clone()>
                        <label class="field field--inline">
                            <span class="visually-hidden">{t(i18n::SYSTEM_NAME)}</span>
                            <input type="text" maxlength="200" prop:value=name
                                on:change=move |ev| {
                                    let value = event_target_value(&ev).trim().to_string();
                                    if value.is_empty() { return; }
                                    state.update(&stored_id.get_value(), |a| {
                                        if let Some(s) = a.systems.iter_mut().find(|s| s.id == sid.get_value()) { s.name = value; }
                                    });
                                }/>
                        </label>
                        <span class="system__tier">
                            {t(i18n::TIER)} ": "
                            <strong data-testid="tier">{move || tier.map(|tier| tier.label().get(lang()).to_string()).unwrap_or_default()}</strong>
                        </span>
                        <a class="button button--small" href=href>{t(i18n::TRIAGE)}</a>
                        {move || if confirming.get() {
                            view! {
                                <span role="alert">{t(i18n::CONFIRM_REMOVE_SYSTEM)}</span>
                                <button type="button" class="button button--small button--danger" on:click=move |_| {
                                    state.update(&stored_id.get_value(), |a| a.systems.retain(|s| s.id != sid.get_value()));
                                }>{t(i18n::REMOVE)}</button>
                                <button type="button" class="button button--small button--quiet" on:click=move |_| confirming.set(false)>{t(i18n::CANCEL)}</button>
                            }.into_any()
                        } else {
                            view! { <button type="button" class="button button--small button--quiet" on:click=move |_| confirming.set(true)>{t(i18n::REMOVE)}</button> }.into_any()
                        }}
                    </li>
                }
            })
            .collect_view()
            .into_any()
    };
    view! {
        <section class="step" aria-labelledby="page-title">
            <h1 id="page-title">{t(i18n::STEP_SYSTEMS)}</h1>
            <p>{t(i18n::SYSTEMS_INTRO)}</p>
            <ul class="systems">{rows}</ul>
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
fn TriageStep(id: String, system: String, catalog: Arc<Catalog>) -> impl IntoView {
    let state = use_app_state();
    let t = move |s: Tr| s.get(state.lang.get_untracked());
    let lang = move || state.lang.get_untracked();
    let stored_id = StoredValue::new(id.clone());
    let stored_system = StoredValue::new(system.clone());
    let data = Memo::new(move |_| {
        read(state, &stored_id.get_value(), |a| {
            a.system(&stored_system.get_value())
                .map(|s| (s.name.clone(), s.answers.clone(), a.profile.clone()))
        })
        .flatten()
    });
    let Some(triage_questionnaire) = catalog.triage().map(|t| t.questionnaire().clone()) else {
        return ().into_any();
    };
    let triage_questionnaire = Arc::new(triage_questionnaire);
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
    let visible = {
        let q = triage_questionnaire.clone();
        Memo::new(move |_| {
            data.with(|d| {
                d.as_ref()
                    .map(|(_, answers, _)| {
                        q.visible(answers, &facts.get())
                            .into_iter()
                            .map(str::to_string)
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            })
        })
    };
    let answers = Memo::new(move |_| {
        data.with(|d| d.as_ref().map(|(_, a, _)| a.clone()).unwrap_or_default())
    });
    let questions = triage_questionnaire
        .sections
        .iter()
        .map(|section| {
            let section_title = section.title.clone();
            let section_ids: Vec<String> = section.questions.iter().map(|q| q.id.clone()).collect();
            let any_visible = move || visible.with(|v| section_ids.iter().any(|id| v.contains(id)));
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
                                answer=Signal::derive({ let q = qa.clone(); move || answers.with(|a| a.get(&q).cloned()) })
                                on_change=Callback::new({ let q = qid.clone(); move |value| state.update(&stored_id.get_value(), |a| {
                                    if let Some(s) = a.systems.iter_mut().find(|s| s.id == stored_system.get_value()) { set_answer(&mut s.answers, &q, value); }
                                }) })
                            />
                        </Show>
                    }
                })
                .collect_view();
            view! {
                <Show when=any_visible.clone()>
                    <h2 class="triage__section">{let title = section_title.clone(); title.get(lang()).to_string()}</h2>
                </Show>
                {items}
            }
        })
        .collect_view();
    let catalog_result = catalog.clone();
    let result = move || {
        let catalog = catalog_result.clone();
        let triage = catalog.triage()?;
        let answers = answers.get();
        let result = classify(triage, &answers, &facts.get());
        let incomplete = visible.with(|v| v.iter().any(|q| !answers.contains(q)));
        let lang = lang();
        let obligations = result
            .obligations
            .iter()
            .map(|o| {
                let cites = o.cites.clone();
                view! {
                    <li class="obligation">
                        <strong>{o.title.get(lang).to_string()}</strong>
                        <span class="obligation__deadline">{t(i18n::DEADLINE)} ": " {due_by_text(o.deadline.as_ref(), lang)}</span>
                        <p>{o.detail.get(lang).to_string()}</p>
                        <Citations catalog=catalog.clone() cites=cites/>
                    </li>
                }
            })
            .collect_view();
        Some(view! {
            <aside class="triage-result" aria-labelledby="triage-result-title" data-tier=result.tier.id()>
                <h2 id="triage-result-title">{t(i18n::TIER)} ": " <span data-testid="tier">{result.tier.label().get(lang).to_string()}</span></h2>
                {incomplete.then(|| view! { <p class="hint hint--warning">{t(i18n::TRIAGE_INCOMPLETE)}</p> })}
                <p><strong>{t(i18n::WHY)} ": "</strong> {result.reason.get(lang).to_string()}</p>
                <Citations catalog=catalog.clone() cites=result.cites.clone()/>
                {result.transition.as_ref().map(|tr| view! {
                    <p><strong>{t(i18n::TRANSITION)} ": "</strong> {t(i18n::BEFORE_DATE)} " " {tr.date.format(lang)} " — " {tr.label.get(lang).to_string()}</p>
                })}
                <h3>{t(i18n::OBLIGATIONS)} " (" {result.obligations.len()} ")"</h3>
                <ul class="obligations">{obligations}</ul>
            </aside>
        })
    };
    view! {
        <section class="step" aria-labelledby="page-title">
            <p><a href=Route::Assessment(id, Step::Systems).href()>"← " {t(i18n::BACK_TO_SYSTEMS)}</a></p>
            <h1 id="page-title">{t(i18n::TRIAGE)} ": " {move || data.with(|d| d.as_ref().map(|(n, _, _)| n.clone()).unwrap_or_default())}</h1>
            <div class="triage">
                <form class="questions" on:submit=|ev| ev.prevent_default()>{questions}</form>
                {result}
            </div>
        </section>
    }
    .into_any()
}
