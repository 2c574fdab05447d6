//! Results: band and index with confidence, gates, scores by section, legal gaps, and each AI system's tier
//! and obligations. Everything shown comes from `sansang_core::domain::evaluate`.

use std::sync::Arc;

use leptos::prelude::*;
use sansang_core::domain::locale::format_score;
use sansang_core::domain::{Catalog, GateKind};

use crate::app::pages::questions::{evaluation_memo, percent};
use crate::app::pages::workspace::due_by_text;
use crate::app::route::{Route, Step};
use crate::app::state::use_app_state;
use crate::i18n::{self, Tr};

/// The results step.
#[component]
pub fn ResultsStep(id: String, catalog: Arc<Catalog>) -> impl IntoView {
    let state = use_app_state();
    let t = move |s: Tr| s.get(state.lang.get());
    let stored_id = StoredValue::new(id.clone());
    let evaluation = evaluation_memo(state, stored_id, catalog.clone());
    let body = move || {
        let lang = state.lang.get();
        let e = evaluation.get()?;
        let c = &e.overall.confidence;
        let index = e
            .overall
            .index
            .map(|v| format_score(v, lang))
            .unwrap_or_else(|| "–".into());
        let band = e
            .band()
            .map(|b| b.label.get(lang).to_string())
            .unwrap_or_else(|| t(i18n::NOT_ASSESSED).into());
        let gates = e
            .overall
            .gates
            .iter()
            .map(|g| {
                let text = match g.kind {
                    GateKind::Prohibited => i18n::GATE_PROHIBITED,
                    GateKind::UnmetDuty => i18n::GATE_UNMET,
                    GateKind::PartlyMetDuty => i18n::GATE_PARTLY,
                };
                view! { <li data-gate=g.kind.id()>{t(text)}</li> }
            })
            .collect_view();
        let readiness = catalog.readiness();
        let question_text = |qid: &str| {
            catalog
                .question(qid)
                .map(|q| q.question.text.get(lang).to_string())
                .unwrap_or_else(|| qid.to_string())
        };
        let top = e.settings.top_level;
        let gaps: Vec<_> = e
            .items
            .iter()
            .filter(|i| i.visible && i.binding())
            .filter_map(|i| i.duty_status(top).map(|s| (i, s)))
            .filter(|(_, s)| *s != sansang_core::domain::DutyStatus::Met)
            .map(|(i, s)| {
                let status = if s == sansang_core::domain::DutyStatus::Unmet { i18n::STATUS_UNMET } else { i18n::STATUS_PARTLY };
                let href = Route::Assessment(id.clone(), Step::Questions(Some(i.section.clone()))).href();
                view! {
                    <li data-question=i.question.clone()>
                        <a href=href>{question_text(&i.question)}</a> " — " <strong>{t(status)}</strong>
                    </li>
                }
            })
            .collect();
        let sections = e
            .sections
            .iter()
            .map(|s| {
                view! {
                    <tr data-section=s.id.clone()>
                        <th scope="row">{s.title.get(lang).to_string()}</th>
                        <td class="num">{s.score.map(|v| format_score(v, lang)).unwrap_or_else(|| t(i18n::NOT_APPLICABLE).into())}</td>
                        <td class="num">{percent(s.confidence.coverage(), lang)}</td>
                        <td class="num">{percent(s.confidence.evidence_rate(), lang)}</td>
                        <td class="num">{percent(s.confidence.uncertainty(), lang)}</td>
                    </tr>
                }
            })
            .collect_view();
        let systems = e
            .systems
            .iter()
            .map(|s| {
                let obligations = s
                    .triage
                    .obligations
                    .iter()
                    .map(|o| view! { <li>{o.title.get(lang).to_string()} " — " <span class="obligation__deadline">{due_by_text(o.deadline.as_ref(), lang)}</span></li> })
                    .collect_view();
                view! {
                    <section class="system-result" data-system=s.id.clone()>
                        <h3>{s.name.clone()} " — " <span data-testid="tier">{s.triage.tier.label().get(lang).to_string()}</span></h3>
                        <p>{s.triage.reason.get(lang).to_string()}</p>
                        {s.triage.transition.as_ref().map(|tr| view! { <p><strong>{t(i18n::TRANSITION)} ": "</strong> {t(i18n::BEFORE_DATE)} " " {tr.date.format(lang)}</p> })}
                        <ul>{obligations}</ul>
                    </section>
                }
            })
            .collect_view();
        let _ = readiness;
        let no_gaps = gaps.is_empty();
        Some(view! {
            <div class="results__headline" data-testid="results-headline">
                <p class="results__band">{t(i18n::BAND)} ": " <strong data-testid="band">{band}</strong>
                    {e.overall.provisional.then(|| view! { " (" {t(i18n::PROVISIONAL)} ")" })}</p>
                <p class="results__index">{t(i18n::INDEX)} ": " <strong data-testid="index">{index}</strong> " / 100"</p>
                <dl class="confidence">
                    <dt>{t(i18n::COVERAGE)}</dt><dd data-testid="coverage">{percent(c.coverage(), lang)}</dd>
                    <dt>{t(i18n::EVIDENCE_RATE)}</dt><dd>{percent(c.evidence_rate(), lang)}</dd>
                    <dt>{t(i18n::UNCERTAINTY)}</dt><dd>{percent(c.uncertainty(), lang)}</dd>
                </dl>
            </div>
            {(!e.overall.gates.is_empty()).then(|| view! {
                <section aria-labelledby="gates-title"><h2 id="gates-title">{t(i18n::GATES)}</h2><ul class="gates">{gates}</ul></section>
            })}
            <section aria-labelledby="gaps-title">
                <h2 id="gaps-title">{t(i18n::LEGAL_GAPS)}</h2>
                {if no_gaps { view! { <p>{t(i18n::NO_LEGAL_GAPS)}</p> }.into_any() } else { view! { <ul class="gaps" data-testid="legal-gaps">{gaps}</ul> }.into_any() }}
            </section>
            <section aria-labelledby="sections-title">
                <h2 id="sections-title">{t(i18n::SECTION_SCORES)}</h2>
                <table class="data-table">
                    <caption class="visually-hidden">{t(i18n::SECTION_SCORES)}</caption>
                    <thead><tr>
                        <th scope="col">{t(i18n::COL_SECTION)}</th>
                        <th scope="col">{t(i18n::COL_SCORE)}</th>
                        <th scope="col">{t(i18n::COVERAGE)}</th>
                        <th scope="col">{t(i18n::EVIDENCE_RATE)}</th>
                        <th scope="col">{t(i18n::UNCERTAINTY)}</th>
                    </tr></thead>
                    <tbody>{sections}</tbody>
                </table>
            </section>
            <section aria-labelledby="systems-title">
                <h2 id="systems-title">{t(i18n::SYSTEMS_AND_OBLIGATIONS)}</h2>
                {systems}
            </section>
        })
    };
    view! {
        <section class="step results" aria-labelledby="page-title">
            <h1 id="page-title">{move || t(i18n::RESULTS_TITLE)}</h1>
            <p class="step__lead">{move || t(i18n::RESULTS_INTRO)}</p>
            {body}
            <p class="results__links">
                <a href=Route::HowScoresWork.href()>{move || t(i18n::HOW_SCORES_WORK_LINK)}</a>
            </p>
        </section>
    }
}
