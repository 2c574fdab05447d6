//! The Markdown (GFM) rendering of a report. User text is escaped; evidence links are autolinks only when
//! `is_safe_link` accepts them, otherwise escaped text.

use super::model::{Block, Cell, Report, ReportLang, Table};
use super::text::{md_escape, pick, shown};
use crate::domain::{is_safe_link, Text};

fn line(lang: ReportLang, text: &Text) -> String {
    md_escape(&pick(lang, text, " / "))
}

fn cell_text(lang: ReportLang, cell: &Cell) -> String {
    let mut out = md_escape(&pick(lang, &cell.text, " / ")).replace('\n', "<br>");
    for link in &cell.links {
        if !out.is_empty() {
            out.push_str("<br>");
        }
        if is_safe_link(link) {
            out.push('<');
            out.push_str(link.trim());
            out.push('>');
        } else {
            out.push_str(&md_escape(link));
        }
    }
    if out.is_empty() {
        "–".to_string()
    } else {
        out
    }
}

fn table(out: &mut String, lang: ReportLang, table: &Table) {
    if !table.caption.vi.is_empty() {
        out.push_str(&format!("**{}**\n\n", line(lang, &table.caption)));
    }
    let head: Vec<String> = table.head.iter().map(|h| line(lang, h)).collect();
    out.push_str(&format!("| {} |\n", head.join(" | ")));
    out.push_str(&format!("|{}\n", "---|".repeat(head.len())));
    for row in &table.rows {
        let cells: Vec<String> = row.iter().map(|c| cell_text(lang, c)).collect();
        out.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    out.push('\n');
}

fn paragraph(out: &mut String, lang: ReportLang, text: &Text) {
    for l in shown(lang, text) {
        let escaped = md_escape(text.get(l)).replace('\n', "  \n");
        if lang == ReportLang::Both && shown(lang, text).len() == 2 && l == crate::domain::Lang::En
        {
            out.push_str(&format!("*{escaped}*\n\n"));
        } else {
            out.push_str(&format!("{escaped}\n\n"));
        }
    }
}

/// The report as Markdown.
pub fn markdown(report: &Report) -> String {
    let lang = report.lang;
    let mut out = format!("# {}\n\n", line(lang, &report.cover.title));
    let head = [Text::new("Mục", "Item"), Text::new("Nội dung", "Value")];
    table(
        &mut out,
        lang,
        &Table {
            caption: Text::default(),
            head: head.to_vec(),
            rows: report
                .cover
                .facts
                .iter()
                .map(|(k, v)| vec![Cell::from(k.clone()), Cell::from(v.clone())])
                .collect(),
        },
    );
    out.push_str(&format!(
        "## {}\n\n",
        line(lang, &Text::new("Mục lục", "Contents"))
    ));
    for (k, part) in report.parts.iter().enumerate() {
        out.push_str(&format!("{}. {}\n", k + 1, line(lang, &part.title)));
    }
    out.push('\n');
    for (k, part) in report.parts.iter().enumerate() {
        out.push_str(&format!("## {}. {}\n\n", k + 1, line(lang, &part.title)));
        for block in &part.blocks {
            match block {
                Block::Para(text) => paragraph(&mut out, lang, text),
                Block::Heading(text) => out.push_str(&format!("### {}\n\n", line(lang, text))),
                Block::Bullets(items) => {
                    for item in items {
                        out.push_str(&format!("- {}\n", line(lang, item).replace('\n', " ")));
                    }
                    out.push('\n');
                }
                Block::Facts(facts) => {
                    for (k, v) in facts {
                        out.push_str(&format!("- **{}**: {}\n", line(lang, k), line(lang, v)));
                    }
                    out.push('\n');
                }
                Block::Table(t) => table(&mut out, lang, t),
                Block::Chart(chart) => table(&mut out, lang, &chart.table),
                Block::Code(code) => out.push_str(&format!("```text\n{code}```\n\n")),
            }
        }
    }
    out.push_str(&format!("---\n\n{}\n", line(lang, &report.footer)));
    out
}
