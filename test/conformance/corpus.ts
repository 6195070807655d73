// The conformance corpus: a peer's VM cases (corpus/edge-vm.json, MIT, see corpus/README.md)
// with our expectations (corpus/edge-vm.expect.json: CPython 3.11's output where the peer
// differs). Each case runs as its own program in the batch runner with a time limit; this module
// decides pass/fail exactly as corpus/README.md says.
import { createHash } from 'node:crypto';
import { readFileSync, mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBatch, type BatchJob, type BatchResult } from '../../src/testing/batch';

export interface CorpusCase {
  src: string;
  output: string[];
  error?: string;
  input?: string[];
  events?: string[];
  interactive_events?: string[];
}

export interface CorpusExpect {
  class: 'agree' | 'differs' | 'edge-builtin' | 'timeout';
  tag?: string;
  expected_stdout?: string[];
  expected_stdout_sha256?: string;
  expected_error?: string;
  expected_error_message?: string;
  nondeterministic?: boolean;
}

const here = new URL('./corpus/', import.meta.url);
export const cases: CorpusCase[] = JSON.parse(readFileSync(new URL('edge-vm.json', here), 'utf8'));
export const expects: CorpusExpect[] = JSON.parse(readFileSync(new URL('edge-vm.expect.json', here), 'utf8'));

const lines = (s: string) => {
  const l = s.split('\n');
  if (l.length && l[l.length - 1] === '') l.pop();
  return l;
};

// Addresses and set displays vary run to run in CPython; compare them loosely for the cases
// marked nondeterministic.
const maskAddresses = (s: string) => s.replace(/0x[0-9a-f]+/g, '0x?');
const normaliseSets = (s: string) =>
  s.replace(/\{([^{}]*)\}/g, (_, body: string) => '{' + body.split(', ').sort().join(', ') + '}');

/** The last line of a traceback: "Type: message" or "Type". */
function finalErrorLine(stderr: string): string {
  const l = lines(stderr).filter((x) => x.trim() !== '');
  // the exception line may continue over several lines (CPython's MRO error has a newline in
  // its message): start at the last line that begins with an exception type
  for (let i = l.length - 1; i >= 0; i--) if (errorTypeOf(l[i]) !== '') return l.slice(i).join('\n');
  return l.length ? l[l.length - 1] : '';
}

function errorTypeOf(line: string): string {
  const m = /^([A-Za-z_][\w.]*)(:|$)/.exec(line);
  return m ? m[1].replace(/^.*\./, '') : '';
}

export function judge(c: CorpusCase, e: CorpusExpect, r: BatchResult): string | null {
  if (r.timedOut) return 'timed out';
  const out = lines(r.stdout);
  let want: string[] | null = null;
  if (e.class === 'differs') {
    if (e.expected_stdout) want = e.expected_stdout;
    else if (e.expected_stdout_sha256) {
      const got = createHash('sha256').update(out.join('\n')).digest('hex');
      if (got !== e.expected_stdout_sha256) return `stdout sha256 differs (${out.length} lines)`;
    } else want = [];
  } else want = c.output;
  if (want) {
    let a = out.join('\n');
    let b = want.join('\n');
    if (e.nondeterministic) {
      a = normaliseSets(maskAddresses(a));
      b = normaliseSets(maskAddresses(b));
    }
    if (a !== b) return `stdout differs:\n  want ${JSON.stringify(want)}\n  got  ${JSON.stringify(out)}`;
  }
  const last = finalErrorLine(r.stderr);
  const expectError = e.class === 'differs' ? e.expected_error : c.error !== undefined ? e.expected_error ?? c.error : undefined;
  if (expectError === undefined) {
    if (r.exitCode !== 0) return `unexpected error (exit ${r.exitCode}): ${last}`;
    return null;
  }
  if (e.class === 'differs' || (e.class === 'agree' && e.expected_error)) {
    const type = e.expected_error!;
    if (type === 'SystemExit') return r.exitCode !== 0 || r.stderr === '' ? null : `expected SystemExit, got: ${last}`;
    if (errorTypeOf(last) !== type) return `expected ${type}, got: ${last || `exit ${r.exitCode}`}`;
    if (e.class === 'agree' && c.error && !last.includes(c.error)) return `expected error containing ${JSON.stringify(c.error)}, got: ${last}`;
    return null;
  }
  // edge-builtin (and agree cases without a CPython type): the peer's error text must appear.
  if (r.exitCode === 0) return `expected error ${JSON.stringify(c.error)}, program ended normally`;
  if (!r.stderr.includes(c.error!)) return `expected error containing ${JSON.stringify(c.error)}, got: ${last}`;
  return null;
}

export interface CorpusReport {
  passing: number[];
  failures: Map<number, string>;
  byClass: Record<string, { passed: number; total: number }>;
  skipped: number;
}

export async function runCorpus(options: { workerUrl: string; runtimeImport: string; timeoutMs?: number; only?: number[] }): Promise<CorpusReport> {
  const dir = mkdtempSync(join(tmpdir(), 'edgepy-corpus-'));
  const jobs: BatchJob[] = [];
  const indices = options.only ?? cases.map((_, i) => i);
  let skipped = 0;
  for (const i of indices) {
    if (expects[i].class === 'timeout') {
      skipped++;
      continue;
    }
    const c = cases[i];
    const file = join(dir, `case${i}.py`);
    writeFileSync(file, c.src);
    jobs.push({ id: String(i), file, displayRoot: dir, clock: 'virtual', events: c.events, input: c.input, interactiveEvents: c.interactive_events });
  }
  try {
    const results = await runBatch(jobs, { ...options, timeoutMs: options.timeoutMs ?? 5000 });
    const failures = new Map<number, string>();
    const passing: number[] = [];
    const byClass: CorpusReport['byClass'] = {};
    for (const job of jobs) {
      const i = Number(job.id);
      const e = expects[i];
      const verdict = judge(cases[i], e, results.get(job.id)!);
      const k = (byClass[e.class] ??= { passed: 0, total: 0 });
      k.total++;
      if (verdict === null) {
        k.passed++;
        passing.push(i);
      } else failures.set(i, verdict);
    }
    return { passing, failures, byClass, skipped };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
