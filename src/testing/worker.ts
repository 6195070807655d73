// A batch worker: a child process that runs many Python programs one after another and reports
// each result as one JSON line on stdout. The parent (batch.ts) enforces a time limit per job
// by killing the worker, so a `while True: pass` costs one restart, not a hung suite.
import { createInterface } from 'node:readline';
import { runFile } from '../project';
import type { BatchJob, BatchResult } from './batch';
import { stubModules } from './stub-modules';

const runtimeImport = process.env.EDGEPY_RUNTIME_URL!;

async function runJob(job: BatchJob): Promise<BatchResult> {
  let stdout = '';
  let stderr = '';
  let exitCode: number;
  try {
    exitCode = await runFile(job.file, {
      runtimeImport,
      displayRoot: job.displayRoot,
      clock: job.clock ?? 'virtual',
      events: job.events,
      input: job.input,
      interactiveEvents: job.interactiveEvents,
      modules: stubModules(job.modules),
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
    });
  } catch (err) {
    stderr += `edgepy: internal error: ${err instanceof Error ? err.stack : String(err)}\n`;
    exitCode = 70;
  }
  return { id: job.id, stdout, stderr, exitCode, timedOut: false };
}

const rl = createInterface({ input: process.stdin });
const queue: BatchJob[] = [];
let busy = false;
async function pump(): Promise<void> {
  if (busy) return;
  busy = true;
  while (queue.length) {
    const job = queue.shift()!;
    process.stdout.write(JSON.stringify({ started: job.id }) + '\n');
    const result = await runJob(job);
    process.stdout.write(JSON.stringify(result) + '\n');
  }
  busy = false;
}
rl.on('line', (line) => {
  if (!line.trim()) return;
  queue.push(JSON.parse(line) as BatchJob);
  void pump();
});
