// Bad input to every interface gets one clear error and nothing is lost (issue 9): the CLI with
// awkward files, the session API used out of order, host functions that throw, reject, never
// settle or return non-JSON values, and a scheduler that keeps working after many failures.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distUrl } from '../dist';
import { load, runPy } from '../sandbox/harness';

const cli = fileURLToPath(new URL('../../bin/edgepy.js', import.meta.url));
let dir = '';

function edgepy(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

beforeAll(() => {
  distUrl('cli.js'); // builds dist/ if needed
  dir = mkdtempSync(join(tmpdir(), 'edgepy-robust-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CLI with awkward files', () => {
  const file = (name: string, bytes: string | Uint8Array) => {
    const p = join(dir, name);
    writeFileSync(p, bytes);
    return p;
  };

  it('missing file: one line, exit 2', () => {
    const r = edgepy('run', join(dir, 'nope.py'));
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no such file');
  });

  it('a directory: one line, exit 2', () => {
    const d = join(dir, 'pkg.py');
    mkdirSync(d, { recursive: true });
    const r = edgepy('run', d);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is a directory');
  });

  it('invalid UTF-8: CPython\'s SyntaxError naming the byte and line', () => {
    const p = file('latin1.py', Buffer.concat([Buffer.from('x = 1\nprint("caf'), Buffer.from([0xe9]), Buffer.from('")\n')]));
    for (const cmd of ['run', 'compile']) {
      const r = edgepy(cmd, p);
      expect(r.status).toBe(1);
      expect(r.stderr).toContain("SyntaxError: Non-UTF-8 code starting with '\\xe9' in file");
      expect(r.stderr).toContain('on line 2, but no encoding declared');
      expect(r.stderr).not.toContain('internal error');
    }
  });

  it('a binary file is a SyntaxError, not a crash', () => {
    const bytes = new Uint8Array(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 167 + 13) & 0xff;
    const r = edgepy('run', file('blob.py', bytes));
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^ {2}File ".*blob\.py", line \d+\nSyntaxError: /);
  });

  it('a BOM is dropped, CRLF line endings are fine, an empty file runs', () => {
    expect(edgepy('run', file('bom.py', '\ufeffprint("bom ok")\n')).stdout).toBe('bom ok\n');
    expect(edgepy('run', file('crlf.py', 'x = 2\r\nif x:\r\n    print("crlf", x)\r\n')).stdout).toBe('crlf 2\n');
    const empty = edgepy('run', file('empty.py', ''));
    expect([empty.status, empty.stdout, empty.stderr]).toEqual([0, '', '']);
  });

  it('a 1 MB single line compiles and runs', () => {
    const r = edgepy('run', file('long.py', `s = "${'ab'.repeat(500_000)}"; print(len(s), s[-3:])\n`));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('1000000 bab\n');
  });
});

describe('session API used out of order', () => {
  it('resume after done is a no-op; frame() when nothing waits does nothing', async () => {
    const program = await load('print("ran")\n');
    let out = '';
    const s = program.start({ clock: 'virtual', print: (t: string) => (out += t) });
    while (s.status !== 'done' && s.status !== 'error') s.resume();
    expect(s.status).toBe('done');
    s.resume();
    s.frame();
    expect([s.status, out]).toEqual(['done', 'ran\n']);
  });

  it('pushEvent with a non-string is a clear TypeError; strings and numbers are delivered', async () => {
    const program = await load('print(receive(), receive())\n');
    let out = '';
    const s = program.start({ clock: 'virtual', print: (t: string) => (out += t) });
    s.resume();
    expect(s.status).toBe('pending-event');
    expect(() => s.pushEvent({ type: 'click' })).toThrow(/pushEvent\(msg\): msg must be a string .*got object/);
    expect(() => s.pushEvent(undefined)).toThrow(TypeError);
    s.pushEvent('click');
    s.pushEvent(7);
    s.resume();
    expect([s.status, out]).toEqual(['done', 'click 7\n']);
  });

  it('after an uncaught error the session is in state error with the Python exception and traceback', async () => {
    const program = await load('def f():\n    raise KeyError("k")\nf()\n', 'boom.py');
    const s = program.start({ clock: 'virtual', print: () => {} });
    while (s.status !== 'done' && s.status !== 'error') s.resume();
    expect(s.status).toBe('error');
    expect(s.error.pythonType).toBe('KeyError');
    expect(String(s.error.traceback ?? s.error.message)).toMatch(/File "boom\.py", line 2, in f|KeyError/);
  });
});

describe('host functions that misbehave', () => {
  const modules = {
    host: {
      throws: () => {
        throw new Error('sync failure');
      },
      rejects: () => Promise.reject(Object.assign(new Error('no such key'), { pythonType: 'KeyError' })),
      never: () => new Promise(() => {}),
      odd: () => new Map([[1, 2]]),
      date: () => new Date(0),
    },
  };

  it('a throwing or rejecting host call is a catchable Python exception in its own coroutine', async () => {
    const r = await runPy([
      'import host',
      'try:',
      '    host.throws()',
      'except RuntimeError as e:',
      '    print("caught", e)',
      'async def get():',
      '    return host.rejects()',
      'async def fine():',
      '    sleep(0.01)',
      '    return "fine"',
      'try:',
      '    gather(get(), fine())',
      'except KeyError as e:',
      '    print("gather raised", repr(e))',
    ].join('\n') + '\n', { modules });
    expect(r.stdout).toBe("caught sync failure\ngather raised KeyError('no such key')\n");
  });

  it('a host call that never settles can be bounded with with_timeout', async () => {
    const r = await runPy([
      'import host',
      'async def wait():',
      '    return host.never()',
      'try:',
      '    with_timeout(0.5, wait())',
      'except TimeoutError:',
      '    print("timed out")',
    ].join('\n') + '\n', { modules, clock: 'real' });
    expect(r.stdout).toBe('timed out\n');
  });

  it('a non-JSON value is an opaque host object that round-trips to the host', async () => {
    const r = await runPy('import host\nm = host.odd()\nprint(type(m).__name__, m is m)\nprint(hasattr(m, "get"), hasattr(m, "size"))\n', { modules });
    expect(r.stdout).toBe('host_object True\nFalse False\n');
  });
});

describe('error isolation', () => {
  it('a thousand failing coroutines leave the scheduler ready for more work', async () => {
    const r = await runPy([
      'async def bad(i):',
      '    sleep(0.001 * (i % 7))',
      '    raise ValueError(i)',
      'async def good(i):',
      '    sleep(0.001)',
      '    return i',
      'failures = 0',
      'for batch in range(10):',
      '    try:',
      '        gather(*[bad(batch * 100 + i) for i in range(100)])',
      '    except ValueError as e:',
      '        failures += 100',
      '        first = e.args[0]',
      'print("failures", failures, "first error of the last batch", first)',
      'print("after", sum(gather(*[good(i) for i in range(50)])))',
    ].join('\n') + '\n');
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('failures 1000 first error of the last batch 900\nafter 1225\n');
  });
});
