// UI benchmark (not a test): generated events at two sizes (100,000 and
// 5,000,000 unless BENCH_EVENTS lists others), mocked IPC, headless Chromium.
// The mock keeps the events as the core's aggregate does (counts per place ×
// year, per island × year and year pair; test/bench-aggregate.ts), so the page
// holds none of them. Drags the timeline brush with the mouse, then steps it
// with the arrow keys, and reads the app's performance measures:
//   atlas:filter  one brush move, from the range asked for to the map showing
//                 the answer: the mock aggregate's answer (in this page, in
//                 JavaScript: the core benchmark measures the real SQLite
//                 queries) and the page's work;
//   atlas:range   the synchronous part (list length, summary, the question);
//   atlas:apply   applying the answer to the markers and badges.
// Last line: filter_p95_ms=<number> events=<number> (the largest size).
import { launch, openApp, serve } from '../browser/harness.mjs';

const SIZES = (process.env.BENCH_EVENTS ?? '100000,5000000').split(',').map(Number);
const server = await serve();
const browser = await launch();

/** p-quantile of sorted `d`. */
const q = (d, p) => d[Math.min(d.length - 1, Math.ceil(p * d.length) - 1)];
const stats = (d) => {
  d.sort((a, b) => a - b);
  const mean = d.reduce((s, x) => s + x, 0) / d.length;
  return `median ${q(d, 0.5).toFixed(2)} ms, mean ${mean.toFixed(2)} ms, p95 ${q(d, 0.95).toFixed(2)} ms, p99 ${q(d, 0.99).toFixed(2)} ms, max ${d[d.length - 1].toFixed(2)} ms (${d.length})`;
};

async function run(events) {
  const { page, errors } = await openApp(browser.context, server.url, { config: { benchEvents: events }, viewport: { width: 1440, height: 900 } });
  const total = await page.evaluate(() => Number(document.querySelector('#tab-events .tab-count').textContent.replace(/,/g, '')));
  const heap = await page.evaluate(() => (performance.memory ? performance.memory.usedJSHeapSize : 0));
  await page.evaluate(() => performance.clearMeasures());
  const box = await page.locator('#tl-chart').boundingBox();
  const y = box.y + box.height / 2;
  const at = (f) => box.x + box.width * f;
  const frame = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  // 1. Draw a new selection across the recent decades, one step at a time.
  await page.mouse.move(at(0.55), y);
  await page.mouse.down();
  for (let i = 1; i <= 150; i++) {
    await page.mouse.move(at(0.55 + (0.4 * i) / 150), y);
    await frame();
  }
  await page.mouse.up();
  // 2. Drag the selection back and forth.
  await page.mouse.move(at(0.75), y);
  await page.mouse.down();
  for (let i = 1; i <= 150; i++) {
    await page.mouse.move(at(0.75 - (0.5 * i) / 150), y);
    await frame();
  }
  for (let i = 1; i <= 150; i++) {
    await page.mouse.move(at(0.25 + (0.5 * i) / 150), y);
    await frame();
  }
  await page.mouse.up();
  // 3. Arrow keys.
  await page.locator('.list-head').click();
  for (let i = 0; i < 100; i++) {
    await page.keyboard.press(i < 50 ? 'ArrowLeft' : 'ArrowRight');
    await frame();
  }
  // The list's rows after the last move: read once it settled.
  await page.waitForFunction(() => document.querySelector('.ev-row:not(.ev-row--pending)'));
  const m = await page.evaluate(() => Object.fromEntries(['atlas:filter', 'atlas:range', 'atlas:apply'].map((n) => [n, performance.getEntriesByName(n).map((e) => e.duration)])));
  const asked = await page.evaluate(() => window.__atlasMock.backend.calls.filter((c) => c.cmd === 'map_counts').length);
  if (m['atlas:filter'].length < 100) throw new Error(`only ${m['atlas:filter'].length} range updates measured`);
  if (errors.length) throw new Error(errors.join('\n'));
  await page.close();
  console.log(`events in the library: ${total.toLocaleString('en-US')} (page heap ${(heap / 1e6).toFixed(1)} MB)`);
  console.log(`  brush move to map (atlas:filter): ${stats(m['atlas:filter'])}`);
  console.log(`  synchronous part (atlas:range):   ${stats(m['atlas:range'])}`);
  console.log(`  applying the answer (atlas:apply): ${stats(m['atlas:apply'])}`);
  console.log(`  map_counts requests: ${asked}`);
  return { total, p95: q(m['atlas:filter'], 0.95) };
}

try {
  let last;
  for (const n of SIZES) last = await run(n);
  console.log(`filter_p95_ms=${last.p95.toFixed(2)} events=${last.total}`);
} finally {
  await browser.close();
  await server.close();
}
