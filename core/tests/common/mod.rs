//! A small, clean set of content files (one source, profile, triage, readiness), written inline, and helpers
//! to break them one problem at a time.

#![allow(dead_code)]

use sansang_core::domain::Catalog;
use sansang_core::format::{self, Diagnostic};
use serde_json::Value;

pub const SOURCE: &str = r#"{
  "$schema": "./source.schema.json",
  "format": 1, "id": "law-134-2025", "kind": "law", "number": "134/2025/QH15",
  "short": {"vi": "Luật TTNT", "en": "AI Law"},
  "title": {"vi": "Luật Trí tuệ nhân tạo", "en": "Law on Artificial Intelligence"},
  "issuer": {"vi": "Quốc hội", "en": "National Assembly"},
  "date": "2025-12-10", "effective": "2026-03-01", "status": "in_force",
  "url": "https://example.org/law-134", "language": "vi", "confirmed": true,
  "evidence": [{"id": "gazette", "text": {"vi": "Công báo", "en": "Official Gazette"}}],
  "provisions": [
    {"id": "art-7", "label": {"vi": "Điều 7", "en": "Art. 7"}, "summary": {"vi": "Hành vi bị nghiêm cấm", "en": "Prohibited acts"}, "confirmed": true, "confirmed_by": ["gazette"]},
    {"id": "art-10.1", "label": {"vi": "Khoản 1 Điều 10", "en": "Art. 10(1)"}, "summary": {"vi": "Tự phân loại", "en": "Self-classification"}, "confirmed": true, "confirmed_by": ["gazette"]},
    {"id": "art-19.3", "label": {"vi": "Khoản 3 Điều 19", "en": "Art. 19(3)"}, "summary": {"vi": "Báo cáo sự cố", "en": "Incident report"}, "confirmed": false},
    {"id": "art-35", "label": {"vi": "Điều 35", "en": "Art. 35"}, "summary": {"vi": "Chuyển tiếp", "en": "Transition"}, "confirmed": true, "confirmed_by": ["gazette"]}
  ]
}"#;

pub const PROFILE: &str = r#"{
  "format": 1, "id": "profile", "version": "1.0.0", "kind": "profile",
  "title": {"vi": "Hồ sơ tổ chức", "en": "Organisation profile"},
  "option_sets": {"yes_no": [{"id": "yes", "label": {"vi": "Có", "en": "Yes"}}, {"id": "no", "label": {"vi": "Không", "en": "No"}}]},
  "sections": [
    {"id": "org", "title": {"vi": "Tổ chức", "en": "Organisation"}, "questions": [
      {"id": "org.sector", "type": "single", "text": {"vi": "Lĩnh vực?", "en": "Sector?"},
       "options": [{"id": "health", "label": {"vi": "Y tế", "en": "Health"}, "facts": ["sector.health"]},
                   {"id": "other", "label": {"vi": "Khác", "en": "Other"}}],
       "cites": ["law-134-2025#art-35"]},
      {"id": "org.public", "type": "single", "text": {"vi": "Cơ quan nhà nước?", "en": "State agency?"},
       "options": [{"id": "yes", "label": {"vi": "Có", "en": "Yes"}, "facts": ["public_sector"]},
                   {"id": "no", "label": {"vi": "Không", "en": "No"}}]},
      {"id": "org.name", "type": "text", "text": {"vi": "Tên?", "en": "Name?"},
       "applies_if": {"answered": "org.sector"}}
    ]}
  ]
}"#;

pub const TRIAGE: &str = r#"{
  "format": 1, "id": "triage", "version": "1.0.0", "kind": "triage",
  "title": {"vi": "Phân loại", "en": "Triage"},
  "option_sets": {"yes_no": [{"id": "yes", "label": {"vi": "Có", "en": "Yes"}}, {"id": "no", "label": {"vi": "Không", "en": "No"}}]},
  "sections": [
    {"id": "scope", "title": {"vi": "Phạm vi", "en": "Scope"}, "questions": [
      {"id": "scope.ai_system", "type": "single", "text": {"vi": "Là hệ thống AI?", "en": "An AI system?"}, "options": "yes_no"},
      {"id": "scope.roles", "type": "multi", "text": {"vi": "Vai trò?", "en": "Roles?"},
       "options": [{"id": "provider", "label": {"vi": "Nhà cung cấp", "en": "Provider"}, "facts": ["role.provider"]},
                   {"id": "deployer", "label": {"vi": "Bên triển khai", "en": "Deployer"}, "facts": ["role.deployer"]}]},
      {"id": "scope.legacy", "type": "single", "text": {"vi": "Đã hoạt động trước 01/3/2026?", "en": "Operating before 1 Mar 2026?"},
       "options": [{"id": "yes", "label": {"vi": "Có", "en": "Yes"}, "facts": ["legacy"]}, {"id": "no", "label": {"vi": "Không", "en": "No"}}]},
      {"id": "scope.listed", "type": "single", "text": {"vi": "Thuộc Danh mục?", "en": "On the List?"}, "options": "yes_no",
       "applies_if": {"answer": "scope.ai_system", "is": ["yes"]}},
      {"id": "scope.chatbot", "type": "single", "text": {"vi": "Tương tác?", "en": "Interactive?"},
       "options": [{"id": "yes", "label": {"vi": "Có", "en": "Yes"}, "facts": ["interactive"]}, {"id": "no", "label": {"vi": "Không", "en": "No"}}]},
      {"id": "scope.deceive", "type": "single", "text": {"vi": "Lừa dối?", "en": "Deceives?"}, "options": "yes_no"}
    ]}
  ],
  "tiers": [
    {"tier": "out_of_scope", "when": {"answer": "scope.ai_system", "is": ["no"]}, "reason": {"vi": "Không phải AI", "en": "Not AI"}},
    {"tier": "prohibited", "when": {"answer": "scope.deceive", "is": ["yes"]}, "reason": {"vi": "Bị cấm", "en": "Prohibited"}, "cites": ["law-134-2025#art-7"]},
    {"tier": "high", "when": {"answer": "scope.listed", "is": ["yes"]}, "reason": {"vi": "Danh mục", "en": "Listed"}},
    {"tier": "medium", "when": {"fact": "interactive"}, "reason": {"vi": "Tương tác", "en": "Interactive"}},
    {"tier": "low", "when": {"all": []}, "reason": {"vi": "Thấp", "en": "Low"}}
  ],
  "transition": [
    {"id": "health", "when": {"all": [{"fact": "legacy"}, {"fact": "sector.health"}]}, "date": "2027-09-01",
     "label": {"vi": "trước ngày 01/9/2027", "en": "before 1 Sep 2027"}, "cites": ["law-134-2025#art-35"]},
    {"id": "general", "when": {"fact": "legacy"}, "date": "2027-03-01",
     "label": {"vi": "trước ngày 01/3/2027", "en": "before 1 Mar 2027"}, "cites": ["law-134-2025#art-35"]}
  ],
  "obligations": [
    {"id": "classify", "title": {"vi": "Tự phân loại", "en": "Self-classify"}, "detail": {"vi": "Hồ sơ", "en": "Dossier"},
     "roles": ["provider"], "tiers": ["high", "medium", "low"], "deadline": {"kind": "transition"},
     "cites": ["law-134-2025#art-10.1"], "evidenced_by": ["risk.register"]},
    {"id": "incident", "title": {"vi": "Báo cáo sự cố", "en": "Report incidents"}, "detail": {"vi": "72 giờ", "en": "72 hours"},
     "roles": ["provider", "deployer"], "tiers": ["high"],
     "deadline": {"kind": "hours", "hours": 72, "after": {"vi": "xác nhận sự cố", "en": "the incident is confirmed"}},
     "cites": ["law-134-2025#art-19.3"], "check_by_hand": true},
    {"id": "disclose", "title": {"vi": "Thông báo AI", "en": "Disclose AI"}, "detail": {"vi": "Chi tiết", "en": "Detail"},
     "roles": ["provider"], "tiers": ["medium", "high"], "when": {"fact": "interactive"}, "deadline": {"kind": "before_use"}, "check_by_hand": true},
    {"id": "stop", "title": {"vi": "Dừng", "en": "Stop"}, "detail": {"vi": "Chi tiết", "en": "Detail"},
     "roles": ["provider", "deployer"], "tiers": ["prohibited"], "deadline": {"kind": "date", "date": "2026-03-01"}, "check_by_hand": true},
    {"id": "ongoing", "title": {"vi": "Nguyên tắc", "en": "Principles"}, "detail": {"vi": "Chi tiết", "en": "Detail"},
     "roles": ["provider", "deployer"], "tiers": ["high", "medium", "low"], "check_by_hand": true}
  ]
}"#;

pub const READINESS: &str = r#"{
  "format": 1, "id": "readiness", "version": "1.0.0", "kind": "readiness",
  "title": {"vi": "Mức độ sẵn sàng", "en": "Readiness"},
  "scale": {"levels": [
    {"value": 0, "label": {"vi": "Chưa có", "en": "Not in place"}},
    {"value": 1, "label": {"vi": "Dự kiến", "en": "Planned"}},
    {"value": 2, "label": {"vi": "Một phần", "en": "Partly"}},
    {"value": 3, "label": {"vi": "Đầy đủ", "en": "Fully"}}
  ]},
  "scoring": {"bands": [
    {"id": "not_ready", "min": 0, "label": {"vi": "Chưa sẵn sàng", "en": "Not ready"}},
    {"id": "partial", "min": 40, "label": {"vi": "Một phần", "en": "Partial"}},
    {"id": "ready", "min": 85, "label": {"vi": "Sẵn sàng", "en": "Ready"}}
  ], "gate_band": "partial", "evidence_level": 3, "max_not_applicable_percent": 25, "max_dont_know_percent": 10},
  "sections": [
    {"id": "risk", "title": {"vi": "Rủi ro", "en": "Risk"}, "principle": "risk_based", "weight": 1, "questions": [
      {"id": "risk.register", "text": {"vi": "Sổ đăng ký?", "en": "Register?"},
       "help": {"vi": "Vì sao", "en": "Why"}, "evidence": {"vi": "Bằng chứng", "en": "Evidence"}, "action": {"vi": "Việc cần làm", "en": "What to do"},
       "levels": [{"vi": "0", "en": "0"}, {"vi": "1", "en": "1"}, {"vi": "2", "en": "2"}, {"vi": "3", "en": "3"}],
       "na": false, "weight": 3, "duty": {"roles": ["provider"], "tiers": ["high"]},
       "cites": ["law-134-2025#art-10.1", "law-134-2025"],
       "recommendations": [{"vi": "a", "en": "a"}, {"vi": "b", "en": "b"}, {"vi": "c", "en": "c"}]},
      {"id": "risk.review", "text": {"vi": "Rà soát?", "en": "Review?"},
       "help": {"vi": "Vì sao", "en": "Why"}, "evidence": {"vi": "Bằng chứng", "en": "Evidence"}, "action": {"vi": "Việc cần làm", "en": "What to do"},
       "levels": [{"vi": "0", "en": "0"}, {"vi": "1", "en": "1"}, {"vi": "2", "en": "2"}, {"vi": "3", "en": "3"}],
       "na": true, "weight": 1,
       "applies_if": {"all": [{"role": ["provider"]}, {"fact": "sector.health"},
                              {"answer": "scope.chatbot", "is": ["yes"]}]},
       "cites": ["law-134-2025#art-19.3"],
       "recommendations": [{"vi": "a", "en": "a"}, {"vi": "b", "en": "b"}, {"vi": "c", "en": "c"}]}
    ]}
  ]
}"#;

/// The clean fixture: (path, text).
pub fn files() -> Vec<(String, String)> {
    [
        ("seeds/law-134-2025.json", SOURCE),
        ("questionnaires/profile.json", PROFILE),
        ("questionnaires/triage.json", TRIAGE),
        ("questionnaires/readiness.json", READINESS),
    ]
    .into_iter()
    .map(|(path, text)| (path.to_string(), text.to_string()))
    .collect()
}

/// Loads (path, text) pairs.
pub fn load(files: &[(String, String)]) -> Result<Catalog, Vec<Diagnostic>> {
    format::load(
        files
            .iter()
            .map(|(path, text)| (path.as_str(), text.as_str())),
    )
}

/// The clean fixture, loaded.
pub fn catalog() -> Catalog {
    match load(&files()) {
        Ok(catalog) => catalog,
        Err(problems) => panic!("the fixture has problems: {problems:#?}"),
    }
}

/// The fixture with one file edited as JSON.
pub fn edited(file: &str, edit: impl FnOnce(&mut Value)) -> Vec<(String, String)> {
    let mut files = files();
    let entry = files
        .iter_mut()
        .find(|(path, _)| path == file)
        .unwrap_or_else(|| panic!("no fixture file {file}"));
    let mut value: Value = serde_json::from_str(&entry.1).expect("fixture parses");
    edit(&mut value);
    entry.1 = serde_json::to_string_pretty(&value).expect("serialises");
    files
}

/// The value at a JSON pointer, for edits.
pub fn at<'v>(value: &'v mut Value, pointer: &str) -> &'v mut Value {
    value
        .pointer_mut(pointer)
        .unwrap_or_else(|| panic!("no {pointer} in the fixture"))
}
