// The default driver of a built bundle (`edgepy build`): runs the entry program when the
// bundle loads. In Node: print to stdout, traceback to stderr, exit status like CPython
// (`EDGEPY_CLOCK=virtual` or a `--virtual-clock` argument selects the virtual clock). In a
// browser: print and errors go to the console.
import type { Program } from './program/program';

declare const process: {
  versions?: { node?: string };
  argv: string[];
  env: Record<string, string | undefined>;
  stdout: { write(s: string): void };
  stderr: { write(s: string): void };
  exitCode?: number;
} | undefined;

export async function runMain(program: Program): Promise<void> {
  const node = typeof process !== 'undefined' && !!process.versions?.node ? process : undefined;
  const virtual = !!node && (node.env.EDGEPY_CLOCK === 'virtual' || node.argv.slice(2).includes('--virtual-clock'));
  const { exitCode } = await program.exec({
    clock: virtual ? 'virtual' : 'real',
    print: node ? (text: string) => node.stdout.write(text) : undefined,
    stderr: node ? (text: string) => node.stderr.write(text) : (text: string) => console.error(text),
  });
  if (node) node.exitCode = exitCode;
}
