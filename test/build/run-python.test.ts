// edgepy/testing's runPython (interfaces.md): runs a program in a worker under the virtual clock
// and returns its outputs; harness host modules by name, as fixture headers name them.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distUrl } from '../dist';

let dir = '';
beforeAll(() => {
  distUrl('testing.js');
  dir = mkdtempSync(join(tmpdir(), 'edgepy-runpython-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('runPython', () => {
  it('runs with the network stub and interactive events', async () => {
    const { runPython } = await import(/* @vite-ignore */ distUrl('testing.js'));
    const file = join(dir, 'app.py');
    writeFileSync(file, [
      'from network import fetch_text',
      'async def get(url):',
      '    try:',
      '        return fetch_text(url)',
      '    except RuntimeError as e:',
      '        return str(e)',
      'print(gather(get("https://a.example/"), get("https://nope.example/")))',
      'print(receive(), receive())',
      '',
    ].join('\n'));
    const r = await runPython(file, { modules: ['network-stub'], interactiveEvents: ['x', 'y'] });
    expect(r).toEqual({ stdout: "['ok', 'fetch failed: https://nope.example/']\nx y\n", stderr: '', exitCode: 0 });
  });

  it('reports an uncaught exception on stderr with exit status 1', async () => {
    const { runPython } = await import(/* @vite-ignore */ distUrl('testing.js'));
    const file = join(dir, 'bad.py');
    writeFileSync(file, 'x = 1\nraise KeyError(x)\n');
    const r = await runPython(file);
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toBe('Traceback (most recent call last):\n  File "bad.py", line 2, in <module>\n    raise KeyError(x)\nKeyError: 1\n');
  });
});
