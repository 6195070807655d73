# Runs every escape attempt under CPython and lists where its result differs from our
# expectation. Every difference must be a deliberate sandbox decision (docs/security.md):
# eval/exec/compile/open/__import__/__builtins__, os/sys imports, function and generator
# internals, and Edge-only names (run, network).
import re, subprocess, sys, json
text = open('escapes.py.txt').read()
sections = re.split(r'^## ', text, flags=re.M)[1:]
out = []
for s in sections:
    head, _, body = s.partition('\n')
    prog = [l for l in body.split('\n') if not l.startswith('-> ')]
    exp = [l[3:] for l in body.split('\n') if l.startswith('-> ')]
    src = '\n'.join(prog).strip('\n') + '\n'
    r = subprocess.run([sys.executable, '-c', src], capture_output=True, text=True, timeout=10)
    got = [('out: ' + l) for l in r.stdout.splitlines()]
    if r.returncode:
        last = r.stderr.strip().splitlines()[-1]
        got.append('error: ' + last)
    ok = all(any(g == e or (e.startswith('error: ') and g.startswith(e)) for g in got) for e in exp) and len(got) == len(exp)
    if not ok:
        print('DIFF', head, '\n   want', exp, '\n   cpy ', got)
