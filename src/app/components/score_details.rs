//! What stands behind the readiness index (docs/scoring.md §4, §5, §8): the sentence saying which gate holds
//! the band down, why the result is provisional, the counts of every section and of the whole with their N/A
//! and "don't know" shares, each in-scope AI system's own result, and every "not applicable" with its reason.
//! Text first: lists and one table, everything computed by `sansang_core`; this component only formats it.

use std::sync::Arc;

use leptos::prelude::*;
use sansang_core::domain::locale::format_percent;
use sansang_core::domain::{Catalog, Counts, Evaluation, Lang};

use crate::i18n;

/// The details shown next to the index.
#[component]
pub fn ScoreDetails(evaluation: Evaluation, catalog: Arc<Catalog>, lang: Lang) -> impl IntoView {
    let e = evaluation;
    let t = move |s: i18n::Tr| s.get(lang);
    let question_text = {
        let catalog = catalog.clone();
        move |id: &str| {
            catalog
                .question(id)
                .map(|q| q.question.action_title().get(lang).to_string())
                .unwrap_or_else(|| id.to_string())
        }
    };
    let reasons = (!e.overall.provisional_reasons.is_empty()).then(|| {
        let items = e
            .overall
            .provisional_reasons
            .iter()
            .map(|r| view! { <li data-reason=r.id()>{r.message().get(lang).to_string()}</li> })
            .collect_view();
        view! {
            <div class="score-details__provisional">
                <p><strong>{t(i18n::SD_PROVISIONAL_BECAUSE)}</strong></p>
                <ul data-testid="provisional-reasons">{items}</ul>
            </div>
        }
    });
    let share = move |part: usize, whole: usize| format_percent(part as u64, whole as u64, lang);
    let row = move |label: String, counts: &Counts, score: String| {
        let visible = counts.visible();
        view! {
            <tr>
                <th scope="row">{label}</th>
                <td class="num">{score}</td>
                <td class="num">{counts.met}</td>
                <td class="num">{counts.partly_met}</td>
                <td class="num">{counts.not_met}</td>
                <td class="num">{counts.not_applicable}</td>
                <td class="num">{counts.dont_know}</td>
                <td class="num">{counts.unanswered}</td>
                <td class="num">{share(counts.not_applicable, visible)}</td>
                <td class="num">{share(counts.dont_know, visible)}</td>
            </tr>
        }
    };
    let no_score = || "–".to_string();
    let mut rows: Vec<_> = e
        .sections
        .iter()
        .map(|s| {
            row(
                s.title.get(lang).to_string(),
                &s.counts,
                s.exact.map(|r| r.text(lang)).unwrap_or_else(no_score),
            )
        })
        .collect();
    rows.push(row(
        t(i18n::SD_OVERALL).to_string(),
        &e.overall.counts,
        e.overall
            .exact_index
            .map(|r| r.text(lang))
            .unwrap_or_else(no_score),
    ));
    let counts_table = view! {
        <table class="data-table" data-testid="score-counts" tabindex="0">
            <caption>{t(i18n::SD_COUNTS_TITLE)}</caption>
            <thead><tr>
                <th scope="col">{t(i18n::SD_COL_PART)}</th>
                <th scope="col" class="num">{t(i18n::SD_COL_SCORE)}</th>
                <th scope="col" class="num">{t(i18n::SD_COL_MET)}</th>
                <th scope="col" class="num">{t(i18n::SD_COL_PARTLY)}</th>
                <th scope="col" class="num">{t(i18n::SD_COL_NOT_MET)}</th>
                <th scope="col" class="num">{t(i18n::SD_COL_NA)}</th>
                <th scope="col" class="num">{t(i18n::SD_COL_DONT_KNOW)}</th>
                <th scope="col" class="num">{t(i18n::SD_COL_UNANSWERED)}</th>
                <th scope="col" class="num">{t(i18n::SD_COL_NA_SHARE)}</th>
                <th scope="col" class="num">{t(i18n::SD_COL_DK_SHARE)}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    };
    let systems = e
        .systems
        .iter()
        .filter_map(|s| s.readiness.as_ref().map(|r| (s, r)))
        .map(|(s, r)| {
            let c = &r.counts;
            let score = r.exact.map(|x| x.text(lang)).unwrap_or_else(no_score);
            let duties = |ids: &[String]| ids.iter().map(|id| question_text(id)).collect::<Vec<_>>().join("; ");
            let unmet = (!r.unmet_duties.is_empty()).then(|| view! {
                <p>{t(i18n::SD_SYSTEM_UNMET)} ": " {duties(&r.unmet_duties)}</p>
            });
            let partly = (!r.partly_met_duties.is_empty()).then(|| view! {
                <p>{t(i18n::SD_SYSTEM_PARTLY)} ": " {duties(&r.partly_met_duties)}</p>
            });
            view! {
                <li data-system=s.id.clone()>
                    <p>
                        <strong>{s.name.clone()}</strong> " — " {s.triage.tier.label().get(lang).to_string()} ". "
                        {t(i18n::SD_SYSTEM_SCORE)} ": " {score} " (" {r.questions.len()} " " {t(i18n::SD_SYSTEM_QUESTIONS)} "; "
                        {t(i18n::SD_COL_MET)} " " {c.met} ", " {t(i18n::SD_COL_PARTLY)} " " {c.partly_met} ", "
                        {t(i18n::SD_COL_NOT_MET)} " " {c.not_met} ", " {t(i18n::SD_COL_NA)} " " {c.not_applicable} ", "
                        {t(i18n::SD_COL_DONT_KNOW)} " " {c.dont_know} ", " {t(i18n::SD_COL_UNANSWERED)} " " {c.unanswered} "). "
                        {s.obligations.len()} " " {t(i18n::SD_SYSTEM_OBLIGATIONS)}
                    </p>
                    {unmet}
                    {partly}
                </li>
            }
        })
        .collect_view();
    let na: Vec<_> = e
        .not_applicable()
        .into_iter()
        .map(|(question, _, reason)| {
            view! {
                <li data-question=question.to_string()>
                    <strong>{question_text(question)}</strong> " — " {reason.to_string()}
                </li>
            }
        })
        .collect();
    let na_list = if na.is_empty() {
        view! { <p>{t(i18n::SD_NA_NONE)}</p> }.into_any()
    } else {
        view! { <ul data-testid="na-list">{na}</ul> }.into_any()
    };
    view! {
        <section class="score-details" aria-labelledby="score-details-title" data-model=e.model>
            <h2 id="score-details-title">{t(i18n::SD_TITLE)}</h2>
            {reasons}
            {counts_table}
            <h3>{t(i18n::SD_SYSTEMS_TITLE)}</h3>
            <ul class="score-details__systems" data-testid="system-readiness">{systems}</ul>
            <h3>{t(i18n::SD_NA_TITLE)}</h3>
            {na_list}
            <p class="score-details__model">{t(i18n::SD_MODEL)} " " {e.model}</p>
        </section>
    }
}
