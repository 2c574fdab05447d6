#!/usr/bin/env python3
"""Issue 11: the Decision 33/2026 List as far as the research reports it, and the glossary, as content data
in questionnaires/triage.json. Sources: ../shared/research/vn-ai-law-corrections.md item 6 and
field-2026-12.md §5. Idempotent; run from the repository root."""
import json
def T(vi, en): return {"vi": vi, "en": en}
p = 'questionnaires/triage.json'; d = json.load(open(p))
ANNEX = "decision-33-2026#annex"
def row(rid, code, vi, en, cond=None, cert=None, cite=None):
    r = {"id": rid}
    if code: r["code"] = code
    r["text"] = T(vi, en)
    if cond: r["conditions"] = T(*cond)
    if cert is not None: r["certification"] = cert
    r["confirmed"] = False
    r["cites"] = [cite or ANNEX]
    return r
NO_HUMAN = ("Chỉ khi kết quả được thực thi mà không có sự kiểm tra độc lập của người có thẩm quyền (theo một nguồn).",
            "Only when the result is acted on without independent checking by a competent officer (per one source).")
d['high_risk_list'] = {
  "source": "decision-33-2026",
  "status": T("Danh mục ban hành kèm theo Quyết định 33/2026/QĐ-TTg (ký ngày 30/6/2026, hiệu lực từ ngày 15/8/2026). Theo các nguồn thứ cấp, Danh mục gồm 46 hệ thống trong 6 lĩnh vực; chỉ một số dòng được công bố trong các nguồn mà nhóm đã đọc, và chưa dòng nào được đối chiếu với văn bản gốc, nên mọi dòng dưới đây đều cần xác nhận. Theo một nguồn, Danh mục không có dòng về lao động, việc làm (ví dụ sàng lọc hồ sơ tuyển dụng).",
              "The List issued with Decision 33/2026/QĐ-TTg (signed 30 Jun 2026, in force from 15 Aug 2026). Secondary sources report 46 systems in 6 sectors; only some rows appear in the sources the team has read, and none has been checked against the original, so every row below is subject to confirmation. One source reports that the List has no labour or employment row (for example CV screening)."),
  "where_to_check": T("Nếu không tìm thấy dòng phù hợp, chưa thể kết luận hệ thống không thuộc Danh mục: hãy đọc văn bản chính thức (Công báo) và dùng công cụ tự phân loại trên Cổng thông tin một cửa về trí tuệ nhân tạo của Bộ Khoa học và Công nghệ (khoản 2 Điều 10 Nghị định 142/2026/NĐ-CP; công cụ mang tính tham khảo, không bắt buộc). Nếu vẫn chưa rõ, đề nghị Bộ Khoa học và Công nghệ hướng dẫn (khoản 4 Điều 10 Luật).",
                      "If no row fits, that does not yet show the system is not on the List: read the official text (Official Gazette) and use the self-classification tool on the Ministry of Science and Technology's one-stop AI portal (Decree 142 Art. 10(2); the tool is advisory, not mandatory). If still unclear, ask the Ministry for guidance (Law Art. 10(4))."),
  "official_url": "https://congbao.chinhphu.vn/van-ban/quyet-dinh-so-33-2026-qd-ttg-469951.htm",
  "sectors": [
    {"id": "education", "code": "I", "name": T("Giáo dục và đào tạo", "Education and training"), "complete": False, "rows": [
      row("edu-uncontrolled-self-learning", None,
          "Hệ thống tạo nội dung tự học cho người học từ nguồn dữ liệu không được kiểm soát",
          "Systems that generate self-study content for learners from uncontrolled data sources",
          cite="decision-33-2026#annex"),
      row("edu-learner-assessment", "I.2",
          "Tự động kiểm tra, chấm điểm hoặc xếp hạng người học khi kết quả được dùng làm căn cứ đánh giá chính thức trong hệ thống giáo dục quốc dân",
          "Automatically testing, grading or ranking learners when the result is used as the official assessment in the national education system",
          cite="decision-33-2026#annex-i.2"),
      row("edu-learner-monitoring", "I.3",
          "Giám sát, phân tích hành vi người học bằng dữ liệu sinh trắc học hoặc cảm xúc, hoặc cảnh báo tự động với tần suất cao",
          "Monitoring or analysing learner behaviour with biometric or emotion data, or high-frequency automatic alerts",
          cite="decision-33-2026#annex-i.3"),
    ]},
    {"id": "health", "name": T("Y tế", "Health"), "complete": False, "rows": []},
    {"id": "banking-finance", "name": T("Ngân hàng, tài chính", "Banking and finance"), "complete": False, "rows": [
      row("fin-credit-decision", None,
          "Ra quyết định tín dụng tự động (ví dụ chấm điểm tín dụng dùng để cấp hoặc từ chối khoản vay)",
          "Automated credit decisions (for example credit scoring used to grant or refuse a loan)"),
      row("fin-transaction-processing", None,
          "Xử lý giao dịch tự động", "Automated transaction processing"),
    ]},
    {"id": "legal-proceedings", "name": T("Tố tụng", "Legal proceedings"), "complete": False, "rows": []},
    {"id": "ethnic-religious", "name": T("Dân tộc, tôn giáo", "Ethnic and religious affairs"), "complete": False, "rows": []},
    {"id": "biometrics", "code": "V", "name": T("Sinh trắc học", "Biometrics"), "complete": False, "rows": [
      row("bio-wide-area-identification", "V.1",
          "Nhận dạng sinh trắc học trên diện rộng để giải quyết các vụ việc dân sự vì lợi ích công cộng",
          "Wide-area biometric identification to resolve public-interest civil cases",
          cert=True, cite="decision-33-2026#annex-v.1"),
    ]},
    {"id": "transport", "code": "VI", "name": T("Giao thông vận tải, công trình công cộng quan trọng", "Transport and important public works"), "complete": False, "rows": [
      row("transport-hub-enforcement", "VI.6",
          "Nhận dạng sinh trắc học theo thời gian thực hoặc tự động phát hiện vi phạm tại đầu mối giao thông, công trình công cộng quan trọng, khi kết quả được dùng trực tiếp để xử lý vi phạm hoặc hạn chế ra vào",
          "Real-time biometric identification or automated detection of violations at transport hubs and important public works, when the result is used directly for enforcement or access restriction",
          cond=NO_HUMAN, cite="decision-33-2026#annex-vi.6"),
      row("aviation-behaviour-analysis", "VI.22",
          "An ninh hàng không: phân tích hành vi hành khách qua camera tại điểm soi chiếu an ninh, phát cảnh báo hoặc can thiệp",
          "Aviation security: camera-based passenger behaviour analysis at security checkpoints that triggers alerts or interventions",
          cond=("Chỉ khi không có xác nhận ban đầu của nhân viên an ninh (theo một nguồn).", "Only without initial confirmation by security staff (per one source)."),
          cite="decision-33-2026#annex-vi.22"),
      row("aviation-risk-person", "VI.23",
          "An ninh hàng không: tự động xác định người có nguy cơ hoặc từ chối vận chuyển",
          "Aviation security: automatically flagging persons of concern or refusing carriage",
          cond=("Chỉ khi không có xác minh của nhân viên có thẩm quyền (theo một nguồn).", "Only without verification by authorised staff (per one source)."),
          cite="decision-33-2026#annex-vi.23"),
    ]},
  ],
}
G = lambda i, vi_t, en_t, vi_d, en_d, cites=None: {"id": i, "term": T(vi_t, en_t), "definition": T(vi_d, en_d), **({"cites": cites} if cites else {})}
d['glossary'] = [
  G("ai-system", "hệ thống trí tuệ nhân tạo", "AI system",
    "Hệ thống có mức độ tự chủ nhất định, suy luận từ dữ liệu đầu vào để tạo ra dự đoán, nội dung, khuyến nghị hoặc quyết định có thể tác động đến môi trường vật lý hoặc số.",
    "A system that, with some autonomy, infers from its inputs to produce predictions, content, recommendations or decisions that can affect physical or digital environments.", ["law-134-2025#art-3.2"]),
  G("provider", "nhà cung cấp", "provider",
    "Tổ chức, cá nhân đưa hệ thống vào thị trường hoặc vào sử dụng dưới tên, nhãn hiệu của mình, dù tự xây dựng hay do bên khác xây dựng.",
    "Whoever puts a system on the market or into use under its own name or brand, whether it built the system or someone else did.", ["law-134-2025#art-3.4"]),
  G("deployer", "bên triển khai", "deployer",
    "Tổ chức, cá nhân sử dụng hệ thống thuộc quyền kiểm soát của mình trong hoạt động nghề nghiệp, thương mại hoặc cung cấp dịch vụ; không gồm việc sử dụng cá nhân, phi thương mại.",
    "Whoever uses a system under its control in professional, commercial or service activity; personal, non-commercial use is excluded.", ["law-134-2025#art-3.5"]),
  G("high-risk-list", "Danh mục hệ thống trí tuệ nhân tạo có rủi ro cao", "List of high-risk AI systems",
    "Danh mục do Thủ tướng Chính phủ ban hành (Quyết định 33/2026/QĐ-TTg). Chỉ hệ thống thuộc Danh mục mới có rủi ro cao.",
    "The list issued by the Prime Minister (Decision 33/2026/QĐ-TTg). Only a system on the List is high-risk.", ["decree-142-2026#art-6.3.a", "decision-33-2026"]),
  G("conformity-assessment-body", "tổ chức đánh giá sự phù hợp", "conformity-assessment body",
    "Tổ chức đủ điều kiện, được thuê để đánh giá hoặc chứng nhận hệ thống rủi ro cao đáp ứng yêu cầu trước khi đưa vào sử dụng.",
    "A qualified organisation engaged to assess or certify that a high-risk system meets the requirements before it is put into use.", ["law-134-2025#art-13.2.a", "decree-142-2026#art-13.4"]),
  G("ai-agent", "tác tử trí tuệ nhân tạo", "AI agent",
    "Hệ thống trí tuệ nhân tạo tự thực hiện chuỗi hành động thay mặt người dùng (ví dụ đặt lịch, gửi thư, thao tác trên hệ thống khác), không chỉ trả lời câu hỏi.",
    "An AI system that carries out a sequence of actions on the user's behalf (for example booking, sending messages, operating other systems), not only answering questions."),
  G("standalone-model", "mô hình độc lập", "stand-alone model",
    "Mô hình trí tuệ nhân tạo chưa được tích hợp vào một hệ thống cụ thể, ví dụ mô hình nền tảng cấp phép cho bên khác tích hợp vào sản phẩm của họ.",
    "An AI model not yet built into a specific system, for example a foundation model licensed to others to build into their products.", ["decree-142-2026#art-6.2"]),
  G("machine-readable", "định dạng máy đọc được", "machine-readable",
    "Thông tin được gắn vào nội dung theo cách phần mềm có thể tự động phát hiện (ví dụ siêu dữ liệu, thủy vân số), không chỉ là nhãn người đọc được.",
    "Information attached to content so that software can detect it automatically (for example metadata or a digital watermark), not only a label people can read.", ["law-134-2025#art-11.2"]),
  G("administrative-decision", "quyết định hành chính", "administrative decision",
    "Văn bản của cơ quan nhà nước quyết định về một vấn đề cụ thể đối với tổ chức, cá nhân cụ thể, ví dụ cấp phép, xử phạt, xác định đối tượng thụ hưởng.",
    "A decision by a state body on a specific matter concerning a specific organisation or person, for example a licence, a penalty, or eligibility for a benefit.", ["decree-142-2026#art-20.1.b"]),
  G("core-important-data", "dữ liệu cốt lõi, dữ liệu quan trọng", "core data, important data",
    "Loại dữ liệu mà Luật Dữ liệu xác định là có thể ảnh hưởng đến quốc phòng, an ninh, lợi ích quốc gia hoặc lợi ích công cộng; việc chuyển ra nước ngoài phải tuân thủ điều kiện riêng.",
    "Categories of data that the Law on Data identifies as able to affect defence, security, national or public interests; transferring them abroad is subject to specific conditions.", ["law-60-2024"]),
  G("fine-tune", "tinh chỉnh", "fine-tune",
    "Huấn luyện thêm một mô hình có sẵn trên dữ liệu của tổ chức để thay đổi hành vi của mô hình.",
    "Training an existing model further on your own data to change how it behaves."),
  G("sandbox", "cơ chế thử nghiệm có kiểm soát", "controlled testing scheme (sandbox)",
    "Cơ chế cho phép thử nghiệm hệ thống trí tuệ nhân tạo trong phạm vi, thời gian và điều kiện được cơ quan có thẩm quyền cho phép.",
    "A scheme allowing an AI system to be tested within the scope, time and conditions an authority approves.", ["decree-142-2026#art-22"]),
  G("classification-dossier", "hồ sơ phân loại", "classification dossier",
    "Hồ sơ nhà cung cấp lập trước khi đưa hệ thống rủi ro trung bình hoặc cao vào sử dụng: thông tin định danh, mô tả và bối cảnh sử dụng, dữ liệu đầu vào chính, tóm tắt biện pháp quản lý rủi ro.",
    "The file a provider prepares before putting a medium- or high-risk system into use: identification, description and context of use, main input data, and a summary of risk-management measures.", ["decree-142-2026#art-12.2"]),
  G("serious-incident", "sự cố nghiêm trọng", "serious incident",
    "Sự cố do hệ thống trí tuệ nhân tạo gây ra hoặc có khả năng gây ra thiệt hại nghiêm trọng; định nghĩa tại khoản 8 Điều 3 Luật, nội dung còn chờ xác nhận.",
    "An incident caused by an AI system that causes or may cause serious harm; defined in Law Art. 3(8), wording subject to confirmation.", ["law-134-2025#art-3.8"]),
  G("independent-human-review", "kiểm tra độc lập của con người", "independent human review",
    "Người có thẩm quyền, có đủ thông tin, thời gian và quyền hạn, xem xét, can thiệp, từ chối hoặc thay đổi kết quả trước khi kết quả có hiệu lực; không phải phê duyệt hình thức.",
    "An authorised person with enough information, time and authority reviews, intervenes in, refuses or changes a result before it takes effect; not a rubber stamp.", ["decree-142-2026#art-8.2.b"]),
]
open(p, 'w').write(json.dumps(d, ensure_ascii=False, indent=2) + '\n')
print('ok')
