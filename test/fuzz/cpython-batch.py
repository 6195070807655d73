# Runs a batch of generated programs under CPython in one process (differential fuzzing,
# test/fuzz/differential.test.ts). Input: a JSON list of sources on stdin. Output: a JSON list
# of {"out": stdout, "err": last traceback line or null, "skip": true for a SyntaxError}.
import io, json, sys, traceback, contextlib, signal

def alarm(signum, frame):
    raise TimeoutError("generated program ran too long")

signal.signal(signal.SIGALRM, alarm)
results = []
for src in json.load(sys.stdin):
    try:
        code = compile(src, "main.py", "exec")
    except SyntaxError:
        results.append({"out": "", "err": None, "skip": True})
        continue
    buf = io.StringIO()
    err = None
    signal.alarm(5)
    try:
        with contextlib.redirect_stdout(buf):
            exec(code, {"__name__": "__main__"})
    except BaseException as e:
        err = traceback.format_exception_only(type(e), e)[-1].rstrip("\n")
    finally:
        signal.alarm(0)
    results.append({"out": buf.getvalue(), "err": err, "skip": err is not None and err.startswith("TimeoutError: generated")})
json.dump(results, sys.stdout)
