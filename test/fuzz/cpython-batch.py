# Runs a batch of generated programs under CPython in one process (differential fuzzing,
# test/fuzz/differential.test.ts). Input: a JSON list of sources on stdin. Output: a JSON list
# of {"out": stdout, "err": last traceback line or null, "skip": true for a SyntaxError}.
import io, json, sys, traceback, contextlib, signal

class ProgramTimeout(BaseException):
    """Not an Exception: a generated `except Exception` must not swallow it."""

def alarm(signum, frame):
    raise ProgramTimeout("generated program ran too long")

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
    timed_out = err is not None and err.startswith("ProgramTimeout")
    # a runaway program's output is dropped: it is not compared and may be huge
    results.append({"out": "" if timed_out else buf.getvalue(), "err": err, "skip": timed_out})
json.dump(results, sys.stdout)
