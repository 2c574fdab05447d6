//! The readiness questionnaire: section navigation with per-section progress, the question cards of one
//! section, "next unanswered", and the overall index and progress kept in view and updated on every answer.
//! Visibility, progress and scores all come from `sansang_core::domain::evaluate`.

use std::sync::Arc;

use leptos::prelude::*;
use sansang_core::domain::locale::format_score;
use sansang_core::domain::{evaluate, AnswerValue, Catalog, Evaluation, Evidence, Lang};

use crate::app::components::question::{card_id, ScoredQuestion};
use crate::app::route::{ResultsView, Route, Step};
use crate::app::state::{use_app_state, AppState};
use crate::app::text::{lang, t, tx};
use crate::i18n;
use crate::platform::web;

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
                // Answers to retired questions count for their replacements (docs/content-format.md §4).
                .map(|a| evaluate(&catalog, &catalog.migrate_retired(a)))
        })
    })
}

/// The live score on a questions page: the current section's score and coverage, and the overall index with
/// its coverage. While the assessment is provisional no band verdict is given: unanswered questions count 0,
/// so an early index says little, and the page says how much it rests on.
#[component]
pub fn ScoreSummary(
    #[prop(into)] evaluation: Signal<Option<Evaluation>>,
    /// The section shown on the page, when there is one.
    #[prop(optional, into)]
    section: Option<String>,
) -> impl IntoView {
    let section = StoredValue::new(section);
    let view = move || {
        let lang = lang();
        evaluation.with(|e| {
            let e = e.as_ref()?;
            let c = &e.overall.confidence;
            let index = e.overall.index.map(|v| format_score(v, lang)).unwrap_or_else(|| "–".into());
            let section_part = section.get_value().and_then(|sid| e.section(&sid)).map(|s| {
                let score = s.score.map(|v| format_score(v, lang)).unwrap_or_else(|| "–".into());
                let sc = &s.confidence;
                view! {
                    <span class="score-summary__section" data-testid="section-score">
                        {i18n::THIS_SECTION.get(lang)} ": " <strong data-testid="section-index">{score}</strong>
                        " · " <span data-testid="section-progress">{i18n::answered_of(sc.answered, sc.visible, lang)}</span>
                    </span>
                }
            });
            let verdict = if e.overall.provisional {
                view! {
                    <span class="score-summary__band" data-testid="band">
                        {i18n::PROVISIONAL.get(lang)} ", " {i18n::answered_of(c.answered, c.visible, lang)}
                    </span>
                }
                .into_any()
            } else {
                let band = e.band().map(|b| b.label.get(lang).to_string()).unwrap_or_else(|| i18n::NOT_ASSESSED.get(lang).to_string());
                view! { <span class="score-summary__band" data-testid="band">{band}</span> }.into_any()
            };
            Some(view! {
                {section_part}
                <span class="score-summary__index">{i18n::INDEX.get(lang)} ": " <strong data-testid="index">{index}</strong> " · " {verdict}</span>
                <span class="visually-hidden" data-testid="progress">{c.answered} "/" {c.visible}</span>
            })
        })
    };
    view! { <div class="score-summary" role="status" aria-live="polite" data-testid="score-summary">{view}</div> }
}

/// The questionnaire step.
#[component]
pub fn QuestionsStep(id: String, section: Option<String>, catalog: Arc<Catalog>) -> impl IntoView {
    let state = use_app_state();
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
                        <span class="section-nav__title">{tx(&title)}</span>
                        <span class="section-nav__count">{move || counts().map(|(a, v)| format!("{a}/{v}")).unwrap_or_default()}</span>
                    </a>
                </li>
            }
        })
        .collect_view();

    // Memos: a card hears only of a change to its own answer, never of a change elsewhere (another question,
    // another tab), so nothing the user is typing is reset.
    let answers_of = move |question: String| {
        Memo::new(move |_| {
            state.assessments.with(|l| {
                l.iter()
                    .find(|a| a.id == stored_id.get_value())
                    .and_then(|a| a.readiness.get(&question).cloned())
            })
        })
    };
    let evidence_of = move |question: String| {
        Memo::new(move |_| {
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
                Memo::new(move |_| {
                    evaluation.with(|e| {
                        e.as_ref()
                            .and_then(|e| e.item(&qid))
                            .is_some_and(|i| i.visible)
                    })
                })
            };
            let binding = {
                let qid = qid.clone();
                Memo::new(move |_| {
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
                <Show when=move || visible.get()>
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
    let next_unanswered = Memo::new(move |_| {
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
    });
    let go_next_unanswered = {
        let id = id.clone();
        let here = section_id.clone();
        move |_| {
            if let Some((section, question)) = next_unanswered.get_untracked() {
                if section != here {
                    // The section renders after the route changes; the router then reveals the question.
                    state.pending_focus.set(Some(card_id(&question)));
                    let route = Route::Assessment(id.clone(), Step::Questions(Some(section)));
                    web::set_hash(&route.href());
                } else {
                    web::reveal(&card_id(&question));
                }
            }
        }
    };
    let section_visible_count = {
        let sid = section_id.clone();
        Memo::new(move |_| {
            evaluation.with(|e| {
                e.as_ref()
                    .and_then(|e| e.section(&sid))
                    .map_or(0, |s| s.confidence.visible)
            })
        })
    };
    let title = current.title.clone();
    let description = current.description.clone();
    let has_next = Memo::new(move |_| next_unanswered.with(Option::is_some));
    view! {
        <div class="questionnaire">
            <nav class="section-nav" aria-label=t(i18n::SECTIONS_LABEL)>
                <ol>{nav}</ol>
            </nav>
            <section class="step questionnaire__main" aria-labelledby="page-title">
                <ScoreSummary evaluation=evaluation section=section_id.clone()/>
                <h1 id="page-title">{tx(&title)}</h1>
                // On a phone the section's introduction starts folded, so that the first question is on the
                // first screen; it opens with one tap.
                {description.map(|d| view! {
                    <details class="section-about" open=!web::narrow_screen()>
                        <summary>{t(i18n::ABOUT_SECTION)}</summary>
                        <p class="step__lead">{tx(&d)}</p>
                    </details>
                })}
                <p class="questionnaire__tools">
                    <Show when=move || has_next.get() fallback=move || view! { <span class="hint hint--ok">{t(i18n::ALL_ANSWERED)}</span> }>
                        <button type="button" class="button button--small" on:click=go_next_unanswered.clone()>{t(i18n::NEXT_UNANSWERED)}</button>
                    </Show>
                    " "
                    <span class="hint">{t(i18n::QUESTIONS_INTRO)}</span>
                </p>
                <form class="questions" on:submit=|ev| ev.prevent_default()>
                    {cards}
                    <Show when=move || section_visible_count.get() == 0>
                        <p class="empty">{t(i18n::NO_QUESTIONS_VISIBLE)}</p>
                    </Show>
                </form>
                <nav class="pager">
                    {previous.map(|p| view! { <a class="button" href=Route::Assessment(id.clone(), Step::Questions(Some(p))).href()>"← " {t(i18n::PREVIOUS_SECTION)}</a> })}
                    {match next {
                        Some(n) => view! { <a class="button button--primary" href=Route::Assessment(id.clone(), Step::Questions(Some(n))).href()>{t(i18n::NEXT_SECTION)} " →"</a> }.into_any(),
                        None => view! { <a class="button button--primary" href=Route::Assessment(id.clone(), Step::Results(ResultsView::Summary)).href()>{t(i18n::SEE_RESULTS)} " →"</a> }.into_any(),
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
