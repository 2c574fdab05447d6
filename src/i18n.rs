//! Every interface string, in both languages. A string is a [`Tr`] constant with both texts, so a missing
//! translation cannot compile. Content (questions, provisions, recommendations) is not here: it comes
//! bilingual from `questionnaires/` and `seeds/`.

use sansang_core::domain::locale::Lang;

/// One interface string in Vietnamese and English.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tr {
    pub vi: &'static str,
    pub en: &'static str,
}

impl Tr {
    /// The text in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Vi => self.vi,
            Lang::En => self.en,
        }
    }
}

macro_rules! tr {
    ($($(#[$doc:meta])* $name:ident = $vi:literal / $en:literal;)*) => {
        $($(#[$doc])* pub const $name: Tr = Tr { vi: $vi, en: $en };)*
    };
}

tr! {
    APP_NAME = "Sẵn Sàng" / "Sẵn Sàng";
    APP_TAGLINE = "Tự đánh giá mức độ sẵn sàng tuân thủ Luật Trí tuệ nhân tạo" / "Readiness self-assessment for Vietnam's AI Law";
    SKIP_TO_CONTENT = "Chuyển đến nội dung chính" / "Skip to main content";
    NAV_LABEL = "Điều hướng chính" / "Main navigation";
    NAV_HOME = "Trang chủ" / "Home";
    NAV_LIBRARY = "Các bản đánh giá" / "Assessments";
    NAV_REPORTS = "Báo cáo" / "Reports";
    NAV_WORKSHOP = "Hội thảo" / "Workshop";
    NAV_HOW_SCORES_WORK = "Cách tính điểm" / "How scores work";
    LANG_SWITCH_LABEL = "Ngôn ngữ" / "Language";
    THEME_LABEL = "Giao diện" / "Theme";
    THEME_SYSTEM = "Theo hệ thống" / "System";
    THEME_LIGHT = "Sáng" / "Light";
    THEME_DARK = "Tối" / "Dark";

    HOME_TITLE = "Tổ chức của Quý vị đã sẵn sàng cho Luật Trí tuệ nhân tạo chưa?" / "Is your organisation ready for Vietnam's AI Law?";
    HOME_INTRO = "Sẵn Sàng giúp tổ chức xác định mức độ rủi ro của từng hệ thống trí tuệ nhân tạo theo Luật Trí tuệ nhân tạo số 134/2025/QH15, đánh giá mức độ sẵn sàng tuân thủ, chỉ ra các khoảng trống pháp lý và đề xuất việc cần làm trước." / "Sẵn Sàng helps an organisation find the risk tier of each of its AI systems under Law No. 134/2025/QH15 on Artificial Intelligence, measure how ready it is to comply, see its legal gaps and decide what to do first.";
    HOME_START = "Bắt đầu tự đánh giá" / "Start a self-assessment";
    HOME_STEPS_TITLE = "Quy trình gồm bốn bước" / "Four steps";
    HOME_STEP_PROFILE = "Hồ sơ tổ chức: lĩnh vực, khu vực công, yếu tố nước ngoài." / "Organisation profile: sector, public sector, foreign elements.";
    HOME_STEP_TRIAGE = "Phân loại rủi ro cho từng hệ thống trí tuệ nhân tạo và các nghĩa vụ kèm theo." / "Risk triage of each AI system, and the obligations that follow.";
    HOME_STEP_QUESTIONS = "Trả lời bộ câu hỏi theo mười nhóm nguyên tắc, kèm ghi chú và bằng chứng." / "Answer the questions in ten principle areas, with notes and evidence.";
    HOME_STEP_RESULTS = "Xem điểm, khoảng trống pháp lý và kế hoạch hành động theo thứ tự ưu tiên." / "See scores, legal gaps and a prioritised action plan.";
    HOME_PRIVACY_TITLE = "Dữ liệu chỉ ở trên trình duyệt này" / "Your data stays in this browser";
    HOME_PRIVACY_BODY = "Không cần tài khoản, không có máy chủ. Mọi thông tin Quý vị nhập chỉ được lưu trong trình duyệt trên thiết bị này và không được gửi đi bất kỳ đâu." / "No account and no server. Everything you enter is kept only in this browser, on this device, and is never sent anywhere.";
    HOME_LEGAL_TITLE = "Không phải tư vấn pháp lý" / "Not legal advice";
    HOME_LEGAL_BODY = "Kết quả chỉ nhằm phục vụ việc tự đánh giá. Một số quy định chưa được đối chiếu đầy đủ với văn bản gốc và được đánh dấu “cần xác nhận”. Đối với quyết định cụ thể, Quý vị nên tham khảo ý kiến luật sư hoặc cơ quan có thẩm quyền." / "The results support a self-assessment only. Some provisions have not yet been fully checked against the official text and are marked “subject to confirmation”. For a specific decision, consult a lawyer or the competent authority.";
    HOME_BASIS_TITLE = "Căn cứ" / "Legal basis";
    HOME_BASIS_BODY = "Luật Trí tuệ nhân tạo số 134/2025/QH15 (có hiệu lực từ ngày 01/3/2026), Nghị định số 142/2026/NĐ-CP, Quyết định số 33/2026/QĐ-TTg, Khung đạo đức trí tuệ nhân tạo quốc gia (Thông tư số 05/2026/TT-BKHCN) và Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15. Mỗi câu hỏi dẫn chiếu đến điều, khoản cụ thể." / "Law No. 134/2025/QH15 on Artificial Intelligence (in force since 1 Mar 2026), Decree No. 142/2026/NĐ-CP, Decision No. 33/2026/QĐ-TTg, the National AI Ethics Framework (Circular No. 05/2026/TT-BKHCN) and Personal Data Protection Law No. 91/2025/QH15. Every question cites the article and clause it comes from.";

    LIBRARY_TITLE = "Các bản đánh giá" / "Assessments";
    ASSESSMENT_TITLE = "Bảng câu hỏi" / "Questionnaire";
    RESULTS_TITLE = "Kết quả" / "Results";
    REPORTS_TITLE = "Báo cáo" / "Reports";
    WORKSHOP_TITLE = "Hội thảo" / "Workshop";
    HOW_SCORES_WORK_TITLE = "Cách tính điểm" / "How scores work";
    PAGE_IN_PROGRESS = "Trang này đang được xây dựng và sẽ có trong phiên bản tiếp theo." / "This page is being built and arrives in the next version.";
    BACK_HOME = "Về trang chủ" / "Back to the home page";

    NOT_FOUND_TITLE = "Không tìm thấy trang" / "Page not found";
    NOT_FOUND_BODY = "Địa chỉ này không dẫn đến trang nào của Sẵn Sàng." / "This address does not lead to any page of Sẵn Sàng.";

    STORAGE_UNAVAILABLE = "Trình duyệt không cho phép lưu dữ liệu. Quý vị vẫn có thể sử dụng, nhưng mọi thông tin sẽ mất khi đóng thẻ này." / "This browser does not allow saving data. You can still use the tool, but everything will be lost when you close this tab.";
    STORAGE_WRITE_FAILED = "Không lưu được lựa chọn này vào trình duyệt." / "This choice could not be saved in this browser.";

    FOOTER_PRIVACY = "Không có máy chủ: dữ liệu không rời khỏi thiết bị này." / "No server: your data never leaves this device.";
    FOOTER_LEGAL = "Không phải tư vấn pháp lý." / "Not legal advice.";
}
