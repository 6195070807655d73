// Runs many Python programs in a small pool of worker processes with a time limit per program.
// Used by our fixture and conformance suites and by `edgepy test`.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { cpus } from 'node:os';

export interface BatchJob {
  id: string;
  file: string;
  displayRoot?: string;
  clock?: 'real' | 'virtual';
  events?: string[];
  input?: string[];
  /** Pushed one at a time whenever the program waits in receive() (the corpus's interactive_events). */
  interactiveEvents?: string[];
  /** Named host-module sets of the harness (`# modules: network-stub`, see stub-modules.ts). */
  modules?: string[];
}

export interface BatchResult {
  id: string;
  stdout: string;
  stderr: string;
  exitCode: number;
  timedOut: boolean;
}

export interface BatchOptions {
  /** URL of dist/worker.js (the built form of worker.ts). */
  workerUrl: string;
  runtimeImport: string;
  timeoutMs?: number;
  parallel?: number;
  onResult?: (r: BatchResult, done: number, total: number) => void;
}

export async function runBatch(jobs: BatchJob[], options: BatchOptions): Promise<Map<string, BatchResult>> {
  const results = new Map<string, BatchResult>();
  const pending = [...jobs];
  const timeoutMs = options.timeoutMs ?? 10_000;
  const parallel = Math.max(1, Math.min(options.parallel ?? cpus().length, jobs.length));

  const lane = () =>
    new Promise<void>((resolveLane) => {
      let child: ChildProcess | null = null;
      let current: BatchJob | null = null;
      let timer: NodeJS.Timeout | null = null;

      const next = () => {
        if (timer) clearTimeout(timer);
        current = pending.shift() ?? null;
        if (!current) {
          child?.stdin?.end();
          child = null;
          resolveLane();
          return;
        }
        if (!child) start();
        child!.stdin!.write(JSON.stringify(current) + '\n');
      };

      const start = () => {
        const proc = spawn(process.execPath, ['--stack-size=4000', new URL(options.workerUrl).pathname], {
          env: { ...process.env, EDGEPY_RUNTIME_URL: options.runtimeImport },
          stdio: ['pipe', 'pipe', 'inherit'],
        });
        child = proc;
        const rl = createInterface({ input: proc.stdout! });
        rl.on('line', (line) => {
          let msg: { started?: string } & Partial<BatchResult>;
          try {
            msg = JSON.parse(line);
          } catch {
            return; // stray output
          }
          if (msg.started !== undefined) {
            if (timer) clearTimeout(timer);
            timer = setTimeout(() => {
              const job = current!;
              finish({ id: job.id, stdout: '', stderr: `timed out after ${timeoutMs} ms\n`, exitCode: -1, timedOut: true });
              child = null;
              proc.kill('SIGKILL');
              next();
            }, timeoutMs);
            return;
          }
          finish(msg as BatchResult);
          next();
        });
        proc.on('exit', () => {
          if (child === proc && current) {
            // The worker died mid-job (e.g. out of memory): record it and carry on with a new one.
            finish({ id: current.id, stdout: '', stderr: 'worker process died\n', exitCode: -2, timedOut: false });
            child = null;
            next();
          }
        });
      };

      const finish = (r: BatchResult) => {
        if (timer) clearTimeout(timer);
        timer = null;
        if (results.has(r.id)) return;
        results.set(r.id, r);
        options.onResult?.(r, results.size, jobs.length);
        current = null;
      };

      next();
    });

  await Promise.all(Array.from({ length: parallel }, lane));
  return results;
}
