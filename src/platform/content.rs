//! Fetches the content bundle (`content.json`, next to index.html: same origin, cached by the service worker).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why the content could not be fetched.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("no browser window")]
    NoWindow,
    #[error("the request failed (offline before the first visit?)")]
    Network,
    #[error("HTTP status {0}")]
    Status(u16),
    #[error("the response could not be read")]
    Body,
}

/// The text of a file next to index.html (a relative URL, so any host path works).
pub async fn fetch_text(relative_url: &str) -> Result<String, FetchError> {
    let window = web_sys::window().ok_or(FetchError::NoWindow)?;
    let response = JsFuture::from(window.fetch_with_str(relative_url))
        .await
        .map_err(|_| FetchError::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let text = JsFuture::from(response.text().map_err(|_| FetchError::Body)?)
        .await
        .map_err(|_| FetchError::Body)?;
    text.as_string().ok_or(FetchError::Body)
}
