import '../../runtime/index';
// Hand-written JS that follows the runtime ABI exactly as compiled code will: a coroutine is
// `mkcoro(body(), fn)` with a `function*` body, suspending builtins are called with `yield*`.
import { defineModule, type RunOptions } from '../../runtime/program';
import { mkcoro, writeStdout } from '../../runtime/scheduler';

/** An `async def`: calling it gives a coroutine whose body is `body(...args)`. */
export function adef(body: (...args: any[]) => Generator<any, any, any>): (...args: any[]) => any {
  const fn = (...args: any[]) => mkcoro(body(...args), fn);
  return fn;
}

/** print(text) */
export function p(...parts: any[]): void {
  writeStdout(parts.map(String).join(' ') + '\n');
}

export function program(body: ($g: any) => Generator<any, any, any>, deps: Record<string, any> = {}) {
  return defineModule({ name: 'main', file: 'main.py', deps, body });
}

/** Runs a module body under the auto driver; returns its output lines, exit code and error. */
export async function runMain(body: ($g: any) => Generator<any, any, any>, options: RunOptions = {}) {
  let out = '';
  let err = '';
  const r = await program(body).exec({
    clock: 'virtual',
    ...options,
    print: (t) => (out += t),
    stderr: (t) => (err += t),
  });
  return { lines: out.split('\n').slice(0, -1), exitCode: r.exitCode, error: r.error, stderr: err };
}
