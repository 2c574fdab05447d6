//! Small text helpers shared by the renderers: choosing languages, escaping, base64.

use super::model::ReportLang;
use crate::domain::{Lang, Text};

/// The text in the report's language; for both languages, the two joined by `separator` (once when equal).
pub fn pick(lang: ReportLang, text: &Text, separator: &str) -> String {
    match lang {
        ReportLang::Vi => text.vi.clone(),
        ReportLang::En => text.en.clone(),
        ReportLang::Both if text.vi == text.en => text.vi.clone(),
        ReportLang::Both => format!("{}{separator}{}", text.vi, text.en),
    }
}

/// The languages whose version of `text` is shown: one when the two are equal.
pub fn shown(lang: ReportLang, text: &Text) -> Vec<Lang> {
    if lang == ReportLang::Both && text.vi == text.en {
        vec![Lang::Vi]
    } else {
        lang.langs().to_vec()
    }
}

/// Escapes text for HTML element content and attribute values.
pub fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c if c.is_control() && c != '\n' && c != '\t' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for Markdown: characters that Markdown or inline HTML would interpret are backslash-escaped
/// or written as an entity, so user text never becomes markup, a link, a list or a heading. Line-start
/// markers (`#`, `-`, `+`, `=`, `1.`) are escaped only at the start of a line, to keep the text readable.
pub fn md_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (n, line) in text.split('\n').enumerate() {
        if n > 0 {
            out.push('\n');
        }
        let body = line.trim_start();
        out.push_str(&line[..line.len() - body.len()]);
        let bytes = body.as_bytes();
        // A marker counts only where Markdown would read it as one: followed by a space or the end of the line
        // (`# x`, `- x`, `1. x`), or a line made of one repeated character (`---`, `===`).
        let marker_end = |at: usize| matches!(bytes.get(at), None | Some(b' ' | b'\t'));
        let digits = body.bytes().take_while(u8::is_ascii_digit).count();
        let ordered =
            digits > 0 && matches!(bytes.get(digits), Some(b'.' | b')')) && marker_end(digits + 1);
        let rule = !body.is_empty()
            && body.trim_end().bytes().all(|b| b == bytes[0])
            && matches!(bytes[0], b'-' | b'=');
        if (body.starts_with(['#', '-', '+']) && marker_end(1)) || rule {
            out.push('\\');
        }
        for (k, c) in body.chars().enumerate() {
            if ordered && k == digits {
                out.push('\\');
            }
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' => {
                    out.push('\\');
                    out.push(c);
                }
                c if c.is_control() => out.push('\u{fffd}'),
                c => out.push(c),
            }
        }
    }
    out
}

/// Base64 (standard alphabet, padded).
pub fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(ALPHABET[((n >> (18 - 6 * k)) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Resolves the five predefined XML entities, `&#39;` and other numeric character references (XML and the
/// escaping of [`html_escape`]).
pub fn unescape_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let Some(end) = tail.find(';').filter(|&e| e <= 10) else {
            out.push('&');
            rest = &tail[1..];
            continue;
        };
        let entity = &tail[1..end];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            _ => entity
                .strip_prefix("#x")
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| entity.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &tail[end + 1..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_rfc_examples() {
        for (input, output) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(input.as_bytes()), output);
        }
    }

    #[test]
    fn escaping_leaves_no_markup() {
        assert_eq!(
            html_escape("<script>&\"'"),
            "&lt;script&gt;&amp;&quot;&#39;"
        );
        assert_eq!(md_escape("<b>[x](y)"), "&lt;b&gt;\\[x\\](y)");
        assert_eq!(
            md_escape("# a\n- b\n12. c 3.5"),
            "\\# a\n\\- b\n12\\. c 3.5"
        );
        assert_eq!(
            md_escape("11.2 · -0,5 · #tag\n---\n==="),
            "11.2 · -0,5 · #tag\n\\---\n\\==="
        );
        let hostile = "<a href=\"x\">'&amp;'</a> &bogus; &#x1F600;";
        assert_eq!(unescape_entities(&html_escape(hostile)), hostile);
    }
}
