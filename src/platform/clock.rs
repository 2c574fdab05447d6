//! The clock and the random source: the only places the app reads either. The domain receives their values.

use sansang_core::domain::Timestamp;

/// Now, in milliseconds since the Unix epoch.
pub fn now() -> Timestamp {
    Timestamp(js_sys::Date::now().max(0.0) as u64)
}

/// A new id with `prefix`: the current time and 6 random base-36 characters (`a-mfx3k2-8q0z1c`).
pub fn new_id(prefix: &str) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut time = now().0;
    let mut stamp = Vec::new();
    while time > 0 {
        stamp.push(DIGITS[(time % 36) as usize]);
        time /= 36;
    }
    stamp.reverse();
    let random: String = (0..6)
        .map(|_| DIGITS[(js_sys::Math::random() * 36.0) as usize % 36] as char)
        .collect();
    format!("{prefix}-{}-{random}", String::from_utf8_lossy(&stamp))
}

/// `t` shifted into the browser's local time zone, for display ("last change 23/11/2026 20:15").
pub fn local(t: Timestamp) -> Timestamp {
    let offset_minutes =
        js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(t.0 as f64)).get_timezone_offset();
    let shifted = t.0 as f64 - offset_minutes * 60_000.0;
    Timestamp(shifted.max(0.0) as u64)
}
