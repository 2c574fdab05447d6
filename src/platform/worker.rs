//! The browser side of the on-demand module: inside the worker, reading requests and posting replies. The worker
//! first posts the string `ready` (messages sent before its wasm has started would be lost); then each reply is
//! an array `[name, bytes]` (a Uint8Array, transferred) or a string (the error).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

use crate::worker::File;

/// Serves requests with `handle` for the life of the worker.
pub fn serve(handle: fn(&str) -> Result<File, String>) {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message =
        Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let request = event.data().as_string().unwrap_or_default();
            let _ = match handle(&request) {
                Ok(file) => {
                    let bytes = js_sys::Uint8Array::from(file.bytes.as_slice());
                    let reply = js_sys::Array::of2(&JsValue::from_str(&file.name), &bytes);
                    reply_to
                        .post_message_with_transfer(&reply, &js_sys::Array::of1(&bytes.buffer()))
                }
                Err(error) => reply_to.post_message(&JsValue::from_str(&error)),
            };
        });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str("ready"));
}
