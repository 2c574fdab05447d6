//! Hash routes. The app lives in one `index.html` and routes on the URL fragment (`#/assessments`), so the
//! built `dist/` works from any path of any static host: no server rewrite rules, no absolute URLs.
//! A fragment is untrusted input: anything that is not a known route is [`Route::NotFound`].

use sansang_core::domain::is_valid_id;

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `#/` — what the tool is.
    Home,
    /// `#/assessments` — the assessment library.
    Library,
    /// `#/assessments/{id}/…` — one assessment, at one step.
    Assessment(String, Step),
    /// `#/reports` — consultant reports.
    Reports,
    /// `#/workshop` — the trainer's group view.
    Workshop,
    /// `#/how-scores-work` — the scoring model, explained.
    HowScoresWork,
    /// Anything else.
    NotFound,
}

/// A step of an assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Step {
    /// `…/profile` (also `#/assessments/{id}`) — the organisation profile.
    Profile,
    /// `…/systems` — the AI systems in scope.
    Systems,
    /// `…/systems/{system}` or `…/systems/{system}/{n}` — one system's risk triage, at its step `n` (the first
    /// step when absent; the step after the last topic is the result).
    System(String, usize),
    /// `…/questions` or `…/questions/{section}` — the readiness questionnaire.
    Questions(Option<String>),
    /// `…/results`, `…/results/sections`, `…/results/systems`, `…/results/plan` — the summary, then the detail.
    Results(ResultsView),
}

/// A page of the results: the summary first, the detail on pages of their own (each item shown once).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ResultsView {
    /// Band, index, confidence, the gates that hold and the top actions.
    #[default]
    Summary,
    /// Scores by section, with the items that cost the most and what would lift the band.
    Sections,
    /// Each AI system's tier and obligations.
    Systems,
    /// The whole action plan.
    Plan,
}

impl ResultsView {
    /// Every view, in reading order.
    pub const ALL: [ResultsView; 4] = [
        ResultsView::Summary,
        ResultsView::Sections,
        ResultsView::Systems,
        ResultsView::Plan,
    ];

    fn segment(self) -> Option<&'static str> {
        match self {
            ResultsView::Summary => None,
            ResultsView::Sections => Some("sections"),
            ResultsView::Systems => Some("systems"),
            ResultsView::Plan => Some("plan"),
        }
    }
}

/// The largest triage step number a link may carry.
const MAX_TRIAGE_STEP: usize = 32;

fn valid_section(id: &str) -> bool {
    !id.is_empty() && id.len() <= 64 && id.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
}

impl Route {
    /// Parses a fragment without its `#` (`/assessments/abc`). A trailing slash and a query part are ignored.
    pub fn parse(fragment: &str) -> Route {
        let path = fragment.split('?').next().unwrap_or_default();
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Route::Home,
            ["assessments"] => Route::Library,
            ["assessments", id, rest @ ..] if is_valid_id(id) => {
                let step = match rest {
                    [] | ["profile"] => Step::Profile,
                    ["systems"] => Step::Systems,
                    ["systems", system] if is_valid_id(system) => {
                        Step::System(system.to_string(), 0)
                    }
                    ["systems", system, n] if is_valid_id(system) => match n.parse::<usize>() {
                        Ok(step) if step <= MAX_TRIAGE_STEP && step.to_string() == *n => {
                            Step::System(system.to_string(), step)
                        }
                        _ => return Route::NotFound,
                    },
                    ["questions"] => Step::Questions(None),
                    ["questions", section] if valid_section(section) => {
                        Step::Questions(Some(section.to_string()))
                    }
                    ["results"] => Step::Results(ResultsView::Summary),
                    ["results", view] => match ResultsView::ALL
                        .into_iter()
                        .find(|v| v.segment() == Some(*view))
                    {
                        Some(view) => Step::Results(view),
                        None => return Route::NotFound,
                    },
                    _ => return Route::NotFound,
                };
                Route::Assessment(id.to_string(), step)
            }
            ["reports"] => Route::Reports,
            ["workshop"] => Route::Workshop,
            ["how-scores-work"] => Route::HowScoresWork,
            _ => Route::NotFound,
        }
    }

    /// The link to this route, relative to the current document (`#/assessments`).
    pub fn href(&self) -> String {
        match self {
            Route::Home => "#/".to_string(),
            Route::Library => "#/assessments".to_string(),
            Route::Assessment(id, step) => match step {
                Step::Profile => format!("#/assessments/{id}/profile"),
                Step::Systems => format!("#/assessments/{id}/systems"),
                Step::System(system, 0) => format!("#/assessments/{id}/systems/{system}"),
                Step::System(system, n) => format!("#/assessments/{id}/systems/{system}/{n}"),
                Step::Questions(None) => format!("#/assessments/{id}/questions"),
                Step::Questions(Some(section)) => format!("#/assessments/{id}/questions/{section}"),
                Step::Results(view) => match view.segment() {
                    None => format!("#/assessments/{id}/results"),
                    Some(segment) => format!("#/assessments/{id}/results/{segment}"),
                },
            },
            Route::Reports => "#/reports".to_string(),
            Route::Workshop => "#/workshop".to_string(),
            Route::HowScoresWork => "#/how-scores-work".to_string(),
            Route::NotFound => "#/not-found".to_string(),
        }
    }
}
