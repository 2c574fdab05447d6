//! The Word (DOCX) rendering of a report, written with `docx-rs` (behind the `docx` cargo feature: the crate
//! is large in wasm, so only the native command and the on-demand export module enable it).
//!
//! Real heading styles (Heading 1–3, with outline levels, so Word's navigation pane and LibreOffice's
//! navigator show them), real tables (rows never split across pages), A4 pages with a footer (organisation,
//! date, hash, page number). The radar chart becomes its data table with a bar drawn in text, since
//! docx-rs embeds PNG only and rasterising SVG would need a renderer; a PNG logo goes on the cover (a JPEG
//! logo is named in text instead).
//!
//! The bytes are deterministic: docx-rs writes fixed document-property dates (1970-01-01), the zip entries
//! carry the zip format's default time (1980-01-01), paragraph ids are reset before each document, and the
//! logo's relationship id is fixed.

use docx_rs::{
    BreakType, Docx, Footer, PageMargin, PageNum, Paragraph, Pic, Run, RunFonts, Shading, Style,
    StyleType, Table as DocxTable, TableCell, TableRow,
};

use super::model::{Block, Cell, LogoKind, Report, ReportLang, Table};
use super::text::{pick, shown};
use crate::domain::{Lang, Text};

/// Drops what XML 1.0 cannot hold.
fn clean(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || matches!(c, '\t' | '\n'))
        .collect()
}

/// A run per line, with breaks between lines.
fn runs(mut paragraph: Paragraph, text: &str, style: impl Fn(Run) -> Run) -> Paragraph {
    let text = clean(text);
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        let mut run = style(Run::new().add_text(line));
        if lines.peek().is_some() {
            run = run.add_break(BreakType::TextWrapping);
        }
        paragraph = paragraph.add_run(run);
    }
    paragraph
}

/// The paragraphs of a text: one per language shown, the second in muted italics.
fn paragraphs(lang: ReportLang, text: &Text, style: Option<&str>) -> Vec<Paragraph> {
    shown(lang, text)
        .iter()
        .enumerate()
        .map(|(k, l)| {
            let mut p = Paragraph::new();
            if let Some(style) = style {
                p = p.style(style);
            }
            runs(p, text.get(*l), |run| {
                if k > 0 {
                    run.italic().color("5A6470")
                } else {
                    run
                }
            })
        })
        .collect()
}

fn cell_paragraph(lang: ReportLang, cell: &Cell, bold: bool) -> Paragraph {
    let mut p = Paragraph::new();
    for (k, l) in shown(lang, &cell.text).iter().enumerate() {
        if k > 0 {
            p = p.add_run(Run::new().add_break(BreakType::TextWrapping));
        }
        p = runs(p, cell.text.get(*l), |run| {
            let run = run.size(17);
            let run = if bold { run.bold() } else { run };
            if k > 0 {
                run.italic().color("5A6470")
            } else {
                run
            }
        });
    }
    for link in &cell.links {
        p = p
            .add_run(Run::new().add_break(BreakType::TextWrapping))
            .add_run(Run::new().add_text(clean(link)).size(17).color("0B5CAD"));
    }
    p
}

fn table(lang: ReportLang, table: &Table, bar_column: Option<usize>) -> Vec<DocxChild> {
    let mut out = Vec::new();
    if !table.caption.vi.is_empty() {
        out.push(para(runs(
            Paragraph::new().keep_next(true),
            &pick(lang, &table.caption, " / "),
            |run| run.bold(),
        )));
    }
    let mut header: Vec<TableCell> = table
        .head
        .iter()
        .map(|h| {
            TableCell::new()
                .shading(Shading::new().fill("E8EEF4"))
                .add_paragraph(cell_paragraph(lang, &Cell::from(h.clone()), true))
        })
        .collect();
    if bar_column.is_some() {
        header.push(TableCell::new().shading(Shading::new().fill("E8EEF4")));
    }
    let mut rows = vec![TableRow::new(header).cant_split()];
    for row in &table.rows {
        let mut cells: Vec<TableCell> = row
            .iter()
            .map(|c| TableCell::new().add_paragraph(cell_paragraph(lang, c, false)))
            .collect();
        if let Some(column) = bar_column {
            let bar = row
                .get(column)
                .and_then(|c| c.text.en.parse::<f64>().ok())
                .map(|v| {
                    let filled = (v.clamp(0.0, 100.0) / 5.0).round() as usize;
                    format!("{}{}", "█".repeat(filled), "░".repeat(20 - filled))
                })
                .unwrap_or_default();
            cells.push(TableCell::new().add_paragraph(
                Paragraph::new().add_run(Run::new().add_text(bar).color("0B5CAD").size(17)),
            ));
        }
        rows.push(TableRow::new(cells).cant_split());
    }
    out.push(DocxChild::Table(Box::new(DocxTable::new(rows))));
    out.push(para(Paragraph::new()));
    out
}

fn para(paragraph: Paragraph) -> DocxChild {
    DocxChild::Paragraph(Box::new(paragraph))
}

enum DocxChild {
    Paragraph(Box<Paragraph>),
    Table(Box<DocxTable>),
}

fn heading_style(id: &str, name: &str, level: usize, size: usize) -> Style {
    Style::new(id, StyleType::Paragraph)
        .name(name)
        .based_on("Normal")
        .next("Normal")
        .outline_lvl(level)
        .size(size)
        .bold()
        .color("0B3D73")
}

/// The report as a DOCX file.
pub fn docx(report: &Report) -> Result<Vec<u8>, String> {
    let lang = report.lang;
    let mut children: Vec<DocxChild> = Vec::new();
    let cover = &report.cover;
    if let Some(logo) = &cover.logo {
        if let (LogoKind::Png, Some((w, h))) = (logo.kind(), logo.size()) {
            {
                // At most 6 cm wide and 3 cm high on the page (96 px per inch).
                let scale = (227.0 / f64::from(w)).min(113.0 / f64::from(h)).min(1.0);
                let mut pic = Pic::new_with_dimensions(
                    logo.bytes().to_vec(),
                    ((f64::from(w) * scale).round() as u32).max(1),
                    ((f64::from(h) * scale).round() as u32).max(1),
                );
                pic.id = "rIdLogo1".to_string();
                children.push(para(Paragraph::new().add_run(Run::new().add_image(pic))));
            }
        }
    }
    for p in paragraphs(lang, &cover.title, Some("Title")) {
        children.push(para(p));
    }
    let facts = Table {
        caption: Text::default(),
        head: vec![Text::new("Mục", "Item"), Text::new("Nội dung", "Value")],
        rows: cover
            .facts
            .iter()
            .map(|(k, v)| vec![Cell::from(k.clone()), Cell::from(v.clone())])
            .collect(),
    };
    children.extend(table(lang, &facts, None));
    for (k, part) in report.parts.iter().enumerate() {
        let numbered = Text::new(
            format!("{}. {}", k + 1, part.title.vi),
            format!("{}. {}", k + 1, part.title.en),
        );
        let mut first = true;
        for p in paragraphs(lang, &numbered, Some("Heading1")) {
            children.push(para(if first {
                first = false;
                p.page_break_before(true)
            } else {
                p
            }));
        }
        for block in &part.blocks {
            match block {
                Block::Para(text) => {
                    children.extend(paragraphs(lang, text, None).into_iter().map(para))
                }
                Block::Heading(text) => children.extend(
                    paragraphs(lang, text, Some("Heading2"))
                        .into_iter()
                        .map(para),
                ),
                Block::Bullets(items) => {
                    for item in items {
                        let text = pick(lang, item, " / ");
                        children.push(para(runs(
                            Paragraph::new().style("ListBullet"),
                            &format!("• {text}"),
                            |run| run,
                        )));
                    }
                }
                Block::Facts(list) => {
                    for (k, v) in list {
                        let p = Paragraph::new().add_run(
                            Run::new()
                                .add_text(clean(&format!("{}: ", pick(lang, k, " / "))))
                                .bold(),
                        );
                        children.push(para(runs(p, &pick(lang, v, " / "), |run| run)));
                    }
                }
                Block::Table(t) => children.extend(table(lang, t, None)),
                Block::Chart(chart) => {
                    // The table of the chart's data, with a bar per row drawn from the first series.
                    children.extend(table(lang, &chart.table, Some(1)))
                }
                Block::Code(code) => {
                    for line in code.lines() {
                        children.push(para(
                            Paragraph::new().add_run(
                                Run::new()
                                    .add_text(clean(line))
                                    .fonts(
                                        RunFonts::new().ascii("Courier New").hi_ansi("Courier New"),
                                    )
                                    .size(14),
                            ),
                        ));
                    }
                }
            }
        }
    }

    let footer = Footer::new().add_paragraph(
        Paragraph::new()
            .add_run(
                Run::new()
                    .add_text(clean(report.footer.get(lang.primary())))
                    .size(16),
            )
            .add_run(
                Run::new()
                    .add_text(match lang.primary() {
                        Lang::Vi => " · Trang ",
                        Lang::En => " · Page ",
                    })
                    .size(16),
            )
            .add_page_num(PageNum::new()),
    );
    let mut doc = Docx::new()
        .page_size(11906, 16838)
        .page_margin(PageMargin {
            top: 1000,
            left: 900,
            bottom: 1000,
            right: 900,
            header: 500,
            footer: 500,
            gutter: 0,
        })
        .default_fonts(
            RunFonts::new()
                .ascii("Arial")
                .hi_ansi("Arial")
                .east_asia("Arial"),
        )
        .default_size(20)
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .based_on("Normal")
                .size(40)
                .bold()
                .color("0B3D73"),
        )
        .add_style(heading_style("Heading1", "heading 1", 0, 30))
        .add_style(heading_style("Heading2", "heading 2", 1, 24))
        .add_style(heading_style("Heading3", "heading 3", 2, 22))
        .add_style(
            Style::new("ListBullet", StyleType::Paragraph)
                .name("List Bullet")
                .based_on("Normal"),
        )
        .footer(footer)
        .created_at("1970-01-01T00:00:00Z")
        .updated_at("1970-01-01T00:00:00Z");
    for child in children {
        doc = match child {
            DocxChild::Paragraph(p) => doc.add_paragraph(*p),
            DocxChild::Table(t) => doc.add_table(*t),
        };
    }
    let mut xml = doc.build();
    // docx-rs numbers paragraphs from a per-thread counter that keeps counting across documents: number
    // them from 1 in every document instead, so the same report always gives the same bytes.
    let mut next = 1u32;
    xml.document = renumber_paragraphs(&xml.document, &mut next);
    for footer in &mut xml.footers {
        *footer = renumber_paragraphs(footer, &mut next);
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    xml.pack(&mut bytes).map_err(|error| error.to_string())?;
    Ok(bytes.into_inner())
}

/// Rewrites every `w14:paraId="XXXXXXXX"` with the next number of `next`, in order.
fn renumber_paragraphs(xml: &[u8], next: &mut u32) -> Vec<u8> {
    const KEY: &[u8] = b"w14:paraId=\"";
    let mut out = Vec::with_capacity(xml.len());
    let mut at = 0;
    while at < xml.len() {
        if xml[at..].starts_with(KEY)
            && xml.len() >= at + KEY.len() + 9
            && xml[at + KEY.len() + 8] == b'"'
        {
            out.extend_from_slice(KEY);
            out.extend_from_slice(format!("{:08X}", *next).as_bytes());
            *next += 1;
            at += KEY.len() + 8;
        } else {
            out.push(xml[at]);
            at += 1;
        }
    }
    out
}

/// The text of a DOCX file's main document, one line per paragraph (what `sansang verify` reads back).
/// Refuses anything that is not a zip with `word/document.xml` of at most 50 MB.
pub fn document_text(bytes: &[u8]) -> Result<String, String> {
    use std::io::Read;
    const MAX_XML: u64 = 50 * 1024 * 1024;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|error| format!("not a DOCX (zip) file: {error}"))?;
    let entry = archive
        .by_name("word/document.xml")
        .map_err(|_| "the file has no word/document.xml".to_string())?;
    if entry.size() > MAX_XML {
        return Err("word/document.xml is too large".to_string());
    }
    let mut xml = String::new();
    entry
        .take(MAX_XML)
        .read_to_string(&mut xml)
        .map_err(|error| format!("word/document.xml cannot be read: {error}"))?;
    let mut out = String::new();
    for paragraph in xml.split("</w:p>") {
        let mut line = String::new();
        let mut rest = paragraph;
        while let Some(start) = rest.find("<w:t") {
            let after = &rest[start + 4..];
            // `<w:t>` or `<w:t xml:space="preserve">`, not `<w:tbl>` or `<w:tc>`.
            if !(after.starts_with('>') || after.starts_with(' ')) {
                rest = after;
                continue;
            }
            let Some(open_end) = after.find('>') else {
                break;
            };
            let body = &after[open_end + 1..];
            let Some(close) = body.find("</w:t>") else {
                break;
            };
            line.push_str(&super::text::unescape_entities(&body[..close]));
            rest = &body[close + 6..];
        }
        out.push_str(&line);
        out.push('\n');
    }
    Ok(out)
}
