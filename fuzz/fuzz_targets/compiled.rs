//! The compiled content the app fetches (`content.json`): it comes over the network and through the
//! service worker's cache, so the app must survive any text there. `decode_catalog` never panics, and a
//! catalog it accepts is encoded and decoded back to the same text.

#![no_main]

use libfuzzer_sys::fuzz_target;
use sansang_core::format::compiled::{decode_catalog, encode_catalog};

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    if let Ok(catalog) = decode_catalog(text) {
        let encoded = encode_catalog(&catalog);
        let again = decode_catalog(&encoded).expect("an encoded catalog decodes");
        assert_eq!(encode_catalog(&again), encoded, "round trip");
    }
});
