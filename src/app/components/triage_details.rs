//! What triage adds beyond the tier, for one system: the provisional note and both outcomes of an
//! unresolved system, the findings ("review recommended") with their reasons, and the basis of each dated
//! deadline with its confirmation status. Everything is computed in the core (`TriageResult`); this component
//! only shows it. Self-contained (the result and the language), so the triage page and the results page can
//! both mount it under the tier.

use leptos::prelude::*;
use sansang_core::domain::{Lang, TriageResult};

use crate::i18n;

/// The unresolved state, the findings and the deadline bases of one triage result.
#[component]
pub fn TriageDetails(result: TriageResult, lang: Lang) -> impl IntoView {
    let t = move |s: i18n::Tr| s.get(lang);
    let provisional = result.provisional();
    let outcomes = result
        .outcomes
        .iter()
        .map(|outcome| {
            let heading = if outcome.listed {
                t(i18n::OUTCOME_IF_LISTED)
            } else {
                t(i18n::OUTCOME_IF_NOT_LISTED)
            };
            let tier = outcome.tier.label().get(lang).to_string();
            let reason = outcome.reason.get(lang).to_string();
            let count = outcome.obligations.len();
            view! {
                <li class="outcome" data-tier=outcome.tier.id()>
                    <strong>{heading} ": " {tier}</strong>
                    " (" {t(i18n::OBLIGATIONS)} ": " {count} ")"
                    <p>{reason}</p>
                </li>
            }
        })
        .collect_view();
    let findings = result
        .findings
        .iter()
        .map(|finding| {
            view! {
                <li class="finding" data-finding=finding.id.clone()>
                    <strong>{finding.title.get(lang).to_string()}</strong>
                    <p>{finding.reason.get(lang).to_string()}</p>
                </li>
            }
        })
        .collect_view();
    let has_findings = !result.findings.is_empty();
    let bases = result
        .obligations
        .iter()
        .filter_map(|o| o.basis.as_ref().filter(|b| b.rule.is_some()).map(|b| (o, b)))
        .map(|(o, basis)| {
            view! {
                <li>
                    <strong>{o.title.get(lang).to_string()}</strong> ": " {basis.label.get(lang).to_string()}
                    {(!basis.confirmed).then(|| view! {
                        " " <span class="badge badge--unconfirmed">{t(i18n::DEADLINE_UNCONFIRMED)}</span>
                    })}
                </li>
            }
        })
        .collect_view();
    let has_bases = result
        .obligations
        .iter()
        .any(|o| o.basis.as_ref().is_some_and(|b| b.rule.is_some()));
    view! {
        <div class="triage-details">
            {provisional.then(|| view! {
                <p class="hint hint--warning" data-testid="provisional">{t(i18n::TIER_UNRESOLVED_NOTE)}</p>
                <ul class="outcomes">{outcomes}</ul>
            })}
            {has_findings.then(|| view! {
                <h3>{t(i18n::FINDINGS_TITLE)}</h3>
                <ul class="findings">{findings}</ul>
            })}
            {has_bases.then(|| view! {
                <h3>{t(i18n::DEADLINE_BASIS)}</h3>
                <ul class="deadline-bases">{bases}</ul>
            })}
        </div>
    }
}
