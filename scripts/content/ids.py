#!/usr/bin/env python3
"""Lists every id the content ships (questions, sections, options, sources, provisions, obligations,
transition rules, findings, List sectors and rows, glossary terms), one `kind id` a line, sorted. Run from a
checkout's root and merge into the list, never dropping a line:
`python3 scripts/content/ids.py | sort -u - core/tests/fixtures/ids/released.txt -o core/tests/fixtures/ids/released.txt`
(retire an id in core/tests/fixtures/ids/retired.txt and in the questionnaire's `retired` instead)."""
import json, glob, sys
out = set()
root = sys.argv[1] if len(sys.argv) > 1 else '.'
for path in sorted(glob.glob(f'{root}/questionnaires/*.json')):
    if path.endswith('schema.json'): continue
    d = json.load(open(path))
    for s in d.get('sections', []):
        out.add(f'section {s["id"]}')
        for q in s.get('questions', []):
            out.add(f'question {q["id"]}')
            opts = q.get('options')
            if isinstance(opts, list):
                for o in opts: out.add(f'option {q["id"]}={o["id"]}')
            elif isinstance(opts, str):
                for o in d['option_sets'][opts]: out.add(f'option {q["id"]}={o["id"]}')
    for o in d.get('obligations', []): out.add(f'obligation {o["id"]}')
    for t in d.get('transition', []): out.add(f'transition {t["id"]}')
    for f in d.get('findings', []): out.add(f'finding {f["id"]}')
    lst = d.get('high_risk_list')
    if lst:
        for sec in lst['sectors']:
            out.add(f'list_sector {sec["id"]}')
            for r in sec.get('rows', []): out.add(f'list_row {r["id"]}')
    for t in d.get('glossary', []): out.add(f'term {t["id"]}')
for path in sorted(glob.glob(f'{root}/seeds/*.json')):
    if path.endswith('schema.json'): continue
    d = json.load(open(path))
    out.add(f'source {d["id"]}')
    for p in d['provisions']: out.add(f'provision {d["id"]}#{p["id"]}')
print('\n'.join(sorted(out)))
