"""Writes test/parser/invalid.json: CPython 3.11's error for every snippet in invalid_snippets.py.

Run with python3 (3.11) from the repository root: python3 test/parser/gen-invalid.py
"""
import json
import os
import sys
import warnings

here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
from invalid_snippets import SNIPPETS  # noqa: E402

assert sys.version_info[:2] == (3, 11), 'expectations must come from CPython 3.11'
warnings.simplefilter('ignore')

out = []
for src in SNIPPETS:
    try:
        compile(src, 'app.py', 'exec')
    except SyntaxError as e:
        out.append({'src': src, 'kind': type(e).__name__, 'message': e.msg, 'line': e.lineno, 'column': e.offset})
    else:
        raise SystemExit('snippet is valid in CPython 3.11: %r' % src)
with open(os.path.join(here, 'invalid.json'), 'w') as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write('\n')
print('%d snippets' % len(out))
