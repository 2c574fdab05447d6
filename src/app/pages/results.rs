//! Results: band and index with confidence, gates, legal gaps, charts, scores by section with the items that
//! cost the most, what would lift the band soonest, each AI system's tier and obligations with their status,
//! and the action plan with owner, due date and status. Everything shown comes from
//! `sansang_core::domain::evaluate`; this page only formats it and records plan entries.

use std::sync::Arc;

use leptos::prelude::*;
use sansang_core::domain::chart::{bars, radar, table, ChartData, ChartId, Point};
use sansang_core::domain::locale::format_score;
use sansang_core::domain::{
    Action, ActionGroup, Catalog, Counting, Date, DutyStatus, Evaluation, GateKind, Lang,
    ObligationStatus, PlanEntry, PlanStatus,
};

use crate::app::components::chart::Chart;
use crate::app::pages::questions::{evaluation_memo, percent};
use crate::app::pages::workspace::due_by_text;
use crate::app::route::{Route, Step};
use crate::app::state::use_app_state;
use crate::i18n::{self, Tr};

/// How many actions are shown before "show all".
const FIRST_ACTIONS: usize = 25;

fn obligation_status(status: ObligationStatus) -> (Tr, &'static str) {
    match status {
        ObligationStatus::Met => (i18n::OBL_MET, "met"),
        ObligationStatus::PartlyMet => (i18n::OBL_PARTLY, "partly_met"),
        ObligationStatus::NotMet => (i18n::OBL_NOT_MET, "not_met"),
        ObligationStatus::Unknown => (i18n::OBL_UNKNOWN, "unknown"),
        ObligationStatus::ToCheck => (i18n::OBL_TO_CHECK, "to_check"),
    }
}

fn status_label(status: PlanStatus) -> Tr {
    match status {
        PlanStatus::Todo => i18n::STATUS_TODO,
        PlanStatus::InProgress => i18n::STATUS_IN_PROGRESS,
        PlanStatus::Done => i18n::STATUS_DONE,
    }
}

fn level_text(counting: &Counting, lang: Lang) -> String {
    match counting {
        Counting::Unanswered => "–".to_string(),
        Counting::DontKnow => i18n::DONT_KNOW.get(lang).to_string(),
        Counting::NotApplicable { .. } => i18n::NOT_APPLICABLE.get(lang).to_string(),
        Counting::Level { claimed, counted } if claimed != counted => {
            format!("{counted} ({claimed})")
        }
        Counting::Level { counted, .. } => counted.to_string(),
    }
}

fn charts(e: &Evaluation, lang: Lang) -> impl IntoView {
    let points: Vec<Point> = e
        .sections
        .iter()
        .map(|s| Point::new(s.title.get(lang), s.score))
        .collect();
    let data = |title: Tr, desc: Tr| {
        ChartData::new(
            title.get(lang),
            desc.get(lang),
            i18n::COL_SECTION.get(lang),
            i18n::CHART_SCORE_LABEL.get(lang),
            points.clone(),
        )
    };
    let radar_data = data(i18n::CHART_RADAR_TITLE, i18n::CHART_RADAR_DESC);
    let bars_data = data(i18n::CHART_BARS_TITLE, i18n::CHART_BARS_DESC);
    let thresholds: Vec<(f64, String)> = e
        .settings
        .bands
        .iter()
        .filter(|b| b.min > 0.0)
        .map(|b| (b.min, b.label.get(lang).to_string()))
        .collect();
    let radar_id = ChartId::new("results-radar").expect("valid id");
    let bars_id = ChartId::new("results-bars").expect("valid id");
    view! {
        <div class="charts">
            <Chart node=radar(&radar_data, lang, &radar_id) table=table(&radar_data, lang) class="chart--radar"/>
            <Chart node=bars(&bars_data, lang, &bars_id, &thresholds) table=table(&bars_data, lang) class="chart--bars"/>
        </div>
    }
}

/// The results step.
#[component]
pub fn ResultsStep(id: String, catalog: Arc<Catalog>) -> impl IntoView {
    let state = use_app_state();
    let lang = state.lang.get_untracked();
    let t = move |s: Tr| s.get(lang);
    let stored_id = StoredValue::new(id.clone());
    let evaluation = evaluation_memo(state, stored_id, catalog.clone());
    let show_all = RwSignal::new(false);
    let question_text = {
        let catalog = catalog.clone();
        move |qid: &str| {
            catalog
                .question(qid)
                .map(|q| q.question.text.get(lang).to_string())
                .unwrap_or_else(|| qid.to_string())
        }
    };
    let section_href = {
        let id = id.clone();
        move |section: &str| {
            Route::Assessment(id.clone(), Step::Questions(Some(section.to_string()))).href()
        }
    };

    // The headline, gates, gaps, charts, sections, lift and systems: rebuilt when the evaluation changes.
    let summary = {
        let question_text = question_text.clone();
        let section_href = section_href.clone();
        let details_catalog = catalog.clone();
        move || {
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
            let top = e.settings.top_level;
            let gaps: Vec<_> = e.items.iter()
                .filter(|i| i.visible && i.binding())
                .filter_map(|i| i.duty_status(top).map(|s| (i, s)))
                .filter(|(_, s)| *s != DutyStatus::Met)
                .map(|(i, s)| {
                    let status = if s == DutyStatus::Unmet { i18n::STATUS_UNMET } else { i18n::STATUS_PARTLY };
                    view! {
                        <li data-question=i.question.clone()>
                            <a href=section_href(&i.section)>{question_text(&i.question)}</a> " — " <strong>{t(status)}</strong>
                        </li>
                    }
                })
                .collect();
            let no_gaps = gaps.is_empty();
            let sections = e.sections.iter().map(|s| {
                let costs = s.costs.iter().filter(|c| c.points > 0.0).take(3).map(|c| view! {
                    <li>{question_text(&c.question)} " (−" {format_score(c.points, lang)} " " {t(i18n::POINTS_LOST)} ")"</li>
                }).collect_view();
                view! {
                    <tr data-section=s.id.clone()>
                        <th scope="row"><a href=section_href(&s.id)>{s.title.get(lang).to_string()}</a></th>
                        <td class="num">{s.score.map(|v| format_score(v, lang)).unwrap_or_else(|| t(i18n::NOT_APPLICABLE).into())}</td>
                        <td class="num">{percent(s.confidence.coverage(), lang)}</td>
                        <td class="num">{percent(s.confidence.evidence_rate(), lang)}</td>
                        <td class="num">{percent(s.confidence.uncertainty(), lang)}</td>
                        <td><ul class="costs">{costs}</ul></td>
                    </tr>
                }
            }).collect_view();
            let lift = e.lift.iter().map(|step| {
                let band = e.settings.bands.get(step.band).map(|b| b.label.get(lang).to_string()).unwrap_or_default();
                view! {
                    <li>
                        <a href=section_href(&step.section)>{question_text(&step.question)}</a>
                        {step.duty.then(|| view! { " " <span class="badge badge--duty">{t(i18n::LEGAL_DUTY)}</span> })}
                        <span class="lift__after">" — " {t(i18n::AFTER_STEP)} ": " {format_score(step.index, lang)} " · " {band}</span>
                    </li>
                }
            }).collect_view();
            let no_lift = e.lift.is_empty();
            let systems = e.systems.iter().map(|s| {
                let obligations = s.obligations.iter().map(|o| {
                    let (label, code) = obligation_status(o.status);
                    view! {
                        <li class="obligation" data-status=code>
                            <span class=format!("status status--{code}")>{t(label)}</span> " "
                            <strong>{o.obligation.title.get(lang).to_string()}</strong>
                            <span class="obligation__deadline">{t(i18n::DEADLINE)} ": " {due_by_text(o.obligation.deadline.as_ref(), lang)}</span>
                        </li>
                    }
                }).collect_view();
                view! {
                    <section class="system-result" data-system=s.id.clone()>
                        <h3>{s.name.clone()} " — " <span data-testid="tier">{s.triage.tier.label().get(lang).to_string()}</span></h3>
                        <p>{s.triage.reason.get(lang).to_string()}</p>
                        {s.triage.transition.as_ref().map(|tr| view! {
                            <p><strong>{t(i18n::TRANSITION)} ": "</strong> {t(i18n::BEFORE_DATE)} " " {tr.date.format(lang)} ". " {tr.label.get(lang).to_string()}</p>
                        })}
                        <ul class="obligations">{obligations}</ul>
                    </section>
                }
            }).collect_view();
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
                <crate::app::components::score_details::ScoreDetails evaluation=e.clone() catalog=details_catalog.clone() lang=lang/>
                {(!e.overall.gates.is_empty()).then(|| view! {
                    <section aria-labelledby="gates-title"><h2 id="gates-title">{t(i18n::GATES)}</h2><ul class="gates">{gates}</ul></section>
                })}
                <section aria-labelledby="gaps-title">
                    <h2 id="gaps-title">{t(i18n::LEGAL_GAPS)}</h2>
                    {if no_gaps { view! { <p>{t(i18n::NO_LEGAL_GAPS)}</p> }.into_any() } else { view! { <ul class="gaps" data-testid="legal-gaps">{gaps}</ul> }.into_any() }}
                </section>
                <section aria-labelledby="sections-title">
                    <h2 id="sections-title">{t(i18n::SECTION_SCORES)}</h2>
                    {charts(&e, lang)}
                    <table class="data-table">
                        <caption class="visually-hidden">{t(i18n::SECTION_SCORES)}</caption>
                        <thead><tr>
                            <th scope="col">{t(i18n::COL_SECTION)}</th>
                            <th scope="col" class="num">{t(i18n::COL_SCORE)}</th>
                            <th scope="col" class="num">{t(i18n::COVERAGE)}</th>
                            <th scope="col" class="num">{t(i18n::EVIDENCE_RATE)}</th>
                            <th scope="col" class="num">{t(i18n::UNCERTAINTY)}</th>
                            <th scope="col">{t(i18n::COSTLY_ITEMS)}</th>
                        </tr></thead>
                        <tbody>{sections}</tbody>
                    </table>
                </section>
                <section aria-labelledby="lift-title">
                    <h2 id="lift-title">{t(i18n::LIFT_TITLE)}</h2>
                    {if no_lift { view! { <p>{t(i18n::LIFT_EMPTY)}</p> }.into_any() } else { view! {
                        <p>{t(i18n::LIFT_INTRO)}</p><ol class="lift" data-testid="lift">{lift}</ol>
                    }.into_any() }}
                </section>
                <section aria-labelledby="systems-title">
                    <h2 id="systems-title">{t(i18n::SYSTEMS_AND_OBLIGATIONS)}</h2>
                    {systems}
                </section>
            })
        }
    };

    // The action plan: its order changes only with answers, so it is rebuilt from the plan's question ids.
    let plan_ids = Memo::new(move |_| {
        evaluation.with(|e| {
            e.as_ref()
                .map(|e| {
                    e.plan
                        .iter()
                        .map(|a| a.question.clone())
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    // Rows are rebuilt only when the plan's order changes (`plan_ids`), not when an owner, due date or status
    // is edited in them: that would recreate the inputs under the user and lose their focus.
    let action = move |qid: &str| {
        evaluation.with_untracked(|e| {
            e.as_ref()
                .and_then(|e| e.plan.iter().find(|a| a.question == qid).cloned())
        })
    };
    let plan = {
        let catalog = catalog.clone();
        let section_href = section_href.clone();
        move || {
            let ids = plan_ids.get();
            let total = ids.len();
            let shown: Vec<String> = if show_all.get() {
                ids
            } else {
                ids.into_iter().take(FIRST_ACTIONS).collect()
            };
            let rows = shown.into_iter().filter_map(|qid| action(&qid)).map(|a: Action| {
                let (group, group_code) = match a.group {
                    ActionGroup::UnmetDuty => (i18n::GROUP_UNMET_DUTY, "unmet_duty"),
                    ActionGroup::PartlyMetDuty => (i18n::GROUP_PARTLY_DUTY, "partly_met_duty"),
                    ActionGroup::Other => (i18n::GROUP_OTHER, "other"),
                };
                let qid = StoredValue::new(a.question.clone());
                let entry = a.entry.clone().unwrap_or_default();
                let update_entry = move |change: &dyn Fn(&mut PlanEntry)| {
                    state.update(&stored_id.get_value(), |assessment| {
                        let entry = assessment.plan.entry(qid.get_value()).or_default();
                        change(entry);
                    });
                };
                let citations = a.citations.iter().map(|c| {
                    let label = catalog.sources.resolve(&c.citation).map(|r| r.label(lang)).unwrap_or_else(|| c.citation.to_string());
                    view! { <li>{label}{c.subject_to_confirmation.then(|| view! { " " <span class="badge badge--unconfirmed">{t(i18n::SUBJECT_TO_CONFIRMATION)}</span> })}</li> }
                }).collect_view();
                let field_id = |what: &str| format!("plan-{what}-{}", a.question.replace('.', "-"));
                let (owner_id, due_id, status_id) = (field_id("owner"), field_id("due"), field_id("status"));
                view! {
                    <li class="action" data-question=a.question.clone() data-group=group_code>
                        <p class="action__head">
                            <span class=format!("badge badge--{group_code}")>{t(group)}</span> " "
                            <a href=section_href(&a.section)>{question_text(&a.question)}</a>
                        </p>
                        <p class="action__meta">
                            {t(i18n::CURRENT_LEVEL)} ": " {level_text(&a.counting, lang)} " · "
                            {t(i18n::DEADLINE)} ": " {due_by_text(a.deadline.as_ref(), lang)}
                        </p>
                        <p class="action__recommendation">{a.recommendation.get(lang).to_string()}</p>
                        <ul class="action__citations">{citations}</ul>
                        <div class="action__tracking">
                            <label class="field field--inline"><span>{t(i18n::OWNER)}</span>
                                <input id=owner_id type="text" maxlength="200" prop:value=entry.owner.clone()
                                    on:change=move |ev| { let v = event_target_value(&ev); update_entry(&move |e| e.owner = v.trim().to_string()); }/>
                            </label>
                            <label class="field field--inline"><span>{t(i18n::DUE)}</span>
                                <input id=due_id type="date" prop:value=entry.due.map(|d| d.iso()).unwrap_or_default()
                                    on:change=move |ev| { let v = Date::parse_iso(&event_target_value(&ev)); update_entry(&move |e| e.due = v); }/>
                            </label>
                            <label class="field field--inline"><span>{t(i18n::STATUS)}</span>
                                <select id=status_id on:change=move |ev| {
                                    let v = PlanStatus::from_id(&event_target_value(&ev)).unwrap_or_default();
                                    update_entry(&move |e| e.status = v);
                                }>
                                    {PlanStatus::ALL.into_iter().map(|s| view! {
                                        <option value=s.id() selected=s == entry.status>{t(status_label(s))}</option>
                                    }).collect_view()}
                                </select>
                            </label>
                        </div>
                    </li>
                }
            }).collect_view();
            view! {
                <ol class="actions" data-testid="action-plan">{rows}</ol>
                {(total > FIRST_ACTIONS && !show_all.get()).then(|| view! {
                    <button type="button" class="button" on:click=move |_| show_all.set(true)>{t(i18n::SHOW_ALL)} " (" {total} ")"</button>
                })}
            }
        }
    };

    let heading_for = move || {
        state.assessments.with(|list| {
            list.iter()
                .find(|a| a.id == stored_id.get_value())
                .map(|a| {
                    let mut line = a.name.clone();
                    if !a.organisation.is_empty() {
                        line.push_str(" — ");
                        line.push_str(&a.organisation);
                    }
                    line
                })
        })
    };
    view! {
        <section class="step results" aria-labelledby="page-title">
            <h1 id="page-title">{t(i18n::RESULTS_TITLE)}</h1>
            <p class="results__for" data-testid="results-for">{heading_for}</p>
            <p class="step__lead">{t(i18n::RESULTS_INTRO)}</p>
            {summary}
            <section aria-labelledby="plan-title">
                <h2 id="plan-title">{t(i18n::ACTION_PLAN)}</h2>
                <p>{t(i18n::ACTION_PLAN_INTRO)}</p>
                {plan}
            </section>
            <p class="results__links">
                <a href=Route::HowScoresWork.href()>{t(i18n::HOW_SCORES_WORK_LINK)}</a>
            </p>
        </section>
    }
}
