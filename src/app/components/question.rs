//! Question cards. A card shows one question and reports the user's answer through a callback; it never
//! decides what an answer is worth. Native radio buttons and checkboxes give keyboard operation for free
//! (Tab between groups, arrows within a group).

use std::sync::Arc;

use leptos::prelude::*;
use sansang_core::domain::{
    is_safe_link, AnswerValue, Catalog, Date, Evidence, Question, QuestionKind, Scale,
};

use crate::app::components::citations::Citations;
use crate::app::draft::DraftText;
use crate::app::text::{t, tx};
use crate::i18n;

/// The element id of a question card (for "next unanswered" and deep links).
pub fn card_id(question_id: &str) -> String {
    format!("q-{}", question_id.replace('.', "-"))
}

/// A profile or triage question: one choice, several choices, free text or a date.
#[component]
pub fn ChoiceQuestion(
    catalog: Arc<Catalog>,
    question: Question,
    #[prop(into)] answer: Signal<Option<AnswerValue>>,
    #[prop(into)] on_change: Callback<Option<AnswerValue>>,
) -> impl IntoView {
    let id = question.id.clone();
    let text = question.text.clone();
    let help = question.help.clone();
    let input_name = card_id(&id);
    let body = match question.kind.clone() {
        QuestionKind::Single(options) | QuestionKind::Multi(options) => {
            let multi = matches!(question.kind, QuestionKind::Multi(_));
            options
                .into_iter()
                .map(|option| {
                    let option_id = option.id.clone();
                    let checked_id = option.id.clone();
                    let name = input_name.clone();
                    let checked = move || {
                        answer
                            .get()
                            .is_some_and(|a| a.chosen().contains(&checked_id))
                    };
                    let on_input = move |ev: leptos::ev::Event| {
                        let on = event_target_checked(&ev);
                        if multi {
                            let mut chosen: Vec<String> = answer
                                .get_untracked()
                                .map(|a| a.chosen().to_vec())
                                .unwrap_or_default();
                            chosen.retain(|c| c != &option_id);
                            if on {
                                chosen.push(option_id.clone());
                            }
                            on_change.run(Some(AnswerValue::Choices(chosen)));
                        } else if on {
                            on_change.run(Some(AnswerValue::Choice(option_id.clone())));
                        }
                    };
                    let label = option.label.clone();
                    let value = option.id.clone();
                    view! {
                        <label class="choice">
                            <input
                                type=if multi { "checkbox" } else { "radio" }
                                name=name
                                value=value
                                prop:checked=checked
                                on:change=on_input
                            />
                            <span>{tx(&label)}</span>
                        </label>
                    }
                })
                .collect_view()
                .into_any()
        }
        QuestionKind::Text => view! {
            <DraftText
                normalize=crate::app::draft::blank_is_empty
                labelledby=format!("{input_name}-label")
                saved=Memo::new(move |_| match answer.get() {
                    Some(AnswerValue::Text(text)) => text,
                    _ => String::new(),
                })
                on_save=move |value: String| {
                    on_change.run((!value.trim().is_empty()).then_some(AnswerValue::Text(value)));
                }
            />
        }
        .into_any(),
        QuestionKind::Date => view! {
            <input
                type="date"
                class="text-input"
                aria-labelledby=format!("{input_name}-label")
                prop:value=move || match answer.get() {
                    Some(AnswerValue::Date(date)) => date.iso(),
                    _ => String::new(),
                }
                on:change=move |ev| {
                    on_change.run(Date::parse_iso(&event_target_value(&ev)).map(AnswerValue::Date));
                }
            />
        }
        .into_any(),
        QuestionKind::Scored(_) => ().into_any(),
    };
    view! {
        <fieldset class="question" id=card_id(&id) data-question=id.clone()>
            <legend id=format!("{input_name}-label") class="question__text">{tx(&text)}</legend>
            {help.map(|help| view! {
                <details class="question__help">
                    <summary>{t(i18n::HELP_SUMMARY)}</summary>
                    <p>{tx(&help)}</p>
                </details>
            })}
            <div class="question__options">{body}</div>
            {(!question.cites.is_empty()).then(|| view! { <Citations catalog=catalog cites=question.cites.clone()/> })}
        </fieldset>
    }
}

/// The radio value of an answer on the readiness scale.
fn radio_value(answer: &AnswerValue) -> String {
    match answer {
        AnswerValue::Level(level) => format!("level-{level}"),
        AnswerValue::DontKnow => "dont_know".to_string(),
        AnswerValue::NotApplicable { .. } => "na".to_string(),
        _ => String::new(),
    }
}

/// A readiness question: the scale with this question's descriptor for each level, "don't know", "not
/// applicable" with its reason, notes and evidence links, help and the legal basis.
#[component]
pub fn ScoredQuestion(
    catalog: Arc<Catalog>,
    question: Question,
    scale: Scale,
    /// Whether the question carries a legal duty that binds this organisation.
    #[prop(into)]
    binding_duty: Signal<bool>,
    #[prop(into)] answer: Signal<Option<AnswerValue>>,
    #[prop(into)] evidence: Signal<Evidence>,
    #[prop(into)] on_change: Callback<Option<AnswerValue>>,
    #[prop(into)] on_evidence: Callback<Evidence>,
) -> impl IntoView {
    let Some(scored) = question.scored().cloned() else {
        return ().into_any();
    };
    let id = question.id.clone();
    let name = card_id(&id);
    let current = move || answer.get().map(|a| radio_value(&a)).unwrap_or_default();
    let top = scale.top();

    let levels = scale
        .levels
        .iter()
        .zip(scored.levels.iter())
        .map(|(level, descriptor)| {
            let value = format!("level-{}", level.value);
            let number = level.value;
            let label = level.label.clone();
            let descriptor = descriptor.clone();
            let name = name.clone();
            let checked_value = value.clone();
            view! {
                <label class="level">
                    <input
                        type="radio"
                        name=name
                        value=value
                        prop:checked=move || current() == checked_value
                        on:change=move |_| on_change.run(Some(AnswerValue::Level(number)))
                    />
                    <span class="level__body">
                        <span class="level__label">{number} " · " {tx(&label)}</span>
                        <span class="level__descriptor">{tx(&descriptor)}</span>
                    </span>
                </label>
            }
        })
        .collect_view();

    let is_na = Memo::new(move |_| matches!(answer.get(), Some(AnswerValue::NotApplicable { .. })));
    let na_reason = Memo::new(move |_| match answer.get() {
        Some(AnswerValue::NotApplicable { reason }) => reason,
        _ => String::new(),
    });
    let note = Memo::new(move |_| evidence.get().note);
    let links = Memo::new(move |_| evidence.get().links);
    let recorded = Memo::new(move |_| evidence.get().is_recorded());
    let help = question.help.clone();
    let evidence_hint = scored.evidence.clone();
    let text = question.text.clone();
    let name_dk = name.clone();
    let name_na = name.clone();

    view! {
        <article class="q-card" id=name.clone() data-question=id.clone()>
            <fieldset class="question">
                <legend class="question__text">
                    {tx(&text)}
                    {move || binding_duty.get().then(|| view! {
                        " " <span class="badge badge--duty">{t(i18n::LEGAL_DUTY)}</span>
                    })}
                </legend>
                <div class="question__options">
                    {levels}
                    <label class="level level--other">
                        <input
                            type="radio"
                            name=name_dk
                            value="dont_know"
                            prop:checked=move || current() == "dont_know"
                            on:change=move |_| on_change.run(Some(AnswerValue::DontKnow))
                        />
                        <span class="level__label">{t(i18n::DONT_KNOW)}</span>
                    </label>
                    {scored.na.then(|| view! {
                        <label class="level level--other">
                            <input
                                type="radio"
                                name=name_na
                                value="na"
                                prop:checked=move || current() == "na"
                                on:change=move |_| on_change.run(Some(AnswerValue::NotApplicable { reason: String::new() }))
                            />
                            <span class="level__label">{t(i18n::NOT_APPLICABLE)}</span>
                        </label>
                    })}
                </div>
            </fieldset>
            <Show when=move || is_na.get()>
                <label class="field">
                    <span>{t(i18n::NA_REASON)}</span>
                    <DraftText multiline=true rows=2 maxlength=2000 saved=na_reason
                        invalid=Signal::derive(move || na_reason.get().trim().is_empty())
                        on_save=move |reason: String| on_change.run(Some(AnswerValue::NotApplicable { reason }))/>
                    <Show when=move || na_reason.get().trim().is_empty()>
                        <span class="field__error">{t(i18n::NA_REASON_MISSING)}</span>
                    </Show>
                </label>
            </Show>
            <Show when=move || answer.get() == Some(AnswerValue::Level(top)) && !recorded.get()>
                <p class="hint hint--warning">{t(i18n::LEVEL_NEEDS_EVIDENCE)}</p>
            </Show>
            <Show when=move || answer.get().is_some()>
                <button type="button" class="button button--link q-card__clear" on:click=move |_| on_change.run(None)>
                    {t(i18n::CLEAR_ANSWER)}
                </button>
            </Show>
            {help.map(|help| view! {
                <details class="question__help">
                    <summary>{t(i18n::HELP_SUMMARY)}</summary>
                    <p>{tx(&help)}</p>
                </details>
            })}
            <details class="question__help">
                <summary>{t(i18n::EVIDENCE_HINT_SUMMARY)}</summary>
                <p>{tx(&evidence_hint)}</p>
            </details>
            <details class="question__notes" open=recorded.get_untracked()>
                <summary>{t(i18n::NOTE_LABEL)}</summary>
                <label class="field">
                    <span>{t(i18n::NOTE_HINT)}</span>
                    <DraftText multiline=true rows=3 maxlength=10000 saved=note testid="note"
                        on_save=move |value: String| {
                            let mut next = evidence.get_untracked();
                            next.note = value;
                            on_evidence.run(next);
                        }/>
                </label>
                <label class="field">
                    <span>{t(i18n::LINKS_LABEL)}</span>
                    <DraftText multiline=true rows=2 maxlength=20000 testid="links" normalize=crate::app::draft::lines
                        saved=Memo::new(move |_| links.get().join("\n"))
                        on_save=move |value: String| {
                            let mut next = evidence.get_untracked();
                            next.links = value
                                .lines()
                                .map(str::trim)
                                .filter(|l| !l.is_empty())
                                .map(str::to_string)
                                .collect();
                            on_evidence.run(next);
                        }/>
                </label>
                <ul class="evidence-links">
                    {move || links.get().into_iter().map(|link| {
                        if is_safe_link(&link) {
                            view! { <li><a href=link.clone() target="_blank" rel="noopener noreferrer">{link.clone()}</a></li> }.into_any()
                        } else {
                            view! { <li><span class="evidence-links__unsafe">{link.clone()}</span> " (" {t(i18n::LINK_NOT_HTTP)} ")"</li> }.into_any()
                        }
                    }).collect_view()}
                </ul>
            </details>
            {(!question.cites.is_empty()).then(|| view! { <Citations catalog=catalog cites=question.cites.clone()/> })}
        </article>
    }
    .into_any()
}
