//! "How scores work": the whole scoring model of docs/scoring.md, in words, tables and formulas, so that a
//! compliance officer, a consultant or a regulator can follow every number and recompute it by hand.
//! The page is static text: it computes nothing. It is written as data (the [`Block`]s of [`PAGE`]) and drawn
//! by one small renderer, which keeps the bundle small.

use leptos::prelude::*;
use sansang_core::domain::locale::Lang;

use crate::app::state::use_app_state;
use crate::i18n::{self, Tr};

use crate::i18n::tr;

tr! { =>
    // Introduction
    INTRO_LEAD = "Điểm sẵn sàng trả lời một câu hỏi duy nhất: trong số các yêu cầu áp dụng đối với tổ chức, tổ chức đã thực hiện và chứng minh được bao nhiêu phần? Trang này công bố đầy đủ mô hình tính điểm (mô hình tính điểm số 1) để cán bộ tuân thủ, chuyên gia tư vấn và cơ quan quản lý có thể hiểu và tự kiểm tra mọi kết quả." / "The readiness score answers one question: what share of the requirements that apply to this organisation has it demonstrably put in place? This page publishes the scoring model (scoring model 1) in full, so that compliance officers, consultants and regulators can understand and check every result.";
    INTRO_REPRODUCIBLE = "Kết quả có thể tái lập: với cùng các câu trả lời và cùng phiên bản bộ câu hỏi, mô hình luôn cho ra cùng các con số. Mỗi kết quả ghi lại mã và phiên bản bộ câu hỏi, các trọng số và các ngưỡng đã sử dụng, nhờ đó chuyên gia tư vấn hoặc cơ quan quản lý có thể tự tính lại bằng tay." / "Results are reproducible: given the same answers and the same questionnaire version, the model always produces the same numbers. Every result records the questionnaire id and version, the weights and the thresholds it used, so a consultant or a regulator can recompute it by hand.";
    INTRO_RISK_APART = "Mức độ sẵn sàng và mức rủi ro được tách riêng. Mức rủi ro của từng hệ thống trí tuệ nhân tạo được xác định ở bước phân loại rủi ro (ngoài phạm vi, bị nghiêm cấm, rủi ro cao, có thể rủi ro cao, rủi ro trung bình, rủi ro thấp) và quyết định câu hỏi nào, nghĩa vụ pháp lý nào áp dụng. Mức rủi ro được hiển thị bên cạnh kết quả đánh giá mức độ sẵn sàng và không bao giờ được cộng hay tính bình quân vào chỉ số sẵn sàng." / "Readiness and risk are kept apart. The risk tier of each AI system comes from triage (out of scope, prohibited, high, possibly high, medium, low) and decides which questions and which legal duties apply. It is shown next to the readiness result and is never added or averaged into the readiness index.";
    INTRO_NOT_ADVICE_TERM = "Không phải tư vấn pháp lý." / "Not legal advice.";
    INTRO_NOT_ADVICE = "Điểm sẵn sàng là kết quả tự đánh giá dựa trên thông tin do tổ chức tự cung cấp. Điểm này không xác nhận việc tuân thủ và không thay thế ý kiến của luật sư hoặc cơ quan có thẩm quyền." / "The readiness score is a self-assessment based on the organisation's own answers. It does not certify compliance and does not replace the advice of a lawyer or the competent authority.";

    // 1. Which questions count
    APPLICABLE_TITLE = "Câu hỏi nào được tính" / "Which questions count";
    APPLICABLE_INTRO = "Một câu hỏi đánh giá mức độ sẵn sàng chỉ được tính khi câu hỏi đó áp dụng đối với tổ chức, tức là khi đồng thời:" / "A readiness question counts only when it is applicable, that is, when both of these hold:";
    APPLICABLE_VISIBLE = "câu hỏi được hiển thị: điều kiện áp dụng của câu hỏi được thỏa mãn, căn cứ vào hồ sơ tổ chức, các vai trò mà tổ chức đảm nhận và mức rủi ro của các hệ thống trí tuệ nhân tạo thuộc phạm vi điều chỉnh;" / "it is visible: its condition holds, given the organisation profile, the roles the organisation holds and the risk tiers of its in-scope AI systems;";
    APPLICABLE_NOT_NA = "câu trả lời không phải là một lựa chọn “Không áp dụng” hợp lệ." / "the answer is not a valid “not applicable”.";
    APPLICABLE_HIDDEN = "Câu hỏi bị ẩn không được tính ở bất kỳ đâu: không vào điểm, không vào độ bao phủ, không vào kế hoạch hành động. Vì vậy, những câu hỏi mà người dùng chưa từng nhìn thấy không thể làm tăng hay giảm bất kỳ kết quả nào." / "A hidden question counts nowhere: not in a score, not in coverage, not in the action plan. Questions the user never saw therefore cannot lower or raise anything.";
    APPLICABLE_SYSTEMS = "Các hệ thống trí tuệ nhân tạo được tính là những hệ thống có kết quả phân loại rủi ro khác “Ngoài phạm vi”." / "The AI systems that count are those whose triage tier is not “out of scope”.";

    // 2. Item score
    ITEM_TITLE = "Điểm của từng câu hỏi" / "Item score";
    ITEM_INTRO = "Mọi câu hỏi đều được trả lời theo cùng một thang bốn mức, và mỗi câu hỏi mô tả cụ thể từng mức trong bối cảnh của câu hỏi đó. Mỗi mức tương ứng với một điểm câu hỏi s, từ 0 đến 1." / "Every question is answered on the same four-level scale, and each question describes in its own terms what each level looks like. Each level gives an item score s between 0 and 1.";
    ITEM_CAPTION = "Thang bốn mức và điểm câu hỏi s" / "The four-level scale and the item score s";
    COL_LEVEL = "Mức" / "Level";
    COL_MEANING = "Ý nghĩa" / "Meaning";
    COL_ITEM_SCORE = "Điểm câu hỏi s" / "Item score s";
    LEVEL_0 = "Chưa có" / "Not in place";
    LEVEL_1 = "Đã có kế hoạch hoặc thực hiện tự phát" / "Planned or ad hoc";
    LEVEL_2 = "Đã triển khai một phần" / "Partly implemented";
    LEVEL_3 = "Đã triển khai đầy đủ và có bằng chứng" / "Fully implemented and evidenced";
    SCORE_ONE_THIRD = "1/3 (≈ 0,33)" / "1/3 (≈ 0.33)";
    SCORE_TWO_THIRDS = "2/3 (≈ 0,67)" / "2/3 (≈ 0.67)";
    WEIGHT_INTRO = "Mỗi câu hỏi có một trọng số w, thể hiện tầm quan trọng của câu hỏi:" / "Each question has a weight w that reflects how much it matters:";
    WEIGHT_1 = "thực hành tốt;" / "good practice;";
    WEIGHT_2 = "quan trọng;" / "important;";
    WEIGHT_3 = "đặc biệt quan trọng." / "critical.";
    WEIGHT_DUTY = "Câu hỏi thể hiện một nghĩa vụ pháp lý luôn có trọng số 3." / "Questions that express a legal duty carry weight 3.";

    // Special cases
    SPECIAL_TITLE = "Các trường hợp đặc biệt" / "Special cases";
    SPECIAL_INTRO = "Một số câu trả lời được xử lý riêng:" / "Some answers need special handling:";
    EVIDENCE_TERM = "Mức 3 cần có bằng chứng" / "Level 3 needs evidence";
    EVIDENCE_BODY = "Câu trả lời mức 3 chỉ được tính là mức 3 khi câu hỏi có ghi chú hoặc ít nhất một đường dẫn bằng chứng; nếu không, câu trả lời được tính là mức 2. Phần giải thích kết quả ghi rõ: “tự đánh giá mức 3, được tính mức 2: chưa ghi nhận bằng chứng”." / "A level-3 answer counts as level 3 only when the item has a note or at least one evidence link; otherwise it counts as level 2. The explanation shows “claimed 3, counted 2: no evidence recorded”.";
    DONT_KNOW_TERM = "“Chưa rõ”" / "“Don't know”";
    DONT_KNOW_BODY = "Được tính 0 điểm, đồng thời được tính vào mức độ chưa chắc chắn (xem mục “Độ tin cậy của điểm”)." / "Scores 0. It also counts toward uncertainty (see “Confidence indicators”).";
    UNANSWERED_TERM = "Chưa trả lời" / "Unanswered";
    UNANSWERED_BODY = "Câu hỏi áp dụng nhưng chưa được trả lời được tính 0 điểm, vì việc thực hiện chưa được chứng minh. Độ bao phủ cho biết tỷ lệ câu hỏi đã được trả lời." / "An applicable question that has not been answered scores 0, because nothing has been demonstrated. Coverage shows how much has been answered.";
    NA_TERM = "“Không áp dụng”" / "“Not applicable”";
    NA_BODY = "Chỉ được chọn khi câu hỏi cho phép và phải kèm lý do bằng văn bản. Khi đó câu hỏi được loại khỏi mẫu số. Lựa chọn “Không áp dụng” không kèm lý do, hoặc ở câu hỏi không cho phép lựa chọn này, được coi là chưa trả lời và được đánh dấu để rà soát. Lựa chọn “Không áp dụng” không miễn trừ được một nghĩa vụ pháp lý mà kết quả phân loại rủi ro cho thấy là áp dụng (xem mục “Điều kiện giới hạn”)." / "Allowed only where the question allows it, and only with a written reason. The item then leaves the denominator. A “not applicable” without a reason, or on a question that does not allow it, is treated as unanswered and flagged. A “not applicable” cannot waive a legal duty that triage says applies (see “Gates”).";

    // 3. Section and overall scores
    SCORES_TITLE = "Điểm nhóm và chỉ số sẵn sàng chung" / "Section and overall scores";
    SECTION_SCORE_TITLE = "Điểm nhóm" / "Section score";
    SECTION_SCORE_INTRO = "Với mỗi nhóm k, chỉ tính các câu hỏi áp dụng của nhóm đó:" / "For a section k, counting only its applicable items:";
    SECTION_SCORE_PLAIN = "Nói cách khác: nhân điểm của từng câu hỏi với trọng số của câu hỏi đó, cộng lại, chia cho tổng trọng số của các câu hỏi áp dụng trong nhóm, rồi nhân với 100. Điểm nhóm là tỷ lệ phần trăm so với số điểm tối đa mà nhóm có thể đạt; câu hỏi có trọng số lớn hơn ảnh hưởng nhiều hơn." / "In plain words: multiply each item's score by its weight, add these up, divide by the total weight of the section's applicable items and multiply by 100. The section score is what the section achieves as a percentage of the most it could achieve; heavier items count for more.";
    SECTION_NONE = "Nhóm không có câu hỏi nào áp dụng thì không có điểm: nhóm đó được hiển thị là “không áp dụng” và không tham gia vào chỉ số chung." / "A section with no applicable items has no score. It is shown as “not applicable” and takes no part in the overall index.";
    DECIMALS = "Điểm được hiển thị với một chữ số thập phân, ví dụ 72,5 (trong tiếng Anh: 72.5)." / "Scores are shown with one decimal, for example 72.5 (in Vietnamese: 72,5).";
    OVERALL_TITLE = "Chỉ số sẵn sàng chung" / "Overall readiness index";
    OVERALL_INTRO = "Chỉ số sẵn sàng chung R là bình quân gia quyền của các điểm nhóm hiện có:" / "The overall readiness index R is the weighted mean of the section scores that exist:";
    OVERALL_PLAIN = "Nói cách khác: nhân điểm của mỗi nhóm có điểm với trọng số của nhóm đó, cộng lại và chia cho tổng trọng số của các nhóm có điểm. Trọng số nhóm W_k được nêu trong tệp bộ câu hỏi và được in kèm mọi kết quả. Trong bộ câu hỏi “readiness” phiên bản 1.0.0, mọi nhóm đều có trọng số 1, nên chỉ số chung là trung bình cộng của các điểm nhóm." / "In plain words: multiply the score of each section that has one by the section's weight, add these up and divide by the total weight of those sections. The section weights W_k are stated in the questionnaire file and printed with every result. In questionnaire “readiness” version 1.0.0 every section has weight 1, so the index is the plain average of the section scores.";
    SYMBOLS_TITLE = "Ký hiệu" / "Symbols";
    SYM_S = "điểm của câu hỏi i, từ 0 đến 1 (theo bảng thang bốn mức);" / "the score of item i, from 0 to 1 (from the table of the four-level scale);";
    SYM_W = "trọng số của câu hỏi i (1, 2 hoặc 3);" / "the weight of item i (1, 2 or 3);";
    SYM_P = "điểm của nhóm k, từ 0 đến 100;" / "the score of section k, from 0 to 100;";
    SYM_WK = "trọng số của nhóm k, nêu trong tệp bộ câu hỏi;" / "the weight of section k, stated in the questionnaire file;";
    SYM_R = "chỉ số sẵn sàng chung, từ 0 đến 100;" / "the overall readiness index, from 0 to 100;";
    SYM_SUM = "tổng, chỉ lấy trên các câu hỏi áp dụng của nhóm (hoặc trên các nhóm có điểm)." / "the sum, over the section's applicable items only (or over the sections that have a score).";
    EXAMPLE_TITLE = "Ví dụ" / "Worked example";
    EXAMPLE_INTRO = "Một nhóm có ba câu hỏi áp dụng: câu hỏi A (trọng số 3) ở mức 2; câu hỏi B (trọng số 2) ở mức 3, có bằng chứng; câu hỏi C (trọng số 1) ở mức 0." / "A section has three applicable items: item A (weight 3) at level 2; item B (weight 2) at level 3, with evidence; item C (weight 1) at level 0.";
    EXAMPLE_CAPTION = "Ví dụ tính điểm một nhóm" / "Example: scoring one section";
    COL_ITEM = "Câu hỏi" / "Item";
    COL_WEIGHT = "Trọng số w" / "Weight w";
    COL_COUNTED = "Mức được tính" / "Counted level";
    TOTAL = "Tổng" / "Total";
    EXAMPLE_RESULT = "Điểm nhóm: P = 100 × 4 / 6 ≈ 66,7. Nếu đây là nhóm duy nhất có điểm, chỉ số chung R ≈ 66,7, thuộc mức “Cơ bản sẵn sàng”, trừ khi một điều kiện giới hạn hạ mức này." / "Section score: P = 100 × 4 / 6 ≈ 66.7. If this were the only section with a score, the index R ≈ 66.7 would fall in “Largely ready”, unless a gate lowers it.";

    // 4. Bands and gates
    BANDS_GATES_TITLE = "Mức sẵn sàng và điều kiện giới hạn" / "Bands and gates";
    BANDS_TITLE = "Mức sẵn sàng" / "Bands";
    BANDS_INTRO = "Chỉ số chung được xếp vào một trong bốn mức sẵn sàng. Các ngưỡng được nêu trong tệp bộ câu hỏi và được in kèm mọi kết quả; trong bộ câu hỏi “readiness” phiên bản 1.0.0, các ngưỡng là 40, 65 và 85." / "The index falls into one of four bands. The thresholds are stated in the questionnaire file and printed with every result; in questionnaire “readiness” version 1.0.0 they are 40, 65 and 85.";
    BANDS_CAPTION = "Các mức sẵn sàng theo chỉ số chung R" / "Bands by overall index R";
    COL_BAND = "Mức sẵn sàng" / "Band";
    COL_INDEX = "Chỉ số chung R" / "Index R";
    BAND_NOT_READY = "Chưa sẵn sàng" / "Not ready";
    BAND_PARTLY = "Sẵn sàng một phần" / "Partly ready";
    BAND_LARGELY = "Cơ bản sẵn sàng" / "Largely ready";
    BAND_READY = "Sẵn sàng" / "Ready";
    RANGE_NOT_READY = "Từ 0 đến dưới 40" / "0 to below 40";
    RANGE_PARTLY = "Từ 40 đến dưới 65" / "40 to below 65";
    RANGE_LARGELY = "Từ 65 đến dưới 85" / "65 to below 85";
    RANGE_READY = "Từ 85 trở lên" / "85 or more";
    GATES_TITLE = "Điều kiện giới hạn" / "Gates";
    GATES_INTRO = "Sau khi xếp mức, các điều kiện giới hạn có thể hạ mức sẵn sàng nhưng không bao giờ nâng mức. Thực hành tốt ở một lĩnh vực không thể che lấp việc thiếu một nghĩa vụ pháp lý." / "After that, gates can lower the band, never raise it. Good practice in one area cannot hide a missing legal duty.";
    GATE_PROHIBITED_TERM = "Hành vi bị nghiêm cấm." / "Prohibited use.";
    GATE_PROHIBITED_BODY = "Nếu kết quả phân loại rủi ro của bất kỳ hệ thống trí tuệ nhân tạo nào thuộc phạm vi điều chỉnh cho thấy có hành vi bị nghiêm cấm (Điều 7 Luật Trí tuệ nhân tạo số 134/2025/QH15), kết quả là “Chưa sẵn sàng”, bất kể chỉ số chung là bao nhiêu." / "If the triage of any in-scope AI system finds a prohibited use (Law No. 134/2025/QH15, Art. 7), the result is “Not ready”, whatever the index.";
    GATE_UNMET_TERM = "Nghĩa vụ pháp lý chưa được đáp ứng." / "Unmet legal duty.";
    GATE_UNMET_BODY = "Một nghĩa vụ pháp lý được coi là áp dụng đối với tổ chức khi tổ chức giữ một trong các vai trò mà nghĩa vụ đó quy định (nhà phát triển, nhà cung cấp, bên triển khai, người sử dụng) đối với ít nhất một hệ thống thuộc phạm vi điều chỉnh có mức rủi ro thuộc các mức mà nghĩa vụ đó quy định. Nếu một nghĩa vụ áp dụng chưa được đáp ứng, mức sẵn sàng cao nhất có thể đạt là mức giới hạn nêu trong bộ câu hỏi (“Sẵn sàng một phần”). Chưa được đáp ứng nghĩa là câu hỏi tương ứng được tính ở mức 0 hoặc 1, được trả lời “Chưa rõ”, chưa được trả lời, hoặc được trả lời “Không áp dụng”." / "A legal duty applies when the organisation holds one of the duty's roles (developer, provider, deployer, user) for an in-scope system whose tier is one of the duty's tiers. If an applicable duty is unmet, the band is capped at the questionnaire's gate band (“Partly ready”). Unmet means that its question is counted at level 0 or 1, answered “don't know”, unanswered, or answered “not applicable”.";
    GATE_PARTLY_TERM = "Nghĩa vụ pháp lý mới được đáp ứng một phần." / "Partly met legal duty.";
    GATE_PARTLY_BODY = "Nếu một nghĩa vụ áp dụng mới được đáp ứng một phần (câu hỏi tương ứng được tính ở mức 2), mức sẵn sàng cao nhất có thể đạt là mức liền dưới mức cao nhất, tức là “Cơ bản sẵn sàng”. Tổ chức chỉ đạt mức “Sẵn sàng” khi mọi nghĩa vụ pháp lý áp dụng đối với tổ chức đều được đáp ứng đầy đủ và có bằng chứng." / "If an applicable duty is only partly met (its question is counted at level 2), the band is capped one below the top, that is, at “Largely ready”. An organisation is “Ready” only when every legal duty that applies to it is fully met with evidence.";
    GATES_LISTED = "Mỗi kết quả liệt kê các điều kiện giới hạn đã được áp dụng và các nghĩa vụ pháp lý dẫn đến các điều kiện đó." / "Each result lists the gates that fired and the duties behind them.";

    // 5. Confidence
    CONFIDENCE_TITLE = "Độ tin cậy của điểm" / "Confidence indicators";
    CONFIDENCE_INTRO = "Mỗi điểm, dù là điểm nhóm hay chỉ số chung, đều được hiển thị kèm ba chỉ báo độ tin cậy:" / "Every score, for a section or for the whole, is shown with three confidence indicators:";
    COVERAGE_TERM = "Độ bao phủ" / "Coverage";
    COVERAGE_BODY = "Số câu hỏi áp dụng đã được trả lời chia cho tổng số câu hỏi áp dụng. Lựa chọn “Không áp dụng” có lý do và câu trả lời “Chưa rõ” được tính là đã trả lời." / "The answered applicable items divided by all applicable items. A “not applicable” with a reason and a “don't know” count as answered.";
    EVIDENCE_RATE_TERM = "Tỷ lệ có bằng chứng" / "Evidence rate";
    EVIDENCE_RATE_BODY = "Trong số các câu hỏi được tính ở mức 2 hoặc mức 3, tỷ lệ câu hỏi có ghi chú hoặc đường dẫn bằng chứng." / "Among the items counted at level 2 or 3, the share that has a note or an evidence link.";
    UNCERTAINTY_TERM = "Mức độ chưa chắc chắn" / "Uncertainty";
    UNCERTAINTY_BODY = "Số câu trả lời “Chưa rõ” chia cho tổng số câu hỏi áp dụng." / "The “don't know” answers divided by the applicable items.";
    PROVISIONAL = "Khi độ bao phủ dưới 100%, mức sẵn sàng được đánh dấu là tạm tính." / "When coverage is below 100%, the band is marked provisional.";

    // 6. Explanations
    EXPLAIN_TITLE = "Giải thích kết quả" / "Explanations";
    EXPLAIN_INTRO = "Mỗi kết quả đi kèm hai phần giải thích." / "Every result comes with two explanations.";
    COST_TITLE = "Câu hỏi làm mất nhiều điểm nhất" / "What costs the most points";
    COST_INTRO = "Với mỗi nhóm, các câu hỏi được xếp theo số điểm bị mất. Số điểm mà một câu hỏi làm mất là phần mà khoảng trống của câu hỏi đó kéo điểm nhóm xuống:" / "For each section, the items are ranked by points lost. An item's points lost are the points its gap takes off the section score:";
    COST_PLAIN = "Σ w_i là tổng trọng số các câu hỏi áp dụng của nhóm, như trong công thức điểm nhóm. Tổng số điểm bị mất của mọi câu hỏi trong nhóm bằng 100 trừ điểm nhóm. Trong ví dụ ở trên, câu hỏi A và câu hỏi C mỗi câu làm mất khoảng 16,7 điểm; câu hỏi B không làm mất điểm nào." / "Σ w_i is the total weight of the section's applicable items, as in the section score. The points lost by all the items of a section add up to 100 minus the section score. In the example above, items A and C each cost about 16.7 points; item B costs none.";
    LIFT_TITLE = "Cách nhanh nhất để lên mức cao hơn" / "What would lift the band soonest";
    LIFT_BODY = "Đây là danh sách ngắn các thay đổi giúp đạt mức sẵn sàng tiếp theo với ít bước nhất. Mỗi bước nâng một câu hỏi lên mức 3, có bằng chứng. Ở mỗi bước, danh sách chọn câu hỏi mang lại lợi ích lớn nhất: trước hết là gỡ bỏ một điều kiện giới hạn, sau đó là lên mức cao hơn, sau đó là chỉ số cao hơn. Nếu bằng nhau, câu hỏi đứng trước trong bộ câu hỏi được chọn trước." / "This is a short list of the changes that reach the next band in the fewest steps. Each step raises one item to level 3, with evidence. At each step the list takes the item that brings the biggest gain: first an opened gate, then a higher band, then a higher index. Ties go by questionnaire order.";
    LIFT_GATE = "Khi một điều kiện giới hạn đang giữ mức sẵn sàng ở mức thấp, các nghĩa vụ pháp lý dẫn đến điều kiện đó được đưa lên đầu danh sách, vì không thay đổi nào khác có thể nâng mức." / "While a gate holds the band down, the duties behind the gate come first, because nothing else can lift it.";

    // 7. Action plan
    ACTIONS_TITLE = "Kế hoạch hành động" / "Action plan";
    ACTIONS_INTRO = "Mỗi câu hỏi áp dụng có mức dưới 3 là một khoảng trống, và mỗi khoảng trống trở thành một hành động. Các hành động được sắp xếp như sau:" / "Every applicable item below level 3 is a gap, and each gap becomes an action. Actions are ordered as follows:";
    ACTIONS_DUTIES_TERM = "Nghĩa vụ pháp lý đứng trước:" / "Legal duties come first:";
    ACTIONS_DUTIES_BODY = "các nghĩa vụ chưa được đáp ứng, sau đó là các nghĩa vụ mới được đáp ứng một phần; trong mỗi nhóm, sắp xếp theo tích trọng số × khoảng trống × τ." / "unmet, then partly met, each group ordered by weight × gap × τ.";
    ACTIONS_OTHER_TERM = "Sau đó là mọi khoảng trống khác," / "Then all other gaps,";
    ACTIONS_OTHER_BODY = "sắp xếp theo mức ưu tiên:" / "ordered by priority:";
    FORMULA_PRIORITY = "mức ưu tiên = w × (1 − s) × τ" / "priority = w × (1 − s) × τ";
    ACTIONS_TIES = "Nếu bằng nhau, sắp xếp theo thứ tự trong bộ câu hỏi." / "Ties go by questionnaire order.";
    ACTIONS_FACTORS = "Trong đó w là trọng số của câu hỏi, (1 − s) là khoảng trống so với mức 3, và τ là hệ số rủi ro, phản ánh mức rủi ro cao nhất trong số các hệ thống trí tuệ nhân tạo thuộc phạm vi điều chỉnh của tổ chức:" / "Here w is the item's weight, (1 − s) is the gap to level 3, and τ is a risk factor that reflects the highest tier among the organisation's in-scope AI systems:";
    TAU_CAPTION = "Hệ số rủi ro τ" / "Risk factor τ";
    COL_TIER = "Mức rủi ro cao nhất" / "Highest tier";
    TIER_LOW = "Rủi ro thấp" / "Low risk";
    TIER_MEDIUM = "Rủi ro trung bình" / "Medium risk";
    TIER_HIGH = "Rủi ro cao hoặc có thể rủi ro cao" / "High or possibly high risk";
    TAU_LOW = "1,0" / "1.0";
    TAU_MEDIUM = "1,5" / "1.5";
    TAU_HIGH = "2,0" / "2.0";
    ACTIONS_CONTENT = "Mỗi hành động kèm theo khuyến nghị của câu hỏi ứng với mức hiện tại (câu hỏi chưa trả lời hoặc trả lời “Chưa rõ” dùng khuyến nghị của mức 0), các căn cứ dẫn chiếu và thời hạn nếu pháp luật có quy định. Thời hạn được lấy từ các nghĩa vụ trong kết quả phân loại rủi ro mà câu hỏi làm bằng chứng: trước khi đưa vào sử dụng, ngày kết thúc thời hạn chuyển tiếp theo Điều 35 Luật Trí tuệ nhân tạo, hoặc 72 giờ kể từ khi xác nhận sự cố nghiêm trọng." / "Each action carries the question's recommendation for its current level (unanswered and “don't know” use the level-0 recommendation), its citations, and the deadline where the law sets one. The deadline comes from the triage obligations that the question evidences: before use, the transition date of Art. 35 of the AI Law, or 72 hours after a serious incident is confirmed.";
    ACTIONS_TRACKING = "Quý vị có thể giao người phụ trách, đặt ngày hoàn thành và trạng thái (cần làm, đang thực hiện, đã xong) cho từng hành động. Các thông tin này được lưu cùng bản đánh giá và không bao giờ làm thay đổi điểm." / "You can set an owner, a due date and a status (to do, in progress, done) for each action. These are saved with the assessment and never change the score.";

    // 8. Obligations per AI system
    OBLIGATIONS_TITLE = "Nghĩa vụ của từng hệ thống trí tuệ nhân tạo" / "Obligations per AI system";
    OBLIGATIONS_INTRO = "Bước phân loại rủi ro xác định các nghĩa vụ của từng hệ thống thuộc phạm vi điều chỉnh, theo mức rủi ro của hệ thống và vai trò của tổ chức, kèm thời hạn. Tình trạng của mỗi nghĩa vụ được xác định từ các câu hỏi đánh giá mức độ sẵn sàng làm bằng chứng cho nghĩa vụ đó." / "Triage gives each in-scope system its obligations for its tier and the organisation's roles, with deadlines. Each obligation's status comes from the readiness questions that evidence it.";
    OBLIGATIONS_CAPTION = "Tình trạng của một nghĩa vụ" / "Status of an obligation";
    COL_STATUS = "Tình trạng" / "Status";
    COL_WHEN = "Điều kiện" / "When";
    STATUS_MET = "Đã đáp ứng" / "Met";
    STATUS_PARTLY = "Đáp ứng một phần" / "Partly met";
    STATUS_NOT_MET = "Chưa đáp ứng" / "Not met";
    STATUS_UNKNOWN = "Chưa xác định" / "Unknown";
    STATUS_TO_CHECK = "Cần kiểm tra thủ công" / "To check";
    WHEN_MET = "Mọi câu hỏi làm bằng chứng đều được tính ở mức 3." / "Every evidencing question is counted at level 3.";
    WHEN_PARTLY = "Mọi câu hỏi làm bằng chứng đều ở mức 2 trở lên, và ít nhất một câu ở dưới mức 3." / "Every one is at level 2 or above, and at least one is below 3.";
    WHEN_NOT_MET = "Có ít nhất một câu ở mức 0 hoặc 1, hoặc được trả lời “Không áp dụng”." / "Any one is at level 0 or 1, or answered “not applicable”.";
    WHEN_UNKNOWN = "Có ít nhất một câu chưa được trả lời hoặc được trả lời “Chưa rõ”." / "Any one is unanswered or answered “don't know”.";
    WHEN_TO_CHECK = "Không có câu hỏi đánh giá mức độ sẵn sàng nào làm bằng chứng cho nghĩa vụ này; Quý vị cần tự kiểm tra." / "No readiness question evidences it; check it by hand.";

    // 9. What the model does not do
    LIMITS_TITLE = "Những điều mô hình không làm" / "What the model does not do";
    LIMITS_NOT_ADVICE = "Mô hình không xác nhận việc tuân thủ và không phải ý kiến tư vấn pháp lý. Những câu hỏi có căn cứ pháp lý được đánh dấu “cần xác nhận” được ghi chú rõ ở mọi nơi hiển thị." / "It does not certify compliance, and it is not legal advice. Items whose legal basis is marked “subject to confirmation” are flagged in every view.";
    LIMITS_NO_AVERAGE = "Mô hình không tính bình quân theo từng hệ thống trí tuệ nhân tạo. Mức độ sẵn sàng được đánh giá ở cấp tổ chức, và các nghĩa vụ áp dụng được xác định từ tổng hợp mức rủi ro và vai trò của tổ chức đối với tất cả các hệ thống." / "It does not average over AI systems. Readiness is assessed at the level of the organisation, and the duties that apply come from the union of its systems' tiers and roles.";
    LIMITS_NO_RISK_BLEND = "Mô hình không gộp mức rủi ro vào chỉ số sẵn sàng: mức rủi ro quyết định câu hỏi nào và nghĩa vụ pháp lý nào áp dụng, và chỉ có thể hạ mức sẵn sàng thông qua các điều kiện giới hạn." / "It does not blend risk into the readiness index: the risk tier decides which questions and legal duties apply, and can only lower the band through the gates.";
    LIMITS_CONSULT = "Đối với quyết định cụ thể, Quý vị nên tham khảo ý kiến luật sư hoặc cơ quan có thẩm quyền." / "For a specific decision, consult a lawyer or the competent authority.";
}

/// The formulas are the same in both languages.
const FORMULA_SECTION: &str = "P_k = 100 × Σ w_i · s_i  /  Σ w_i";
const FORMULA_OVERALL: &str = "R = Σ W_k · P_k  /  Σ W_k";
const FORMULA_COST: &str = "100 × w_i · (1 − s_i)  /  Σ w_i";

/// One block of the page. The renderer ([`block`]) has one path per kind, all through [`element`], so the page
/// costs little code however long its text.
#[derive(Clone, Copy)]
enum Block {
    /// A `<section>`: the id of its `<h2>` (which labels it), the heading and the blocks under it.
    Section(&'static str, Tr, &'static [Block]),
    /// A sub-heading, `<h3>`.
    H3(Tr),
    /// The opening paragraph, set larger.
    Lead(Tr),
    /// A paragraph.
    P(Tr),
    /// A boxed legal note.
    Note(Line),
    /// A formula, the same in both languages.
    Formula(&'static str),
    /// A bulleted list.
    Ul(&'static [Line]),
    /// A numbered list.
    Ol(&'static [Line]),
    /// Terms and their explanations.
    Defs(&'static [(Tr, Tr)]),
    /// The symbols of the formulas and their meanings.
    Symbols(&'static [(&'static str, Tr)]),
    /// A table. The first cell of each body or footer row is that row's header; `foot` may be empty.
    Table {
        caption: Tr,
        head: &'static [Cell],
        body: &'static [&'static [Cell]],
        foot: &'static [Cell],
    },
}

/// The text of a list item or a note.
#[derive(Clone, Copy)]
enum Line {
    /// Plain text.
    Text(Tr),
    /// A bold lead-in, then the text.
    Bold(Tr, Tr),
    /// A value in code, a colon, then its meaning: "`w = 1`: good practice;".
    Value(&'static str, Tr),
    /// A bold lead-in, the text, then a formula in code.
    BoldFormula(Tr, Tr, Tr),
}

/// A table cell.
#[derive(Clone, Copy)]
enum Cell {
    /// Translated text.
    T(Tr),
    /// Text that is the same in both languages.
    Raw(&'static str),
    /// A number or a symbol, the same in both languages, right-aligned.
    Num(&'static str),
    /// A translated number or column title (decimal comma in Vietnamese), right-aligned.
    NumT(Tr),
    /// An empty cell over two columns.
    Gap,
}

use Block::{Defs, Formula, Lead, Note, Ol, Section, Symbols, Table, Ul, H3, P};
use Cell::{Gap, Num, NumT, Raw, T};
use Line::{Bold, BoldFormula, Text, Value};

/// The page, below its title: the scoring model, section by section, as in docs/scoring.md.
static PAGE: &[Block] = &[
    Lead(INTRO_LEAD),
    P(INTRO_REPRODUCIBLE),
    P(INTRO_RISK_APART),
    Note(Bold(INTRO_NOT_ADVICE_TERM, INTRO_NOT_ADVICE)),
    Section(
        "how-applicable-title",
        APPLICABLE_TITLE,
        &[
            P(APPLICABLE_INTRO),
            Ul(&[Text(APPLICABLE_VISIBLE), Text(APPLICABLE_NOT_NA)]),
            P(APPLICABLE_HIDDEN),
            P(APPLICABLE_SYSTEMS),
        ],
    ),
    Section(
        "how-item-title",
        ITEM_TITLE,
        &[
            P(ITEM_INTRO),
            Table {
                caption: ITEM_CAPTION,
                head: &[NumT(COL_LEVEL), T(COL_MEANING), NumT(COL_ITEM_SCORE)],
                body: &[
                    &[Num("0"), T(LEVEL_0), Num("0")],
                    &[Num("1"), T(LEVEL_1), NumT(SCORE_ONE_THIRD)],
                    &[Num("2"), T(LEVEL_2), NumT(SCORE_TWO_THIRDS)],
                    &[Num("3"), T(LEVEL_3), Num("1")],
                ],
                foot: &[],
            },
            P(WEIGHT_INTRO),
            Ul(&[
                Value("w = 1", WEIGHT_1),
                Value("w = 2", WEIGHT_2),
                Value("w = 3", WEIGHT_3),
            ]),
            P(WEIGHT_DUTY),
        ],
    ),
    Section(
        "how-special-title",
        SPECIAL_TITLE,
        &[
            P(SPECIAL_INTRO),
            Defs(&[
                (EVIDENCE_TERM, EVIDENCE_BODY),
                (DONT_KNOW_TERM, DONT_KNOW_BODY),
                (UNANSWERED_TERM, UNANSWERED_BODY),
                (NA_TERM, NA_BODY),
            ]),
        ],
    ),
    Section(
        "how-scores-title",
        SCORES_TITLE,
        &[
            H3(SECTION_SCORE_TITLE),
            P(SECTION_SCORE_INTRO),
            Formula(FORMULA_SECTION),
            P(SECTION_SCORE_PLAIN),
            P(SECTION_NONE),
            P(DECIMALS),
            H3(OVERALL_TITLE),
            P(OVERALL_INTRO),
            Formula(FORMULA_OVERALL),
            P(OVERALL_PLAIN),
            H3(SYMBOLS_TITLE),
            Symbols(&[
                ("s_i", SYM_S),
                ("w_i", SYM_W),
                ("P_k", SYM_P),
                ("W_k", SYM_WK),
                ("R", SYM_R),
                ("Σ", SYM_SUM),
            ]),
            H3(EXAMPLE_TITLE),
            P(EXAMPLE_INTRO),
            Table {
                caption: EXAMPLE_CAPTION,
                head: &[
                    T(COL_ITEM),
                    NumT(COL_WEIGHT),
                    NumT(COL_COUNTED),
                    NumT(COL_ITEM_SCORE),
                    Num("w · s"),
                ],
                body: &[
                    &[Raw("A"), Num("3"), Num("2"), Num("2/3"), Num("2")],
                    &[Raw("B"), Num("2"), Num("3"), Num("1"), Num("2")],
                    &[Raw("C"), Num("1"), Num("0"), Num("0"), Num("0")],
                ],
                foot: &[T(TOTAL), Num("6"), Gap, Num("4")],
            },
            P(EXAMPLE_RESULT),
        ],
    ),
    Section(
        "how-bands-title",
        BANDS_GATES_TITLE,
        &[
            H3(BANDS_TITLE),
            P(BANDS_INTRO),
            Table {
                caption: BANDS_CAPTION,
                head: &[T(COL_BAND), T(COL_INDEX)],
                body: &[
                    &[T(BAND_NOT_READY), T(RANGE_NOT_READY)],
                    &[T(BAND_PARTLY), T(RANGE_PARTLY)],
                    &[T(BAND_LARGELY), T(RANGE_LARGELY)],
                    &[T(BAND_READY), T(RANGE_READY)],
                ],
                foot: &[],
            },
            H3(GATES_TITLE),
            P(GATES_INTRO),
            Ol(&[
                Bold(GATE_PROHIBITED_TERM, GATE_PROHIBITED_BODY),
                Bold(GATE_UNMET_TERM, GATE_UNMET_BODY),
                Bold(GATE_PARTLY_TERM, GATE_PARTLY_BODY),
            ]),
            P(GATES_LISTED),
        ],
    ),
    Section(
        "how-confidence-title",
        CONFIDENCE_TITLE,
        &[
            P(CONFIDENCE_INTRO),
            Defs(&[
                (COVERAGE_TERM, COVERAGE_BODY),
                (EVIDENCE_RATE_TERM, EVIDENCE_RATE_BODY),
                (UNCERTAINTY_TERM, UNCERTAINTY_BODY),
            ]),
            P(PROVISIONAL),
        ],
    ),
    Section(
        "how-explain-title",
        EXPLAIN_TITLE,
        &[
            P(EXPLAIN_INTRO),
            H3(COST_TITLE),
            P(COST_INTRO),
            Formula(FORMULA_COST),
            P(COST_PLAIN),
            H3(LIFT_TITLE),
            P(LIFT_BODY),
            P(LIFT_GATE),
        ],
    ),
    Section(
        "how-actions-title",
        ACTIONS_TITLE,
        &[
            P(ACTIONS_INTRO),
            Ol(&[
                Bold(ACTIONS_DUTIES_TERM, ACTIONS_DUTIES_BODY),
                BoldFormula(ACTIONS_OTHER_TERM, ACTIONS_OTHER_BODY, FORMULA_PRIORITY),
                Text(ACTIONS_TIES),
            ]),
            P(ACTIONS_FACTORS),
            Table {
                caption: TAU_CAPTION,
                head: &[T(COL_TIER), Num("τ")],
                body: &[
                    &[T(TIER_LOW), NumT(TAU_LOW)],
                    &[T(TIER_MEDIUM), NumT(TAU_MEDIUM)],
                    &[T(TIER_HIGH), NumT(TAU_HIGH)],
                ],
                foot: &[],
            },
            P(ACTIONS_CONTENT),
            P(ACTIONS_TRACKING),
        ],
    ),
    Section(
        "how-obligations-title",
        OBLIGATIONS_TITLE,
        &[
            P(OBLIGATIONS_INTRO),
            Table {
                caption: OBLIGATIONS_CAPTION,
                head: &[T(COL_STATUS), T(COL_WHEN)],
                body: &[
                    &[T(STATUS_MET), T(WHEN_MET)],
                    &[T(STATUS_PARTLY), T(WHEN_PARTLY)],
                    &[T(STATUS_NOT_MET), T(WHEN_NOT_MET)],
                    &[T(STATUS_UNKNOWN), T(WHEN_UNKNOWN)],
                    &[T(STATUS_TO_CHECK), T(WHEN_TO_CHECK)],
                ],
                foot: &[],
            },
        ],
    ),
    Section(
        "how-limits-title",
        LIMITS_TITLE,
        &[
            Ul(&[
                Text(LIMITS_NOT_ADVICE),
                Text(LIMITS_NO_AVERAGE),
                Text(LIMITS_NO_RISK_BLEND),
            ]),
            P(LIMITS_CONSULT),
        ],
    ),
];

/// The "How scores work" page. Its text is plain; the article is redrawn when the language changes (it holds
/// nothing the user types).
#[component]
pub fn HowScoresWork() -> impl IntoView {
    let state = use_app_state();
    move || {
        let lang = state.lang.get();
        view! {
            <article class="page how" aria-labelledby="page-title">
                <h1 id="page-title">{i18n::HOW_SCORES_WORK_TITLE.get(lang)}</h1>
                {blocks(PAGE, lang)}
            </article>
        }
    }
}

// The renderer. Every element of the page goes through `element`, so the whole page shares one render path
// (each distinct `view!` would add its own render code to the bundle).

/// An attribute; a `None` value leaves it out.
type Attr = (&'static str, Option<&'static str>);

/// No attribute.
const NO: Attr = ("", None);

fn attr(name: &'static str, value: &'static str) -> Attr {
    (name, Some(value))
}

/// An element with up to two attributes.
fn element(tag: &'static str, [(k1, v1), (k2, v2)]: [Attr; 2], children: Vec<AnyView>) -> AnyView {
    leptos::html::custom(tag)
        .attr(k1, v1)
        .attr(k2, v2)
        .child(children)
        .into_any()
}

/// An element without attributes.
fn plain(tag: &'static str, children: Vec<AnyView>) -> AnyView {
    element(tag, [NO, NO], children)
}

/// An element with a class.
fn classed(tag: &'static str, class: &'static str, children: Vec<AnyView>) -> AnyView {
    element(tag, [attr("class", class), NO], children)
}

fn text(s: &'static str) -> AnyView {
    s.into_any()
}

fn blocks(blocks: &'static [Block], lang: Lang) -> Vec<AnyView> {
    blocks.iter().map(|&b| block(b, lang)).collect()
}

fn block(block: Block, lang: Lang) -> AnyView {
    let t = |s: Tr| text(s.get(lang));
    match block {
        Section(id, title, body) => {
            let mut children = vec![element("h2", [attr("id", id), NO], vec![t(title)])];
            children.extend(blocks(body, lang));
            element(
                "section",
                [attr("class", "how-section"), attr("aria-labelledby", id)],
                children,
            )
        }
        H3(s) => plain("h3", vec![t(s)]),
        Lead(s) => classed("p", "how-lead", vec![t(s)]),
        P(s) => plain("p", vec![t(s)]),
        Note(s) => element(
            "div",
            [
                attr("class", "note note--legal how-note"),
                attr("role", "note"),
            ],
            vec![plain("p", line(s, lang))],
        ),
        Formula(f) => classed("pre", "how-formula", vec![plain("code", vec![text(f)])]),
        Ul(items) => classed("ul", "how-list", list_items(items, lang)),
        Ol(items) => classed("ol", "how-list", list_items(items, lang)),
        Defs(defs) => definitions(
            "how-defs",
            defs.iter().map(|&(term, body)| (t(term), t(body))),
        ),
        Symbols(symbols) => definitions(
            "how-defs how-symbols",
            symbols
                .iter()
                .map(|&(symbol, meaning)| (plain("code", vec![text(symbol)]), t(meaning))),
        ),
        Table {
            caption,
            head,
            body,
            foot,
        } => {
            let mut parts = vec![
                plain("caption", vec![t(caption)]),
                plain("thead", vec![row(head, true, lang)]),
                plain(
                    "tbody",
                    body.iter().map(|&cells| row(cells, false, lang)).collect(),
                ),
            ];
            if !foot.is_empty() {
                parts.push(plain("tfoot", vec![row(foot, false, lang)]));
            }
            classed("table", "how-table", parts)
        }
    }
}

/// The `<li>`s of a list.
fn list_items(items: &'static [Line], lang: Lang) -> Vec<AnyView> {
    items
        .iter()
        .map(|&item| plain("li", line(item, lang)))
        .collect()
}

/// The inline content of a list item or a note.
fn line(line: Line, lang: Lang) -> Vec<AnyView> {
    let t = |s: Tr| text(s.get(lang));
    let bold = |s: Tr| plain("strong", vec![t(s)]);
    let code = |s: &'static str| plain("code", vec![text(s)]);
    match line {
        Text(body) => vec![t(body)],
        Bold(term, body) => vec![bold(term), text(" "), t(body)],
        Value(value, meaning) => vec![code(value), text(": "), t(meaning)],
        BoldFormula(term, body, formula) => vec![
            bold(term),
            text(" "),
            t(body),
            text(" "),
            code(formula.get(lang)),
        ],
    }
}

/// A `<dl>` of terms (already rendered) and their explanations.
fn definitions(class: &'static str, pairs: impl Iterator<Item = (AnyView, AnyView)>) -> AnyView {
    let items = pairs.flat_map(|(term, body)| [plain("dt", vec![term]), plain("dd", vec![body])]);
    classed("dl", class, items.collect())
}

/// A table row: column headers in `<thead>`; otherwise a row header, then data cells.
fn row(cells: &'static [Cell], head: bool, lang: Lang) -> AnyView {
    let cells = cells.iter().enumerate().map(|(i, &c)| {
        let scope = if head {
            Some("col")
        } else if i == 0 {
            Some("row")
        } else {
            None
        };
        cell(c, scope, lang)
    });
    plain("tr", cells.collect())
}

/// One cell: a `<th scope>` when it heads a column or a row, else a `<td>`.
fn cell(cell: Cell, scope: Option<&'static str>, lang: Lang) -> AnyView {
    let (s, num) = match cell {
        T(s) => (s.get(lang), false),
        Raw(s) => (s, false),
        Num(s) => (s, true),
        NumT(s) => (s.get(lang), true),
        Gap => return element("td", [attr("colspan", "2"), NO], vec![]),
    };
    let class = ("class", num.then_some("how-num"));
    match scope {
        Some(scope) => element("th", [attr("scope", scope), class], vec![text(s)]),
        None => element("td", [class, NO], vec![text(s)]),
    }
}
