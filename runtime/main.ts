// The default driver of a built bundle (`edgepy build`): runs the entry program when the
// bundle loads. In Node: print to stdout, traceback to stderr, exit status like CPython
// (`EDGEPY_CLOCK=virtual` or a `--virtual-clock` argument selects the virtual clock). In a
// browser: print to the console.
interface ProgramLike {
  run(options: Record<string, unknown>): Promise<unknown>;
}
interface Failure {
  pythonType?: string;
  traceback?: string;
  exitCode?: number;
  message?: string;
}

declare const process: {
  versions?: { node?: string };
  argv: string[];
  env: Record<string, string | undefined>;
  stdout: { write(s: string): void };
  stderr: { write(s: string): void };
  exitCode?: number;
} | undefined;

export function runMain(program: ProgramLike): Promise<void> {
  const node = typeof process !== 'undefined' && !!process.versions?.node ? process : undefined;
  const virtual = !!node && (node.env.EDGEPY_CLOCK === 'virtual' || node.argv.slice(2).includes('--virtual-clock'));
  const options: Record<string, unknown> = { clock: virtual ? 'virtual' : 'real' };
  if (node) options.print = (text: string) => node.stdout.write(text);
  return program.run(options).then(
    () => undefined,
    (err: Failure) => {
      const text = typeof err?.traceback === 'string' ? err.traceback : String(err?.message ?? err);
      const code = typeof err?.exitCode === 'number' ? err.exitCode : 1;
      if (node) {
        if (text && !(err?.pythonType === 'SystemExit' && !err.traceback)) node.stderr.write(text.endsWith('\n') ? text : text + '\n');
        node.exitCode = code;
      } else {
        console.error(text);
      }
    },
  );
}
