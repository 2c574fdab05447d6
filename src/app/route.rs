//! Hash routes. The app lives in one `index.html` and routes on the URL fragment (`#/assessments`), so the
//! built `dist/` works from any path of any static host: no server rewrite rules, no absolute URLs.
//! A fragment is untrusted input: anything that is not a known route is [`Route::NotFound`].

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    /// `#/` — what the tool is.
    Home,
    /// `#/assessments` — the assessment library.
    Library,
    /// `#/assessments/{id}` — one assessment's questionnaire.
    Assessment(String),
    /// `#/assessments/{id}/results` — one assessment's results.
    Results(String),
    /// `#/reports` — consultant reports.
    Reports,
    /// `#/workshop` — the trainer's group view.
    Workshop,
    /// `#/how-scores-work` — the scoring model, explained.
    HowScoresWork,
    /// Anything else.
    NotFound,
}

/// The longest assessment id a route accepts.
const MAX_ID_LEN: usize = 64;

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

impl Route {
    /// Parses a fragment without its `#` (`/assessments/abc`). A trailing slash and a query part are ignored.
    pub fn parse(fragment: &str) -> Route {
        let path = fragment.split('?').next().unwrap_or_default();
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        match segments.as_slice() {
            [] => Route::Home,
            ["assessments"] => Route::Library,
            ["assessments", id] if valid_id(id) => Route::Assessment(id.to_string()),
            ["assessments", id, "results"] if valid_id(id) => Route::Results(id.to_string()),
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
            Route::Assessment(id) => format!("#/assessments/{id}"),
            Route::Results(id) => format!("#/assessments/{id}/results"),
            Route::Reports => "#/reports".to_string(),
            Route::Workshop => "#/workshop".to_string(),
            Route::HowScoresWork => "#/how-scores-work".to_string(),
            Route::NotFound => "#/not-found".to_string(),
        }
    }
}
