// One timed run of one fresh process: wall clock from spawn to exit, stdout/stderr, exit
// status, and the process's peak RSS (ru_maxrss from wait4), under a time limit.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Peak RSS needs the child's rusage, which Node's child_process does not expose. Two ways to
// get it, both a thin wrapper that waits for the program with wait4 and writes ru_maxrss (KB)
// to a file:
//  - 'gnu-time': /usr/bin/time -f %M -o FILE (a tiny C program; adds well under 1 ms);
//  - 'wait4': a few lines of Python (os.fork/os.execvp/os.wait4), for machines without GNU
//    time; it adds the Python start-up (~15 ms) to every run alike, so net times are unaffected.
// The wrapper is the same for every implementation and for the empty programs.
const WAIT4_WRAPPER = `
import os, sys
out, argv = sys.argv[1], sys.argv[2:]
pid = os.fork()
if pid == 0:
    try:
        os.execvp(argv[0], argv)
    finally:
        os._exit(127)
_, status, usage = os.wait4(pid, 0)
with open(out, 'w') as f:
    f.write('%d %.3f %.3f' % (usage.ru_maxrss, usage.ru_utime, usage.ru_stime))
code = os.waitstatus_to_exitcode(status)
os._exit(code if code >= 0 else 128 - code)
`;

let scratch;
const scratchFile = (name) => {
  scratch ??= mkdtempSync(join(tmpdir(), 'edgepy-bench-'));
  return join(scratch, name);
};
export function cleanupProc() {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
}

// Children run in their own process groups (so a time-out can kill a whole tree), which also
// means a Ctrl-C at the terminal does not reach them: forward it by killing the live groups.
const live = new Set();
const killGroup = (pid) => {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
};
/** Kills every running child and leaves (Ctrl-C, or the report's reader went away). */
export function abortAll(status) {
  for (const pid of live) killGroup(pid);
  cleanupProc();
  process.exit(status);
}
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => abortAll(130));
// `npm run bench | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (e) => {
  if (e.code !== 'EPIPE') throw e;
  abortAll(0);
});

/** Picks how peak RSS is measured: EDGEPY_BENCH_RSS=gnu-time|wait4|none forces one. */
export function detectRssMethod(python) {
  const forced = process.env.EDGEPY_BENCH_RSS;
  if (forced) {
    if (!['gnu-time', 'wait4', 'none'].includes(forced)) throw new Error(`EDGEPY_BENCH_RSS=${forced}: expected gnu-time, wait4 or none`);
    return forced;
  }
  const probe = scratchFile('probe-rss');
  if (existsSync('/usr/bin/time')) {
    const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', '-o', probe, 'true'], { stdio: 'ignore' });
    if (r.status === 0 && /^\d+ [\d.]+ [\d.]+\s*$/.test(readFileSync(probe, 'utf8'))) return 'gnu-time';
  }
  if (python) {
    const script = wrapperScript();
    const r = spawnSync(python, [script, probe, 'true'], { stdio: 'ignore' });
    if (r.status === 0 && /^\d+ [\d.]+ [\d.]+$/.test(readFileSync(probe, 'utf8'))) return 'wait4';
  }
  return 'none';
}

function wrapperScript() {
  const path = scratchFile('wait4.py');
  if (!existsSync(path)) writeFileSync(path, WAIT4_WRAPPER);
  return path;
}

// The clock of a built bundle is chosen per run (programs.mjs), never inherited from the shell
// that started the harness: an exported EDGEPY_CLOCK=virtual would otherwise put fanout on the
// virtual clock too.
const baseEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'EDGEPY_CLOCK'));

/**
 * Runs `cmd args` once. Resolves (never rejects) with
 * { wallMs, code, signal, timedOut, stdout: Buffer, stderr: Buffer, rssKB | null, error? }.
 * The child gets its own process group so that a time-out kills it and everything it started.
 */
export function runTimed({ cmd, args, env, cwd, timeoutMs, rssMethod, python }) {
  let file = cmd;
  let argv = args;
  let rssFile = null;
  if (rssMethod === 'gnu-time') {
    rssFile = scratchFile('rss');
    file = '/usr/bin/time';
    // peak RSS in KB, then user and system CPU seconds (resolution 10 ms)
    argv = ['-f', '%M %U %S', '-o', rssFile, cmd, ...args];
  } else if (rssMethod === 'wait4') {
    rssFile = scratchFile('rss');
    file = python;
    argv = [wrapperScript(), rssFile, cmd, ...args];
  }
  if (rssFile) rmSync(rssFile, { force: true });

  return new Promise((resolvePromise) => {
    const out = [];
    const err = [];
    let wallMs = NaN;
    let exit = { code: null, signal: null };
    let timedOut = false;
    let spawnError;
    const start = process.hrtime.bigint();
    const child = spawn(file, argv, {
      cwd,
      env: { ...baseEnv, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    if (child.pid) live.add(child.pid);
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    child.on('error', (e) => {
      spawnError = e;
    });
    child.on('exit', (code, signal) => {
      // The clock stops at exit; 'close' (below) only waits for the pipes to drain.
      wallMs = Number(process.hrtime.bigint() - start) / 1e6;
      exit = { code, signal };
    });
    child.on('close', () => {
      clearTimeout(timer);
      live.delete(child.pid);
      let rssKB = null;
      let cpuMs = null;
      if (rssFile && existsSync(rssFile)) {
        // GNU time writes "Command exited with non-zero status N" before the numbers.
        const last = readFileSync(rssFile, 'utf8').trim().split('\n').pop();
        const m = /^(\d+)(?: ([\d.]+) ([\d.]+))?$/.exec(last);
        if (m) {
          rssKB = Number(m[1]);
          // CPU time (user + system, every thread of the process): unlike wall time it hardly
          // grows when other jobs load the machine, so it is reported beside wall time.
          if (m[2] !== undefined) cpuMs = (Number(m[2]) + Number(m[3])) * 1000;
        }
      }
      resolvePromise({
        wallMs,
        code: exit.code,
        signal: exit.signal,
        timedOut,
        stdout: Buffer.concat(out),
        stderr: Buffer.concat(err),
        rssKB,
        cpuMs,
        error: spawnError?.message,
      });
    });
  });
}
