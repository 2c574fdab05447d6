//! Files in and out: downloading a text as a file (Blob + object URL + a temporary link), and reading a
//! file the user picked. Nothing here leaves the device: a download is written by the browser to the user's
//! disk, and a picked file is read locally.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Offers `text` as a download named `filename`.
pub fn download(filename: &str, text: &str, mime: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| "the file could not be prepared")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "no object URL")?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| "no link")?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(filename);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// The bytes of a file the user picked. `limit`: files larger than this are not read at all.
pub async fn read_file(file: &web_sys::File, limit: usize) -> Result<Vec<u8>, ReadError> {
    if file.size() > limit as f64 {
        return Err(ReadError::TooLarge);
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| ReadError::Unreadable)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Why a picked file could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadError {
    /// Larger than the import limit; it was not read.
    TooLarge,
    /// The browser could not read it.
    Unreadable,
}

/// The file picked in the `<input type="file">` an event came from, clearing the input so that picking the
/// same file again fires another change.
pub fn take_picked_file(event: &web_sys::Event) -> Option<web_sys::File> {
    let input = event
        .target()?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?;
    let file = input.files().and_then(|files| files.get(0));
    input.set_value("");
    file
}
