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

/// Declares interface strings: `tr! { pub => NAME = "vi" / "en"; … }` (the visibility may be left empty).
/// Every string has both languages, or the build fails.
macro_rules! tr {
    (pub => $($(#[$doc:meta])* $name:ident = $vi:literal / $en:literal;)*) => {
        $($(#[$doc])* pub const $name: $crate::i18n::Tr = $crate::i18n::Tr { vi: $vi, en: $en };)*
    };
    (=> $($(#[$doc:meta])* $name:ident = $vi:literal / $en:literal;)*) => {
        $($(#[$doc])* const $name: $crate::i18n::Tr = $crate::i18n::Tr { vi: $vi, en: $en };)*
    };
}

// The journey (issue 10): drafts, the guided triage, the live score, results, the library.
tr! { pub =>
    CHANGED_ELSEWHERE = "Nội dung này vừa được thay đổi ở một thẻ khác:" / "This was changed in another tab:";
    USE_OTHER_VERSION = "Dùng bản kia" / "Use that version";
    KEEP_MINE = "Giữ bản của tôi" / "Keep mine";
    THIS_SECTION = "Nhóm này" / "This section";
    ABOUT_SECTION = "Giới thiệu nhóm câu hỏi" / "About this section";
    HOW_SCORES_WORK_INTRO = "Mô hình tính điểm được công bố đầy đủ, bằng tiếng Việt và tiếng Anh, để mọi con số đều có thể được tính lại bằng tay." / "The scoring model is published in full, in Vietnamese and English, so that every figure can be recomputed by hand.";
    HOW_SCORES_WORK_OPEN = "Đọc mô hình tính điểm" / "Read the scoring model";
    NOT_YET_CLASSIFIED = "Chưa phân loại" / "Not yet classified";
    SO_FAR = "theo các câu trả lời hiện có" / "on the answers so far";
    NO_TO_REST = "Trả lời “Không” cho các câu còn lại" / "Answer “No” to the rest";
    NO_TO_REST_HINT = "Chỉ áp dụng cho các câu chưa trả lời ở bước này; Quý vị vẫn có thể sửa từng câu." / "Only for the questions of this step not yet answered; each can still be changed.";
    QUESTIONS_LEFT = "câu hỏi chưa trả lời ở bước này" / "questions of this step not answered yet";
    STEP_WORD = "Bước" / "Step";
    BACK = "Quay lại" / "Back";
    NEXT = "Tiếp theo" / "Next";
    OBL_NO_EVIDENCE_YET = "Chưa có bằng chứng" / "No evidence yet";
    UNANSWERED = "Chưa trả lời" / "Unanswered";
    CLAIMED = "tự đánh giá" / "claimed";
    RESULTS_SUMMARY = "Tóm tắt" / "Summary";
    PROVISIONAL_WHY = "Kết quả là tạm tính cho đến khi mọi câu hỏi áp dụng đều được trả lời: câu hỏi chưa trả lời được tính 0 điểm." / "The result is provisional until every applicable question is answered: unanswered questions count 0.";
    TOP_ACTIONS = "Việc cần làm trước" / "What to do first";
    NO_ACTIONS = "Không còn việc nào trong kế hoạch hành động." / "Nothing is left in the action plan.";
    SEARCH_LABEL = "Tìm theo tên hoặc tổ chức" / "Search by name or organisation";
    SORT_LABEL = "Sắp xếp theo" / "Sort by";
    SORT_UPDATED = "Thay đổi gần nhất" / "Last change";
    SORT_NAME = "Tên" / "Name";
    SORT_ORGANISATION = "Tổ chức" / "Organisation";
    SORT_BAND = "Mức sẵn sàng" / "Readiness band";
    NO_MATCH = "Không có bản đánh giá nào khớp với từ khóa." / "No assessment matches the search.";
}

/// "đã trả lời 17/95 câu" (vi), "17 of 95 answered" (en).
pub fn answered_of(answered: usize, visible: usize, lang: Lang) -> String {
    match lang {
        Lang::Vi => format!("đã trả lời {answered}/{visible} câu"),
        Lang::En => format!("{answered} of {visible} answered"),
    }
}

tr! { pub =>
    APP_NAME = "Sẵn Sàng" / "Sẵn Sàng";
    APP_TAGLINE = "Tự đánh giá mức độ sẵn sàng tuân thủ Luật Trí tuệ nhân tạo" / "Readiness self-assessment for Vietnam's AI Law";
    SKIP_TO_CONTENT = "Chuyển đến nội dung chính" / "Skip to main content";
    NAV_LABEL = "Điều hướng chính" / "Main navigation";
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
    HOME_PRIVACY_TITLE = "Dữ liệu chỉ được lưu trong trình duyệt này" / "Your data stays in this browser";
    HOME_PRIVACY_BODY = "Không cần tài khoản, không có máy chủ. Mọi thông tin Quý vị nhập chỉ được lưu trong trình duyệt trên thiết bị này và không được gửi đi bất kỳ đâu." / "No account and no server. Everything you enter is kept only in this browser, on this device, and is never sent anywhere.";
    HOME_LEGAL_TITLE = "Không phải tư vấn pháp lý" / "Not legal advice";
    HOME_LEGAL_BODY = "Kết quả chỉ nhằm phục vụ việc tự đánh giá. Một số quy định chưa được đối chiếu đầy đủ với văn bản gốc và được đánh dấu “cần xác nhận”. Đối với quyết định cụ thể, Quý vị nên tham khảo ý kiến luật sư hoặc cơ quan có thẩm quyền." / "The results support a self-assessment only. Some provisions have not yet been fully checked against the official text and are marked “subject to confirmation”. For a specific decision, consult a lawyer or the competent authority.";
    HOME_BASIS_TITLE = "Căn cứ pháp lý" / "Legal basis";
    HOME_BASIS_BODY = "Luật Trí tuệ nhân tạo số 134/2025/QH15 (có hiệu lực từ ngày 01/03/2026), Nghị định số 142/2026/NĐ-CP, Quyết định số 33/2026/QĐ-TTg, Khung đạo đức trí tuệ nhân tạo quốc gia (Thông tư số 05/2026/TT-BKHCN) và Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15. Mỗi câu hỏi dẫn chiếu đến điều, khoản cụ thể." / "Law No. 134/2025/QH15 on Artificial Intelligence (in force since 1 Mar 2026), Decree No. 142/2026/NĐ-CP, Decision No. 33/2026/QĐ-TTg, the National AI Ethics Framework (Circular No. 05/2026/TT-BKHCN) and Personal Data Protection Law No. 91/2025/QH15. Every question cites the article and clause it comes from.";

    LIBRARY_TITLE = "Các bản đánh giá" / "Assessments";
    RESULTS_TITLE = "Kết quả" / "Results";
    REPORTS_TITLE = "Báo cáo" / "Reports";
    WORKSHOP_TITLE = "Hội thảo" / "Workshop";
    HOW_SCORES_WORK_TITLE = "Cách tính điểm" / "How scores work";
    PAGE_IN_PROGRESS = "Trang này đang được xây dựng và sẽ có trong phiên bản tiếp theo." / "This page is being built and will be available in the next version.";
    BACK_HOME = "Về trang chủ" / "Back to the home page";

    NOT_FOUND_TITLE = "Không tìm thấy trang" / "Page not found";
    NOT_FOUND_BODY = "Địa chỉ này không dẫn đến trang nào của Sẵn Sàng." / "This address does not lead to any page of Sẵn Sàng.";

    STORAGE_UNAVAILABLE = "Trình duyệt không cho phép lưu dữ liệu. Quý vị vẫn có thể sử dụng, nhưng mọi thông tin sẽ bị mất khi đóng thẻ này." / "This browser does not allow saving data. You can still use the tool, but everything will be lost when you close this tab.";
    STORAGE_WRITE_FAILED = "Không lưu được lựa chọn này vào trình duyệt." / "This choice could not be saved in this browser.";

    // Questions
    HELP_SUMMARY = "Giải thích" / "Explanation";
    EVIDENCE_HINT_SUMMARY = "Bằng chứng phù hợp" / "What counts as evidence";
    CITATIONS_SUMMARY = "Căn cứ pháp lý" / "Legal basis";
    SUBJECT_TO_CONFIRMATION = "Cần xác nhận" / "Subject to confirmation";
    SUBJECT_TO_CONFIRMATION_HINT = "Điều khoản này chưa được đối chiếu đầy đủ với văn bản gốc." / "This provision has not yet been fully checked against the official text.";
    OPEN_SOURCE = "Mở văn bản" / "Open the text";
    LEGAL_DUTY = "Nghĩa vụ pháp lý" / "Legal duty";
    DONT_KNOW = "Chưa rõ" / "Don't know";
    NOT_APPLICABLE = "Không áp dụng" / "Not applicable";
    NA_REASON = "Lý do không áp dụng (bắt buộc)" / "Why it does not apply (required)";
    NA_REASON_MISSING = "Vui lòng nêu lý do; nếu không, câu hỏi được tính là chưa trả lời." / "Please give a reason; without one the question counts as unanswered.";
    NOTE_LABEL = "Ghi chú và bằng chứng" / "Notes and evidence";
    NOTE_HINT = "Tài liệu nào đã có, lưu ở đâu, ai phụ trách." / "Which documents exist, where they are kept, who is responsible.";
    LINKS_LABEL = "Liên kết đến bằng chứng (mỗi dòng một liên kết http hoặc https)" / "Links to evidence (one http or https link per line)";
    LINK_NOT_HTTP = "không phải liên kết http(s), chỉ hiển thị dưới dạng văn bản" / "not an http(s) link, shown as text only";
    CLEAR_ANSWER = "Xoá câu trả lời" / "Clear the answer";
    LEVEL_NEEDS_EVIDENCE = "Mức cao nhất chỉ được tính khi có ghi chú hoặc liên kết bằng chứng." / "The top level counts only with a note or an evidence link.";

    // Library
    LIBRARY_INTRO = "Mỗi bản đánh giá được lưu riêng trong trình duyệt này. Quý vị có thể quay lại bất cứ lúc nào." / "Each assessment is saved separately in this browser. You can come back to it at any time.";
    LIBRARY_EMPTY = "Chưa có bản đánh giá nào." / "There are no assessments yet.";
    NEW_ASSESSMENT = "Tạo bản đánh giá mới" / "New assessment";
    NEW_ASSESSMENT_NAME = "Bản đánh giá mới" / "New assessment";
    COPY_SUFFIX = " (bản sao)" / " (copy)";
    COL_NAME = "Tên" / "Name";
    COL_ORGANISATION = "Tổ chức" / "Organisation";
    COL_UPDATED = "Cập nhật lần cuối" / "Last change";
    COL_PROGRESS = "Tiến độ" / "Progress";
    COL_BAND = "Mức sẵn sàng" / "Readiness";
    COL_ACTIONS = "Thao tác" / "Actions";
    RENAME = "Đổi tên" / "Rename";
    SAVE = "Lưu" / "Save";
    CANCEL = "Huỷ" / "Cancel";
    DUPLICATE = "Nhân bản" / "Duplicate";
    DELETE = "Xoá" / "Delete";
    CONFIRM_DELETE = "Xoá bản đánh giá này? Có thể hoàn tác ngay sau đó." / "Delete this assessment? You can undo it right after.";
    DELETED = "Đã xoá bản đánh giá." / "The assessment was deleted.";
    UNDO = "Hoàn tác" / "Undo";
    LOADING_CONTENT = "Đang tải bộ câu hỏi…" / "Loading the questionnaires…";
    CONTENT_FAILED = "Không tải được bộ câu hỏi. Nếu Quý vị đang ngoại tuyến, hãy kết nối mạng một lần để tải về; sau đó, công cụ vẫn hoạt động khi không có mạng." / "The questionnaires could not be loaded. If you are offline, connect once to download them; after that the tool works offline.";
    RETRY = "Thử lại" / "Try again";
    NOT_ASSESSED = "Chưa đánh giá" / "Not assessed";
    SAVED = "Đã lưu trong trình duyệt" / "Saved in this browser";
    SAVE_FAILED = "Không lưu được thay đổi gần nhất; bản đã lưu trước đó vẫn còn nguyên. Trình duyệt có thể đã hết dung lượng lưu trữ." / "The last change could not be saved; the previously saved version is intact. The browser may be out of storage space.";
    MEMORY_ONLY = "Chỉ lưu tạm trong thẻ này" / "Kept in this tab only";
    ASSESSMENT_NOT_FOUND = "Không tìm thấy bản đánh giá này trong trình duyệt." / "This assessment is not in this browser.";

    // Workspace
    STEPS_LABEL = "Các bước đánh giá" / "Assessment steps";
    STEP_PROFILE = "Hồ sơ tổ chức" / "Organisation profile";
    STEP_SYSTEMS = "Hệ thống trí tuệ nhân tạo" / "AI systems";
    STEP_QUESTIONS = "Bộ câu hỏi" / "Questionnaire";
    STEP_RESULTS = "Kết quả" / "Results";
    ASSESSMENT_NAME = "Tên bản đánh giá" / "Assessment name";
    ORGANISATION_NAME = "Tên tổ chức" / "Organisation name";
    SYSTEMS_INTRO = "Liệt kê các hệ thống trí tuệ nhân tạo mà tổ chức phát triển, cung cấp, triển khai hoặc sử dụng, kể cả trí tuệ nhân tạo được tích hợp trong phần mềm mua ngoài. Mỗi hệ thống được phân loại rủi ro riêng." / "List the AI systems the organisation develops, provides, deploys or uses, including AI built into purchased software. Each system gets its own risk triage.";
    SYSTEM_NAME = "Tên hệ thống" / "System name";
    ADD_SYSTEM = "Thêm hệ thống" / "Add system";
    REMOVE = "Gỡ bỏ" / "Remove";
    CONFIRM_REMOVE_SYSTEM = "Gỡ hệ thống này cùng các câu trả lời phân loại?" / "Remove this system and its triage answers?";
    NO_SYSTEMS = "Chưa có hệ thống nào." / "No systems yet.";
    TRIAGE = "Phân loại rủi ro" / "Risk triage";
    TIER = "Mức rủi ro" / "Risk tier";
    TRIAGE_INCOMPLETE = "Chưa đủ câu trả lời: kết quả có thể thay đổi." / "Not all questions are answered: the result may change.";
    WHY = "Lý do" / "Why";
    OBLIGATIONS = "Nghĩa vụ áp dụng" / "Obligations that apply";
    DEADLINE = "Thời hạn" / "Deadline";
    BEFORE_USE = "Trước khi đưa vào sử dụng" / "Before use";
    BEFORE_DATE = "Trước ngày" / "Before";
    WITHIN_HOURS = "giờ kể từ" / "hours after";
    ONGOING = "Thường xuyên" / "Ongoing";
    TRANSITION = "Thời hạn chuyển tiếp" / "Transition deadline";
    BACK_TO_SYSTEMS = "Về danh sách hệ thống" / "Back to the AI systems";
    NEXT_STEP = "Bước tiếp theo" / "Next step";

    // Questionnaire
    SECTIONS_LABEL = "Các nhóm câu hỏi" / "Question sections";
    ANSWERED_OF = "đã trả lời" / "answered";
    NEXT_UNANSWERED = "Đến câu chưa trả lời tiếp theo" / "Go to the next unanswered question";
    ALL_ANSWERED = "Quý vị đã trả lời tất cả các câu hỏi áp dụng." / "You have answered every question that applies.";
    PREVIOUS_SECTION = "Nhóm trước" / "Previous section";
    NEXT_SECTION = "Nhóm tiếp theo" / "Next section";
    INDEX = "Chỉ số sẵn sàng" / "Readiness index";
    PROVISIONAL = "tạm tính" / "provisional";
    PROGRESS = "Tiến độ" / "Progress";
    QUESTIONS_INTRO = "Các câu hỏi hiển thị tuỳ theo hồ sơ tổ chức, vai trò và mức rủi ro của các hệ thống. Mỗi câu trả lời được lưu ngay." / "The questions shown depend on the organisation profile, its roles and its systems' risk tiers. Every answer is saved at once.";
    NO_QUESTIONS_VISIBLE = "Không có câu hỏi nào áp dụng trong nhóm này." / "No question in this section applies.";
    SEE_RESULTS = "Xem kết quả" / "See the results";

    // Results
    RESULTS_INTRO = "Kết quả được tính lại ngay khi câu trả lời thay đổi. Mức rủi ro của từng hệ thống được trình bày riêng và không được tính vào điểm sẵn sàng." / "Results are recomputed as soon as an answer changes. Each system's risk tier is shown separately and never added into the readiness score.";
    BAND = "Mức sẵn sàng" / "Readiness band";
    COVERAGE = "Độ bao phủ" / "Coverage";
    EVIDENCE_RATE = "Tỷ lệ có bằng chứng" / "Evidence rate";
    UNCERTAINTY = "Mức chưa rõ" / "Uncertainty";
    SECTION_SCORES = "Điểm theo nhóm câu hỏi" / "Scores by section";
    COL_SECTION = "Nhóm" / "Section";
    COL_SCORE = "Điểm" / "Score";
    GATES = "Điều kiện giới hạn đã áp dụng" / "Gates that applied";
    GATE_PROHIBITED = "Có hệ thống thuộc trường hợp hành vi bị nghiêm cấm: kết quả là “Chưa sẵn sàng”, bất kể điểm trung bình." / "A system falls under a prohibited use: the result is “Not ready” whatever the average.";
    GATE_UNMET = "Có nghĩa vụ pháp lý áp dụng chưa được đáp ứng: mức sẵn sàng bị giới hạn." / "A legal duty that applies is not met: the band is capped.";
    GATE_PARTLY = "Có nghĩa vụ pháp lý áp dụng mới được đáp ứng một phần: chưa thể đạt mức cao nhất." / "A legal duty that applies is only partly met: the top band is out of reach.";
    LEGAL_GAPS = "Khoảng trống pháp lý" / "Legal gaps";
    NO_LEGAL_GAPS = "Không có nghĩa vụ pháp lý áp dụng nào chưa được đáp ứng." / "No legal duty that applies is unmet.";
    STATUS_UNMET = "Chưa đáp ứng" / "Not met";
    STATUS_PARTLY = "Đáp ứng một phần" / "Partly met";
    SYSTEMS_AND_OBLIGATIONS = "Hệ thống trí tuệ nhân tạo và nghĩa vụ" / "AI systems and obligations";
    HOW_SCORES_WORK_LINK = "Cách tính điểm" / "How scores work";

    SHOW_AS_TABLE = "Xem dưới dạng bảng" / "Show as a table";
    CHART_RADAR_TITLE = "Mức sẵn sàng theo nhóm nguyên tắc" / "Readiness by principle area";
    CHART_RADAR_DESC = "Biểu đồ radar: mỗi trục là một nhóm câu hỏi, điểm từ 0 ở tâm đến 100 ở vòng ngoài." / "Radar chart: one axis per question section, from 0 at the centre to 100 at the outer ring.";
    CHART_BARS_TITLE = "Điểm theo nhóm câu hỏi so với ngưỡng các mức sẵn sàng" / "Scores by section against the band thresholds";
    CHART_BARS_DESC = "Biểu đồ thanh: mỗi thanh là điểm của một nhóm (0–100); các đường đứt nét là ngưỡng của các mức sẵn sàng." / "Bar chart: one bar per section (0–100); dashed lines mark the band thresholds.";
    CHART_SCORE_LABEL = "Điểm (0–100)" / "Score (0–100)";
    LIFT_TITLE = "Những việc giúp nâng mức sẵn sàng nhanh nhất" / "What would lift the band soonest";
    LIFT_INTRO = "Mỗi bước đưa một câu hỏi lên mức cao nhất, kèm bằng chứng. Kết quả sau từng bước:" / "Each step raises one question to the top level, with evidence. The result after each step:";
    LIFT_EMPTY = "Không có: đã ở mức cao nhất, hoặc có hành vi bị nghiêm cấm cần chấm dứt trước." / "None: either the top band is reached, or a prohibited use must stop first.";
    AFTER_STEP = "sau bước này" / "after this step";
    ACTION_PLAN = "Kế hoạch hành động" / "Action plan";
    ACTION_PLAN_INTRO = "Nghĩa vụ pháp lý được xếp trước, các mục còn lại xếp theo mức ưu tiên (trọng số × khoảng trống × mức rủi ro). Người phụ trách, hạn hoàn thành và trạng thái được lưu cùng bản đánh giá và không làm thay đổi điểm." / "Legal duties first, then by priority (weight × gap × risk tier). Owner, due date and status are saved with the assessment and never change the score.";
    GROUP_UNMET_DUTY = "Nghĩa vụ chưa đáp ứng" / "Unmet duty";
    GROUP_PARTLY_DUTY = "Nghĩa vụ đáp ứng một phần" / "Partly met duty";
    GROUP_OTHER = "Thực hành tốt" / "Good practice";
    CURRENT_LEVEL = "Mức hiện tại" / "Current level";
    OWNER = "Người phụ trách" / "Owner";
    DUE = "Hạn hoàn thành" / "Due date";
    STATUS = "Trạng thái" / "Status";
    STATUS_TODO = "Cần làm" / "To do";
    STATUS_IN_PROGRESS = "Đang thực hiện" / "In progress";
    STATUS_DONE = "Đã hoàn thành" / "Done";
    SHOW_ALL = "Hiện tất cả" / "Show all";
    OBL_MET = "Đã đáp ứng" / "Met";
    OBL_PARTLY = "Đáp ứng một phần" / "Partly met";
    OBL_NOT_MET = "Chưa đáp ứng" / "Not met";
    OBL_UNKNOWN = "Chưa xác định" / "Unknown";
    OBL_TO_CHECK = "Cần kiểm tra thủ công" / "Check by hand";
    COSTLY_ITEMS = "Câu hỏi làm giảm điểm nhiều nhất" / "Questions that cost the most points";
    POINTS_LOST = "điểm bị mất" / "points lost";

    // Backup, export and import
    EXPORT = "Xuất tệp" / "Export";
    BACKUP_TITLE = "Sao lưu và nhập dữ liệu" / "Backup and import";
    BACKUP_INTRO = "Dữ liệu chỉ nằm trong trình duyệt này. Quý vị nên định kỳ tải bản sao lưu để không bị mất dữ liệu khi xoá dữ liệu trình duyệt hoặc đổi máy. Tệp được tạo và đọc ngay trên thiết bị này, không được gửi đi đâu." / "Your data lives only in this browser. Download a backup regularly so nothing is lost when browser data is cleared or you change computers. Files are created and read on this device and sent nowhere.";
    DOWNLOAD_BACKUP = "Tải bản sao lưu (tất cả bản đánh giá)" / "Download a backup (all assessments)";
    IMPORT_FILE = "Nhập từ tệp JSON (một bản đánh giá hoặc bản sao lưu)" / "Import from a JSON file (one assessment or a backup)";
    IMPORT_REJECTED = "Không nhập được tệp này; dữ liệu hiện có không thay đổi." / "This file could not be imported; nothing was changed.";
    IMPORT_TOO_LARGE = "Tệp quá lớn để nhập." / "The file is too large to import.";
    IMPORT_UNREADABLE = "Không đọc được tệp." / "The file could not be read.";
    IMPORT_CONFLICTS = "Các bản đánh giá sau đã có trong trình duyệt nhưng khác nội dung. Quý vị muốn xử lý thế nào?" / "These assessments already exist in this browser with different content. What should happen?";
    IN_BROWSER = "Trong trình duyệt" / "In this browser";
    IN_FILE = "Trong tệp" / "In the file";
    REPLACE = "Thay thế bằng bản trong tệp" / "Replace with the file's version";
    KEEP_BOTH = "Giữ cả hai" / "Keep both";
    SKIP = "Bỏ qua" / "Skip";
    IMPORT_CONFIRM = "Nhập" / "Import";
    UNREADABLE_TITLE = "Dữ liệu không đọc được đã được giữ nguyên" / "Unreadable data was kept as it is";
    UNREADABLE_INTRO = "Các mục sau trong trình duyệt không đọc được (hỏng, không phải của Sẵn Sàng, hoặc do phiên bản mới hơn tạo ra). Chúng không bị sửa hay xoá. Quý vị có thể tải về để lưu giữ hoặc gửi cho người hỗ trợ." / "These entries in this browser could not be read (damaged, not Sẵn Sàng's, or written by a newer version). They are neither changed nor deleted. You can download them to keep or to send to whoever supports you.";
    DOWNLOAD = "Tải về" / "Download";
    NEWER_VERSION_ENTRY = "Bản đánh giá này do một phiên bản mới hơn của Sẵn Sàng tạo ra (định dạng" / "This assessment was written by a newer version of Sẵn Sàng (format";
    NEWER_VERSION_READ_ONLY = "). Chỉ xem: dữ liệu được giữ nguyên và sẽ không bị ghi đè. Hãy mở bằng phiên bản mới hơn." / "). Read only: it is kept as it is and will not be overwritten. Open it with the newer version.";
    LAST_CHANGE = "Cập nhật lần cuối" / "Last change";
    KEPT_ASIDE = "Mục đã lưu của bản đánh giá này không đọc được và được giữ nguyên; các thay đổi hiện không được lưu." / "This assessment's saved entry could not be read and is kept as it is; changes are not being saved.";

    FOOTER_PRIVACY = "Không có máy chủ: dữ liệu không rời khỏi thiết bị này." / "No server: your data never leaves this device.";
    FOOTER_LEGAL = "Không phải tư vấn pháp lý." / "Not legal advice.";
}

// Score details (src/app/components/score_details.rs, docs/scoring.md model 2)
tr! { pub =>
    SD_TITLE = "Cơ sở của kết quả" / "What the result rests on";
    SD_PROVISIONAL_BECAUSE = "Kết quả là tạm tính vì:" / "The result is provisional because:";
    SD_COUNTS_TITLE = "Số câu hỏi theo từng phần và toàn bộ" / "Questions counted per section and overall";
    SD_COL_PART = "Phần" / "Part";
    SD_COL_SCORE = "Điểm" / "Score";
    SD_COL_MET = "Đáp ứng" / "Met";
    SD_COL_PARTLY = "Đáp ứng một phần" / "Partly met";
    SD_COL_NOT_MET = "Chưa đáp ứng" / "Not met";
    SD_COL_NA = "Không áp dụng" / "N/A";
    SD_COL_DONT_KNOW = "Không rõ" / "Don't know";
    SD_COL_UNANSWERED = "Chưa trả lời" / "Unanswered";
    SD_COL_NA_SHARE = "Tỷ lệ không áp dụng" / "N/A share";
    SD_COL_DK_SHARE = "Tỷ lệ không rõ" / "Don't-know share";
    SD_OVERALL = "Toàn bộ" / "Overall";
    SD_SYSTEMS_TITLE = "Kết quả theo từng hệ thống AI" / "Result per AI system";
    SD_SYSTEM_SCORE = "Mức sẵn sàng của các câu hỏi liên quan đến nghĩa vụ" / "Readiness of the questions behind its obligations";
    SD_SYSTEM_QUESTIONS = "câu hỏi" / "questions";
    SD_SYSTEM_OBLIGATIONS = "nghĩa vụ áp dụng." / "applicable obligations.";
    SD_SYSTEM_UNMET = "Nghĩa vụ pháp lý chưa đáp ứng" / "Legal duties not met";
    SD_SYSTEM_PARTLY = "Nghĩa vụ pháp lý mới đáp ứng một phần" / "Legal duties partly met";
    SD_NA_TITLE = "Các câu trả lời \"không áp dụng\" cần rà soát" / "\"Not applicable\" answers to review";
    SD_NA_NONE = "Không có câu hỏi nào được đánh dấu \"không áp dụng\"." / "No question is marked \"not applicable\".";
    SD_MODEL = "Mô hình tính điểm số" / "Scoring model";
}

// Issue 11: the List finder (src/app/components/list_finder.rs) and the triage outcome texts.
tr! { pub =>
    LIST_TITLE = "Tra cứu Danh mục hệ thống trí tuệ nhân tạo có rủi ro cao" / "Search the List of high-risk AI systems";
    LIST_SEARCH_LABEL = "Tìm theo từ khóa (tiếng Việt có dấu hoặc không dấu, hoặc tiếng Anh)" / "Search by keyword (Vietnamese with or without diacritics, or English)";
    LIST_SEARCH_PLACEHOLDER = "Ví dụ: chấm điểm người học, tín dụng, sinh trắc học" / "For example: grading learners, credit, biometric";
    LIST_MATCHES = "Số dòng phù hợp" / "Matching rows";
    LIST_NO_MATCH = "Không tìm thấy dòng phù hợp trong các dòng đã biết. Điều này chưa cho thấy hệ thống không thuộc Danh mục." / "No known row matches. That does not yet show the system is not on the List.";
    LIST_CONDITIONS = "Điều kiện:" / "Conditions:";
    LIST_CERTIFICATION = "Phải chứng nhận trước khi sử dụng" / "Certification before use";
    LIST_INCOMPLETE = "Các lĩnh vực chưa biết đầy đủ các dòng:" / "Sectors whose rows are not all known:";
    LIST_OFFICIAL_TEXT = "Đọc văn bản chính thức" / "Read the official text";
    TIER_UNRESOLVED_NOTE = "Kết quả tạm thời: chưa xác định được mức rủi ro vì Danh mục chưa được đối chiếu. Chỉ những nghĩa vụ chung của cả hai khả năng được áp dụng." / "Provisional result: the tier is unresolved because the List has not been checked. Only the duties common to both outcomes apply.";
    OUTCOME_IF_LISTED = "Nếu thuộc Danh mục" / "If on the List";
    OUTCOME_IF_NOT_LISTED = "Nếu không thuộc Danh mục" / "If not on the List";
    FINDINGS_TITLE = "Khuyến nghị" / "Recommendations";
    DEADLINE_BASIS = "Căn cứ thời hạn" / "Basis of the deadline";
    DEADLINE_UNCONFIRMED = "Cách hiểu này cần xác nhận" / "This reading is subject to confirmation";
}
