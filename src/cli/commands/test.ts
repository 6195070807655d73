// `edgepy test [DIR] [--update]`: snapshot testing for users. Every NAME.py under DIR runs on
// the virtual clock; its stdout must equal NAME.out (and its stderr NAME.err when that exists).
import { statSync } from 'node:fs';
import { parse, UsageError } from '../args';
import { runtimeUrl } from '../files';
import { runSnapshotSuite } from '../../testing/snapshots';

export const TEST_HELP = `Usage: edgepy test [DIR] [--update]

Run every NAME.py under DIR (default: the current directory) on the virtual clock and compare
its stdout with NAME.out (and its stderr with NAME.err, if present). Prints a diff for each
failure and a final 'N passed, N failed' line; exits 1 if any failed.

Options:
  --update     write the actual output to the snapshot files instead of comparing
  -h, --help   show this help
`;

export async function testCommand(args: string[]): Promise<number> {
  const { values, positionals } = parse(args, { update: { type: 'boolean' } });
  if (positionals.length > 1) throw new UsageError(`test: unexpected argument '${positionals[1]}'`);
  const dir = positionals[0] ?? '.';
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    throw new UsageError(`test: no such directory: ${dir}`);
  }
  if (!isDir) throw new UsageError(`test: ${dir} is not a directory (edgepy test runs every NAME.py under a directory)`);
  const summary = await runSnapshotSuite(dir, {
    runtimeImport: runtimeUrl(),
    update: values.update ?? false,
    log: (line) => process.stdout.write(line + '\n'),
  });
  return summary.failed === 0 ? 0 : 1;
}
