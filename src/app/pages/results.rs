//! Results, summary first: one screen with the band (colour and words), the index, the confidence, the gate
//! that holds the band down and what lifts it, and the first actions. The detail has pages of its own, each
//! item shown once: scores by section (charts, the items that cost the most, what would lift the band), each
//! AI system's tier and obligations, and the whole action plan with owner, due date and status.
//! Everything shown comes from `sansang_core::domain::evaluate`; this page only formats it and records plan
//! entries.

use std::sync::Arc;

use leptos::prelude::*;
use sansang_core::domain::chart::{bars, radar, table, ChartData, ChartId, Point};
use sansang_core::domain::locale::format_score;
use sansang_core::domain::{
    gate_sentence, Action, ActionGroup, Catalog, Counting, Date, DutyStatus, Evaluation, Lang,
    ObligationStatus, PlanEntry, PlanStatus,
};

use crate::app::components::chart::Chart;
use crate::app::components::score_details::ScoreDetails;
use crate::app::components::triage_details::TriageDetails;
use crate::app::draft::{trimmed, DraftText};
use crate::app::pages::questions::{evaluation_memo, percent};
use crate::app::pages::workspace::due_by_text;
use crate::app::route::{ResultsView, Route, Step};
use crate::app::state::use_app_state;
use crate::app::text::{lang, t};
use crate::i18n::{self, Tr};

/// How many actions the summary shows.
const TOP_ACTIONS: usize = 5;

/// The label and the status code (for colour and tests) of an obligation's status. "No evidence yet" (the
/// evidencing questions are unanswered or "don't know") is not "not met".
fn obligation_status(status: ObligationStatus) -> (Tr, &'static str) {
    match status {
        ObligationStatus::Met => (i18n::OBL_MET, "met"),
        ObligationStatus::PartlyMet => (i18n::OBL_PARTLY, "partly_met"),
        ObligationStatus::NotMet => (i18n::OBL_NOT_MET, "not_met"),
        ObligationStatus::Unknown => (i18n::OBL_NO_EVIDENCE_YET, "unknown"),
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
        Counting::Unanswered => i18n::UNANSWERED.get(lang).to_string(),
        Counting::DontKnow => i18n::DONT_KNOW.get(lang).to_string(),
        Counting::NotApplicable { .. } => i18n::NOT_APPLICABLE.get(lang).to_string(),
        Counting::Level { claimed, counted } if claimed != counted => {
            format!("{counted} ({} {claimed})", i18n::CLAIMED.get(lang))
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

/// The title of a question's action in the plan: its action title when the content has one, else its text.
fn action_title(catalog: &Catalog, question: &str, lang: Lang) -> String {
    catalog
        .question(question)
        .map(|q| q.question.action_title().get(lang).to_string())
        .unwrap_or_else(|| question.to_string())
}

/// The results step.
#[component]
pub fn ResultsStep(id: String, view: ResultsView, catalog: Arc<Catalog>) -> impl IntoView {
    let state = use_app_state();
    let stored_id = StoredValue::new(id.clone());
    let evaluation = evaluation_memo(state, stored_id, catalog.clone());
    let heading_for = move || {
        state.assessments.with(|list| {
            list.iter()
                .find(|a| a.id == stored_id.get_value())
                .map(|a| {
                    let mut line = a.name.clone();
                    if !a.organisation.is_empty() && !a.name.contains(&a.organisation) {
                        line.push_str(" — ");
                        line.push_str(&a.organisation);
                    }
                    line
                })
        })
    };
    let tabs = ResultsView::ALL
        .into_iter()
        .map(|v| {
            let label = match v {
                ResultsView::Summary => i18n::RESULTS_SUMMARY,
                ResultsView::Sections => i18n::SECTION_SCORES,
                ResultsView::Systems => i18n::SYSTEMS_AND_OBLIGATIONS,
                ResultsView::Plan => i18n::ACTION_PLAN,
            };
            let href = Route::Assessment(id.clone(), Step::Results(v)).href();
            let current = (v == view).then_some("page");
            view! { <li><a class="results-nav__link" href=href aria-current=current>{t(label)}</a></li> }
        })
        .collect_view();
    let body = match view {
        ResultsView::Summary => {
            view! { <Summary id=id.clone() evaluation=evaluation catalog=catalog.clone()/> }
                .into_any()
        }
        ResultsView::Sections => {
            view! { <Sections id=id.clone() evaluation=evaluation catalog=catalog.clone()/> }
                .into_any()
        }
        ResultsView::Systems => view! { <Systems evaluation=evaluation/> }.into_any(),
        ResultsView::Plan => {
            view! { <Plan id=id.clone() evaluation=evaluation catalog=catalog.clone()/> }.into_any()
        }
    };
    view! {
        <section class="step results" aria-labelledby="page-title">
            <h1 id="page-title">{t(i18n::RESULTS_TITLE)}</h1>
            <p class="results__for" data-testid="results-for">{heading_for}</p>
            <nav class="results-nav" aria-label=t(i18n::RESULTS_TITLE)><ul>{tabs}</ul></nav>
            {body}
            <p class="results__links">
                <a href=move || crate::app::pages::scoring_page(state.lang.get())>{t(i18n::HOW_SCORES_WORK_LINK)}</a>
            </p>
        </section>
    }
}

/// The band's position among the bands (0 = lowest), for its colour.
fn band_rank(e: &Evaluation) -> Option<usize> {
    e.overall.band
}

#[component]
fn Summary(
    id: String,
    evaluation: Memo<Option<Evaluation>>,
    catalog: Arc<Catalog>,
) -> impl IntoView {
    let id = StoredValue::new(id);
    move || {
        let lang = lang();
        let catalog = catalog.clone();
        evaluation.with(|e| {
            let e = e.as_ref()?;
            let c = &e.overall.confidence;
            let index = e.overall.index.map(|v| format_score(v, lang)).unwrap_or_else(|| "–".into());
            let band = e
                .band()
                .map(|b| b.label.get(lang).to_string())
                .unwrap_or_else(|| i18n::NOT_ASSESSED.get(lang).into());
            let rank = band_rank(e).map(|r| r.to_string()).unwrap_or_else(|| "none".into());
            let gate = gate_sentence(&catalog, e).map(|g| g.get(lang).to_string());
            let top = e.plan.iter().take(TOP_ACTIONS).map(|a| {
                let href = Route::Assessment(id.get_value(), Step::Questions(Some(a.section.clone()))).href();
                view! {
                    <li data-question=a.question.clone()>
                        <a href=href>{action_title(&catalog, &a.question, lang)}</a>
                        <span class="action__meta">" — " {i18n::DEADLINE.get(lang)} ": " {due_by_text(a.deadline.as_ref(), lang)}</span>
                    </li>
                }
            }).collect_view();
            let gaps = e
                .items
                .iter()
                .filter(|i| i.visible && i.binding())
                .filter_map(|i| i.duty_status(e.settings.top_level))
                .filter(|s| *s != DutyStatus::Met)
                .count();
            let plan_href = Route::Assessment(id.get_value(), Step::Results(ResultsView::Plan)).href();
            Some(view! {
                <div class="results__headline" data-testid="results-headline" data-band-rank=rank>
                    <p class="results__band">
                        <span class="results__label">{i18n::BAND.get(lang)}</span>
                        <strong data-testid="band">{band}</strong>
                        {e.overall.provisional.then(|| view! { <span class="badge badge--provisional">{i18n::PROVISIONAL.get(lang)}</span> })}
                    </p>
                    <p class="results__index">
                        <span class="results__label">{i18n::INDEX.get(lang)}</span>
                        <strong data-testid="index">{index}</strong> <span class="results__of">"/ 100"</span>
                    </p>
                    <dl class="confidence">
                        <div><dt>{i18n::COVERAGE.get(lang)}</dt><dd data-testid="coverage">{percent(c.coverage(), lang)}</dd></div>
                        <div><dt>{i18n::EVIDENCE_RATE.get(lang)}</dt><dd>{percent(c.evidence_rate(), lang)}</dd></div>
                        <div><dt>{i18n::UNCERTAINTY.get(lang)}</dt><dd>{percent(c.uncertainty(), lang)}</dd></div>
                        <div><dt>{i18n::LEGAL_GAPS.get(lang)}</dt><dd data-testid="gap-count">{gaps}</dd></div>
                    </dl>
                    {e.overall.provisional.then(|| view! {
                        <div class="hint">
                            <p>{i18n::answered_of(c.answered, c.visible, lang)} ". " {i18n::PROVISIONAL_WHY.get(lang)}</p>
                            <ul data-testid="provisional-reasons">
                                {e.overall.provisional_reasons.iter().map(|r| view! { <li data-reason=r.id()>{r.message().get(lang).to_string()}</li> }).collect_view()}
                            </ul>
                        </div>
                    })}
                </div>
                {gate.map(|g| view! { <p class="gate-sentence" data-testid="gate-sentence">{g}</p> })}
                <section aria-labelledby="top-title">
                    <h2 id="top-title">{i18n::TOP_ACTIONS.get(lang)}</h2>
                    {if e.plan.is_empty() {
                        view! { <p>{i18n::NO_ACTIONS.get(lang)}</p> }.into_any()
                    } else {
                        view! {
                            <ol class="top-actions" data-testid="top-actions">{top}</ol>
                            <p><a class="button" href=plan_href>{i18n::SHOW_ALL.get(lang)} " (" {e.plan.len()} ")"</a></p>
                        }.into_any()
                    }}
                </section>
            })
        })
    }
}

#[component]
fn Sections(
    id: String,
    evaluation: Memo<Option<Evaluation>>,
    catalog: Arc<Catalog>,
) -> impl IntoView {
    let id = StoredValue::new(id);
    move || {
        let lang = lang();
        let catalog = catalog.clone();
        let section_href = move |section: &str| {
            Route::Assessment(id.get_value(), Step::Questions(Some(section.to_string()))).href()
        };
        evaluation.with(|e| {
            let e = e.as_ref()?;
            let sections = e.sections.iter().map(|s| {
                let costs = s.costs.iter().filter(|c| c.points > 0.0).take(3).map(|c| view! {
                    <li>{action_title(&catalog, &c.question, lang)} " " <span class="nowrap">"(−" {format_score(c.points, lang)} ")"</span></li>
                }).collect_view();
                view! {
                    <tr data-section=s.id.clone()>
                        <th scope="row"><a href=section_href(&s.id)>{s.title.get(lang).to_string()}</a></th>
                        <td class="num" data-label=i18n::COL_SCORE.get(lang)>{s.score.map(|v| format_score(v, lang)).unwrap_or_else(|| i18n::NOT_APPLICABLE.get(lang).into())}</td>
                        <td class="num" data-label=i18n::COVERAGE.get(lang)>{percent(s.confidence.coverage(), lang)}</td>
                        <td class="num" data-label=i18n::EVIDENCE_RATE.get(lang)>{percent(s.confidence.evidence_rate(), lang)}</td>
                        <td class="num" data-label=i18n::UNCERTAINTY.get(lang)>{percent(s.confidence.uncertainty(), lang)}</td>
                        <td data-label=i18n::COSTLY_ITEMS.get(lang)><ul class="costs">{costs}</ul></td>
                    </tr>
                }
            }).collect_view();
            let lift = e.lift.iter().map(|step| {
                let band = e.settings.bands.get(step.band).map(|b| b.label.get(lang).to_string()).unwrap_or_default();
                view! {
                    <li>
                        <a href=section_href(&step.section)>{action_title(&catalog, &step.question, lang)}</a>
                        {step.duty.then(|| view! { " " <span class="badge badge--duty">{i18n::LEGAL_DUTY.get(lang)}</span> })}
                        <span class="lift__after">" — " {i18n::AFTER_STEP.get(lang)} ": " <span class="nowrap">{format_score(step.index, lang)}</span> " · " {band}</span>
                    </li>
                }
            }).collect_view();
            let no_lift = e.lift.is_empty();
            Some(view! {
                <section aria-labelledby="sections-title">
                    <h2 id="sections-title">{i18n::SECTION_SCORES.get(lang)}</h2>
                    {charts(e, lang)}
                    <ScoreDetails evaluation=e.clone() catalog=catalog.clone() lang=lang/>
                    <div class="table-wrap">
                        <table class="data-table data-table--sections">
                            <caption class="visually-hidden">{i18n::SECTION_SCORES.get(lang)}</caption>
                            <thead><tr>
                                <th scope="col">{i18n::COL_SECTION.get(lang)}</th>
                                <th scope="col" class="num">{i18n::COL_SCORE.get(lang)}</th>
                                <th scope="col" class="num">{i18n::COVERAGE.get(lang)}</th>
                                <th scope="col" class="num">{i18n::EVIDENCE_RATE.get(lang)}</th>
                                <th scope="col" class="num">{i18n::UNCERTAINTY.get(lang)}</th>
                                <th scope="col">{i18n::COSTLY_ITEMS.get(lang)}</th>
                            </tr></thead>
                            <tbody>{sections}</tbody>
                        </table>
                    </div>
                </section>
                <section aria-labelledby="lift-title">
                    <h2 id="lift-title">{i18n::LIFT_TITLE.get(lang)}</h2>
                    {if no_lift { view! { <p>{i18n::LIFT_EMPTY.get(lang)}</p> }.into_any() } else { view! {
                        <p>{i18n::LIFT_INTRO.get(lang)}</p><ol class="lift" data-testid="lift">{lift}</ol>
                    }.into_any() }}
                </section>
            })
        })
    }
}

#[component]
fn Systems(evaluation: Memo<Option<Evaluation>>) -> impl IntoView {
    move || {
        let lang = lang();
        evaluation.with(|e| {
            let e = e.as_ref()?;
            if e.systems.is_empty() {
                return Some(view! { <p class="empty">{i18n::NO_SYSTEMS.get(lang)}</p> }.into_any());
            }
            let systems = e.systems.iter().map(|s| {
                let obligations = s.obligations.iter().map(|o| {
                    let (label, code) = obligation_status(o.status);
                    view! {
                        <li class="obligation" data-status=code>
                            <span class=format!("status status--{code}")>{label.get(lang)}</span> " "
                            <strong>{o.obligation.title.get(lang).to_string()}</strong>
                            <span class="obligation__deadline">{i18n::DEADLINE.get(lang)} ": " {due_by_text(o.obligation.deadline.as_ref(), lang)}</span>
                        </li>
                    }
                }).collect_view();
                view! {
                    <section class="system-result" data-system=s.id.clone()>
                        <h2>{s.name.clone()} " — " <span data-testid="tier">{s.triage.tier.label().get(lang).to_string()}</span></h2>
                        <p>{s.triage.reason.get(lang).to_string()}</p>
                        <TriageDetails result=s.triage.clone() lang=lang/>
                        {s.triage.transition.as_ref().map(|tr| view! {
                            <p><strong>{i18n::TRANSITION.get(lang)} ": "</strong> {i18n::BEFORE_DATE.get(lang)} " " {tr.date.format(lang)} ". " {tr.label.get(lang).to_string()}</p>
                        })}
                        <ul class="obligations">{obligations}</ul>
                    </section>
                }
            }).collect_view();
            Some(view! { <div data-testid="systems-results">{systems}</div> }.into_any())
        })
    }
}

#[component]
fn Plan(id: String, evaluation: Memo<Option<Evaluation>>, catalog: Arc<Catalog>) -> impl IntoView {
    let state = use_app_state();
    let stored_id = StoredValue::new(id.clone());
    // The action plan: its order changes only with answers, so rows are rebuilt from the plan's question ids,
    // not when an owner, due date or status is edited in them (that would recreate the inputs under the user).
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
    let action = move |qid: &str| {
        evaluation.with_untracked(|e| {
            e.as_ref()
                .and_then(|e| e.plan.iter().find(|a| a.question == qid).cloned())
        })
    };
    let rows = move || {
        let lang = lang();
        let catalog = catalog.clone();
        let ids = plan_ids.get();
        let total = ids.len();
        let rows = ids.into_iter().filter_map(|qid| action(&qid)).map(|a: Action| {
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
            let owner = Memo::new(move |_| {
                state.assessments.with(|l| {
                    l.iter()
                        .find(|x| x.id == stored_id.get_value())
                        .and_then(|x| x.plan.get(&qid.get_value()).map(|e| e.owner.clone()))
                        .unwrap_or_default()
                })
            });
            let citations = a.citations.iter().map(|c| {
                let label = catalog.sources.resolve(&c.citation).map(|r| r.label(lang)).unwrap_or_else(|| c.citation.to_string());
                view! { <li>{label}{c.subject_to_confirmation.then(|| view! { " " <span class="badge badge--unconfirmed">{i18n::SUBJECT_TO_CONFIRMATION.get(lang)}</span> })}</li> }
            }).collect_view();
            let field_id = |what: &str| format!("plan-{what}-{}", a.question.replace('.', "-"));
            let (owner_id, due_id, status_id) = (field_id("owner"), field_id("due"), field_id("status"));
            let owner_for = owner_id.clone();
            let href = Route::Assessment(stored_id.get_value(), Step::Questions(Some(a.section.clone()))).href();
            view! {
                <li class="action" data-question=a.question.clone() data-group=group_code>
                    <p class="action__head">
                        <span class=format!("badge badge--{group_code}")>{group.get(lang)}</span> " "
                        <a href=href>{action_title(&catalog, &a.question, lang)}</a>
                    </p>
                    <p class="action__meta">
                        {i18n::CURRENT_LEVEL.get(lang)} ": " {level_text(&a.counting, lang)} " · "
                        {i18n::DEADLINE.get(lang)} ": " {due_by_text(a.deadline.as_ref(), lang)}
                    </p>
                    <p class="action__recommendation">{a.recommendation.get(lang).to_string()}</p>
                    <ul class="action__citations">{citations}</ul>
                    <div class="action__tracking">
                        <label class="field field--inline" for=owner_for><span>{i18n::OWNER.get(lang)}</span>
                            <DraftText id=owner_id maxlength=200 saved=owner normalize=trimmed
                                on_save=move |v: String| update_entry(&move |e| e.owner = v.trim().to_string())/>
                        </label>
                        <label class="field field--inline"><span>{i18n::DUE.get(lang)}</span>
                            <input id=due_id type="date" class:empty=entry.due.is_none() prop:value=entry.due.map(|d| d.iso()).unwrap_or_default()
                                on:change=move |ev| { let v = Date::parse_iso(&event_target_value(&ev)); update_entry(&move |e| e.due = v); }/>
                        </label>
                        <label class="field field--inline"><span>{i18n::STATUS.get(lang)}</span>
                            <select id=status_id on:change=move |ev| {
                                let v = PlanStatus::from_id(&event_target_value(&ev)).unwrap_or_default();
                                update_entry(&move |e| e.status = v);
                            }>
                                {PlanStatus::ALL.into_iter().map(|s| view! {
                                    <option value=s.id() selected=s == entry.status>{status_label(s).get(lang)}</option>
                                }).collect_view()}
                            </select>
                        </label>
                    </div>
                </li>
            }
        }).collect_view();
        view! {
            <p>{i18n::ACTION_PLAN_INTRO.get(lang)} " (" {total} ")"</p>
            <ol class="actions" data-testid="action-plan">{rows}</ol>
        }
    };
    view! {
        <section aria-labelledby="plan-title">
            <h2 id="plan-title">{t(i18n::ACTION_PLAN)}</h2>
            {rows}
        </section>
    }
}
