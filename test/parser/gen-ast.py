"""Writes test/parser/ast-expected.json: CPython 3.11's neutral AST dumps (see neutral_ast.py)
for the corpus programs, and for every conformance case either a hash of the dump or the
SyntaxError CPython raises. Run from the repository root: python3 test/parser/gen-ast.py
"""
import ast
import glob
import hashlib
import json
import os
import sys
import warnings

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
sys.path.insert(0, here)
from neutral_ast import dump  # noqa: E402

assert sys.version_info[:2] == (3, 11), 'expectations must come from CPython 3.11'
warnings.simplefilter('ignore')

files = {}
paths = sorted(glob.glob(os.path.join(here, 'corpus', '*.py')))
paths += sorted(glob.glob(os.path.join(root, '..', 'shared', 'bench', '*.py')))
for path in paths:
    src = open(path, encoding='utf-8').read()
    compile(src, path, 'exec')  # the corpus must pass CPython's compiler checks too
    files[os.path.relpath(path, root)] = dump(ast.parse(src), src)

conformance = []
cases = json.load(open(os.path.join(root, '..', 'shared', 'conformance', 'edge-vm.json'), encoding='utf-8'))
for case in cases:
    src = case['src']
    try:
        tree = ast.parse(src)
        compile(src, 'app.py', 'exec')
    except SyntaxError as e:
        conformance.append({'error': [type(e).__name__, e.msg, e.lineno, e.offset]})
    else:
        conformance.append({'sha': hashlib.sha256(dump(tree, src).encode()).hexdigest()[:16]})

with open(os.path.join(here, 'ast-expected.json'), 'w') as f:
    json.dump({'files': files, 'conformance': conformance}, f, indent=0)
    f.write('\n')
print('%d files, %d conformance cases' % (len(files), len(conformance)))
