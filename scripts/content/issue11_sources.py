#!/usr/bin/env python3
"""Issue 11: every confirmed provision names the evidence that confirms it (`confirmed_by`, defined in the
source's `evidence` list), and the flags the review found wrong are corrected. Evidence codes follow
../shared/research/vn-ai-law-corrections.md §0. Idempotent; run from the repository root."""
import json, glob, re

def T(vi, en): return {"vi": vi, "en": en}
EV = {
 "g-rag": T("Bản sao công khai từng khoản, điểm của văn bản trong các bộ dữ liệu đánh giá hỏi đáp pháp lý trên GitHub (mã G-RAG trong tài liệu nghiên cứu).",
            "Public clause-by-clause copies of the text in legal question-answering evaluation files on GitHub (code G-RAG in the research notes)."),
 "wax": T("Ghi chép của kho cuongbphv/waxseal, có đối chiếu với Công báo hoặc bản PDF đã ký (mã WAX trong tài liệu nghiên cứu).",
          "Notes in the cuongbphv/waxseal repository, checked against the Official Gazette or the signed PDF (code WAX in the research notes)."),
 "press-full-text": T("Bản toàn văn đăng lại trên báo và cổng thông tin phổ biến pháp luật (Điều 1 đến Điều 4).",
                      "Full-text reproductions by the press and a legal-information portal (Articles 1 to 4)."),
 "official-text": T("Văn bản chính thức đã công bố, đọc trực tiếp.", "The published official text, read directly."),
 "published-article": T("Bài viết đã công bố, đọc trực tiếp.", "The published article, read directly."),
 "secondary-two": T("Ít nhất hai nguồn thứ cấp độc lập thống nhất (tài liệu nghiên cứu, mục e).",
                    "At least two independent secondary sources agree (research notes, item e)."),
}
def art(pid):
    m = re.match(r'art-(\d+)', pid); return int(m.group(1)) if m else None

def basis(src, pid):
    a = art(pid)
    if src == 'law-134-2025':
        if a is not None and a <= 4: return ["press-full-text", "g-rag"]
        if a is not None and (7 <= a <= 15 or 26 <= a <= 28 or 33 <= a <= 35): return ["wax", "g-rag"]
        return ["g-rag"]
    if src == 'decree-142-2026':
        if a is not None and (6 <= a <= 21 or 43 <= a <= 46): return ["wax", "g-rag"]
        return ["g-rag"]
    if src == 'circular-05-2026': return ["g-rag"]
    if src == 'decision-1671-2026': return ["wax"]
    if src == 'law-91-2025': return ["secondary-two"]
    if src.startswith('mst-') or src.startswith('news-'): return ["published-article"]
    if src == 'decision-33-2026': return ["secondary-two"]
    return ["official-text"]

# Flags the review found wrong (issue 11).
FORCE = {
 ('decree-142-2026', 'art-3.6'): False,   # no source confirms it
 ('law-91-2025', 'art-4'): False, ('law-91-2025', 'art-20'): False,
 ('law-91-2025', 'art-23'): False, ('law-91-2025', 'art-23.1'): False,  # questions call them unverified
 ('law-134-2025', 'art-3.3'): True,       # Articles 1–4 are confirmed
}
for path in sorted(glob.glob('seeds/*.json')):
    if path.endswith('schema.json'): continue
    d = json.load(open(path)); src = d['id']
    used = set()
    for p in d['provisions']:
        if (src, p['id']) in FORCE: p['confirmed'] = FORCE[(src, p['id'])]
        if p['confirmed']:
            p['confirmed_by'] = basis(src, p['id']); used.update(p['confirmed_by'])
        else:
            p.pop('confirmed_by', None)
    if used:
        ev = [{"id": k, "text": EV[k]} for k in EV if k in used]
        # keep `evidence` just before `provisions`
        provisions = d.pop('provisions'); d['evidence'] = ev; d['provisions'] = provisions
    else:
        d.pop('evidence', None)
    open(path, 'w').write(json.dumps(d, ensure_ascii=False, indent=2) + '\n')
print('ok')
