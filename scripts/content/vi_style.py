#!/usr/bin/env python3
"""Applies the mechanical rules of docs/vietnamese-style.md to every Vietnamese text of the content
(questionnaires/*.json, seeds/*.json). Idempotent; `sansang check` enforces the same rules. Run from the
repository root; prints how many texts changed per rule."""
import json, glob, re, collections

count = collections.Counter()
POINT = r'[a-zđ]{1,2}'
INSTR = (r'(?:(?:Nghị định|Thông tư|Quyết định) \d+/\d{4}/[A-ZĐ][A-ZĐa-z-]*'
         r'|Luật Trí tuệ nhân tạo|Luật Bảo vệ dữ liệu cá nhân|Luật Dữ liệu|Luật An ninh mạng(?: \d{4})?|Luật)')

def cite_order(t):
    # "Điều X khoản Y điểm Z" -> "điểm Z khoản Y Điều X"; "Điều X khoản Y" -> "khoản Y Điều X"
    def swap(m):
        art, cl, pt = m.group(1), m.group(2), m.group(3)
        return (f'điểm {pt} ' if pt else '') + f'khoản {cl} Điều {art}'
    t2 = re.sub(rf'Điều (\d+) khoản (\d+)(?: điểm ({POINT}))?\b', swap, t)
    # "Nghị định 142/2026/NĐ-CP, khoản 3 Điều 6" -> "khoản 3 Điều 6 Nghị định 142/2026/NĐ-CP"
    t2 = re.sub(rf'({INSTR}),? ((?:điểm {POINT} )?khoản \d+ Điều \d+)(?=[\s).,;:]|$)',
                lambda m: f'{m.group(2)} {m.group(1)}' if m.group(1) != 'Luật' else m.group(0), t2)
    # Capitalise at the start of a text or a sentence.
    t2 = re.sub(r'(^|[.!?]\s+)(điểm|khoản) ', lambda m: m.group(1) + m.group(2).capitalize() + ' ', t2)
    return t2

def quotes(t):
    t2 = re.sub(r'[“”«»]\s?', lambda m: '"', t)
    t2 = t2.replace('" ', '" ') if False else t2
    # «a» written with inner spaces: « a » -> "a"
    t2 = re.sub(r'"\s+([^"]*?)\s+"', r'"\1"', t2) if ('«' in t or '»' in t) else t2
    return t2

REPLACE = [
    (r'\(fine-tune\)\s?', ''), (r'fine-tune', 'tinh chỉnh'),
    (r'Đạo luật AI của EU', 'Đạo luật Trí tuệ nhân tạo của EU'),
    (r'đối tác phía sau', 'bên tích hợp hoặc phân phối tiếp'),
    (r'độ bền của dấu\b(?! nhận biết)', 'độ bền của dấu nhận biết'),
    (r'đầu ra có dấu\b(?! nhận biết)', 'đầu ra có dấu nhận biết'),
    (r'cho thấy dấu vẫn còn', 'cho thấy dấu nhận biết vẫn còn'),
    (r'nhãn hoặc dấu\b(?! nhận biết)', 'nhãn hoặc dấu nhận biết'),
    (r'(thông báo(?: tương tác)?), dấu, nhãn', r'\1, dấu nhận biết, nhãn'),
    (r'Quý vị cung cấp mô hình', 'tổ chức cung cấp mô hình'),
    (r'tổ chức của Quý vị', 'tổ chức'), (r'Tổ chức của Quý vị', 'Tổ chức'),
]

def fix(t):
    out = t
    for name, fn in (('citation order', cite_order), ('quotation marks', quotes)):
        new = fn(out)
        if new != out: count[name] += 1
        out = new
    for pat, rep in REPLACE:
        new = re.sub(pat, rep, out)
        if new != out: count[pat] += 1
        out = new
    return out

def walk(v):
    if isinstance(v, dict):
        if isinstance(v.get('vi'), str) and isinstance(v.get('en'), str):
            v['vi'] = fix(v['vi'])
        for x in v.values(): walk(x)
    elif isinstance(v, list):
        for x in v: walk(x)

for path in sorted(glob.glob('questionnaires/*.json') + glob.glob('seeds/*.json')):
    if path.endswith('schema.json'): continue
    d = json.load(open(path)); walk(d)
    open(path, 'w').write(json.dumps(d, ensure_ascii=False, indent=2) + '\n')
for k, v in count.most_common(): print(v, k)
