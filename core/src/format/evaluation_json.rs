//! The result of `sansang score` as JSON: everything in an [`Evaluation`], with texts in one language and
//! numbers three ways: as a float (`score`), as an exact fraction where model 2 has one (`score_exact`:
//! `[numerator, denominator]`) and as a reader sees them (`score_text`: docs/scoring.md §9, 72,5 / 72.5 / 80).

use serde_json::{json, Value};

use crate::domain::locale::{format_percent, format_score};
use crate::domain::{
    gate_sentence, Action, Catalog, Confidence, Counting, Counts, DueBy, Evaluation, FigureChange,
    Item, Lang, ObligationCheck, ProvisionalReason, Ratio, SystemResult,
};

/// How many cost items each section lists.
pub const COSTS_SHOWN: usize = 5;

/// The whole result.
pub fn evaluation(catalog: &Catalog, evaluation: &Evaluation, lang: Lang) -> Value {
    let settings = &evaluation.settings;
    let band = |index: Option<usize>| index.and_then(|i| settings.bands.get(i));
    let overall = &evaluation.overall;
    json!({
        "model": evaluation.model,
        "model_version": evaluation.model,
        "language": lang.code(),
        "questionnaires": evaluation.questionnaires.iter().map(|q| json!({
            "kind": q.kind.id(), "id": q.id, "version": q.version.to_string(),
        })).collect::<Vec<_>>(),
        "settings": {
            "section_weights": settings.section_weights.iter()
                .map(|(id, weight)| json!({"section": id, "weight": weight})).collect::<Vec<_>>(),
            "bands": settings.bands.iter()
                .map(|b| json!({"id": b.id, "min": b.min, "label": b.label.get(lang)})).collect::<Vec<_>>(),
            "gate_band": settings.gate_band,
            "evidence_level": settings.evidence_level,
            "top_level": settings.top_level,
            "tau": settings.tau,
            "max_not_applicable_percent": settings.max_not_applicable_percent,
            "max_dont_know_percent": settings.max_dont_know_percent,
        },
        "systems": evaluation.systems.iter().map(|s| system(s, lang)).collect::<Vec<_>>(),
        "sections": evaluation.sections.iter().map(|section| json!({
            "id": section.id,
            "title": section.title.get(lang),
            "weight": section.weight,
            "score": section.score,
            "score_exact": exact(section.exact),
            "score_text": text(section.score, section.exact, lang),
            "counts": counts(&section.counts),
            "confidence": confidence(&section.confidence, lang),
            "provisional": !section.provisional.is_empty(),
            "provisional_reasons": reasons(&section.provisional, lang),
            "top_costs": section.costs.iter().take(COSTS_SHOWN).map(|cost| json!({
                "question": cost.question,
                "points": cost.points,
                "points_exact": exact(Some(cost.exact)),
                "points_text": cost.exact.text(lang),
                "level": cost.level,
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "overall": {
            "index": overall.index,
            "index_exact": exact(overall.exact_index),
            "index_text": text(overall.index, overall.exact_index, lang),
            "not_assessed": overall.not_assessed(),
            "band": band(overall.band).map(|b| b.id.as_str()),
            "band_label": band(overall.band).map(|b| b.label.get(lang)),
            "band_before_gates": band(overall.uncapped_band).map(|b| b.id.as_str()),
            "provisional": overall.provisional,
            "provisional_reasons": reasons(&overall.provisional_reasons, lang),
            "counts": counts(&overall.counts),
            "held_by": overall.held_by.as_ref().map(|hold| json!({
                "kind": hold.kind.id(),
                "band": band(Some(hold.band)).map(|b| b.id.as_str()),
                "index_band": band(hold.index_band).map(|b| b.id.as_str()),
                "duties": hold.duties,
                "systems": hold.systems,
                "lifted_band": band(hold.lifted_band).map(|b| b.id.as_str()),
                "sentence": gate_sentence(catalog, evaluation).map(|t| t.get(lang).to_string()),
            })),
            "gates": overall.gates.iter().map(|gate| json!({
                "kind": gate.kind.id(),
                "cap": gate.cap,
                "lowered": gate.lowered,
                "duties": gate.duties,
                "systems": gate.systems,
            })).collect::<Vec<_>>(),
            "confidence": confidence(&overall.confidence, lang),
        },
        "not_applicable": evaluation.not_applicable().into_iter().map(|(question, section, reason)| json!({
            "question": question, "section": section, "reason": reason,
        })).collect::<Vec<_>>(),
        "flags": evaluation.items.iter().filter(|item| item.visible && !item.flags.is_empty())
            .map(|item| flags(item, lang)).collect::<Vec<_>>(),
        "lift": evaluation.lift.iter().map(|step| json!({
            "question": step.question,
            "section": step.section,
            "from_level": step.from,
            "duty": step.duty,
            "opens_gate": step.opens_gate,
            "index_after": step.index,
            "index_after_text": text(Some(step.index), step.exact, lang),
            "band_after": band(Some(step.band)).map(|b| b.id.as_str()),
        })).collect::<Vec<_>>(),
        "plan": evaluation.plan.iter().map(|a| action(catalog, a, lang)).collect::<Vec<_>>(),
    })
}

/// The figures model 2 changes, as JSON.
pub fn changes(changes: &[FigureChange]) -> Value {
    changes
        .iter()
        .map(|c| json!({"figure": c.figure, "model_1": c.model1, "model_2": c.model2}))
        .collect()
}

fn exact(ratio: Option<Ratio>) -> Value {
    ratio.map_or(Value::Null, |r| json!([r.num, r.den]))
}

/// The displayed figure: from the exact value when there is one.
fn text(value: Option<f64>, exact: Option<Ratio>, lang: Lang) -> Option<String> {
    match (exact, value) {
        (Some(exact), _) => Some(exact.text(lang)),
        (None, Some(value)) => Some(format_score(value, lang)),
        (None, None) => None,
    }
}

fn counts(counts: &Counts) -> Value {
    json!({
        "met": counts.met,
        "partly_met": counts.partly_met,
        "not_met": counts.not_met,
        "not_applicable": counts.not_applicable,
        "dont_know": counts.dont_know,
        "unanswered": counts.unanswered,
        "visible": counts.visible(),
    })
}

fn reasons(reasons: &[ProvisionalReason], lang: Lang) -> Value {
    reasons
        .iter()
        .map(|reason| json!({"id": reason.id(), "message": reason.message().get(lang)}))
        .collect()
}

fn confidence(confidence: &Confidence, lang: Lang) -> Value {
    let share = |part: usize, whole: usize| format_percent(part as u64, whole as u64, lang);
    let uncertainty_base = match confidence.model {
        crate::domain::ModelVersion::V1 => confidence.counted,
        crate::domain::ModelVersion::V2 => confidence.visible,
    };
    json!({
        "coverage": confidence.coverage(),
        "coverage_text": share(confidence.covered(), confidence.visible),
        "evidence_rate": confidence.evidence_rate(),
        "evidence_rate_text": share(confidence.evidenced, confidence.high),
        "uncertainty": confidence.uncertainty(),
        "uncertainty_text": share(confidence.dont_know, uncertainty_base),
        "not_applicable_share": confidence.not_applicable_share(),
        "not_applicable_share_text": share(confidence.not_applicable, confidence.visible),
        "visible": confidence.visible,
        "answered": confidence.answered,
        "known": confidence.known,
        "counted": confidence.counted,
        "dont_know": confidence.dont_know,
        "not_applicable": confidence.not_applicable,
    })
}

fn flags(item: &Item, lang: Lang) -> Value {
    json!({
        "question": item.question,
        "flags": item.flags.iter().map(|flag| json!({
            "id": flag.id(), "message": flag.message().get(lang),
        })).collect::<Vec<_>>(),
    })
}

/// A deadline as JSON, with a sentence in `lang`.
pub fn deadline(due: &DueBy, lang: Lang) -> Value {
    match due {
        DueBy::BeforeUse => json!({
            "kind": "before_use",
            "text": if lang == Lang::Vi { "trước khi đưa vào sử dụng" } else { "before use" },
        }),
        DueBy::Date { date, label } => json!({
            "kind": "date",
            "date": date.iso(),
            "text": if lang == Lang::Vi {
                format!("trước ngày {}", date.format(lang))
            } else {
                format!("before {}", date.format(lang))
            },
            "transition": label.as_ref().map(|label| label.get(lang)),
        }),
        DueBy::Hours { hours, after } => json!({
            "kind": "hours",
            "hours": hours,
            "text": if lang == Lang::Vi {
                format!("trong {hours} giờ kể từ {}", after.vi)
            } else {
                format!("within {hours} hours after {}", after.en)
            },
        }),
    }
}

fn system(system: &SystemResult, lang: Lang) -> Value {
    let triage = &system.triage;
    json!({
        "id": system.id,
        "name": system.name,
        "tier": triage.tier.id(),
        "tier_label": triage.tier.label().get(lang),
        "in_scope": system.in_scope(),
        "reason": triage.reason.get(lang),
        "roles": triage.roles.iter().map(|r| r.id()).collect::<Vec<_>>(),
        "provisional": triage.provisional(),
        "outcomes": triage.outcomes.iter().map(|o| json!({
            "listed": o.listed, "tier": o.tier.id(), "reason": o.reason.get(lang),
            "obligations": o.obligations,
        })).collect::<Vec<_>>(),
        "findings": triage.findings.iter().map(|f| json!({
            "id": f.id, "title": f.title.get(lang), "reason": f.reason.get(lang),
            "cites": f.cites.iter().map(ToString::to_string).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "transition": triage.transition.as_ref().map(|t| json!({
            "id": t.id, "date": t.date.iso(), "label": t.label.get(lang),
            "confirmed": t.confirmed,
            "cites": t.cites.iter().map(ToString::to_string).collect::<Vec<_>>(),
        })),
        "obligations": system.obligations.iter().map(|o| obligation(o, lang)).collect::<Vec<_>>(),
        "readiness": system.readiness.as_ref().map(|r| json!({
            "questions": r.questions,
            "score": r.score,
            "score_exact": exact(r.exact),
            "score_text": text(r.score, r.exact, lang),
            "counts": counts(&r.counts),
            "unmet_duties": r.unmet_duties,
            "partly_met_duties": r.partly_met_duties,
        })),
    })
}

fn obligation(check: &ObligationCheck, lang: Lang) -> Value {
    let obligation = &check.obligation;
    json!({
        "id": obligation.id,
        "title": obligation.title.get(lang),
        "status": check.status.id(),
        "status_label": check.status.label().get(lang),
        "deadline": obligation.deadline.as_ref().map(|due| deadline(due, lang)),
        "deadline_basis": obligation.basis.as_ref().map(|b| json!({
            "rule": b.rule, "label": b.label.get(lang), "confirmed": b.confirmed,
            "cites": b.cites.iter().map(ToString::to_string).collect::<Vec<_>>(),
        })),
        "check_by_hand": obligation.check_by_hand,
        "evidenced_by": check.questions,
    })
}

fn action(catalog: &Catalog, action: &Action, lang: Lang) -> Value {
    let answer = match &action.counting {
        Counting::Unanswered => "unanswered",
        Counting::DontKnow => "dont_know",
        Counting::Level { .. } => "level",
        Counting::NotApplicable { .. } => "not_applicable",
    };
    json!({
        "question": action.question,
        "section": action.section,
        "group": action.group.id(),
        "answer": answer,
        "level": action.level,
        "weight": action.weight,
        "priority": action.priority,
        "recommendation": action.recommendation.get(lang),
        "citations": action.citations.iter().map(|c| json!({
            "citation": c.citation.to_string(),
            "label": catalog.sources.resolve(&c.citation).map(|cited| cited.label(lang)),
            "subject_to_confirmation": c.subject_to_confirmation,
        })).collect::<Vec<_>>(),
        "deadline": action.deadline.as_ref().map(|due| deadline(due, lang)),
        "obligations": action.obligations.iter().map(|o| json!({
            "system": o.system, "obligation": o.obligation,
        })).collect::<Vec<_>>(),
        "owner": action.entry.as_ref().map(|e| e.owner.as_str()),
        "due": action.entry.as_ref().and_then(|e| e.due).map(|d| d.iso()),
        "status": action.entry.as_ref().map(|e| e.status.id()),
    })
}
