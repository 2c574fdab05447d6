//! Standalone documents generated from `docs/` (the scoring model, "How scores work"): Markdown in, one HTML
//! page out. The page has no script and no external reference; it links back to the app and to the same
//! page in the other language. Raw HTML in the Markdown is shown as text, and links to other Markdown files
//! of the repository (which are not published) keep their text only.

use pulldown_cmark::{html, Event, Options, Parser, Tag, TagEnd};

use crate::domain::Lang;
use crate::report::text::html_escape as escape;

/// The file name of the page for `lang` (`how-scores-work.vi.html`).
pub fn page_file(stem: &str, lang: Lang) -> String {
    format!("{stem}.{}.html", lang.code())
}

/// The HTML page of one document.
pub fn document_page(markdown: &str, lang: Lang, stem: &str) -> String {
    let options = Options::ENABLE_TABLES;
    let mut in_repo_link = Vec::new();
    let events = Parser::new_ext(markdown, options).filter_map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Some(Event::Text(raw)),
        Event::Start(Tag::Link { dest_url, .. })
            if dest_url.ends_with(".md") || dest_url.contains(".md#") =>
        {
            in_repo_link.push(true);
            None
        }
        Event::Start(tag @ Tag::Link { .. }) => {
            in_repo_link.push(false);
            Some(Event::Start(tag))
        }
        Event::End(TagEnd::Link) => {
            if in_repo_link.pop().unwrap_or(false) {
                None
            } else {
                Some(Event::End(TagEnd::Link))
            }
        }
        other => Some(other),
    });
    let mut body = String::new();
    html::push_html(&mut body, events);
    let title = markdown
        .lines()
        .find_map(|line| line.strip_prefix("# "))
        .unwrap_or(stem);
    let other = match lang {
        Lang::Vi => Lang::En,
        Lang::En => Lang::Vi,
    };
    let (back, switch, note) = match lang {
        Lang::Vi => (
            "← Quay lại Sẵn Sàng",
            "English",
            "Trang này được tạo từ tài liệu mô hình tính điểm của Sẵn Sàng. Đây không phải tư vấn pháp lý.",
        ),
        Lang::En => (
            "← Back to Sẵn Sàng",
            "Tiếng Việt",
            "This page is generated from Sẵn Sàng's scoring model document. It is not legal advice.",
        ),
    };
    format!(
        "<!doctype html>\n<html lang=\"{code}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src 'self'\">\n\
         <title>{title} — Sẵn Sàng</title>\n<style>{STYLE}</style>\n</head>\n<body>\n\
         <header><a href=\"./#/\">{back}</a> <a lang=\"{other_code}\" href=\"./{other_file}\">{switch}</a></header>\n\
         <main>\n{body}</main>\n<footer><p>{note}</p></footer>\n</body>\n</html>\n",
        code = lang.code(),
        title = escape(title),
        other_code = other.code(),
        other_file = page_file(stem, other),
    )
}

/// System fonts only (every stack covers Vietnamese), light and dark, readable on a phone and in print.
const STYLE: &str = "\
:root{color-scheme:light dark;font-family:system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",Arial,\"Liberation Sans\",sans-serif;line-height:1.55}\
body{margin:0 auto;max-width:52rem;padding:1rem}header{display:flex;justify-content:space-between;gap:1rem;flex-wrap:wrap;padding-bottom:.5rem;border-bottom:1px solid #8884}\
main{overflow-wrap:break-word}table{border-collapse:collapse;display:block;overflow-x:auto;max-width:100%}th,td{border:1px solid #8886;padding:.25rem .5rem;text-align:left;vertical-align:top}\
pre{white-space:pre-wrap;background:#8881;padding:.75rem;border-radius:6px}code{font-family:ui-monospace,Menlo,Consolas,\"DejaVu Sans Mono\",monospace}\
footer{margin-top:2rem;border-top:1px solid #8884;font-size:.9rem}@media print{header{display:none}}";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_tables_escapes_raw_html_and_drops_repository_links() {
        let page = document_page(
            "# Cách tính điểm\n\n<script>x</script>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nSee [triage](triage.md).\n",
            Lang::Vi,
            "how-scores-work",
        );
        assert!(page.contains("<html lang=\"vi\">"));
        assert!(page.contains("<title>Cách tính điểm — Sẵn Sàng</title>"));
        assert!(page.contains("<table>"));
        assert!(!page.contains("<script"));
        assert!(page.contains("&lt;script&gt;"));
        assert!(!page.contains("triage.md"));
        assert!(page.contains("See triage."));
        assert!(page.contains("href=\"./how-scores-work.en.html\""));
    }
}
