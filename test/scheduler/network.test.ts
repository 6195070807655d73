// Seed example 7 and the network module against a loopback HTTP server (one good URL, one
// that fails), under the real clock (ordering and results only).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, type Server } from 'node:http';
import { adef, p, runMain } from './helpers';
import { fmt } from './fmt';
import { gather } from '../../runtime/scheduler';
import { importModule } from '../../runtime/program';

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/a') res.end('hello');
    else if (req.url === '/json') res.setHeader('content-type', 'application/json').end('{"x": [1, 2.5, "s"], "ok": true}');
    else if (req.url === '/slow') setTimeout(() => res.end('late'), 2000);
    else res.writeHead(404).end('no');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as any).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('network host module', () => {
  it('seed 7: concurrent fetches, the bad one fails only in its own coroutine', async () => {
    const r = await runMain(
      function* ($g) {
        const net = yield* importModule($g, 'network');
        const status = adef(function* (url: string) {
          try {
            yield* net.$fetch_text(url);
            return 'ok';
          } catch {
            return 'failed';
          }
        });
        p(fmt(yield* gather(status(base + '/a'), status('http://127.0.0.1:1/x'), status(base + '/missing'))));
      },
      { clock: 'real' },
    );
    expect(r.stderr).toBe('');
    expect(r.lines).toEqual(["['ok', 'failed', 'failed']"]);
  });

  it('fetch_text returns the body, fetch_json parses it, a timeout raises TimeoutError', async () => {
    const r = await runMain(
      function* ($g) {
        const net = yield* importModule($g, 'network');
        p(yield* net.$fetch_text(base + '/a'));
        const d = yield* net.$fetch_json(base + '/json');
        const x = d.get('x');
        p(fmt(x), d.get('ok'));
        try {
          yield* net.$fetch_text(base + '/slow', 0.05);
        } catch (e: any) {
          p(e.$$cls.name);
        }
      },
      { clock: 'real' },
    );
    expect(r.stderr).toBe('');
    expect(r.lines).toEqual(['hello', "[1, 2.5, 's'] true", 'TimeoutError']);
  });
});
