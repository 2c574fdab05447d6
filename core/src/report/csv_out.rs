//! The CSV renderings: one row per readiness question, and the action plan. Written with the `csv` crate
//! (RFC 4180 quoting), UTF-8 with a byte-order mark so that Excel shows Vietnamese text correctly.

use super::model::{Report, ReportLang};
use super::text::pick;
use crate::domain::Text;

/// The UTF-8 byte-order mark.
pub const BOM: &[u8] = b"\xEF\xBB\xBF";

fn write(rows: impl IntoIterator<Item = Vec<String>>) -> Vec<u8> {
    let mut writer = csv::WriterBuilder::new()
        .flexible(false)
        .from_writer(BOM.to_vec());
    for row in rows {
        // Writing to a Vec cannot fail except on a row of the wrong length, which the callers rule out.
        let _ = writer.write_record(&row);
    }
    writer.into_inner().unwrap_or_else(|_| BOM.to_vec())
}

fn header(lang: ReportLang, names: &[(&str, &str)]) -> Vec<String> {
    names
        .iter()
        .map(|(vi, en)| pick(lang, &Text::new(*vi, *en), " / "))
        .collect()
}

/// One row per readiness question: section, id, question, claimed and counted level, item score, weight,
/// N/A reason, notes, evidence links, citations, duty, obligation ids, whether it applies, flags.
pub fn questions_csv(report: &Report) -> Vec<u8> {
    let lang = report.lang;
    let p = |text: &Text| pick(lang, text, "\n");
    let mut rows = vec![header(
        lang,
        &[
            ("Nhóm", "Section"),
            ("Mã câu hỏi", "Question id"),
            ("Câu hỏi", "Question"),
            ("Mức khai báo", "Claimed level"),
            ("Mức được tính", "Counted level"),
            ("Điểm mục", "Item score"),
            ("Trọng số", "Weight"),
            ("Lý do không áp dụng", "N/A reason"),
            ("Ghi chú", "Notes"),
            ("Bằng chứng", "Evidence"),
            ("Căn cứ", "Citations"),
            ("Nghĩa vụ pháp lý", "Legal duty"),
            ("Mã nghĩa vụ", "Obligation ids"),
            ("Áp dụng", "Applies"),
            ("Lưu ý", "Flags"),
        ],
    )];
    for row in &report.answers {
        rows.push(vec![
            p(&row.section),
            row.id.clone(),
            p(&row.question),
            p(&row.claimed),
            p(&row.counted),
            p(&row.score),
            row.weight.to_string(),
            row.na_reason.clone(),
            row.note.clone(),
            row.links.join("\n"),
            p(&row.citations),
            p(&row.duty),
            row.obligations.clone(),
            p(&if row.visible {
                Text::new("Có", "Yes")
            } else {
                Text::new("Không", "No")
            }),
            p(&row.flags),
        ]);
    }
    write(rows)
}

/// The whole action plan, one row per action, in plan order.
pub fn plan_csv(report: &Report) -> Vec<u8> {
    let lang = report.lang;
    let p = |text: &Text| pick(lang, text, "\n");
    let mut rows = vec![header(
        lang,
        &[
            ("STT", "No."),
            ("Mã câu hỏi", "Question id"),
            ("Câu hỏi", "Question"),
            ("Nhóm", "Section"),
            ("Nhóm việc", "Group"),
            ("Mức hiện tại", "Current level"),
            ("Khuyến nghị", "Recommendation"),
            ("Thời hạn pháp lý", "Legal deadline"),
            ("Người phụ trách", "Owner"),
            ("Hạn hoàn thành", "Due date"),
            ("Trạng thái", "Status"),
            ("Căn cứ", "Citations"),
            ("Mã nghĩa vụ", "Obligation ids"),
            ("Mức ưu tiên", "Priority"),
        ],
    )];
    for a in &report.actions {
        rows.push(vec![
            a.rank.to_string(),
            a.id.clone(),
            p(&a.question),
            p(&a.section),
            p(&a.group),
            p(&a.level),
            p(&a.recommendation),
            p(&a.deadline),
            a.owner.clone(),
            p(&a.due),
            p(&a.status),
            p(&a.citations),
            a.obligations.clone(),
            p(&a.priority),
        ]);
    }
    write(rows)
}
