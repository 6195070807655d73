// `edgepy`: the command-line entry. Dispatches to one module per command.
import { UsageError } from './args';
import { runCommand, RUN_HELP } from './commands/run';
import { compileCommand, COMPILE_HELP } from './commands/compile';
import { buildCommand, BUILD_HELP } from './commands/build';
import { testCommand, TEST_HELP } from './commands/test';
import { VERSION } from './version';

const HELP = `edgepy ${VERSION} — compile Edge Python to JavaScript and run it

Usage:
  edgepy run FILE.py [--virtual-clock] [--event MSG ...] [--fps N]
  edgepy build FILE.py -o OUT.js [--format esm|iife] [--minify] [--no-sourcemap]
  edgepy compile FILE.py [-o OUT.js]
  edgepy test [DIR] [--update]
  edgepy --help | --version

Run 'edgepy COMMAND --help' for the options of one command.
`;

const commands: Record<string, { run: (args: string[]) => Promise<number>; help: string }> = {
  run: { run: runCommand, help: RUN_HELP },
  compile: { run: compileCommand, help: COMPILE_HELP },
  build: { run: buildCommand, help: BUILD_HELP },
  test: { run: testCommand, help: TEST_HELP },
};

export async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    process.stdout.write(HELP);
    return first === undefined ? 2 : 0;
  }
  if (first === '--version' || first === '-v') {
    process.stdout.write(VERSION + '\n');
    return 0;
  }
  const cmd = commands[first];
  if (!cmd) return usageError(`unknown command '${first}' (expected run, build, compile or test)`);
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(cmd.help);
    return 0;
  }
  try {
    return await cmd.run(rest);
  } catch (err) {
    if (err instanceof UsageError) return usageError(err.message);
    throw err;
  }
}

function usageError(message: string): number {
  process.stderr.write(`edgepy: ${message}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`edgepy: internal error: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 70;
  },
);
