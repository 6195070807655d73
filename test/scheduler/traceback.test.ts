// An uncaught exception in a child ends the program with a traceback from <module> at the
// driver line through the child's frames (concurrency.md §7), formatted as CPython does.
import { describe, it, expect } from 'vitest';
import { defineModule, mkcoro, gather, tb } from '../../runtime/index';
import { pyError } from '../../runtime/objects/errors';

// Hand-compiled (runtime ABI §5) from:
const source = 'async def bad():\n    raise ValueError("x")\n\ngather(bad())\n';

describe('tracebacks', () => {
  it('go from the driver line through the child to the raise', async () => {
    const fiBad = { name: 'bad', file: 'main.py' };
    const fiMod = { name: '<module>', file: 'main.py' };
    const bad = (): any =>
      mkcoro(
        (function* () {
          let $ln = 1;
          try {
            $ln = 2;
            throw pyError('ValueError', 'x');
          } catch ($e) {
            throw tb($e, fiBad, $ln);
          }
        })(),
        bad,
      );
    const prog = defineModule({
      name: 'main',
      file: 'main.py',
      source,
      body: function* () {
        let $ln = 1;
        try {
          $ln = 4;
          yield* gather(bad());
        } catch ($e) {
          throw tb($e, fiMod, $ln);
        }
      },
    });
    let err = '';
    const r = await prog.exec({ clock: 'virtual', print: () => {}, stderr: (t) => (err += t) });
    expect(r.exitCode).toBe(1);
    expect(err).toBe(
      'Traceback (most recent call last):\n' +
        '  File "main.py", line 4, in <module>\n' +
        '    gather(bad())\n' +
        '  File "main.py", line 2, in bad\n' +
        '    raise ValueError("x")\n' +
        'ValueError: x\n',
    );
  });
});
