//! The one link decoder the app has: the URL fragment (`#/assessments/{id}/questions/{section}`), which
//! anyone can write into a link. The app's own `route.rs` is compiled here as it is (it needs only
//! `sansang_core`), so the fuzzer runs the real parser without the browser crates. Any text gives a route,
//! and the link of a route parses back to that route.

#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../src/app/route.rs"]
#[allow(dead_code)]
mod route;

use route::Route;

fuzz_target!(|bytes: &[u8]| {
    let Ok(fragment) = std::str::from_utf8(bytes) else {
        return;
    };
    let parsed = Route::parse(fragment);
    if parsed != Route::NotFound {
        let href = parsed.href();
        let again = Route::parse(href.strip_prefix('#').unwrap_or(&href));
        assert_eq!(again, parsed, "{href}");
    }
});
