//! An entry read back from the browser's storage (another tab, an older or newer version, or a user who
//! edited LocalStorage by hand can put anything there): `decode_assessment_bytes`, `decode_assessment`,
//! `decode_backup` and the lenient `peek_header` used to show an entry that cannot be decoded.

#![no_main]

use libfuzzer_sys::fuzz_target;
use sansang_core::format::assessment_file::{
    decode_backup, encode_backup, peek_header, MAX_NAME_CHARS,
};
use sansang_core::format::{
    decode_assessment, decode_assessment_bytes, encode_assessment, ProblemKind,
};

fuzz_target!(|bytes: &[u8]| {
    let decoded = decode_assessment_bytes(bytes);
    match &decoded {
        Ok(assessment) => {
            let text = encode_assessment(assessment);
            assert_eq!(
                decode_assessment(&text).as_ref(),
                Ok(assessment),
                "round trip"
            );
            // Encoding is stable: decode(encode(a)) encodes to the same text.
            assert_eq!(encode_assessment(&decode_assessment(&text).unwrap()), text);
        }
        Err(problems) => {
            assert!(!problems.is_empty());
            for problem in problems {
                assert!(ProblemKind::CODES.contains(&problem.code()), "{problem:?}");
            }
        }
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    assert_eq!(
        decode_assessment(text),
        decoded,
        "bytes and text decoders agree"
    );
    if let Some(header) = peek_header(text) {
        for field in [&header.name, &header.organisation].into_iter().flatten() {
            assert!(field.chars().count() <= MAX_NAME_CHARS);
        }
    }
    if let Ok(list) = decode_backup(text) {
        assert_eq!(
            decode_backup(&encode_backup(&list)),
            Ok(list),
            "backup round trip"
        );
    }
});
