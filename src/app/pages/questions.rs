//! The readiness questionnaire: section navigation with per-section progress, the question cards of one
//! section, "next unanswered", and the overall index and progress kept in view and updated on every answer.
//! Visibility, progress and scores all come from `sansang_core::domain::evaluate`.

use std::sync::Arc;

use leptos::prelude::*;
use sansang_core::domain::locale::format_score;
use sansang_core::domain::{evaluate, AnswerValue, Catalog, Evaluation, Evidence, Lang};

use crate::app::components::question::{card_id, ScoredQuestion};
use crate::app::route::{Route, Step};
use crate::app::state::{use_app_state, AppState};
use crate::i18n::{self, Tr};

/// The evaluation of one assessment, recomputed when it changes.
pub fn evaluation_memo(
    state: AppState,
    id: StoredValue<String>,
    catalog: Arc<Catalog>,
) -> Memo<Option<Evaluation>> {
    Memo::new(move |_| {
        state.assessments.with(|list| {
            list.iter()
                .find(|a| a.id == id.get_value())
                .map(|a| evaluate(&catalog, a))
        })
    })
}

/// "Readiness index 72,5 — Largely ready (provisional) · 40/120 answered".
#[component]
pub fn ScoreSummary(#[prop(into)] evaluation: Signal<Option<Evaluation>>) -> impl IntoView {
    let state = use_app_state();
    let t = move |s: Tr| s.get(state.lang.get_untracked());
    move || {
        let lang = state.lang.get_untracked();
        evaluation.get().map(|e| {
            let index = e.overall.index.map(|v| format_score(v, lang)).unwrap_or_else(|| "–".into());
            let band = e.band().map(|b| b.label.get(lang).to_string()).unwrap_or_else(|| t(i18n::NOT_ASSESSED).to_string());
            let c = &e.overall.confidence;
            view! {
                <div class="score-summary" role="status" aria-live="polite" data-testid="score-summary">
                    <span class="score-summary__index">{t(i18n::INDEX)} ": " <strong data-testid="index">{index}</strong></span>
                    <span class="score-summary__band" data-testid="band">{band}
                        {e.overall.provisional.then(|| view! { " (" {t(i18n::PROVISIONAL)} ")" })}
                    </span>
                    <span class="score-summary__progress">{t(i18n::PROGRESS)} ": " <span data-testid="progress">{c.answered} "/" {c.visible}</span> " " {t(i18n::ANSWERED_OF)}</span>
                </div>
            }
        })
    }
}

/// The questionnaire step.
#[component]
pub fn QuestionsStep(id: String, section: Option<String>, catalog: Arc<Catalog>) -> impl IntoView {
    let state = use_app_state();
    let t = move |s: Tr| s.get(state.lang.get_untracked());
    let lang = move || state.lang.get_untracked();
    let Some(readiness) = catalog.readiness().cloned() else {
        return ().into_any();
    };
    let Some(scale) = readiness.scale().cloned() else {
        return ().into_any();
    };
    let stored_id = StoredValue::new(id.clone());
    let evaluation = evaluation_memo(state, stored_id, catalog.clone());
    let section_id = section
        .filter(|s| readiness.sections.iter().any(|x| &x.id == s))
        .unwrap_or_else(|| readiness.sections[0].id.clone());
    let position = readiness
        .sections
        .iter()
        .position(|s| s.id == section_id)
        .unwrap_or(0);
    let current = readiness.sections[position].clone();
    let previous = position
        .checked_sub(1)
        .map(|p| readiness.sections[p].id.clone());
    let next = readiness.sections.get(position + 1).map(|s| s.id.clone());

    let nav = readiness
        .sections
        .iter()
        .map(|s| {
            let sid = s.id.clone();
            let title = s.title.clone();
            let href = Route::Assessment(id.clone(), Step::Questions(Some(sid.clone()))).href();
            let is_current = (s.id == section_id).then_some("page");
            let counts = {
                let sid = sid.clone();
                move || evaluation.with(|e| e.as_ref().and_then(|e| e.section(&sid)).map(|r| (r.confidence.answered, r.confidence.visible)))
            };
            view! {
                <li class="section-nav__item">
                    <a href=href aria-current=is_current>
                        <span class="section-nav__title">{title.get(lang()).to_string()}</span>
                        <span class="section-nav__count">{move || counts().map(|(a, v)| format!("{a}/{v}")).unwrap_or_default()}</span>
                    </a>
                </li>
            }
        })
        .collect_view();

    let answers_of = move |question: String| {
        Signal::derive(move || {
            state.assessments.with(|l| {
                l.iter()
                    .find(|a| a.id == stored_id.get_value())
                    .and_then(|a| a.readiness.get(&question).cloned())
            })
        })
    };
    let evidence_of = move |question: String| {
        Signal::derive(move || {
            state.assessments.with(|l| {
                l.iter()
                    .find(|a| a.id == stored_id.get_value())
                    .and_then(|a| a.evidence.get(&question).cloned())
                    .unwrap_or_default()
            })
        })
    };
    let cards = current
        .questions
        .iter()
        .cloned()
        .map(|question| {
            let qid = question.id.clone();
            let visible = {
                let qid = qid.clone();
                move || {
                    evaluation.with(|e| {
                        e.as_ref()
                            .and_then(|e| e.item(&qid))
                            .is_some_and(|i| i.visible)
                    })
                }
            };
            let binding = {
                let qid = qid.clone();
                Signal::derive(move || {
                    evaluation.with(|e| {
                        e.as_ref()
                            .and_then(|e| e.item(&qid))
                            .is_some_and(|i| i.binding())
                    })
                })
            };
            let on_change = {
                let qid = qid.clone();
                Callback::new(move |value: Option<AnswerValue>| {
                    state.update(&stored_id.get_value(), |a| match value {
                        Some(value) => {
                            a.readiness.set(qid.clone(), value);
                        }
                        None => {
                            a.readiness.remove(&qid);
                        }
                    })
                })
            };
            let on_evidence = {
                let qid = qid.clone();
                Callback::new(move |value: Evidence| {
                    state.update(&stored_id.get_value(), |a| {
                        if value.is_recorded() {
                            a.evidence.insert(qid.clone(), value);
                        } else {
                            a.evidence.remove(&qid);
                        }
                    })
                })
            };
            let catalog = catalog.clone();
            let scale = scale.clone();
            let answer = answers_of(qid.clone());
            let evidence = evidence_of(qid.clone());
            view! {
                <Show when=visible.clone()>
                    <ScoredQuestion
                        catalog=catalog.clone()
                        question=question.clone()
                        scale=scale.clone()
                        binding_duty=binding
                        answer=answer
                        evidence=evidence
                        on_change=on_change
                        on_evidence=on_evidence
                    />
                </Show>
            }
        })
        .collect_view();

    let section_for_next = StoredValue::new(section_id.clone());
    let next_unanswered = move || {
        evaluation.with(|e| {
            let e = e.as_ref()?;
            let after = e
                .items
                .iter()
                .position(|i| i.section == section_for_next.get_value())
                .unwrap_or(0);
            let pending = |i: &&sansang_core::domain::Item| i.visible && !i.answered();
            e.items[after..]
                .iter()
                .find(pending)
                .or_else(|| e.items[..after].iter().find(pending))
                .map(|i| (i.section.clone(), i.question.clone()))
        })
    };
    let go_next_unanswered = {
        let id = id.clone();
        let here = section_id.clone();
        move |_| {
            if let Some((section, question)) = next_unanswered() {
                if section != here {
                    // The section renders after the route changes; the router then reveals the question.
                    state.pending_focus.set(Some(card_id(&question)));
                    let route = Route::Assessment(id.clone(), Step::Questions(Some(section)));
                    crate::platform::web::set_hash(&route.href());
                } else {
                    crate::platform::web::reveal(&card_id(&question));
                }
            }
        }
    };
    let section_visible_count = {
        let sid = section_id.clone();
        move || {
            evaluation.with(|e| {
                e.as_ref()
                    .and_then(|e| e.section(&sid))
                    .map_or(0, |s| s.confidence.visible)
            })
        }
    };
    let title = current.title.clone();
    let description = current.description.clone();
    view! {
        <div class="questionnaire">
            <nav class="section-nav" aria-label=t(i18n::SECTIONS_LABEL)>
                <ol>{nav}</ol>
            </nav>
            <section class="step questionnaire__main" aria-labelledby="page-title">
                <ScoreSummary evaluation=evaluation/>
                <h1 id="page-title">{title.get(lang()).to_string()}</h1>
                {description.map(|d| view! { <p class="step__lead">{d.get(lang()).to_string()}</p> })}
                <p class="hint">{t(i18n::QUESTIONS_INTRO)}</p>
                <p>
                    {move || if next_unanswered().is_some() {
                        view! { <button type="button" class="button" on:click=go_next_unanswered.clone()>{t(i18n::NEXT_UNANSWERED)}</button> }.into_any()
                    } else {
                        view! { <span class="hint hint--ok">{t(i18n::ALL_ANSWERED)}</span> }.into_any()
                    }}
                </p>
                <form class="questions" on:submit=|ev| ev.prevent_default()>
                    {cards}
                    {move || (section_visible_count() == 0).then(|| view! { <p class="empty">{t(i18n::NO_QUESTIONS_VISIBLE)}</p> })}
                </form>
                <nav class="pager">
                    {previous.map(|p| view! { <a class="button" href=Route::Assessment(id.clone(), Step::Questions(Some(p))).href()>"← " {t(i18n::PREVIOUS_SECTION)}</a> })}
                    {match next {
                        Some(n) => view! { <a class="button button--primary" href=Route::Assessment(id.clone(), Step::Questions(Some(n))).href()>{t(i18n::NEXT_SECTION)} " →"</a> }.into_any(),
                        None => view! { <a class="button button--primary" href=Route::Assessment(id.clone(), Step::Results).href()>{t(i18n::SEE_RESULTS)} " →"</a> }.into_any(),
                    }}
                </nav>
            </section>
        </div>
    }
    .into_any()
}

/// Formats a share (0–1) as a percentage: "75 %" (vi), "75%" (en).
pub fn percent(share: Option<f64>, lang: Lang) -> String {
    match share {
        None => "–".to_string(),
        Some(share) => {
            let value = format_score(share * 100.0, lang);
            match lang {
                Lang::Vi => format!("{value} %"),
                Lang::En => format!("{value}%"),
            }
        }
    }
}
