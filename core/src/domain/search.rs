//! Matching and naming text the way a Vietnamese reader expects: without regard to case or diacritics
//! ("Công ty Đông Á" matches "cong ty dong a"), and file names that every system accepts.

/// Lower case without Vietnamese diacritics (đ → d); every other character is kept, so positions match.
pub fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(base_letter)
        .collect()
}

fn base_letter(c: char) -> char {
    const GROUPS: [(char, &str); 7] = [
        ('a', "àáảãạăằắẳẵặâầấẩẫậ"),
        ('e', "èéẻẽẹêềếểễệ"),
        ('i', "ìíỉĩị"),
        ('o', "òóỏõọôồốổỗộơờớởỡợ"),
        ('u', "ùúủũụưừứửữự"),
        ('y', "ỳýỷỹỵ"),
        ('d', "đ"),
    ];
    GROUPS
        .iter()
        .find(|(_, marked)| marked.contains(c))
        .map_or(c, |(base, _)| *base)
}

/// `text` folded, with runs of white space as one space.
fn fold_words(text: &str) -> String {
    fold(text).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether `text` contains `query`, without regard to case, diacritics or spacing. An empty query matches.
pub fn matches(text: &str, query: &str) -> bool {
    fold_words(text).contains(&fold_words(query))
}

/// A file-name part: ASCII letters and digits of `text` without diacritics, other runs as one `-`, at most
/// `max` bytes, never empty (`fallback` instead).
pub fn slug(text: &str, max: usize, fallback: &str) -> String {
    let mut out = String::new();
    for c in fold_words(text).chars() {
        if c.is_ascii_alphanumeric() {
            if out.len() >= max {
                break;
            }
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    if out.is_empty() {
        fallback.to_string()
    } else {
        out.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_vietnamese() {
        assert_eq!(fold("Công ty  ĐÔNG Á"), "cong ty  dong a");
        assert!(matches("Công ty  ĐÔNG Á", "cong ty dong a"));
        assert_eq!(fold("Trí tuệ nhân tạo"), "tri tue nhan tao");
        assert_eq!(fold("Ngân hàng Phương Đông"), "ngan hang phuong dong");
        assert!(matches("Ngân hàng Phương Đông", "phuong dong"));
        assert!(matches("Ngân hàng Phương Đông", "PHƯƠNG"));
        assert!(!matches("Ngân hàng Phương Đông", "phuong tay"));
        assert!(matches("anything", ""));
    }

    #[test]
    fn slugs_are_safe_and_bounded() {
        assert_eq!(slug("Công ty ABC / Hà Nội", 40, "x"), "cong-ty-abc-ha-noi");
        assert_eq!(slug("<script>", 40, "x"), "script");
        assert_eq!(slug("../..", 40, "x"), "x");
        assert_eq!(
            slug("Đây là một tên rất dài của một tổ chức", 12, "x").len(),
            12
        );
        assert!(slug("a b c d e f g h", 5, "x").len() <= 6);
    }
}
