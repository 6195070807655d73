// The browser example, for real: build examples/browser with Rollup and edgepy's plugin, serve
// it from a loopback HTTP server, drive it in headless Chromium (Debian's `chromium` package,
// through playwright-core), click, wait for frames, and check the page's text and that an
// uncaught Python error's traceback in the console names the .py file.
// Skips with a visible notice when Chromium is not installed (`apt-get install chromium`).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`[browser tests] SKIPPED: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

const root = fileURLToPath(new URL('../../examples/browser/', import.meta.url));
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.map': 'application/json' };

describe.skipIf(!haveChromium)('browser example in Chromium', () => {
  let server: Server;
  let base = '';
  let browser: Browser;

  beforeAll(async () => {
    execFileSync(process.execPath, [join(root, 'build.mjs')], { stdio: 'pipe' });
    server = createServer((req, res) => {
      const path = normalize(join(root, decodeURIComponent((req.url ?? '/').split('?')[0])));
      const file = path.endsWith('/') ? join(path, 'index.html') : path;
      if (!file.startsWith(root) || !existsSync(file)) {
        res.statusCode = 404;
        res.end();
        return;
      }
      res.setHeader('content-type', types[extname(file)] ?? 'application/octet-stream');
      res.end(readFileSync(file));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const addr = server.address();
    base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/`;
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('animates with frame() and counts clicks through receive()', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(base);
    // frames run while the program waits for clicks
    await page.waitForFunction(() => document.getElementById('out')!.textContent!.includes('frame 30'), null, { timeout: 20_000 });
    for (let i = 0; i < 3; i++) await page.click('#click');
    await page.waitForFunction(() => document.getElementById('out')!.textContent!.includes('done after 3 clicks'), null, { timeout: 20_000 });
    const text = await page.textContent('#out');
    expect(text).toContain('click 1: click');
    expect(text).toContain('click 3: click');
    expect(await page.textContent('#state')).toBe('done');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reports an uncaught Python error with its .py file and line in the console', async () => {
    const page = await browser.newPage();
    const consoleErrors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.goto(base);
    await page.click('#boom');
    await page.waitForFunction(() => document.getElementById('state')!.textContent!.startsWith('error'), null, { timeout: 20_000 });
    const tb = consoleErrors.join('\n');
    expect(tb).toContain('Traceback (most recent call last):');
    expect(tb).toMatch(/File ".*app\.py", line 23, in listen/);
    expect(tb).toContain('ValueError: the page asked for an error');
    await page.close();
  });
});
