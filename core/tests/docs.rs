//! The scoring model is published in two languages (docs/scoring.md and docs/scoring.vi.md, turned into the
//! app's "How scores work" pages by `sansang bundle`). They must state the same model: the same headings at
//! the same depths, the same tables with the same number of rows, and the same formulas, word for word.

use std::fs;

fn read(path: &str) -> String {
    fs::read_to_string(format!("{}/../{path}", env!("CARGO_MANIFEST_DIR"))).expect(path)
}

/// The shape of a Markdown document: heading depths, table row counts, and the code blocks verbatim.
fn shape(text: &str) -> (Vec<usize>, Vec<usize>, Vec<String>) {
    let mut headings = Vec::new();
    let mut tables = Vec::new();
    let mut code = Vec::new();
    let mut rows = 0;
    let mut block: Option<String> = None;
    for line in text.lines() {
        if line.starts_with("```") {
            match block.take() {
                Some(body) => code.push(body),
                None => block = Some(String::new()),
            }
            continue;
        }
        if let Some(body) = block.as_mut() {
            body.push_str(line);
            body.push('\n');
            continue;
        }
        if line.starts_with('|') {
            rows += 1;
        } else if rows > 0 {
            tables.push(rows);
            rows = 0;
        }
        if line.starts_with('#') {
            headings.push(line.chars().take_while(|c| *c == '#').count());
        }
    }
    if rows > 0 {
        tables.push(rows);
    }
    (headings, tables, code)
}

#[test]
fn the_vietnamese_scoring_model_has_the_shape_of_the_english_one() {
    let (en, vi) = (read("docs/scoring.md"), read("docs/scoring.vi.md"));
    let (en_h, en_t, en_c) = shape(&en);
    let (vi_h, vi_t, vi_c) = shape(&vi);
    assert!(en_h.len() > 10, "the English document has its sections");
    assert_eq!(vi_h, en_h, "heading depths, in order");
    assert_eq!(vi_t, en_t, "tables and their row counts, in order");
    assert_eq!(vi_c, en_c, "formulas and code blocks, verbatim");
    assert!(vi.contains("mô hình tính điểm số 2") || vi.contains("Mô hình tính điểm số 2"));
}
