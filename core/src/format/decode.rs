//! Decoding helpers shared by the converters: the problem list of one file, JSON pointers, node-by-node
//! decoding that reports unknown fields and type errors with the exact path, and bilingual texts.

use serde::de::{self, DeserializeOwned, Visitor};
use serde_json::Value;

use super::Diagnostic;
use crate::domain::Text;

/// The problems found in one file.
pub(crate) struct Problems {
    file: String,
    pub(crate) list: Vec<Diagnostic>,
}

impl Problems {
    pub(crate) fn new(file: &str) -> Problems {
        Problems {
            file: file.to_string(),
            list: Vec::new(),
        }
    }

    pub(crate) fn file(&self) -> &str {
        &self.file
    }

    /// Records a problem at a JSON pointer.
    pub(crate) fn add(&mut self, path: &str, message: impl Into<String>) {
        self.list.push(Diagnostic {
            file: self.file.clone(),
            path: path.to_string(),
            message: message.into(),
        });
    }

    /// Checks the id at `path`: a lowercase id, and (`duplicate`) not already used by a sibling `kind`.
    pub(crate) fn check_id(
        &mut self,
        path: &str,
        owner: &str,
        id: &str,
        kind: &str,
        duplicate: bool,
    ) {
        if !is_id(id) {
            self.add(path, format!("{owner}: `{id}` is not a lowercase id"));
        }
        if duplicate {
            self.add(path, format!("{owner}: duplicate {kind} id `{id}`"));
        }
    }

    /// Decodes one object into its raw shape `T`. Unknown fields are reported (each at its own path) and
    /// ignored; a field of the wrong type is reported at its path and the whole node is dropped.
    pub(crate) fn decode<T: DeserializeOwned>(
        &mut self,
        value: &Value,
        path: &str,
        owner: &str,
    ) -> Option<T> {
        let Some(object) = value.as_object() else {
            self.add(
                path,
                format!("{owner}: expected an object, found {}", describe(value)),
            );
            return None;
        };
        let known = field_names::<T>();
        let mut clean = object.clone();
        for key in object.keys() {
            if !known.contains(&key.as_str()) {
                self.add(&at(path, key), format!("{owner}: unknown field `{key}`"));
                clean.remove(key);
            }
        }
        let clean = Value::Object(clean);
        match T::deserialize(&clean) {
            Ok(node) => Some(node),
            Err(whole) => {
                // Every field is optional, so decoding fields one at a time finds the culprits.
                let mut found = false;
                for (key, field) in clean.as_object().into_iter().flatten() {
                    let single =
                        Value::Object([(key.clone(), field.clone())].into_iter().collect());
                    if let Err(error) = T::deserialize(&single) {
                        found = true;
                        self.add(&at(path, key), format!("{owner}: `{key}`: {error}"));
                    }
                }
                if !found {
                    self.add(path, format!("{owner}: {whole}"));
                }
                None
            }
        }
    }

    /// A required bilingual text: reports a missing text, unknown keys, and missing or empty translations.
    pub(crate) fn text(&mut self, value: Option<&Value>, path: &str, owner: &str) -> Text {
        let field = path.rsplit('/').next().unwrap_or_default().to_string();
        match value {
            None => {
                self.add(path, format!("{owner}: missing `{field}`"));
                Text::default()
            }
            Some(value) => self.translations(value, path, owner, &field),
        }
    }

    /// An optional bilingual text.
    pub(crate) fn optional_text(
        &mut self,
        value: Option<&Value>,
        path: &str,
        owner: &str,
    ) -> Option<Text> {
        value.map(|value| self.text(Some(value), path, owner))
    }

    fn translations(&mut self, value: &Value, path: &str, owner: &str, field: &str) -> Text {
        let Some(raw) = self.decode::<super::raw::TextFile>(value, path, owner) else {
            return Text::default();
        };
        let mut one = |text: Option<String>, code: &str, language: &str| match text {
            None => {
                self.add(
                    &at(path, code),
                    format!("{owner}: `{field}` has no {language} translation"),
                );
                String::new()
            }
            Some(text) if text.trim().is_empty() => {
                self.add(
                    &at(path, code),
                    format!("{owner}: `{field}` has an empty {language} translation"),
                );
                text
            }
            Some(text) => text,
        };
        let vi = one(raw.vi, "vi", "vietnamese");
        let en = one(raw.en, "en", "english");
        for rule in vietnamese_style(&vi) {
            self.add(
                &at(path, "vi"),
                format!("{owner}: `{field}`: {rule} (docs/vietnamese-style.md)"),
            );
        }
        Text { vi, en }
    }

    /// A required field: reports it missing.
    pub(crate) fn required<T>(&mut self, value: Option<T>, path: &str, owner: &str) -> Option<T> {
        if value.is_none() {
            let field = path.rsplit('/').next().unwrap_or_default();
            self.add(path, format!("{owner}: missing `{field}`"));
        }
        value
    }
}

/// The JSON pointer of `key` inside `path` (RFC 6901 escaping).
pub(crate) fn at(path: &str, key: impl std::fmt::Display) -> String {
    let key = key.to_string().replace('~', "~0").replace('/', "~1");
    format!("{path}/{key}")
}

/// "a string", "a list", … for messages.
pub(crate) fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// The `id` field of a node that may not decode, for messages and for indexing broken nodes.
pub(crate) fn id_of(value: &Value) -> Option<&str> {
    value.get("id").and_then(Value::as_str)
}

/// Stable ids: lowercase ASCII letters, digits, `_`, `-` and `.`, starting with a letter or digit.
pub(crate) fn is_id(text: &str) -> bool {
    text.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"_-.".contains(&b))
}

/// Fact names: `[a-z0-9_.]+`.
pub(crate) fn is_fact(text: &str) -> bool {
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'.')
}

/// The field names a serde-derived struct accepts, captured from its `deserialize_struct` call.
pub(crate) fn field_names<T: DeserializeOwned>() -> &'static [&'static str] {
    let mut fields: &'static [&'static str] = &[];
    let _ = T::deserialize(FieldNames(&mut fields));
    fields
}

struct FieldNames<'a>(&'a mut &'static [&'static str]);

impl<'de> de::Deserializer<'de> for FieldNames<'_> {
    type Error = de::value::Error;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Self::Error> {
        Err(de::Error::custom("not a struct"))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, Self::Error> {
        *self.0 = fields;
        Err(de::Error::custom("fields captured"))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
        unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
    }
}

/// The mechanical rules of docs/vietnamese-style.md that a Vietnamese text breaks, each as a short message.
pub(crate) fn vietnamese_style(text: &str) -> Vec<String> {
    let mut broken = Vec::new();
    // 1. Citation order: "khoản Y Điều X", never "Điều X khoản Y".
    let mut rest = text;
    while let Some(at) = rest.find("Điều ") {
        let after = &rest[at + "Điều ".len()..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0 && after[digits..].starts_with(" khoản ") {
            broken.push(format!(
                "cite as \"khoản Y Điều X\", not \"Điều {} khoản …\"",
                &after[..digits]
            ));
            break;
        }
        rest = after;
    }
    // 2. One quotation style: straight double quotes.
    if text.contains(['“', '”', '«', '»']) {
        broken.push("use straight double quotes \"…\", not “…” or «…»".to_string());
    }
    // 3. One form of address: content speaks of "tổ chức", never "Quý vị" or "bạn".
    if text.contains("Quý vị")
        || text.contains("quý vị")
        || text
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == "bạn")
    {
        broken
            .push("refer to the respondent as \"tổ chức\", not \"Quý vị\" or \"bạn\"".to_string());
    }
    // 4. Sentence case for names, the official name of each instrument, no calques or untranslated terms.
    const BANNED: [(&str, &str); 8] = [
        ("Trí Tuệ", "sentence case: \"Trí tuệ nhân tạo\""),
        ("Nhân Tạo", "sentence case: \"trí tuệ nhân tạo\""),
        ("Dữ Liệu", "sentence case: \"dữ liệu\""),
        ("An Ninh Mạng", "sentence case: \"An ninh mạng\""),
        ("Khoa Học", "sentence case: \"Bộ Khoa học và Công nghệ\""),
        (
            "Đạo luật AI của EU",
            "one name for the EU AI Act: \"Đạo luật Trí tuệ nhân tạo của EU\"",
        ),
        (
            "đối tác phía sau",
            "calque: say \"bên tích hợp hoặc phân phối tiếp\"",
        ),
        ("fine-tun", "untranslated: say \"tinh chỉnh\""),
    ];
    for (needle, message) in BANNED {
        if text.contains(needle) {
            broken.push(message.to_string());
        }
    }
    broken
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::raw::{QuestionFile, TextFile};
    use serde_json::json;

    #[test]
    fn field_names_come_from_serde() {
        assert_eq!(field_names::<TextFile>(), ["vi", "en"]);
        assert!(field_names::<QuestionFile>().contains(&"type"));
    }

    #[test]
    fn decode_reports_each_unknown_field_and_bad_type_at_its_path() {
        let mut problems = Problems::new("f.json");
        let value = json!({"id": "a.b", "weight": "two", "colour": 1, "size": 2});
        assert!(problems
            .decode::<QuestionFile>(&value, "/q", "question `a.b`")
            .is_none());
        let paths: Vec<&str> = problems.list.iter().map(|d| d.path.as_str()).collect();
        assert_eq!(paths, ["/q/colour", "/q/size", "/q/weight"]);
    }

    #[test]
    fn pointers_escape_slashes_and_tildes() {
        assert_eq!(at("/option_sets", "a/b~c"), "/option_sets/a~1b~0c");
    }

    #[test]
    fn vietnamese_style_rules_catch_each_mechanical_slip() {
        assert!(vietnamese_style("Theo khoản 1 Điều 10 Luật (điểm a khoản 3 Điều 6).").is_empty());
        assert!(vietnamese_style("Điều 35 áp dụng; \"Có\"").is_empty());
        let broken = |t: &str| vietnamese_style(t).len();
        assert_eq!(broken("theo Điều 10 khoản 1"), 1);
        assert_eq!(broken("chọn “Có”"), 1);
        assert_eq!(broken("chọn «Có»"), 1);
        assert_eq!(broken("Quý vị chọn"), 1);
        assert_eq!(broken("Luật Trí Tuệ Nhân Tạo"), 2);
        assert_eq!(broken("tinh chỉnh (fine-tune)"), 1);
        assert_eq!(broken("các bạn"), 1);
        assert_eq!(broken("bạnbè"), 0);
    }

    #[test]
    fn ids_and_facts() {
        assert!(is_id("risk.inventory") && is_id("law-134-2025") && is_id("0ab"));
        assert!(!is_id("Risk") && !is_id("") && !is_id(".a") && !is_id("a b"));
        assert!(is_fact("sector.health") && is_fact("role.provider"));
        assert!(!is_fact("sector-health") && !is_fact("") && !is_fact("Personal"));
    }
}
