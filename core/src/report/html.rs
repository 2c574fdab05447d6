//! The standalone HTML rendering of a report: one file with inline CSS and inline SVG, no script and no
//! external reference (the logo is a `data:` URL), every user text escaped. It prints as a clean A4 document:
//! a cover page, each part on a new page, no table row or chart split across pages, and a running footer
//! (organisation, date, hash) with page numbers in the page margins where the print engine supports CSS
//! margin boxes (Chromium does).

use super::model::{Block, Cell, Chart, Report, ReportLang, Table};
use super::text::{base64, html_escape, pick, shown};
use crate::domain::{is_safe_link, Lang, Text};

const CSS: &str = r#"
:root{--ink:#1b1f24;--muted:#5a6470;--line:#c9d1da;--accent:#0b5cad;--soft:#f3f6f9;
--chart-text:#1b1f24;--chart-muted:#5a6470;--chart-grid:#c9d1da;--chart-axis:#8a96a3;--chart-bg:#fff;
--chart-series-1:#0b5cad;--chart-series-2:#b45309;--chart-font:system-ui,sans-serif}
*{box-sizing:border-box}
body{font:11pt/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Helvetica Neue",Arial,sans-serif;color:var(--ink);margin:0 auto;max-width:60rem;padding:1.5rem}
h1{font-size:1.8rem;line-height:1.2;margin:.5rem 0 1rem}
h2{font-size:1.35rem;border-bottom:2px solid var(--accent);padding-bottom:.2rem;margin-top:2.2rem}
h3{font-size:1.1rem;margin:1.4rem 0 .5rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.2rem;font-size:9.5pt}
caption{text-align:left;font-weight:600;padding:.2rem 0}
th,td{border:1px solid var(--line);padding:.25rem .4rem;vertical-align:top;text-align:left;overflow-wrap:anywhere;min-width:4.5em}
thead th{background:var(--soft)}
.en{color:var(--muted);display:block}
.both{display:grid;grid-template-columns:1fr 1fr;gap:1.2rem}
.both>*{margin-top:0}
.cover{margin-bottom:2rem}
.cover .logo{max-height:4cm;max-width:8cm;display:block;margin-bottom:1rem}
.cover table{font-size:10.5pt}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem;margin:.5rem 0 1rem}
.facts dt{font-weight:600}.facts dd{margin:0}
.chart{display:flex;gap:1rem;flex-wrap:wrap;margin:1rem 0}
.chart svg{width:100%;max-width:26rem;height:auto}
pre{white-space:pre-wrap;overflow-wrap:anywhere;font-size:7.5pt;background:var(--soft);padding:.5rem;border:1px solid var(--line)}
.hash{font-family:ui-monospace,Menlo,Consolas,monospace;overflow-wrap:anywhere}
footer.end{margin-top:2rem;border-top:1px solid var(--line);padding-top:.5rem;color:var(--muted);font-size:9pt}
nav ol{columns:2}
@page{size:A4;margin:16mm 14mm 18mm 14mm}
@media print{
body{max-width:none;padding:0;font-size:10pt}
.cover{break-after:page;min-height:0}
section.part{break-before:page}
h2,h3{break-after:avoid}
tr,.chart,figure,svg,dl,li,pre{break-inside:avoid}
thead{display:table-header-group}
a{color:inherit;text-decoration:none}
nav{break-after:page}
}
"#;

/// Escapes a string for a CSS string literal (no `</style>` can come out of it).
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_ascii_alphanumeric() || c == ' ' || (!c.is_ascii() && !c.is_control()) => {
                out.push(c)
            }
            c => out.push_str(&format!("\\{:x} ", c as u32)),
        }
    }
    out.push('"');
    out
}

fn span(lang: Lang, text: &str, secondary: bool) -> String {
    let class = if secondary { " class=\"en\"" } else { "" };
    format!(
        "<span lang=\"{}\"{class}>{}</span>",
        lang.code(),
        html_escape(text).replace('\n', "<br>")
    )
}

/// Inline text: one language, or both (the second muted, on its own line).
fn inline(lang: ReportLang, text: &Text) -> String {
    let langs = shown(lang, text);
    if langs.len() == 1 {
        return html_escape(text.get(langs[0])).replace('\n', "<br>");
    }
    langs
        .iter()
        .enumerate()
        .map(|(k, l)| span(*l, text.get(*l), k > 0))
        .collect()
}

/// Block text: paragraphs side by side for both languages.
fn para(out: &mut String, lang: ReportLang, tag: &str, text: &Text) {
    let langs = shown(lang, text);
    if langs.len() == 1 {
        out.push_str(&format!(
            "<{tag}>{}</{tag}>",
            html_escape(text.get(langs[0])).replace('\n', "<br>")
        ));
        return;
    }
    out.push_str("<div class=\"both\">");
    for l in langs {
        out.push_str(&format!(
            "<{tag} lang=\"{}\">{}</{tag}>",
            l.code(),
            html_escape(text.get(l)).replace('\n', "<br>")
        ));
    }
    out.push_str("</div>");
}

fn cell(lang: ReportLang, cell: &Cell) -> String {
    let mut out = inline(lang, &cell.text);
    for link in &cell.links {
        out.push_str("<br>");
        if is_safe_link(link) {
            out.push_str(&format!(
                "<a href=\"{0}\" rel=\"noreferrer noopener\">{0}</a>",
                html_escape(link.trim())
            ));
        } else {
            out.push_str(&html_escape(link));
        }
    }
    out
}

fn table(out: &mut String, lang: ReportLang, table: &Table) {
    out.push_str("<table>");
    if !table.caption.vi.is_empty() {
        out.push_str(&format!(
            "<caption>{}</caption>",
            inline(lang, &table.caption)
        ));
    }
    out.push_str("<thead><tr>");
    for head in &table.head {
        out.push_str(&format!("<th scope=\"col\">{}</th>", inline(lang, head)));
    }
    out.push_str("</tr></thead><tbody>");
    for row in &table.rows {
        out.push_str("<tr>");
        for c in row {
            out.push_str(&format!("<td>{}</td>", cell(lang, c)));
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
}

fn facts(out: &mut String, lang: ReportLang, facts: &[(Text, Text)]) {
    out.push_str("<dl class=\"facts\">");
    for (k, v) in facts {
        out.push_str(&format!(
            "<dt>{}</dt><dd>{}</dd>",
            inline(lang, k),
            inline(lang, v)
        ));
    }
    out.push_str("</dl>");
}

/// The SVG of a chart, inline: the namespace attribute is dropped (HTML parsers put `<svg>` in the SVG
/// namespace themselves), so the file names no external address.
fn chart(out: &mut String, lang: ReportLang, chart: &Chart) {
    out.push_str("<figure class=\"chart\">");
    for l in lang.langs() {
        let svg = chart
            .svg
            .get(*l)
            .replace(" xmlns=\"http://www.w3.org/2000/svg\"", "");
        out.push_str(&svg);
    }
    out.push_str("</figure>");
    table(out, lang, &chart.table);
}

/// The report as one standalone HTML document.
pub fn html(report: &Report) -> String {
    let lang = report.lang;
    let primary = lang.primary();
    let cover = &report.cover;
    let title = pick(lang, &cover.title, " / ");
    // One line in the page margin: the main language's (the date is the only difference).
    let footer = report.footer.get(primary).to_string();
    let page = match lang {
        ReportLang::En => "Page ",
        _ => "Trang ",
    };
    let mut out = String::with_capacity(256 * 1024);
    out.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"Sẵn Sàng\">\n<meta name=\"sansang-hash\" content=\"{}\">\n<title>{} — {}</title>\n<style>{CSS}@page{{@bottom-left{{content:{};font-size:8pt;color:#5a6470}}@bottom-right{{content:{} counter(page) \" / \" counter(pages);font-size:8pt;color:#5a6470}}}}</style>\n</head>\n<body>\n",
        primary.code(),
        cover.hash,
        html_escape(&cover.organisation),
        html_escape(&title),
        css_string(&footer),
        css_string(page),
    ));
    out.push_str("<header class=\"cover\">");
    if let Some(logo) = &cover.logo {
        out.push_str(&format!(
            "<img class=\"logo\" alt=\"{}\" src=\"data:{};base64,{}\">",
            html_escape(&cover.organisation),
            logo.kind().mime(),
            base64(logo.bytes())
        ));
    }
    para(&mut out, lang, "h1", &cover.title);
    facts(&mut out, lang, &cover.facts);
    out.push_str("</header>\n<nav>");
    para(&mut out, lang, "h2", &Text::new("Mục lục", "Contents"));
    out.push_str("<ol>");
    for part in &report.parts {
        out.push_str(&format!(
            "<li><a href=\"#part-{}\">{}</a></li>",
            part.id,
            inline(lang, &part.title)
        ));
    }
    out.push_str("</ol></nav>\n");
    for (k, part) in report.parts.iter().enumerate() {
        out.push_str(&format!("<section class=\"part\" id=\"part-{}\">", part.id));
        let numbered = Text::new(
            format!("{}. {}", k + 1, part.title.vi),
            format!("{}. {}", k + 1, part.title.en),
        );
        para(&mut out, lang, "h2", &numbered);
        for block in &part.blocks {
            match block {
                Block::Para(text) => para(&mut out, lang, "p", text),
                Block::Heading(text) => para(&mut out, lang, "h3", text),
                Block::Bullets(items) => {
                    out.push_str("<ul>");
                    for item in items {
                        out.push_str(&format!("<li>{}</li>", inline(lang, item)));
                    }
                    out.push_str("</ul>");
                }
                Block::Facts(list) => facts(&mut out, lang, list),
                Block::Table(t) => table(&mut out, lang, t),
                Block::Chart(c) => chart(&mut out, lang, c),
                Block::Code(code) => out.push_str(&format!(
                    "<pre class=\"integrity\">\n{}</pre>",
                    html_escape(code)
                )),
            }
        }
        out.push_str("</section>\n");
    }
    out.push_str(&format!(
        "<footer class=\"end\">{}</footer>\n</body>\n</html>\n",
        html_escape(&footer)
    ));
    out
}
