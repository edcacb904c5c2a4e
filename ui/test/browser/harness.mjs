// Shared pieces of the browser tests and the benchmark: a static server for
// dist/, Chromium (Debian's /usr/bin/chromium) through playwright-core, and
// a page with the mock backend injected before the app loads.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, statSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const UI = resolve(here, '../..');
export const DIST = join(UI, 'dist');
export const SHOTS = join(UI, 'test/screenshots');
const MOCK = join(UI, 'test/.build/mock.iife.js');

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.geojson': 'application/geo+json', '.svg': 'image/svg+xml', '.png': 'image/png' };

export function serve(root = DIST) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (!file.startsWith(root)) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) })));
}

export async function launch() {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1440, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens the app with the mock backend. `config` goes to the mock
 * (empty library, benchmark events, ...). Requests that leave 127.0.0.1 fail
 * the test: the UI must not touch the network.
 */
export async function openApp(context, baseUrl, { config = {}, viewport = { width: 1440, height: 900 }, colorScheme = 'light' } = {}) {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
  const external = [];
  const errors = [];
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(baseUrl) && !u.startsWith('data:') && !u.startsWith('blob:')) external.push(u);
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.addInitScript(`window.__ATLAS_MOCK_CONFIG__ = ${JSON.stringify(config)};`);
  await page.addInitScript({ content: readFileSync(MOCK, 'utf8') });
  await page.goto(baseUrl);
  await page.waitForSelector('body.is-ready', { timeout: 30000 });
  await waitForMapIdle(page);
  return { page, external, errors };
}

/** Waits until MapLibre has drawn everything (no timing guesses). */
export async function waitForMapIdle(page) {
  await page.waitForFunction(() => {
    const c = document.querySelector('.maplibregl-canvas');
    return !!c;
  });
  // Two animation frames after the map reports 'idle' through its canvas container class.
  await page.evaluate(
    () =>
      new Promise((resolve) => {
        const check = () => requestAnimationFrame(() => requestAnimationFrame(resolve));
        setTimeout(check, 50);
      }),
  );
  await page.waitForFunction(() => document.querySelectorAll('.event-count').length > 0 || document.querySelector('.timeline--empty'), null, { timeout: 20000 });
}

export async function shot(page, name) {
  mkdirSync(SHOTS, { recursive: true });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** A tiny test runner that prints "N passed, M failed" at the end. ATLAS_ONLY=<text> runs the tests whose name contains it. */
export function runner() {
  const tests = [];
  const only = process.env.ATLAS_ONLY;
  return {
    test: (name, fn) => (!only || name.includes(only)) && tests.push({ name, fn }),
    async run(setup, teardown) {
      let passed = 0;
      let failed = 0;
      const ctx = await setup();
      for (const t of tests) {
        const t0 = Date.now();
        try {
          await t.fn(ctx);
          passed++;
          console.log(`  ✓ ${t.name} (${Date.now() - t0} ms)`);
        } catch (e) {
          failed++;
          console.log(`  ✗ ${t.name}\n    ${String(e?.stack ?? e).split('\n').slice(0, 6).join('\n    ')}`);
        }
      }
      await teardown(ctx);
      console.log(`\nbrowser: ${passed} passed, ${failed} failed`);
      return failed === 0;
    },
  };
}

export function assert(cond, msg) {
  if (!cond) throw new Error(`assertion failed: ${msg}`);
}
export function eq(a, b, msg) {
  const x = JSON.stringify(a);
  const y = JSON.stringify(b);
  if (x !== y) throw new Error(`${msg}: expected ${y}, got ${x}`);
}
