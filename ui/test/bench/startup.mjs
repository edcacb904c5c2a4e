// Start-up benchmark (not a test): the built UI in headless Chromium with the
// mock backend holding a large library (default 10,000 article summaries and
// 40,000 events, every answer round-tripped through JSON like the real IPC).
// Reports, from navigation start: when the UI says the map is interactive
// (body.is-ready, the signal tests/bench/startup.py waits for), when the event
// markers appear, and the JS heap after things settle. Median of RUNS.
// Last line: interactive_ms=<n> events_ms=<n> heap_mb=<n> articles=<n>
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, serve, UI } from '../browser/harness.mjs';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 10000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 40000);
const RUNS = Number(process.env.RUNS ?? 5);
const MOCK = readFileSync(join(UI, 'test/.build/mock.iife.js'), 'utf8');

const server = await serve();
const browser = await launch();
const rows = [];
try {
  for (let i = 0; i < RUNS; i++) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.addInitScript(`window.__ATLAS_MOCK_CONFIG__ = ${JSON.stringify({ benchEvents: EVENTS, benchArticles: ARTICLES, ipcJson: true })};`);
    await page.addInitScript({ content: MOCK });
    await page.addInitScript(() => {
      const t = (window.__startup = {});
      new MutationObserver(() => {
        if (!t.ready && document.body?.classList.contains('is-ready') && document.querySelector('.maplibregl-canvas') && document.querySelector('.map-label')) t.ready = performance.now();
        if (!t.events && document.querySelector('.event-count')) t.events = performance.now();
      }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
    });
    await page.goto(server.url);
    await page.waitForFunction(() => window.__startup.ready && window.__startup.events, null, { timeout: 60000 });
    await page.waitForTimeout(3000);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value / 2 ** 20;
    const t = await page.evaluate(() => window.__startup);
    if (errors.length) throw new Error(errors.join('\n'));
    rows.push({ ready: t.ready, events: t.events, heap });
    console.log(`  run ${i + 1}: interactive ${t.ready.toFixed(0)} ms, event markers ${t.events.toFixed(0)} ms, JS heap ${heap.toFixed(1)} MB`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const med = (k) => rows.map((r) => r[k]).sort((a, b) => a - b)[rows.length >> 1];
console.log(`interactive_ms=${med('ready').toFixed(0)} events_ms=${med('events').toFixed(0)} heap_mb=${med('heap').toFixed(1)} articles=${ARTICLES}`);
