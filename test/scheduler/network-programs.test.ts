// The seed page's network example and examples/network, compiled from their Python source and
// run on the real `network` host module (platform fetch) against a loopback HTTP server this
// test starts: one good URL, one that fails. Real clock; assertions on results and order only.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, type Server } from 'node:http';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { compile } from '../../src/compile';

const ROOT = resolve(__dirname, '../..');
const RUNTIME = resolve(ROOT, 'runtime/index.ts');
const dir = mkdtempSync(join(tmpdir(), 'edgepy-network-'));
let server: Server;
let base = '';
let counter = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/a' || req.url === '/hello') res.end('hello');
    else if (req.url === '/slow') setTimeout(() => res.end('late body'), 50);
    else res.writeHead(404).end('no');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as any).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

async function runSource(source: string): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  const r = compile(source, { filename: 'net.py', moduleName: '__main__', runtimeImport: RUNTIME });
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const file = join(dir, `n${counter++}.mjs`);
  writeFileSync(file, r.code);
  const mod = await import(/* @vite-ignore */ file);
  let stdout = '';
  let stderr = '';
  const res = await mod.default.exec({ print: (s: string) => (stdout += s), stderr: (s: string) => (stderr += s), clock: 'real' });
  return { stdout, stderr, exitCode: res.exitCode };
}

describe('network programs against a loopback server', () => {
  it('seed example: the failing fetch raises only in its own coroutine', async () => {
    const seed = readFileSync(join(ROOT, 'fixtures/concurrency/seed_07_network.py'), 'utf8')
      .replace('https://example.com/a', `${base}/a`)
      .replace('https://nope.invalid/x', `${base}/missing`);
    expect(seed).toContain(base);
    const r = await runSource(seed);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe("['ok', 'failed']\n");
  });

  it('examples/network: results in argument order, the slow one included', async () => {
    const src = readFileSync(join(ROOT, 'examples/network/status.py'), 'utf8').replace('http://127.0.0.1:8765', base);
    expect(src).toContain(base);
    const r = await runSource(src);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toBe('/hello: ok (5 bytes)\n/missing: failed (RuntimeError)\n/slow: ok (9 bytes)\n');
  });

  it('an unreachable host fails with RuntimeError naming the URL', async () => {
    const r = await runSource(
      `from network import fetch_text\ntry:\n    fetch_text("http://127.0.0.1:1/x")\nexcept RuntimeError as e:\n    print("failed:", "127.0.0.1:1/x" in str(e))\n`,
    );
    expect(r.stdout).toBe('failed: True\n');
  });
});
