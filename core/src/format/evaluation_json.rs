//! The result of `sansang score` as JSON: everything in an [`Evaluation`], with texts in one language and
//! numbers both exact (`score`) and as a reader sees them (`score_text`: one decimal, 72,5 / 72.5).

use serde_json::{json, Value};

use crate::domain::locale::format_score;
use crate::domain::{
    Action, Catalog, Confidence, Counting, DueBy, Evaluation, Item, Lang, ObligationCheck,
    SystemResult,
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
        },
        "systems": evaluation.systems.iter().map(|s| system(s, lang)).collect::<Vec<_>>(),
        "sections": evaluation.sections.iter().map(|section| json!({
            "id": section.id,
            "title": section.title.get(lang),
            "weight": section.weight,
            "score": section.score,
            "score_text": section.score.map(|s| format_score(s, lang)),
            "confidence": confidence(&section.confidence),
            "top_costs": section.costs.iter().take(COSTS_SHOWN).map(|cost| json!({
                "question": cost.question,
                "points": cost.points,
                "points_text": format_score(cost.points, lang),
                "level": cost.level,
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "overall": {
            "index": overall.index,
            "index_text": overall.index.map(|s| format_score(s, lang)),
            "not_assessed": overall.not_assessed(),
            "band": band(overall.band).map(|b| b.id.as_str()),
            "band_label": band(overall.band).map(|b| b.label.get(lang)),
            "band_before_gates": band(overall.uncapped_band).map(|b| b.id.as_str()),
            "provisional": overall.provisional,
            "gates": overall.gates.iter().map(|gate| json!({
                "kind": gate.kind.id(),
                "cap": gate.cap,
                "lowered": gate.lowered,
                "duties": gate.duties,
                "systems": gate.systems,
            })).collect::<Vec<_>>(),
            "confidence": confidence(&overall.confidence),
        },
        "flags": evaluation.items.iter().filter(|item| item.visible && !item.flags.is_empty())
            .map(|item| flags(item, lang)).collect::<Vec<_>>(),
        "lift": evaluation.lift.iter().map(|step| json!({
            "question": step.question,
            "section": step.section,
            "from_level": step.from,
            "duty": step.duty,
            "opens_gate": step.opens_gate,
            "index_after": step.index,
            "band_after": band(Some(step.band)).map(|b| b.id.as_str()),
        })).collect::<Vec<_>>(),
        "plan": evaluation.plan.iter().map(|a| action(catalog, a, lang)).collect::<Vec<_>>(),
    })
}

fn confidence(confidence: &Confidence) -> Value {
    json!({
        "coverage": confidence.coverage(),
        "evidence_rate": confidence.evidence_rate(),
        "uncertainty": confidence.uncertainty(),
        "visible": confidence.visible,
        "answered": confidence.answered,
        "counted": confidence.counted,
        "dont_know": confidence.dont_know,
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
