//! The on-demand module's requests (issue 9): features not every visitor needs run in a second wasm module, a
//! web worker built by trunk (`src/bin/worker.rs`) and started only when first used. A request is text, a reply
//! is a file: its name and bytes. The report writers plug in here as further request kinds.
//!
//! Request: `KIND\nDATE\nBODY`, where KIND is `export-json`, DATE the local date `YYYY-MM-DD` for the file name
//! and BODY an assessment document. Reply: the file, or the problems (bilingual, one a line).

use sansang_core::domain::{Date, Lang};
use sansang_core::format::{decode_assessment, encode_assessment};

/// A file the worker made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct File {
    /// The suggested file name.
    pub name: String,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

/// Handles one request. Never panics: anything unexpected is an error text.
pub fn handle(request: &str) -> Result<File, String> {
    let mut lines = request.splitn(3, '\n');
    let (kind, date, body) = (lines.next(), lines.next(), lines.next());
    let date = date
        .and_then(Date::parse_iso)
        .ok_or("worker: a request needs a date (YYYY-MM-DD) / yêu cầu cần có ngày (YYYY-MM-DD)")?;
    match (kind, body) {
        (Some("export-json"), Some(body)) => {
            let assessment = decode_assessment(body).map_err(|problems| {
                problems
                    .iter()
                    .map(|p| format!("{} / {}", p.display(Lang::Vi), p.display(Lang::En)))
                    .collect::<Vec<_>>()
                    .join("\n")
            })?;
            Ok(File {
                name: format!("sansang-{}-{}.json", assessment.id, date.iso()),
                bytes: encode_assessment(&assessment).into_bytes(),
            })
        }
        _ => Err("worker: unknown request / yêu cầu không xác định".into()),
    }
}
