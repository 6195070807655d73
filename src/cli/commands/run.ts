// `edgepy run FILE.py`: compile FILE and everything it imports, run it in this process.
import { parse } from '../args';
import { requirePyFile, runtimeUrl } from '../files';
import { runFile } from '../../project';
import { UsageError } from '../args';

export const RUN_HELP = `Usage: edgepy run FILE.py [options]

Compile FILE.py and every .py module it imports, then run it with real timers.

Options:
  --virtual-clock   run on the deterministic virtual clock (sleeps take no real time)
  --event MSG       queue MSG for receive() before the program starts (repeatable)
  --fps N           give frame() a timer frame source of N frames per second

Sandbox limits (off unless given; see docs/security.md):
  --max-operations N   stop with RuntimeError after N loop iterations + function calls
  --max-recursion N    RecursionError beyond N nested Python frames (default 1000)
  --max-coroutines N   RuntimeError when more than N coroutines would run at once
  --max-memory BYTES   MemoryError for any single allocation larger than BYTES
  -h, --help        show this help
`;

const LIMIT_FLAGS = [
  ['max-operations', 'maxOperations'],
  ['max-recursion', 'maxRecursion'],
  ['max-coroutines', 'maxCoroutines'],
  ['max-memory', 'maxMemory'],
] as const;

export async function runCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, {
    'virtual-clock': { type: 'boolean' },
    event: { type: 'string', multiple: true },
    fps: { type: 'string' },
    'max-operations': { type: 'string' },
    'max-recursion': { type: 'string' },
    'max-coroutines': { type: 'string' },
    'max-memory': { type: 'string' },
  });
  if (positionals.length > 1) throw new UsageError(`run: unexpected argument '${positionals[1]}'`);
  const file = requirePyFile(positionals[0], 'run');
  let frameRate: number | undefined;
  if (values.fps !== undefined) {
    frameRate = Number(values.fps);
    if (!(frameRate > 0) || !Number.isFinite(frameRate)) throw new UsageError(`run: --fps expects a positive number, got '${values.fps}'`);
  }
  const limits: Record<string, number> = {};
  for (const [flag, key] of LIMIT_FLAGS) {
    const text = (values as Record<string, unknown>)[flag];
    if (text === undefined) continue;
    const n = Number(text);
    if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`run: --${flag} expects a positive integer, got '${String(text)}'`);
    limits[key] = n;
  }
  return runFile(file, {
    limits: Object.keys(limits).length ? limits : undefined,
    runtimeImport: runtimeUrl(),
    displayRoot: process.cwd(),
    clock: values['virtual-clock'] ? 'virtual' : 'real',
    events: values.event ?? [],
    frameRate,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
