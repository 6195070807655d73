// The CLI as users run it (bin/edgepy.js in a child process): `edgepy run`'s scheduler flags
// (issue 6) and `edgepy test`, snapshot testing for users (issue 7).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distUrl } from '../dist';

const cli = fileURLToPath(new URL('../../bin/edgepy.js', import.meta.url));
let dir = '';

function edgepy(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

/** Writes files (path relative to a fresh directory → text); returns the directory. */
function tree(name: string, files: Record<string, string>): string {
  const root = join(dir, name);
  for (const [rel, text] of Object.entries(files)) {
    const p = join(root, rel);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, text);
  }
  return root;
}

beforeAll(() => {
  distUrl('cli.js'); // builds dist/ if needed
  dir = mkdtempSync(join(tmpdir(), 'edgepy-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('edgepy run: scheduler flags', () => {
  it('--virtual-clock: sleeps advance the clock exactly and take no real time', () => {
    const root = tree('vclock', {
      'a.py': 'import time\nt0 = time.monotonic()\nsleep(1000)\nprint(time.monotonic() - t0)\n',
    });
    const started = Date.now();
    const r = edgepy('run', '--virtual-clock', join(root, 'a.py'));
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('1000.0\n');
    expect(r.status).toBe(0);
    // 1000 virtual seconds; a real clock would still be sleeping when spawnSync gave up.
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it('--event MSG (repeatable) feeds receive() in order', () => {
    const root = tree('events', {
      'a.py': 'print(receive())\nprint(receive())\n',
    });
    const r = edgepy('run', '--event', 'a', '--event', '42', join(root, 'a.py'));
    expect(r.stdout).toBe('a\n42\n');
    expect(r.status).toBe(0);
  });

  it('receive() with no event source ends quietly instead of hanging', () => {
    const root = tree('noevents', { 'a.py': 'print("waiting")\nprint(receive())\nprint("never")\n' });
    const r = edgepy('run', join(root, 'a.py'));
    expect(r.stdout).toBe('waiting\n');
    expect(r.status).toBe(0);
  });

  it('frame() without a render host fails as concurrency.md §6 says; --fps gives it one', () => {
    const root = tree('frames', { 'a.py': 'frame()\nframe()\nprint("two frames")\n' });
    const bare = edgepy('run', join(root, 'a.py'));
    expect(bare.status).toBe(1);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toContain('RuntimeError: scheduler suspended: frame() needs a render host');
    const withFps = edgepy('run', '--fps', '60', join(root, 'a.py'));
    expect(withFps.stderr).toBe('');
    expect(withFps.stdout).toBe('two frames\n');
    expect(withFps.status).toBe(0);
  });

  it('--fps rejects a non-positive rate as a usage error', () => {
    const root = tree('badfps', { 'a.py': 'print(1)\n' });
    const r = edgepy('run', '--fps', '0', join(root, 'a.py'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--fps expects a positive number');
  });
});

describe('edgepy test DIR', () => {
  const program = [
    'async def tick(name, n):',
    '    for i in range(n):',
    '        sleep(60)', // a minute per tick: only the virtual clock makes this instant
    '        print(name, i)',
    'run(gather(tick("a", 2), tick("b", 2)))',
    '',
  ].join('\n');
  const expected = 'a 0\nb 0\na 1\nb 1\n';

  it('passes a correct snapshot under the virtual clock', () => {
    const root = tree('pass', { 'ticks.py': program, 'ticks.out': expected });
    const r = edgepy('test', root);
    expect(r.stdout.trim().split('\n').pop()).toBe('1 passed, 0 failed');
    expect(r.status).toBe(0);
  });

  it('a wrong snapshot fails with a readable diff and exit 1', () => {
    const root = tree('fail', { 'ticks.py': program, 'ticks.out': 'a 0\na 1\nb 0\nb 1\n' });
    const r = edgepy('test', root);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('FAIL ticks.py');
    expect(r.stdout).toContain('stdout differs');
    // The diff names both sides: an expected line that is missing and the actual one in its place.
    expect(r.stdout).toMatch(/^- a 1$/m);
    expect(r.stdout).toMatch(/^\+ a 1$/m);
    expect(r.stdout.trim().split('\n').pop()).toBe('0 passed, 1 failed');
  });

  it('--update rewrites a wrong snapshot, creates a missing one, and the suite then passes', () => {
    const root = tree('update', {
      'ticks.py': program,
      'ticks.out': 'stale\n',
      'fresh.py': 'print("hello")\n',
    });
    const before = edgepy('test', root);
    expect(before.stdout).toContain('1 program has no snapshot');
    expect(before.stdout).toContain('fresh.py');
    const up = edgepy('test', root, '--update');
    expect(up.status).toBe(0);
    expect(up.stdout).toContain('updated ticks.out');
    expect(up.stdout).toContain('created fresh.out');
    expect(readFileSync(join(root, 'ticks.out'), 'utf8')).toBe(expected);
    expect(readFileSync(join(root, 'fresh.out'), 'utf8')).toBe('hello\n');
    const after = edgepy('test', root);
    expect(after.stdout.trim().split('\n').pop()).toBe('2 passed, 0 failed');
    expect(after.status).toBe(0);
    const again = edgepy('test', root, '--update');
    expect(again.stdout).toContain('2 snapshots unchanged');
  });

  it('a helper module imported by a program is not a program of its own', () => {
    const root = tree('modules', {
      'main.py': 'from lib.util import double\nprint(double(21))\n',
      'lib/util.py': 'def double(x):\n    return 2 * x\n',
      'main.out': '42\n',
    });
    const r = edgepy('test', root);
    expect(r.stdout).not.toContain('no snapshot');
    expect(r.stdout.trim().split('\n').pop()).toBe('1 passed, 0 failed');
    edgepy('test', root, '--update');
    expect(existsSync(join(root, 'lib/util.out'))).toBe(false);
  });

  it('an expected traceback in NAME.err is compared too', () => {
    const root = tree('errors', {
      'boom.py': 'print("before")\nraise ValueError("bad")\n',
      'boom.out': 'before\n',
      'boom.err': 'Traceback (most recent call last):\n  File "boom.py", line 2, in <module>\n    raise ValueError("bad")\nValueError: bad\n',
    });
    const r = edgepy('test', root);
    expect(r.stdout.trim().split('\n').pop()).toBe('1 passed, 0 failed');
  });

  it('a directory that does not exist is a usage error, not a crash', () => {
    const r = edgepy('test', join(dir, 'no-such-dir'));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no such directory');
    expect(r.stderr).not.toContain('ENOENT');
  });

  it('an empty directory says so', () => {
    const root = join(dir, 'empty');
    mkdirSync(root);
    const r = edgepy('test', root);
    expect(r.stdout).toContain('no Python programs found');
    expect(r.stdout.trim().split('\n').pop()).toBe('0 passed, 0 failed');
  });
});
