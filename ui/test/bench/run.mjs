// UI benchmark (not a test): 100,000 generated events, mocked IPC, headless
// Chromium. Drags the timeline brush with the mouse and reads the app's
// "atlas:filter" performance measures: the synchronous work of one range
// change (map source update, badges, list, timeline), i.e. what blocks a frame.
// Last line: filter_p95_ms=<number> events=<number>
import { launch, openApp, serve } from '../browser/harness.mjs';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 100000);
const server = await serve();
const browser = await launch();
try {
  const { page, errors } = await openApp(browser.context, server.url, { config: { benchEvents: EVENTS }, viewport: { width: 1440, height: 900 } });
  const total = await page.evaluate(() => Number(document.querySelector('#tab-events .tab-count').textContent.replace(/,/g, '')));
  await page.evaluate(() => performance.clearMeasures('atlas:filter'));
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
  const mid = (Number(await page.inputValue('#tl-from')) + Number(await page.inputValue('#tl-to'))) / 2;
  void mid;
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
  const d = await page.evaluate(() => performance.getEntriesByName('atlas:filter').map((e) => e.duration));
  if (d.length < 100) throw new Error(`only ${d.length} range updates measured`);
  if (errors.length) throw new Error(errors.join('\n'));
  d.sort((a, b) => a - b);
  const q = (p) => d[Math.min(d.length - 1, Math.ceil(p * d.length) - 1)];
  const mean = d.reduce((s, x) => s + x, 0) / d.length;
  console.log(`range updates measured: ${d.length}`);
  console.log(`events in the library: ${total}`);
  console.log(`median ${q(0.5).toFixed(2)} ms, mean ${mean.toFixed(2)} ms, p95 ${q(0.95).toFixed(2)} ms, p99 ${q(0.99).toFixed(2)} ms, max ${d[d.length - 1].toFixed(2)} ms`);
  console.log(`filter_p95_ms=${q(0.95).toFixed(2)} events=${total}`);
} finally {
  await browser.close();
  await server.close();
}
