//! Fetches content files (`content/…`, next to index.html: same origin, relative URLs, cached by the service
//! worker).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a content file could not be fetched.
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

/// The bytes of a file next to index.html (a relative URL, so any host path works).
pub async fn fetch_bytes(relative_url: &str) -> Result<Vec<u8>, FetchError> {
    let window = web_sys::window().ok_or(FetchError::NoWindow)?;
    let response = JsFuture::from(window.fetch_with_str(relative_url))
        .await
        .map_err(|_| FetchError::Network)?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| FetchError::Body)?)
        .await
        .map_err(|_| FetchError::Body)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
