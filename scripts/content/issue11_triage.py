#!/usr/bin/env python3
"""One-off content migration for issue 11 (tiers follow the law; transitions; duty links; Circular 05 per
system; the List; glossary). Idempotent: run from the repository root. Kept for the record."""
import json, re

def load(p): return json.load(open(p))
def save(p, d): open(p, 'w').write(json.dumps(d, ensure_ascii=False, indent=2) + '\n')
def T(vi, en): return {"vi": vi, "en": en}

tri = load('questionnaires/triage.json')
rd = load('questionnaires/readiness.json')

SCOPE_OUT = {"not": {"any": [{"answer": "triage.scope.ai_system", "is": ["no"]},
                              {"answer": "triage.scope.defence_only", "is": ["yes"]},
                              {"answer": "triage.scope.in_vietnam", "is": ["no"]}]}}

def q(qid):
    for s in tri['sections']:
        for x in s['questions']:
            if x['id'] == qid: return x
    raise KeyError(qid)

def section(sid):
    return next(s for s in tri['sections'] if s['id'] == sid)

def insert_after(qid, new):
    for s in tri['sections']:
        for i, x in enumerate(s['questions']):
            if x['id'] == qid:
                if not any(y['id'] == new['id'] for y in s['questions']):
                    s['questions'].insert(i + 1, new)
                return
    raise KeyError(qid)

def opt(oid, vi, en, facts=None):
    o = {"id": oid, "label": T(vi, en)}
    if facts: o["facts"] = facts
    return o

# ---------------------------------------------------------------- questions
intro_vi = "Trả lời theo mục đích sử dụng dự kiến khi hệ thống được đưa vào hoạt động chính thức, không theo giai đoạn thử nghiệm hiện tại; giai đoạn hiện tại được ghi riêng ở câu hỏi về giai đoạn và chỉ dùng để tính thời hạn."
intro_en = "Answer for the intended use once the system is put into operation, not for its current test stage; the current stage is recorded separately in the stage question and is used only for deadlines."
tri['description']['vi'] = tri['description']['vi'].split(' Trả lời theo mục đích')[0] + ' ' + intro_vi
tri['description']['en'] = tri['description']['en'].split(' Answer for the intended use')[0] + ' ' + intro_en

legacy = q('triage.scope.legacy')
insert_after('triage.scope.legacy', {
    "id": "triage.scope.go_live",
    "type": "single",
    "text": T("Hệ thống đã hoặc sẽ được đưa vào hoạt động chính thức vào thời gian nào?",
              "When was the system, or when will it be, put into operation?"),
    "help": T("Thời điểm đưa vào hoạt động quyết định thời hạn áp dụng. Theo một nguồn duy nhất (cần xác nhận), Điều 4 Quyết định 33/2026/QĐ-TTg cho hệ thống thuộc Danh mục đưa vào hoạt động trong vòng 6 tháng kể từ ngày 15/8/2026 thời hạn tuân thủ trước ngày 01/3/2027. Hệ thống đưa vào hoạt động sau đó phải tuân thủ trước khi sử dụng.",
              "The go-live date decides which deadline applies. According to a single source (subject to confirmation), Decision 33/2026/QĐ-TTg Art. 4 gives listed systems put into operation within 6 months of 15 Aug 2026 until before 1 Mar 2027. Systems put into operation later must comply before use."),
    "options": [
        opt("before_list", "Từ ngày 01/3/2026 đến ngày 14/8/2026", "From 1 Mar 2026 to 14 Aug 2026", ["live.before_list"]),
        opt("list_window", "Từ ngày 15/8/2026 đến ngày 14/02/2027", "From 15 Aug 2026 to 14 Feb 2027", ["live.list_window"]),
        opt("later", "Từ ngày 15/02/2027 trở đi, hoặc chưa có kế hoạch", "On or after 15 Feb 2027, or not yet planned"),
        opt("unsure", "Chưa chắc chắn", "Not sure", ["live.unsure"]),
    ],
    "cites": ["decision-33-2026#art-4", "law-134-2025#art-35.1"],
    "applies_if": {"all": [SCOPE_OUT, {"answer": "triage.scope.legacy", "is": ["no"]}]},
})
insert_after('triage.scope.go_live', {
    "id": "triage.scope.stage",
    "type": "single",
    "text": T("Hiện nay hệ thống đang ở giai đoạn nào?", "What stage is the system at today?"),
    "help": T("Câu trả lời này không làm thay đổi mức rủi ro: mức rủi ro được xác định theo mục đích sử dụng dự kiến khi hoạt động chính thức. Giai đoạn hiện tại quyết định việc cần làm trước: hệ thống còn trong phòng thí nghiệm cần hoàn tất các nghĩa vụ trước khi đưa ra công chúng; hệ thống tham gia cơ chế thử nghiệm có kiểm soát (sandbox) có nghĩa vụ và thời hạn riêng (Nghị định 142/2026/NĐ-CP, Điều 24 đến Điều 27).",
              "This does not change the tier: the tier follows the intended use once in operation. The current stage decides what comes first: a system still in the lab must complete its duties before release to the public; a system in a controlled testing scheme (sandbox) has its own duties and deadlines (Decree 142 Art. 24–27)."),
    "options": [
        opt("lab", "Nghiên cứu, phát triển trong môi trường nội bộ, chưa cung cấp cho ai", "Research and development in-house, not yet offered to anyone", ["stage.lab"]),
        opt("pilot", "Thí điểm với một nhóm người dùng hạn chế", "Pilot with a limited group of users", ["stage.pilot"]),
        opt("sandbox", "Đang thử nghiệm trong cơ chế thử nghiệm có kiểm soát (sandbox) đã được cấp phép", "Testing in a licensed controlled testing scheme (sandbox)", ["stage.sandbox", "sandbox_participant"]),
        opt("operating", "Đang hoạt động chính thức", "In operation", ["stage.operating"]),
    ],
    "cites": ["decree-142-2026#art-22", "decree-142-2026#art-24.1.d", "decree-142-2026#art-25", "decree-142-2026#art-27"],
    "applies_if": SCOPE_OUT,
})

sector = q('triage.scope.sector')
sector['options'] = [o for o in sector['options'] if o['id'] != 'public_administration']
if not any(o['id'] == 'public_admin' for o in sector['options']):
    sector['options'].insert(3, opt("public_admin", "Hành chính công, dịch vụ công", "Public administration and public services", ["sector.public_admin"]))

insert_after('triage.scope.sector', {
    "id": "triage.scope.public_service",
    "type": "single",
    "text": T("Hệ thống này có được cơ quan nhà nước sử dụng, hoặc được tổ chức cung cấp cho cơ quan nhà nước, để phục vụ quản lý nhà nước hoặc cung cấp dịch vụ công không?",
              "Is this system used by a state body, or supplied by your organisation to one, for state management or public services?"),
    "help": T("Theo các nguồn thứ cấp, Thông tư 05/2026/TT-BKHCN bắt buộc áp dụng đối với hệ thống trí tuệ nhân tạo phục vụ quản lý nhà nước hoặc dịch vụ công, và là thực hành tốt được khuyến khích đối với các hệ thống khác (Điều 26 khoản 4 Luật). Nghĩa vụ này gắn với từng hệ thống: một doanh nghiệp cung cấp một hệ thống cho cơ quan nhà nước chỉ phải áp dụng cho hệ thống đó.",
              "According to secondary sources, Circular 05/2026/TT-BKHCN is mandatory for AI systems serving state management or public services, and encouraged good practice for others (Law Art. 26(4)). The duty attaches to each system: a firm that supplies one system to a state body applies it to that system only."),
    "options": "yes_no_unsure",
    "cites": ["circular-05-2026#art-1", "law-134-2025#art-26.4"],
    "applies_if": SCOPE_OUT,
})
for o in q('triage.scope.public_service').get('options', []) if isinstance(q('triage.scope.public_service')['options'], list) else []:
    pass
q('triage.scope.public_service')['options'] = [
    opt("yes", "Có", "Yes", ["public_service_system"]),
    opt("no", "Không", "No"),
    opt("unsure", "Chưa chắc chắn", "Not sure", ["public_service_system"]),
]

roles = q('triage.role.roles')
roles['help']['vi'] = roles['help']['vi'].split(' Ví dụ thường gặp:')[0] + " Ví dụ thường gặp: hệ thống tự xây dựng để dùng nội bộ: tổ chức là nhà phát triển và bên triển khai (và là nhà cung cấp nếu đưa vào sử dụng dưới tên mình cho người khác); dịch vụ phần mềm (SaaS) do nhà cung cấp vận hành mà tổ chức dùng trong hoạt động kinh doanh: tổ chức là bên triển khai, nhà cung cấp dịch vụ là nhà cung cấp; mô hình cấp phép cho bên khác tích hợp: tổ chức là nhà phát triển và nhà cung cấp mô hình, bên tích hợp là nhà cung cấp hệ thống của họ."
roles['help']['en'] = roles['help']['en'].split(' Common cases:')[0] + " Common cases: a system built in-house for your own use: you are the developer and the deployer (and the provider if you put it into use under your name for others); vendor-run software as a service (SaaS) used in your business: you are the deployer, the vendor is the provider; a model licensed to others to build into their products: you are the developer and the provider of the model, and each integrator is the provider of its own system."

fh = q('triage.modifiers.foreign_hosting')
fh['text'] = T("Dữ liệu hoặc mô hình của hệ thống có được lưu trữ hoặc xử lý trên máy chủ đặt ở nước ngoài không?",
               "Are the system's data or model stored or processed on servers outside Vietnam?")
fh['help'] = T("Câu trả lời dẫn đến các câu hỏi về chủ quyền số và nghĩa vụ lưu trữ dữ liệu tại Việt Nam theo pháp luật an ninh mạng. Việc nhà cung cấp là tổ chức nước ngoài được hỏi riêng ở câu hỏi về nhà cung cấp nước ngoài.",
               "This drives the questions on digital sovereignty and the data-localisation duties under cybersecurity law. Whether the provider is a foreign organisation is asked separately, in the foreign-provider question.")
fh['cites'] = ["law-116-2025", "decree-53-2022#art-26"]

lst = q('triage.high.list')
lst['help'] = T("Hệ thống chỉ là rủi ro cao khi thuộc Danh mục do Thủ tướng Chính phủ ban hành (điểm a khoản 3 Điều 6 Nghị định 142/2026/NĐ-CP). Danh mục được ban hành kèm theo Quyết định 33/2026/QĐ-TTg, có hiệu lực từ ngày 15/8/2026. Tra cứu các dòng đã biết của Danh mục ngay dưới câu hỏi này; đọc kỹ điều kiện của từng dòng, vì nhiều dòng được cho là chỉ áp dụng khi kết quả được thực thi mà không có sự kiểm tra độc lập của người có thẩm quyền. Các dòng chưa được công bố đầy đủ: hãy đối chiếu văn bản chính thức và công cụ tự phân loại trên Cổng thông tin một cửa (khoản 2 Điều 10 Nghị định 142/2026/NĐ-CP; công cụ mang tính tham khảo). Chọn \"Chưa kiểm tra\" hoặc \"Chưa chắc chắn\" thì kết quả là chưa xác định: công cụ nêu cả hai khả năng và chỉ áp dụng những nghĩa vụ chung của cả hai.",
                "A system is high-risk only if it is on the Prime Minister's List (Decree 142 Art. 6(3)(a)). The List was issued with Decision 33/2026/QĐ-TTg, in force from 15 Aug 2026. Search the known rows of the List right below this question; read each row's conditions, as many rows reportedly apply only when outputs are acted on without independent checking by a competent person. Not every row has been published in the sources available: check the official text and the self-classification tool on the one-stop portal (Decree 142 Art. 10(2); the tool is advisory). If you choose \"Not checked yet\" or \"Not sure\", the result is unresolved: the tool shows both outcomes and applies only the duties common to both.")
insert_after('triage.high.certification', {
    "id": "triage.high.reclassified",
    "type": "single",
    "text": T("Hệ thống có phải phân loại lại thành rủi ro cao (do sự cố nghiêm trọng, thay đổi đáng kể hoặc yêu cầu của cơ quan có thẩm quyền) không?",
              "Has the system had to be reclassified as high-risk (after a serious incident, a significant change or an authority's request)?"),
    "help": T("Hệ thống phải phân loại lại khi rủi ro thực tế cao hơn (điểm b khoản 1 Điều 11 Nghị định 142/2026/NĐ-CP). Khi phải phân loại lại thành rủi ro cao, hệ thống có tối đa 12 tháng để đáp ứng yêu cầu, với điều kiện có sự giám sát thực chất của con người và lưu đầy đủ nhật ký vận hành (khoản 5 Điều 11).",
              "A system must be reclassified when its actual risk is higher (Decree 142 Art. 11(1)(b)). When it must be reclassified as high-risk, it has up to 12 months to comply, provided there is substantive human oversight and full operating logs are kept (Art. 11(5))."),
    "options": "yes_no",
    "cites": ["decree-142-2026#art-11.1.b", "decree-142-2026#art-11.5"],
    "applies_if": SCOPE_OUT,
})
q('triage.high.reclassified')['options'] = [opt("yes", "Có", "Yes", ["reclassified_high"]), opt("no", "Không", "No")]
insert_after('triage.high.reclassified', {
    "id": "triage.high.reclassified_on",
    "type": "date",
    "text": T("Ngày có kết quả phân loại lại thành rủi ro cao", "Date of the reclassification as high-risk"),
    "help": T("Dùng để tính thời hạn 12 tháng theo khoản 5 Điều 11 Nghị định 142/2026/NĐ-CP.",
              "Used to compute the 12-month deadline of Decree 142 Art. 11(5)."),
    "cites": ["decree-142-2026#art-11.5"],
    "applies_if": {"all": [SCOPE_OUT, {"answer": "triage.high.reclassified", "is": ["yes"]}]},
})

harm = q('triage.high.harm')
harm['text'] = T("Với mục đích sử dụng dự kiến và những cách dùng sai có khả năng xảy ra trên thực tế, lỗi hoặc trục trặc của hệ thống có thể gây thiệt hại đáng kể đến tính mạng, sức khỏe, tài sản hoặc quyền và lợi ích hợp pháp, hoặc hậu quả khó khắc phục không?",
                 "For its intended use and the misuse that is likely in practice, could an error or malfunction cause significant harm to life, health, property or lawful rights and interests, or consequences that are hard to reverse?")
harm['help'] = T("Không tính mọi khả năng dùng sai có thể tưởng tượng được: chỉ tính những cách dùng sai có khả năng xảy ra. Câu trả lời là một dấu hiệu tác động (khoản 1 Điều 9 Luật); tự nó không làm hệ thống thành rủi ro cao, mà dẫn đến khuyến nghị rà soát.",
                 "Do not count every conceivable misuse, only misuse that is likely. The answer is an impact sign (Art. 9(1)); it does not make the system high-risk by itself, but leads to a review recommendation.")
rights = q('triage.high.rights')
rights['help'] = T("Đây là một trong các tiêu chí để xây dựng Danh mục (khoản 2 Điều 9 Luật). Tự nó không làm hệ thống thành rủi ro cao: nếu hệ thống không thuộc Danh mục, câu trả lời chỉ dẫn đến khuyến nghị rà soát.",
                   "This is one of the criteria for building the List (Art. 9(2)). It does not make the system high-risk by itself: if the system is not on the List, the answer only leads to a review recommendation.")
scale = q('triage.high.scale')
scale['text'] = T("Hệ thống có được sử dụng trên diện rộng không, ví dụ ảnh hưởng đến hơn 10.000 người mỗi năm, hoặc được dùng ở nhiều tỉnh, thành phố hoặc trên toàn quốc?",
                  "Is the system used at scale, for example affecting more than 10,000 people a year, or used in several provinces or nationwide?")
scale['help'] = T("Phạm vi ảnh hưởng là một tiêu chí xây dựng Danh mục (khoản 2 Điều 9 Luật). Pháp luật không nêu ngưỡng; ngưỡng 10.000 người mỗi năm là ví dụ của công cụ này để câu hỏi dễ trả lời, và chỉ dẫn đến khuyến nghị rà soát, không tạo nghĩa vụ. Tính cả những người chịu tác động gián tiếp từ kết quả của hệ thống.",
                  "Reach is a criterion for building the List (Art. 9(2)). The law sets no threshold; 10,000 people a year is this tool's example to make the question answerable, and it only leads to a review recommendation, never a duty. Count people affected indirectly by the outputs as well.")

inter = q('triage.medium.interactive')
inter['text'] = T("Hệ thống có tương tác trực tiếp với con người (trò chuyện, giọng nói, nhân vật ảo, tác tử trí tuệ nhân tạo) không, và với ai?",
                  "Does the system interact directly with people (chat, voice, avatar, AI agent), and with whom?")
inter['help'] = T("Nhà cung cấp phải bảo đảm người tương tác được biết mình đang tương tác với hệ thống trí tuệ nhân tạo (khoản 1 Điều 11 Luật). Hệ thống mà người dùng có thể không nhận biết mình đang tương tác với trí tuệ nhân tạo là dấu hiệu rủi ro trung bình (điểm b khoản 1 Điều 9 Luật). Công cụ nội bộ chỉ dành cho nhân viên đã được thông báo rõ là trí tuệ nhân tạo vẫn có nghĩa vụ thông báo, nhưng không phải là dấu hiệu rủi ro trung bình vì không gây nhầm lẫn. Danh sách các trường hợp rủi ro trung bình tại Điều 9 Nghị định 142/2026/NĐ-CP còn chờ xác nhận.",
                  "The provider must make sure people know they are interacting with an AI system (Art. 11(1)). A system whose users may not realise they are dealing with AI is a sign of medium risk (Art. 9(1)(b)). An internal tool used only by staff who are clearly told it is AI still carries the notice duty, but is not a medium-risk sign, as nobody is misled. The list of medium-risk cases in Decree 142 Art. 9 is subject to confirmation.")
inter['options'] = [
    opt("yes", "Có, với khách hàng hoặc công chúng", "Yes, with customers or the public", ["interactive"]),
    opt("staff_only", "Có, nhưng chỉ với nhân viên của tổ chức, những người được thông báo rõ là trí tuệ nhân tạo", "Yes, but only with our own staff, who are clearly told it is AI", ["interactive_internal"]),
    opt("no", "Không", "No"),
    opt("unsure", "Chưa chắc chắn", "Not sure", ["interactive"]),
]
deep = q('triage.medium.deepfake')
deep['text'] = T("Hệ thống có được dùng để tạo ra hình ảnh, video hoặc giọng nói mô phỏng một người có thật, hoặc tái hiện sự kiện có thật không?",
                 "Is the system used to produce images, video or voice that imitate a real person, or that re-create real events?")
deep['help'] = T("Hỏi về việc hệ thống thực sự được dùng để tạo ra gì, không hỏi về khả năng kỹ thuật. Nội dung như vậy khi đưa ra công chúng phải có nhãn dễ nhận biết (khoản 4 Điều 11 Luật; khoản 2 Điều 18 Nghị định 142/2026/NĐ-CP); phim, tác phẩm nghệ thuật, sáng tạo có thể gắn nhãn theo cách không làm ảnh hưởng đến tác phẩm. Nếu mục đích là lừa dối, thao túng gây hậu quả nghiêm trọng thì đó là hành vi bị nghiêm cấm.",
                 "This asks what the system is actually used to produce, not what it could technically do. Such content must carry an easily recognisable label when released to the public (Art. 11(4); Decree 142 Art. 18(2)); films, art and creative works may be labelled without disrupting the work. If the aim is to deceive or manipulate with serious harm, it is a prohibited act.")
deep['options'] = [
    opt("yes", "Có", "Yes", ["deepfake", "generative"]),
    opt("no", "Không", "No"),
    opt("unsure", "Chưa chắc chắn", "Not sure", ["deepfake_unsure"]),
]
pers = q('triage.medium.persuasive')
pers['text'] = T("Hệ thống có được thiết kế để tác động đến niềm tin hoặc lựa chọn của người dùng (ví dụ hội thoại thuyết phục, thông điệp nhắm vào từng người) mà người dùng có thể không nhận ra có trí tuệ nhân tạo tham gia không?",
                 "Is the system designed to influence users' beliefs or choices (for example persuasive dialogue, messages targeted at each person) in a way users may not realise involves AI?")
pers['help'] = T("Khả năng tác động hoặc thao túng người dùng không nhận biết có trí tuệ nhân tạo là dấu hiệu rủi ro trung bình (điểm b khoản 1 Điều 9 Luật). Hệ thống gợi ý, xếp hạng thông thường được trình bày rõ là gợi ý (sản phẩm, nội dung) không thuộc trường hợp này. Nếu hệ thống nhắm vào điểm yếu của nhóm dễ bị tổn thương để gây hại, hãy xem lại phần sàng lọc hành vi bị nghiêm cấm.",
                 "Being able to influence or manipulate users who do not realise AI is involved is a sign of medium risk (Art. 9(1)(b)). An ordinary recommender or ranking that is shown as a recommendation (products, content) is not this case. If the system targets the weaknesses of vulnerable groups to cause harm, revisit the prohibited-use screen.")
pers['options'] = [
    opt("yes", "Có", "Yes", ["persuasive"]),
    opt("recommender_only", "Chỉ gợi ý hoặc xếp hạng thông thường, được trình bày rõ là gợi ý", "Only ordinary recommendations or rankings, shown as such"),
    opt("no", "Không", "No"),
    opt("unsure", "Chưa chắc chắn", "Not sure", ["persuasive_unsure"]),
]

# ---------------------------------------------------------------- tiers
high_rule = next(r for r in tri['tiers'] if r['tier'] == 'high')
high_rule['when'] = {"any": [{"answer": "triage.high.list", "is": ["yes"]}, {"answer": "triage.high.reclassified", "is": ["yes"]}]}
high_rule['reason'] = T("Tổ chức xác định trường hợp sử dụng này thuộc Danh mục hệ thống trí tuệ nhân tạo có rủi ro cao (Quyết định 33/2026/QĐ-TTg), hoặc hệ thống đã phải phân loại lại thành rủi ro cao. Theo điểm a khoản 3 Điều 6 Nghị định 142/2026/NĐ-CP, hệ thống thuộc Danh mục là hệ thống có rủi ro cao và phải đáp ứng các nghĩa vụ tại Điều 13 và Điều 14 Luật. Nếu dòng Danh mục chỉ áp dụng khi kết quả được thực thi mà không có sự kiểm tra độc lập của người có thẩm quyền, hãy xác nhận điều kiện đó trước khi kết luận.",
                        "You identified this use as being on the List of high-risk AI systems (Decision 33/2026/QĐ-TTg), or the system has had to be reclassified as high-risk. Under Decree 142 Art. 6(3)(a), a listed system is high-risk and must meet the duties in Art. 13 and 14 of the Law. If the List row only applies when outputs are acted on without independent checking by a competent person, confirm that condition before concluding.")
high_rule['cites'] = ["decree-142-2026#art-6.3.a", "decision-33-2026", "law-134-2025#art-9.1.a", "law-134-2025#art-13.4", "decree-142-2026#art-11.5"]
tri['tiers'] = [r for r in tri['tiers'] if r['tier'] not in ('possibly_high', 'unresolved')]
idx = next(i for i, r in enumerate(tri['tiers']) if r['tier'] == 'high') + 1
tri['tiers'].insert(idx, {
    "tier": "unresolved",
    "when": {"not": {"answer": "triage.high.list", "is": ["no"]}},
    "reason": T("Chưa xác định: Danh mục hệ thống trí tuệ nhân tạo có rủi ro cao chưa được đối chiếu, hoặc kết quả đối chiếu chưa chắc chắn. Đây không phải là một mức rủi ro theo pháp luật: nếu trường hợp sử dụng thuộc Danh mục, hệ thống có rủi ro cao; nếu không, hệ thống có rủi ro trung bình hoặc thấp (khoản 3 Điều 6 Nghị định 142/2026/NĐ-CP). Việc đầu tiên cần làm là đối chiếu Danh mục. Trong khi chờ, công cụ nêu cả hai khả năng cùng nghĩa vụ của từng khả năng, chỉ áp dụng những nghĩa vụ chung của cả hai, và kết quả chỉ là tạm thời.",
                "Unresolved: the List of high-risk AI systems has not been checked, or the check is unsure. This is not a legal tier: if the use is on the List, the system is high-risk; if not, it is medium or low risk (Decree 142 Art. 6(3)). The first action is to check the List. Until then, the tool shows both outcomes with their duties, applies only the duties common to both, and the results are provisional."),
    "cites": ["decree-142-2026#art-6.3", "decision-33-2026", "decree-142-2026#art-10.2", "law-134-2025#art-10.4"],
})
med = next(r for r in tri['tiers'] if r['tier'] == 'medium')
med['reason'] = T("Hệ thống tương tác trực tiếp với khách hàng hoặc công chúng, tạo hoặc chỉnh sửa nội dung, mô phỏng người hoặc sự kiện có thật, hoặc được thiết kế để tác động đến lựa chọn của người dùng, nên có thể gây nhầm lẫn hoặc thao túng người dùng không nhận biết có trí tuệ nhân tạo (điểm b khoản 1 Điều 9 Luật). Tổ chức đã đối chiếu và hệ thống không thuộc Danh mục, nên có rủi ro trung bình (điểm b khoản 3 Điều 6 Nghị định 142/2026/NĐ-CP). Danh sách các trường hợp rủi ro trung bình tại Điều 9 Nghị định 142/2026/NĐ-CP còn chờ xác nhận.",
                  "The system interacts directly with customers or the public, creates or edits content, imitates real people or events, or is designed to steer users' choices, so it may confuse or manipulate users who do not realise AI is involved (Art. 9(1)(b)). You checked the List and the system is not on it, so it is medium risk (Decree 142 Art. 6(3)(b)). The list of medium-risk cases in Decree 142 Art. 9 is subject to confirmation.")
low = next(r for r in tri['tiers'] if r['tier'] == 'low')
low['reason'] = T("Tổ chức đã đối chiếu và hệ thống không thuộc Danh mục, và các câu trả lời không có dấu hiệu rủi ro trung bình, nên hệ thống có rủi ro thấp (điểm c khoản 1 Điều 9 Luật; điểm c khoản 3 Điều 6 Nghị định 142/2026/NĐ-CP). Nhà cung cấp vẫn phải tự phân loại và lưu lý do; hệ thống rủi ro thấp được theo dõi, kiểm tra khi có sự cố, phản ánh, kiến nghị hoặc yêu cầu bảo đảm an toàn (điểm c khoản 5 Điều 10 Luật).",
                  "You checked the List and the system is not on it, and the answers show no medium-risk sign, so the system is low risk (Art. 9(1)(c); Decree 142 Art. 6(3)(c)). The provider must still self-classify and record why; low-risk systems are monitored and checked when there is an incident, a complaint or report, or a safety need (Art. 10(5)(c)).")

# ---------------------------------------------------------------- findings
SIGNS = [{"answer": f"triage.high.{k}", "is": ["yes"]} for k in ("rights", "harm", "security", "scale")]
tri['findings'] = [
    {"id": "review-impact-signs",
     "when": {"all": [{"answer": "triage.high.list", "is": ["no"]}, {"not": {"fact": "reclassified_high"}}, {"any": SIGNS}]},
     "title": T("Khuyến nghị rà soát", "Review recommended"),
     "reason": T("Hệ thống có dấu hiệu tác động đáng kể (tác động đến quyền, nguy cơ thiệt hại, an ninh hoặc phạm vi rộng), nhưng tổ chức đã đối chiếu và hệ thống không thuộc Danh mục. Theo điểm a khoản 3 Điều 6 Nghị định 142/2026/NĐ-CP, chỉ hệ thống thuộc Danh mục mới có rủi ro cao, nên các nghĩa vụ của hệ thống rủi ro cao không áp dụng. Khuyến nghị: lưu hồ sơ đối chiếu từng dòng Danh mục gần nhất, theo dõi việc sửa đổi Danh mục, và nếu còn băn khoăn thì đề nghị Bộ Khoa học và Công nghệ hướng dẫn (khoản 4 Điều 10 Luật).",
                 "The system shows signs of significant impact (on rights, risk of harm, security or broad reach), but you checked the List and it is not on it. Under Decree 142 Art. 6(3)(a) only a listed system is high-risk, so the high-risk duties do not apply. Recommended: keep a record of the check against the closest List rows, watch for amendments to the List, and if in doubt ask the Ministry of Science and Technology for guidance (Law Art. 10(4))."),
     "cites": ["decree-142-2026#art-6.3.a", "law-134-2025#art-9.2", "law-134-2025#art-10.4"]},
    {"id": "reclassification-date-missing",
     "when": {"all": [{"fact": "reclassified_high"}, {"not": {"answered": "triage.high.reclassified_on"}}]},
     "title": T("Cần ngày phân loại lại", "Reclassification date needed"),
     "reason": T("Hệ thống đã phải phân loại lại thành rủi ro cao, nhưng chưa có ngày phân loại lại, nên chưa tính được thời hạn 12 tháng (khoản 5 Điều 11 Nghị định 142/2026/NĐ-CP). Cho đến khi nhập ngày, các nghĩa vụ được tính là phải đáp ứng trước khi sử dụng.",
                 "The system has had to be reclassified as high-risk, but the reclassification date is missing, so the 12-month deadline (Decree 142 Art. 11(5)) cannot be computed. Until the date is entered, the duties count as due before use."),
     "cites": ["decree-142-2026#art-11.5"]},
    {"id": "labelling-unsure",
     "when": {"any": [{"fact": "deepfake_unsure"}, {"fact": "persuasive_unsure"}]},
     "title": T("Cần làm rõ cách sử dụng", "Clarify how the system is used"),
     "reason": T("Tổ chức chưa chắc hệ thống có được dùng để mô phỏng người hoặc sự kiện có thật, hoặc để tác động đến lựa chọn của người dùng hay không. Hãy làm rõ: nếu có, hệ thống có nghĩa vụ gắn nhãn, thông báo (Điều 11 Luật) và có thể có rủi ro trung bình (điểm b khoản 1 Điều 9 Luật).",
                 "You are not sure whether the system is used to imitate real people or events, or to steer users' choices. Clarify it: if so, labelling and notice duties apply (Law Art. 11) and the system may be medium risk (Art. 9(1)(b))."),
     "cites": ["law-134-2025#art-9.1.b", "law-134-2025#art-11.4"]},
    {"id": "go-live-date-unsure",
     "when": {"fact": "live.unsure"},
     "title": T("Cần ngày đưa vào hoạt động", "Go-live date needed"),
     "reason": T("Chưa rõ thời điểm đưa vào hoạt động, nên không xác định được thời hạn chuyển tiếp (Điều 35 Luật; Điều 4 Quyết định 33/2026/QĐ-TTg). Các nghĩa vụ được tính là phải đáp ứng trước khi sử dụng.",
                 "The go-live date is not known, so no transition deadline can be set (Law Art. 35; Decision 33/2026 Art. 4). The duties count as due before use."),
     "cites": ["law-134-2025#art-35.1", "decision-33-2026#art-4"]},
]

# ---------------------------------------------------------------- transitions
LISTED = {"any": [{"answer": "triage.high.list", "is": ["yes"]}]}
LIVE_BEFORE_LIST = {"fact": "live.before_list"}
HE = {"answer": "triage.scope.sector", "is": ["health", "education"]}
FIN = {"answer": "triage.scope.sector", "is": ["finance"]}
TRANSITIONS = [
    {"id": "reclassified-high-12-months", "when": {"fact": "reclassified_high"},
     "months_after": {"answer": "triage.high.reclassified_on", "months": 12},
     "label": T("12 tháng kể từ ngày phân loại lại thành rủi ro cao (khoản 5 Điều 11 Nghị định 142/2026/NĐ-CP), với điều kiện có giám sát thực chất của con người và lưu đầy đủ nhật ký",
                "12 months after the reclassification as high-risk (Decree 142 Art. 11(5)), provided there is substantive human oversight and full logs"),
     "cites": ["decree-142-2026#art-11.5"], "confirmed": True},
    {"id": "listed-health-education", "when": {"all": [LISTED, LIVE_BEFORE_LIST, HE]}, "date": "2027-09-01",
     "label": T("Trước ngày 01/9/2027: hệ thống thuộc Danh mục trong lĩnh vực y tế, giáo dục đưa vào hoạt động từ ngày 01/3/2026 đến trước ngày 15/8/2026 (Điều 4 Quyết định 33/2026/QĐ-TTg, theo một nguồn duy nhất)",
                "Before 1 Sep 2027: a listed system in health or education put into operation between 1 Mar 2026 and 14 Aug 2026 (Decision 33/2026 Art. 4, reported by a single source)"),
     "cites": ["decision-33-2026#art-4"], "confirmed": False},
    {"id": "listed-finance", "when": {"all": [LISTED, LIVE_BEFORE_LIST, FIN]}, "date": "2027-09-01",
     "label": T("Trước ngày 01/9/2027: hệ thống thuộc Danh mục trong lĩnh vực tài chính đưa vào hoạt động từ ngày 01/3/2026 đến trước ngày 15/8/2026 (Điều 4 Quyết định 33/2026/QĐ-TTg, theo một nguồn duy nhất). Việc \"tài chính\" có bao gồm ngân hàng, bảo hiểm, chứng khoán hay không là vấn đề giải thích, chưa được xác nhận; nếu không, thời hạn là trước ngày 01/3/2027",
                "Before 1 Sep 2027: a listed finance system put into operation between 1 Mar 2026 and 14 Aug 2026 (Decision 33/2026 Art. 4, reported by a single source). Whether \"finance\" covers banking, insurance and securities is a matter of interpretation, not confirmed; if not, the deadline is before 1 Mar 2027"),
     "cites": ["decision-33-2026#art-4", "law-134-2025#art-35.1.a"], "confirmed": False},
    {"id": "listed-general", "when": {"all": [LISTED, {"any": [{"fact": "live.before_list"}, {"fact": "live.list_window"}]}]}, "date": "2027-03-01",
     "label": T("Trước ngày 01/3/2027: hệ thống thuộc Danh mục đưa vào hoạt động từ ngày 01/3/2026 đến trước ngày 15/8/2026, hoặc trong vòng 6 tháng kể từ ngày 15/8/2026 (Điều 4 Quyết định 33/2026/QĐ-TTg, theo một nguồn duy nhất)",
                "Before 1 Mar 2027: a listed system put into operation between 1 Mar 2026 and 14 Aug 2026, or within 6 months of 15 Aug 2026 (Decision 33/2026 Art. 4, reported by a single source)"),
     "cites": ["decision-33-2026#art-4"], "confirmed": False},
    {"id": "health-education-finance", "when": {"all": [{"fact": "legacy"}, HE]}, "date": "2027-09-01",
     "label": T("Trước ngày 01/9/2027: hệ thống y tế, giáo dục đã hoạt động trước ngày 01/3/2026 (18 tháng, điểm a khoản 1 Điều 35 Luật)",
                "Before 1 Sep 2027: a health or education system operating before 1 Mar 2026 (18 months, Law Art. 35(1)(a))"),
     "cites": ["law-134-2025#art-35.1.a"], "confirmed": True},
    {"id": "legacy-finance", "when": {"all": [{"fact": "legacy"}, FIN]}, "date": "2027-09-01",
     "label": T("Trước ngày 01/9/2027: hệ thống tài chính đã hoạt động trước ngày 01/3/2026 (18 tháng, điểm a khoản 1 Điều 35 Luật). Việc \"tài chính\" có bao gồm ngân hàng, bảo hiểm, chứng khoán hay không chưa được xác nhận; nếu không, thời hạn là trước ngày 01/3/2027",
                "Before 1 Sep 2027: a finance system operating before 1 Mar 2026 (18 months, Law Art. 35(1)(a)). Whether \"finance\" covers banking, insurance and securities is not confirmed; if not, the deadline is before 1 Mar 2027"),
     "cites": ["law-134-2025#art-35.1.a"], "confirmed": False},
    {"id": "general", "when": {"fact": "legacy"}, "date": "2027-03-01",
     "label": T("Trước ngày 01/3/2027: hệ thống đã hoạt động trước ngày 01/3/2026 (12 tháng, điểm b khoản 1 Điều 35 Luật)",
                "Before 1 Mar 2027: a system operating before 1 Mar 2026 (12 months, Law Art. 35(1)(b))"),
     "cites": ["law-134-2025#art-35.1.b"], "confirmed": True},
]

order = ["reclassified-high-12-months", "health-education-finance", "legacy-finance", "general", "listed-health-education", "listed-finance", "listed-general"]
tri['transition'] = sorted(TRANSITIONS, key=lambda r: order.index(r['id']))
pd = q('triage.modifiers.public_decision')
pd['applies_if'] = {"all": [SCOPE_OUT, {"any": [{"fact": "public_sector"}, {"fact": "public_supplier"}, {"fact": "public_service_system"}]}]}

# ---------------------------------------------------------------- obligations
obs = tri['obligations']
def ob(oid): return next(o for o in obs if o['id'] == oid)
for o in obs:
    o['tiers'] = [t for t in o['tiers'] if t != 'possibly_high']
def add_ev(oid, *qs):
    for x in qs:
        if x not in ob(oid)['evidenced_by']: ob(oid)['evidenced_by'].append(x)
add_ev('conformity-certification', 'risk.conformity_assessment')
add_ev('conformity-self-assessment', 'risk.conformity_assessment')
add_ev('public-sector-impact-assessment', 'transparency.public_impact_assessment', 'human.public_decision_authority')
add_ev('public-sector-impact-assessment-direct-basis', 'transparency.public_impact_assessment', 'human.public_decision_authority')
add_ev('user-high-risk-duties', 'accountability.user_duties', 'capability.high_risk_operator_training')
add_ev('deployer-high-risk-duties', 'risk.use_within_scope', 'accountability.provider_deployer_joint_review')
add_ev('provider-high-risk-duties', 'accountability.provider_deployer_joint_review')
add_ev('legacy-system-deadline', 'risk.high_risk_transition')
add_ev('ethics-framework-public-sector', 'transparency.public_service_notice', 'sustainability.public_service_environment_review', 'capability.public_service_staff_training')
PUB = {"any": [{"fact": "public_sector"}, {"fact": "public_service_system"}]}
ob('ethics-framework-public-sector')['when'] = PUB
ob('legacy-system-deadline')['when'] = {"any": [{"fact": "legacy"}, {"fact": "reclassified_high"}, {"all": [{"answer": "triage.high.list", "is": ["yes"]}, {"any": [{"fact": "live.before_list"}, {"fact": "live.list_window"}]}]}]}
ob('legacy-system-deadline')['tiers'] = ["high", "medium", "low"]
# the interaction notice applies to staff-only tools too
ob('disclose-ai-interaction')['when'] = {"any": [{"fact": "interactive"}, {"fact": "interactive_internal"}]}
ob('self-classify')['tiers'] = ["high", "unresolved", "medium", "low"]

def new_ob(o):
    if not any(x['id'] == o['id'] for x in obs):
        obs.append(o)
    else:
        obs[[x['id'] for x in obs].index(o['id'])] = o
ALL = ["developer", "provider", "deployer", "user"]
new_ob({"id": "resolve-list-check", "title": T("Đối chiếu Danh mục hệ thống trí tuệ nhân tạo có rủi ro cao", "Check the List of high-risk AI systems"),
        "detail": T("Việc đầu tiên: đối chiếu trường hợp sử dụng với từng dòng của Danh mục ban hành kèm theo Quyết định 33/2026/QĐ-TTg, kể cả điều kiện về kiểm tra độc lập của con người; nếu Danh mục chưa rõ, dùng công cụ tự phân loại trên Cổng thông tin một cửa (tham khảo) hoặc đề nghị Bộ Khoa học và Công nghệ hướng dẫn. Lưu kết quả đối chiếu. Khi có kết quả, trả lời lại câu hỏi về Danh mục.",
                    "First action: check the use against each row of the List issued with Decision 33/2026/QĐ-TTg, including the conditions about independent human checking; if the List is unclear, use the self-classification tool on the one-stop portal (advisory) or ask the Ministry of Science and Technology for guidance. Record the result, then answer the List question again."),
        "roles": ALL, "tiers": ["unresolved"], "deadline": {"kind": "before_use"},
        "cites": ["decree-142-2026#art-6.3.a", "decision-33-2026", "decree-142-2026#art-10.2", "law-134-2025#art-10.4"],
        "evidenced_by": ["risk.high_risk_list", "risk.classification"]})
new_ob({"id": "downstream-integrator-information", "title": T("Cung cấp thông tin cho bên tích hợp mô hình", "Inform the integrators of a licensed or stand-alone model"),
        "detail": T("Khi cung cấp mô hình độc lập hoặc cấp phép mô hình cho bên khác tích hợp, cung cấp cho bên tích hợp thông tin cần thiết để họ tự phân loại và đáp ứng nghĩa vụ: mục đích dự kiến, giới hạn, rủi ro đã biết, điều kiện vận hành an toàn và biện pháp kiểm soát. Theo các nguồn hiện có, việc phân loại áp dụng cho hệ thống chứ không cho riêng mô hình (khoản 2 Điều 6 Nghị định 142/2026/NĐ-CP, số điều và nội dung còn chờ xác nhận).",
                    "When you supply a stand-alone model or license a model to others to build in, give integrators what they need to classify their systems and meet their duties: intended purpose, limits, known risks, safe-operation conditions and controls. According to available sources, classification applies to systems rather than to models on their own (Decree 142 Art. 6(2), number and wording subject to confirmation)."),
        "roles": ["developer", "provider"], "tiers": ["high", "medium", "low"], "when": {"fact": "standalone_model"},
        "cites": ["decree-142-2026#art-6.2", "decree-142-2026#art-15.3"],
        "evidenced_by": ["transparency.deployer_instructions"]})
new_ob({"id": "deployer-passes-user-duties", "title": T("Hướng dẫn người sử dụng thực hiện nghĩa vụ", "Pass the users' duties on to staff"),
        "detail": T("Bên triển khai có nhân viên sử dụng hệ thống rủi ro cao phải bảo đảm họ tuân thủ quy trình vận hành, không can thiệp trái phép vào tính năng của hệ thống và báo cáo sự cố cho bên triển khai (khoản 3 Điều 14 Luật): đưa các yêu cầu này vào quy chế nội bộ và đào tạo.",
                    "A deployer whose staff use a high-risk system must make sure they follow the operating procedures, do not tamper with the system's features and report incidents to the deployer (Law Art. 14(3)): put these into internal rules and training."),
        "roles": ["deployer"], "tiers": ["high"], "deadline": {"kind": "transition"},
        "cites": ["law-134-2025#art-14.3"],
        "evidenced_by": ["accountability.user_duties", "capability.high_risk_operator_training"]})
new_ob({"id": "before-public-release", "title": T("Hoàn tất nghĩa vụ trước khi đưa hệ thống ra công chúng", "Complete the duties before releasing a lab system to the public"),
        "detail": T("Hệ thống đang nghiên cứu, phát triển nội bộ chưa phải đáp ứng các nghĩa vụ vận hành, nhưng trước khi cung cấp cho người khác hoặc đưa vào sử dụng, nhà cung cấp phải tự phân loại, lập hồ sơ phân loại (rủi ro trung bình, cao) và thử nghiệm trước khi phát hành (khoản 1 Điều 10 Luật; khoản 1 Điều 12 Nghị định 142/2026/NĐ-CP). Nội dung nghiên cứu, phát triển trong môi trường có kiểm soát chưa phát hành được miễn gắn nhãn (khoản 4 Điều 18 Nghị định 142/2026/NĐ-CP).",
                    "A system still in in-house research and development need not meet the operating duties yet, but before it is offered to others or put into use, the provider must self-classify, prepare the classification dossier (medium and high risk) and test before release (Law Art. 10(1); Decree 142 Art. 12(1)). R&D content in a controlled environment that is not released is exempt from labelling (Decree 142 Art. 18(4))."),
        "roles": ["developer", "provider"], "tiers": ["high", "medium", "low"], "when": {"fact": "stage.lab"}, "deadline": {"kind": "before_use"},
        "cites": ["law-134-2025#art-10.1", "decree-142-2026#art-12.1", "decree-142-2026#art-18.4"],
        "evidenced_by": ["risk.classification", "safety.pre_release_testing"]})
new_ob({"id": "conformity-reassessment", "title": T("Đánh giá lại sự phù hợp sau thay đổi đáng kể", "Reassess conformity after a significant change"),
        "detail": T("Sau thay đổi đáng kể về mô hình, dữ liệu, cách vận hành hoặc mục đích, rà soát lại quản lý rủi ro (điểm đ khoản 2 Điều 15 Nghị định 142/2026/NĐ-CP) và đánh giá lại sự phù hợp. Việc Điều 13 Luật yêu cầu đánh giá lại sau thay đổi lớn chưa được thấy trong văn bản và còn chờ xác nhận.",
                    "After a significant change in model, data, operation or purpose, review risk management again (Decree 142 Art. 15(2)(đ)) and reassess conformity. That Law Art. 13 requires reassessment after a major change was not seen in the text and is subject to confirmation."),
        "roles": ["provider"], "tiers": ["high"],
        "cites": ["law-134-2025#art-13", "decree-142-2026#art-15.2.dd", "decree-142-2026#art-11"],
        "evidenced_by": ["risk.conformity_assessment", "risk.reclassification"]})
new_ob({"id": "national-database-registration", "title": T("Đăng ký hệ thống vào cơ sở dữ liệu quốc gia", "Register the system in the national database"),
        "detail": T("Điều 8 Luật được trích dẫn là quy định về cơ sở dữ liệu quốc gia và việc đăng ký hệ thống trí tuệ nhân tạo qua Cổng thông tin; nội dung điều này chưa được đọc và còn chờ xác nhận. Theo dõi hướng dẫn của Bộ Khoa học và Công nghệ; trong khi Cổng chưa vận hành chính thức, thông báo qua phương thức điện tử khác được công bố có giá trị tương đương (khoản 1 Điều 46 Nghị định 142/2026/NĐ-CP).",
                    "Law Art. 8 is cited as providing for a national database and registration of AI systems via the portal; its text was not read and is subject to confirmation. Follow MOST guidance; until the portal officially operates, filings by other announced electronic means have equivalent effect (Decree 142 Art. 46(1))."),
        "roles": ["provider"], "tiers": ["high", "medium"],
        "cites": ["law-134-2025#art-8", "decree-142-2026#art-46.1"],
        "evidenced_by": ["risk.portal_notification"]})
new_ob({"id": "decree-transparency-records", "title": T("Nghĩa vụ minh bạch và lưu tài liệu theo Nghị định", "Transparency duties and records under the Decree"),
        "detail": T("Theo tài liệu thứ cấp, Điều 16 Nghị định 142/2026/NĐ-CP quy định các nghĩa vụ minh bạch liên quan, trong đó có lưu tài liệu để phục vụ kiểm tra (điểm c khoản 2 Điều 16) và dẫn chiếu pháp luật về dữ liệu cá nhân (khoản 5 Điều 16). Nội dung chưa được đọc và còn chờ xác nhận.",
                    "According to secondary material, Decree 142 Art. 16 sets related transparency duties, including keeping documents for inspection (Art. 16(2)(c)) and deferring to personal-data law (Art. 16(5)). Its text was not read and is subject to confirmation."),
        "roles": ["provider", "deployer"], "tiers": ["high", "medium"],
        "cites": ["decree-142-2026#art-16", "decree-142-2026#art-16.2.c", "decree-142-2026#art-16.5"],
        "evidenced_by": ["accountability.inspection_readiness", "accountability.technical_records"]})
new_ob({"id": "sandbox-insurance", "title": T("Bảo hiểm trách nhiệm dân sự khi thử nghiệm có kiểm soát", "Civil-liability insurance in the sandbox"),
        "detail": T("Bắt buộc mua bảo hiểm trách nhiệm dân sự hoặc có bảo đảm tài chính tương đương trước khi thử nghiệm, khi hệ thống có thể trực tiếp gây hại đến tính mạng, sức khỏe hoặc gây thiệt hại tài sản lớn (điểm d khoản 1 Điều 24 Nghị định 142/2026/NĐ-CP).",
                    "Before testing, hold civil-liability insurance or an equivalent financial guarantee where the system could directly harm life or health or cause large-scale property damage (Decree 142 Art. 24(1)(d))."),
        "roles": ["developer", "provider", "deployer"], "tiers": ["high", "medium", "low"], "when": {"fact": "sandbox_participant"}, "deadline": {"kind": "before_use"},
        "cites": ["decree-142-2026#art-24.1.d"], "evidenced_by": ["capability.sandbox_insurance"]})
new_ob({"id": "sandbox-reporting", "title": T("Báo cáo trong thời gian thử nghiệm có kiểm soát", "Report during the sandbox"),
        "detail": T("Báo cáo định kỳ 6 tháng một lần (cấp độ 1, 2) hoặc 3 tháng một lần (cấp độ 3); báo cáo đột xuất khi có sự cố nghiêm trọng hoặc vượt giới hạn thử nghiệm; báo cáo kết thúc chậm nhất 15 ngày trước khi kết thúc thử nghiệm; đề nghị gia hạn 15 ngày làm việc trước khi kết thúc (khoản 2 đến khoản 4 Điều 25, khoản 1 Điều 27 Nghị định 142/2026/NĐ-CP). Sau khi hoàn thành, hệ thống được tiếp tục hoạt động tối đa 12 tháng (khoản 3 Điều 27). Các thời hạn này tính theo ngày bắt đầu và kết thúc thử nghiệm ghi trong quyết định cho phép.",
                    "Report every 6 months (levels 1–2) or every 3 months (level 3); report ad hoc on a serious incident or a breach of the test limits; file the final report at least 15 days before the end of testing; request any extension 15 working days before the end (Decree 142 Art. 25(2)–(4), 27(1)). After completion, the system may keep operating for up to 12 months (Art. 27(3)). These deadlines run from the start and end dates in the sandbox decision."),
        "roles": ["developer", "provider", "deployer"], "tiers": ["high", "medium", "low"], "when": {"fact": "sandbox_participant"},
        "cites": ["decree-142-2026#art-25.2", "decree-142-2026#art-25.3", "decree-142-2026#art-25.4", "decree-142-2026#art-27.1", "decree-142-2026#art-27.3"],
        "evidenced_by": ["capability.sandbox_reporting"]})

save('questionnaires/triage.json', tri)

# ---------------------------------------------------------------- readiness
for s in rd['sections']:
    for x in s['questions']:
        d = x.get('duty')
        if d:
            d['tiers'] = [t for t in d['tiers'] if t != 'possibly_high']
        def fix(c):
            if isinstance(c, dict):
                if 'tier' in c:
                    c['tier'] = ['unresolved' if t == 'possibly_high' else t for t in c['tier']]
                    c['tier'] = list(dict.fromkeys(c['tier']))
                if c.get('fact') == 'public_supplier':
                    c['fact'] = 'public_service_system'
                for v in c.values(): fix(v)
            elif isinstance(c, list):
                for v in c: fix(v)
        if 'applies_if' in x: fix(x['applies_if'])
        # Circular 05 duties bind per system: through a system that serves a state body.
        if d and any(c.startswith('circular-05-2026') for c in x['cites']) and set(d['roles']) == set(ALL):
            d['when'] = PUB
save('questionnaires/readiness.json', rd)
print("ok")
