// Browser tests: the built UI (dist/) in headless Chromium with the backend
// mocked (@tauri-apps/api/mocks). Saves screenshots to test/screenshots/.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, DIST, eq, launch, openApp, runner, serve, shot, waitForMapIdle } from './harness.mjs';

const { test, run } = runner();

async function app(ctx, opts = {}) {
  // A failed test leaves its page open with what it remembered (the dispute, the naming): the next one starts as a first run.
  for (const p of ctx.pages.splice(0)) if (!p.page.isClosed()) await p.page.evaluate(() => localStorage.clear()).catch(() => {});
  const a = await openApp(ctx.browser.context, ctx.server.url, opts);
  ctx.pages.push(a);
  return a;
}
const done = async (a) => {
  eq(a.external, [], 'requests outside the local server');
  eq(a.errors, [], 'page errors');
  // The next test starts as on a first run (the dispute, the naming and the timeline's scope are remembered).
  await a.page.evaluate(() => localStorage.clear());
  await a.page.close();
};
const label = (page, id) => page.locator(`.map-label[data-place="${id}"]`);
/** What has the focus: 'BODY', or the element's tag, id and accessible-ish name. */
const focused = (page) =>
  page.evaluate(() => {
    const a = document.activeElement;
    if (!a || a === document.body) return 'BODY';
    return { tag: a.tagName, id: a.id, cls: a.className, label: a.getAttribute('aria-label'), text: a.textContent.trim().slice(0, 80), role: a.getAttribute('role') };
  });
/** Presses Tab until `pred(focused)` holds (at most `max` times); fails on focus lost to body. */
async function tabTo(page, pred, max = 60, key = 'Tab') {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    assert(f !== 'BODY', `focus lost to body after ${i + 1} × ${key}`);
    if (pred(f)) return f;
  }
  throw new Error(`not reached with ${max} × ${key}`);
}
const emit = (page, event, payload) => page.evaluate(([e, p]) => window.__atlasMock.emit(e, p), [event, payload]);

test('production bundle has no mock and no inline script', async () => {
  const files = readdirSync(join(DIST, 'assets')).filter((f) => /\.(js|mjs|html)$/.test(f));
  for (const f of files) {
    const text = readFileSync(join(DIST, 'assets', f), 'utf8');
    assert(!text.includes('Harbour Review') && !text.includes('MockBackend'), `mock data in ${f}`);
  }
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert(!/<script(?![^>]*\bsrc=)[^>]*>/.test(html), 'inline script in index.html');
  assert(html.includes("script-src 'self'"), 'CSP meta');
});

test('map: islands, labels with both names, badges, markers, attribution (light and dark)', async (ctx) => {
  for (const colorScheme of ['light', 'dark']) {
    const a = await app(ctx, { colorScheme });
    const { page } = a;
    for (const id of ['kunashir', 'iturup', 'shikotan', 'habomai']) {
      assert(await label(page, id).isVisible(), `${id} label visible`);
    }
    eq(await label(page, 'kunashir').locator('.label-primary').textContent(), 'Kunashir / Kunashiri', 'both names');
    eq(await label(page, 'kunashir').locator('.label-secondary').textContent(), '国後島 · Кунашир', 'native names');
    eq(await label(page, 'kunashir').locator('.badge').textContent(), '4', 'Kunashir badge (articles)');
    assert((await page.locator('.maplibregl-ctrl-attrib').textContent()).includes('Natural Earth'), 'Natural Earth attribution');
    assert((await page.locator('.event-count').count()) > 3, 'event markers');
    const legend = await page.locator('.legend').textContent();
    assert(legend.includes('Administered by Russia') && legend.includes('Claimed by Japan'), 'legend');
    await shot(page, `map-${colorScheme}`);
    await done(a);
  }
});

test('start-up: the map is interactive before the markers, the rows and the library list; the Library tab fetches the list', async (ctx) => {
  const a = await app(ctx, { config: { delayMs: { map_counts: 4000, timeline_page: 4000 } } });
  const { page } = a;
  const t = await page.evaluate(() => ({ ready: performance.getEntriesByName('atlas:interactive')[0].startTime, calls: window.__atlasMock.backend.calls.map((c) => [c.cmd, c.at]) }));
  const before = t.calls.filter(([, at]) => at < t.ready).map(([c]) => c);
  assert(!before.includes('article_facets') && !before.includes('article_page'), `the library list before the map was interactive: ${before}`);
  assert(['get_pack', 'dispute_histogram', 'island_article_counts'].every((c) => before.includes(c)), `first-paint commands: ${before}`);
  // The page never asks for every event.
  assert(!t.calls.some(([c]) => c === 'list_events' || c === 'event_details'), `every event asked for: ${t.calls.map(([c]) => c)}`);
  // The list's length is known at once (the histogram); its rows come later.
  assert(Number((await page.locator('#tab-events .tab-count').textContent()).replace(/,/g, '')) > 0, 'events count before the rows');
  await page.getByRole('tab', { name: /Library/ }).click();
  await page.locator('.lib-item').first().waitFor();
  eq(await page.locator('.lib-item').count(), 5, 'library list');
  eq(await page.locator('#tab-library .tab-count').textContent(), '5', 'library count');
  await done(a);
});

test('naming switch: Japanese and Russian usage', async (ctx) => {
  const a = await app(ctx);
  const { page } = a;
  await page.getByRole('radio', { name: 'Japanese', exact: true }).click();
  eq(await label(page, 'kunashir').locator('.label-primary').textContent(), 'Kunashiri', 'ja primary');
  eq(await label(page, 'kunashir').locator('.label-secondary').textContent(), '国後島', 'ja secondary');
  eq(await label(page, 'southern-kurils').locator('.label-primary').textContent(), 'Northern Territories', 'ja group');
  await page.getByRole('radio', { name: 'Russian', exact: true }).click();
  eq(await label(page, 'iturup').locator('.label-primary').textContent(), 'Iturup', 'ru primary');
  eq(await label(page, 'iturup').locator('.label-secondary').textContent(), 'Итуруп', 'ru secondary');
  eq(await label(page, 'southern-kurils').locator('.label-primary').textContent(), 'Southern Kurils', 'ru group');
  await page.getByRole('radio', { name: 'Both' }).click();
  await done(a);
});

test('dispute switcher: the keyboard moves to the Senkakus; map, naming switch, legend and timeline follow; remembered after a reload', async (ctx) => {
  for (const colorScheme of ['light', 'dark']) {
    const a = await app(ctx, { colorScheme, viewport: { width: 1280, height: 800 } });
    const { page } = a;
    const button = page.locator('#dispute-switcher');
    eq((await button.locator('.switcher-name').textContent()).trim(), 'Kuril Islands', 'first run: the Kurils');
    eq((await button.locator('.switcher-claimants').textContent()).trim(), 'Russia and Japan', 'claimants');
    const kurilEvents = await page.locator('#tab-events .tab-count').textContent();
    await button.focus();
    await page.keyboard.press('ArrowDown');
    eq(await page.getAttribute('#dispute-switcher', 'aria-expanded'), 'true', 'the list opens');
    eq((await focused(page)).role, 'option', 'an option has the focus');
    // The current dispute's option has the focus; the next one down is the Senkakus.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    eq((await focused(page)).id, 'dispute-switcher', 'the focus goes back to the button');
    eq((await button.locator('.switcher-name').textContent()).trim(), 'Senkaku Islands', 'Senkakus chosen');
    assert((await button.locator('.switcher-claimants').textContent()).includes('China'), 'Senkaku claimants');
    await page.locator('.map-label[data-place="uotsuri-jima"]').waitFor({ state: 'attached' });
    eq(await page.locator('.map-label[data-place="kunashir"]').count(), 0, 'the Kuril labels are gone');
    const radios = await page.locator('.topbar .segmented .seg').allTextContents();
    eq(radios, ['All', 'Japanese', 'Chinese', 'Taiwanese'], 'the naming switch offers the Senkaku usages');
    await page.getByRole('radio', { name: 'Chinese', exact: true }).click();
    await page.waitForTimeout(100);
    const primary = await page.locator('.map-label[data-place="uotsuri-jima"] .label-primary').textContent();
    eq(primary, 'Diaoyu Dao', 'Chinese usage');
    const legend = await page.locator('.legend').textContent();
    assert(legend.includes('Administered by Japan') && legend.includes('Claimed by China') && legend.includes('Claimed by Taiwan'), `Senkaku legend: ${legend}`);
    assert((await page.locator('#tab-events .tab-count').textContent()) !== kurilEvents, 'the timeline holds other events');
    // Escape closes the list without choosing.
    await button.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    eq(await page.getAttribute('#dispute-switcher', 'aria-expanded'), 'false', 'Escape closes');
    await page.waitForTimeout(1300);
    await shot(page, `dispute-senkaku-${colorScheme}`);
    // Remembered: a reload opens on the Senkakus.
    await page.reload();
    await page.locator('body.is-ready').waitFor();
    eq((await page.locator('#dispute-switcher .switcher-name').textContent()).trim(), 'Senkaku Islands', 'remembered after a reload');
    await done(a);
  }
});

test('timeline scope: the events of the dispute on screen, or of every dispute', async (ctx) => {
  const a = await app(ctx);
  const { page } = a;
  const count = async () => Number((await page.locator('#tab-events .tab-count').textContent()).replace(/\D/g, ''));
  const kuril = await count();
  await page.locator('#scope-all').check();
  await page.waitForTimeout(100);
  const all = await count();
  assert(all > kuril, `all disputes (${all}) hold more than the Kurils (${kuril})`);
  await page.locator('#scope-all').uncheck();
  await page.waitForTimeout(100);
  eq(await count(), kuril, 'back to the Kurils');
  await done(a);
});

test('world view: the disputed areas, badges that enter a dispute, the note of an area no pack covers (light and dark)', async (ctx) => {
  for (const colorScheme of ['light', 'dark']) {
    const a = await app(ctx, { colorScheme, viewport: { width: 1280, height: 800 } });
    const { page } = a;
    await page.locator('#dispute-switcher').click();
    await page.locator('#dispute-list [data-dispute="world"]').click();
    await page.waitForFunction(() => document.querySelector('#map').dataset.worldAreas === '80');
    eq(await page.locator('.world-badge').count(), 6, 'a badge per dispute');
    eq(await page.locator('.segmented').isHidden(), true, 'no naming switch in the world view');
    const legend = await page.locator('.legend').textContent();
    assert(legend.includes('Disputed area'), `world legend: ${legend}`);
    await page.waitForTimeout(1400);
    await shot(page, `world-${colorScheme}`);
    // Western Sahara (Natural Earth B28, east of the berm): no pack covers it. Its pixel from the map's Web Mercator view.
    const at = await page.evaluate(() => {
      const canvas = document.querySelector('#map canvas').getBoundingClientRect();
      const [w, s, e, n] = [-170, -60, 180, 72];
      const my = (lat) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
      const scale = Math.min((canvas.width - 16) / (((e - w) * Math.PI) / 180), (canvas.height - 16) / (my(n) - my(s)));
      const [cx, cy] = [(((w + e) / 2) * Math.PI) / 180, (my(n) + my(s)) / 2];
      const [lon, lat] = [-10.5, 25];
      return { x: canvas.left + canvas.width / 2 + ((lon * Math.PI) / 180 - cx) * scale, y: canvas.top + canvas.height / 2 - (my(lat) - cy) * scale };
    });
    await page.mouse.click(at.x, at.y);
    const note = page.locator('.world-note');
    await note.waitFor();
    const text = await note.textContent();
    assert(text.includes('W. Sahara') && text.includes('Morocco') && text.includes('No dispute pack covers it yet'), `note: ${text}`);
    await page.locator('.world-badge[data-dispute="senkaku"]').click();
    await page.locator('.map-label[data-place="uotsuri-jima"]').waitFor({ state: 'attached' });
    eq((await page.locator('#dispute-switcher .switcher-name').textContent()).trim(), 'Senkaku Islands', 'the badge entered the Senkakus');
    eq(await page.locator('.world-badge').count(), 0, 'the badges are gone');
    await done(a);
  }
});

test('keyboard: tabs switch with the arrow keys (aria-selected); the naming switch is a radio group', async (ctx) => {
  const a = await app(ctx);
  const { page } = a;
  await tabTo(page, (f) => f.id === 'tab-events');
  await page.keyboard.press('ArrowRight');
  eq(await focused(page).then((f) => f.id), 'tab-library', 'ArrowRight focuses Library');
  eq(await page.getAttribute('#tab-library', 'aria-selected'), 'true', 'Library selected');
  eq(await page.getAttribute('#tab-events', 'aria-selected'), 'false', 'Events not selected');
  await page.locator('#view-library .lib-item').first().waitFor();
  assert(await page.locator('#view-events').isHidden(), 'events view hidden');
  await page.keyboard.press('ArrowLeft');
  eq(await page.getAttribute('#tab-events', 'aria-selected'), 'true', 'ArrowLeft back to Events');
  await page.keyboard.press('End');
  eq(await focused(page).then((f) => f.id), 'tab-library', 'End');
  await page.keyboard.press('Home');
  eq(await focused(page).then((f) => f.id), 'tab-events', 'Home');
  // Arrow keys on the tabs do not move the timeline.
  eq(await page.inputValue('#tl-from'), '1855', 'timeline untouched');
  // Naming: one tab stop, arrows choose (and wrap).
  await page.locator('#search').focus();
  const f = await tabTo(page, (x) => x.role === 'radio');
  eq(f.text, 'Both', 'the checked radio is the tab stop');
  await page.keyboard.press('ArrowRight');
  eq(await page.getAttribute('[data-mode="jp"]', 'aria-checked'), 'true', 'ArrowRight checks Japanese usage');
  eq(await label(page, 'kunashir').locator('.label-primary').textContent(), 'Kunashiri', 'labels follow');
  await page.keyboard.press('ArrowDown');
  eq(await page.getAttribute('[data-mode="ru"]', 'aria-checked'), 'true', 'ArrowDown checks Russian usage');
  await page.keyboard.press('ArrowRight');
  eq((await focused(page)).text, 'Both', 'wraps to Both');
  eq(await page.getAttribute('[data-mode="both"]', 'aria-checked'), 'true', 'Both checked');
  await page.keyboard.press('Tab');
  eq((await focused(page)).id, 'export-open', 'Tab leaves the group for Export…');
  await done(a);
});

test('keyboard: the event list is one tab stop; arrows move through its rows (virtualised) without losing focus', async (ctx) => {
  const a = await app(ctx);
  const { page } = a;
  const first = await tabTo(page, (f) => f.cls.includes('ev-row'));
  const index = () => page.evaluate(() => Number(document.activeElement.closest('.ev-item')?.dataset.index));
  eq(await index(), 0, 'Tab lands on the first row');
  // The rows' text arrives after they are drawn: the redraw keeps the focus.
  await page.waitForFunction(() => !document.activeElement.querySelector('.ev-title--pending'));
  eq(await index(), 0, 'focus kept when the row text arrives');
  assert(first.role !== 'listitem', 'the row is a button, inside a list item');
  eq(await page.evaluate(() => document.activeElement.parentElement.getAttribute('role')), 'listitem', 'list item');
  const n = Number(await page.locator('#tab-events .tab-count').textContent());
  for (let i = 1; i <= 15; i++) {
    await page.keyboard.press('ArrowDown');
    eq(await index(), i, `ArrowDown ${i}`);
  }
  await page.waitForTimeout(100);
  eq(await index(), 15, 'focus kept after scrolling and loading');
  eq(await page.evaluate(() => document.activeElement.parentElement.getAttribute('aria-setsize')), String(n), 'aria-setsize');
  await page.keyboard.press('End');
  eq(await index(), n - 1, 'End');
  await page.keyboard.press('Home');
  eq(await index(), 0, 'Home');
  eq(await page.evaluate(() => document.querySelector('.vlist').scrollTop), 0, 'scrolled back to the top');
  await page.keyboard.press('ArrowDown');
  // Scrolling the list with the focused row out of view keeps the row (and the focus).
  await page.evaluate(() => (document.querySelector('.vlist').scrollTop = 1500));
  await page.waitForTimeout(100);
  eq(await index(), 1, 'focused row kept while scrolled away');
  // One tab stop: Tab goes to the current row's dating mark (row 1 is the Ferry article's lead,
  // dated by the publication date), then to its "Change date", then leaves the list for the
  // timeline; Shift+Tab comes back.
  await page.keyboard.press('Tab');
  eq((await focused(page)).label, 'Dated by the publication date: the article reports this without a date', 'Tab: the row’s dating mark');
  await page.waitForTimeout(100);
  eq((await focused(page)).role, 'img', 'the mark keeps the focus when the list scrolls to it');
  await page.keyboard.press('Tab');
  assert((await focused(page)).label.startsWith('Change the date of this event'), 'Tab: the row’s Change date');
  await page.keyboard.press('Tab');
  eq((await focused(page)).label, 'Play: step through the years', 'Tab leaves the list');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  eq(await index(), 1, 'Shift+Tab returns to the current row');
  eq((await focused(page)).cls, 'ev-row ev-row--article', 'its button');
  await done(a);
});

test('keyboard: a map label opens its island; an excerpt opens the article; a mention flies the map; Escape goes back to what opened each view', async (ctx) => {
  const a = await app(ctx);
  const { page } = a;
  await tabTo(page, (f) => f.cls.includes('map-label') && f.label?.startsWith('Kunashir'));
  await page.keyboard.press('Enter');
  const panel = page.locator('.place-panel[data-place="kunashir"]');
  await panel.waitFor();
  eq((await focused(page)).cls, 'panel-title', 'the island panel takes the focus (its title)');
  await panel.locator('.excerpt').first().waitFor();
  const ex = await tabTo(page, (f) => f.cls === 'excerpt');
  await page.keyboard.press('Enter');
  await page.locator('.reader').waitFor();
  eq((await focused(page)).cls, 'panel-title reader-title', 'the article takes the focus');
  const mark = await tabTo(page, (f) => f.tag === 'MARK');
  const feature = await page.evaluate(() => document.activeElement.dataset.feature);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.querySelector(`.map-label[data-place="${id}"]`)?.classList.contains('is-selected'), feature);
  await page.locator('.mention-menu').waitFor();
  eq((await focused(page)).text, 'Link to another place…', 'the mention opens its menu, the focus on its first item');
  await page.keyboard.press('Escape');
  await page.locator('.mention-menu').waitFor({ state: 'detached' });
  eq((await focused(page)).text, mark.text, 'Escape closes the menu: back on the mention');
  await page.keyboard.press('Escape');
  await panel.waitFor();
  eq((await focused(page)).text, ex.text, 'Escape: back on the excerpt that opened the article');
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached' });
  eq((await focused(page)).label?.startsWith('Kunashir'), true, 'Escape: back on the map label');
  // The panel's own Close button does the same.
  await page.keyboard.press('Enter');
  await panel.waitFor();
  await page.keyboard.press('Shift+Tab');
  eq((await focused(page)).label, 'Close panel', 'Shift+Tab from the title: the Close button');
  await page.keyboard.press('Enter');
  await panel.waitFor({ state: 'detached' });
  eq((await focused(page)).label?.startsWith('Kunashir'), true, 'Close: back on the map label');
  await done(a);
});

test('keyboard: event rows, library rows and search results open with Enter; Escape returns to them', async (ctx) => {
  const a = await app(ctx);
  const { page } = a;
  await tabTo(page, (f) => f.cls.includes('ev-row'));
  await page.waitForFunction(() => !document.activeElement.querySelector('.ev-title--pending'));
  const row = await focused(page);
  await page.keyboard.press('Enter');
  await page.locator('.reader').waitFor();
  eq((await focused(page)).cls, 'panel-title reader-title', 'the article takes the focus');
  await page.keyboard.press('Escape');
  await page.locator('.reader').waitFor({ state: 'detached' });
  eq((await focused(page)).text, row.text, 'back on the event row');
  // Library: Shift+Tab to the tabs, ArrowRight, Tab to the first article.
  await tabTo(page, (f) => f.role === 'tab', 10, 'Shift+Tab');
  await page.keyboard.press('ArrowRight');
  await page.locator('.lib-item').first().waitFor();
  const lib = await tabTo(page, (f) => f.cls === 'lib-open');
  await page.keyboard.press('Enter');
  await page.locator('.reader').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('.reader').waitFor({ state: 'detached' });
  eq((await focused(page)).text, lib.text, 'back on the library row');
  // Search: '/' then type; ArrowDown to the results; Enter; Escape back to the result, then to the field.
  await page.keyboard.press('/');
  await page.keyboard.type('ferry');
  await page.locator('.search-hit').first().waitFor();
  eq((await focused(page)).id, 'search', 'results do not take the focus from the field');
  await page.keyboard.press('ArrowDown');
  const hit = await focused(page);
  eq(hit.cls, 'search-hit', 'ArrowDown: the first result');
  await page.keyboard.press('Enter');
  await page.locator('.reader').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('.search-results').waitFor();
  eq((await focused(page)).text, hit.text, 'back on the result');
  await page.keyboard.press('ArrowUp');
  eq((await focused(page)).id, 'search', 'ArrowUp from the first result: the field');
  await done(a);
});

test('keyboard: library delete, Undo and Edit date; focus is never dropped', async (ctx) => {
  const a = await app(ctx);
  const { page } = a;
  await tabTo(page, (f) => f.role === 'tab');
  await page.keyboard.press('ArrowRight');
  await page.locator('.lib-item').first().waitFor();
  const titles = await page.locator('.lib-item .lib-title').allTextContents();
  await tabTo(page, (f) => f.label === `Delete “${titles[0]}”`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('.lib-item').length === 4);
  eq((await focused(page)).text, 'Undo', 'the focus goes to Undo');
  await page.waitForTimeout(9500);
  assert(await page.locator('.toast-action').isVisible(), 'a toast holding the focus does not time out');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('.lib-item').length === 5);
  eq((await focused(page)).text?.startsWith(titles[1]), true, 'after Undo: the next article');
  // Delete again, dismiss the toast with Escape: the focus goes to the next article.
  await tabTo(page, (f) => f.label === `Delete “${titles[0]}”`, 10, 'Shift+Tab');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('.lib-item').length === 4);
  await page.keyboard.press('Escape');
  eq((await focused(page)).text?.startsWith(titles[1]), true, 'after Escape on the toast: the next article');
  await page.waitForFunction(() => !document.querySelector('.toast:not(.is-leaving)'));
  // Edit date from the row: the date field has the focus; Enter saves; the focus is on Edit date.
  const edit = await tabTo(page, (f) => f.label?.startsWith('Edit the publication date of'));
  await page.keyboard.press('Enter');
  await page.locator('.date-input').waitFor();
  eq((await focused(page)).cls, 'date-input', 'the date field has the focus');
  await page.keyboard.type('03012020');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.reader-date')?.textContent === '1 March 2020');
  eq((await focused(page)).label, 'Edit publication date', 'after saving: Edit date');
  // Escape in the date form cancels the edit and keeps the article open.
  await page.keyboard.press('Enter');
  await page.locator('.date-input').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('.date-input').waitFor({ state: 'detached' });
  eq((await focused(page)).label, 'Edit publication date', 'Escape cancels the edit');
  assert(await page.locator('.reader').isVisible(), 'the article stays open');
  await page.keyboard.press('Escape');
  await page.locator('.reader').waitFor({ state: 'detached' });
  eq((await focused(page)).label, edit.label, 'Escape: back on the row’s Edit button');
  // Delete from the article: Undo, then the focus lands in the library, not on body.
  await page.keyboard.press('Shift+Tab');
  eq((await focused(page)).cls, 'lib-open', 'Shift+Tab: the row');
  await page.keyboard.press('Enter');
  await page.locator('.reader').waitFor();
  await tabTo(page, (f) => f.text === 'Delete');
  await page.keyboard.press('Enter');
  await page.locator('.reader').waitFor({ state: 'detached' });
  eq((await focused(page)).text, 'Undo', 'Undo has the focus');
  await page.keyboard.press('Tab');
  eq((await focused(page)).label, 'Dismiss', 'Tab: Dismiss');
  await page.keyboard.press('Enter');
  const f = await focused(page);
  assert(f !== 'BODY' && (f.cls === 'lib-open' || f.role === 'tab'), `after Dismiss: ${JSON.stringify(f)}`);
  await done(a);
});

test('keyboard: Open files…, the import report (its Open links, Escape) and focus back on the button', async (ctx) => {
  const a = await app(ctx, { config: { importDelayMs: 10, dialogPaths: ['/home/analyst/x/quota.txt', '/home/analyst/x/notes.xyz'] } });
  const { page } = a;
  await tabTo(page, (f) => f.id === 'open-files');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('.import-card').classList.contains('is-running') && !document.querySelector('.import-card').hidden);
  await page.waitForFunction(() => document.activeElement.classList.contains('import-title'));
  await page.keyboard.press('Tab');
  eq((await focused(page)).label, 'Close import report', 'Tab: the Close button');
  await page.keyboard.press('Tab');
  eq((await focused(page)).text, 'Open', 'Tab: the Open link');
  await page.keyboard.press('Enter');
  await page.locator('.reader').waitFor();
  await page.locator('.import-card').waitFor({ state: 'hidden' });
  eq((await focused(page)).cls, 'panel-title reader-title', 'the article has the focus');
  await page.keyboard.press('Escape');
  await page.locator('.reader').waitFor({ state: 'detached' });
  eq((await focused(page)).id, 'open-files', 'Escape: back on Open files…');
  // A second import; Escape closes the report and gives the focus back.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement.classList.contains('import-title'));
  await page.keyboard.press('Escape');
  await page.locator('.import-card').waitFor({ state: 'hidden' });
  eq((await focused(page)).id, 'open-files', 'Escape: the report closes, focus back on Open files…');
  await done(a);
});

/** For the focused element: whether it shows a focus indicator, and whether a clipping parent cuts it off. */
const focusRing = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const cs = getComputedStyle(el);
    const name = `${el.tagName}.${el.className} ${el.getAttribute('aria-label') ?? el.textContent.trim().slice(0, 30)}`;
    let pad = 0;
    let shown = false;
    if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2) {
      shown = true;
      pad = parseFloat(cs.outlineOffset) + parseFloat(cs.outlineWidth);
    } else if (cs.boxShadow !== 'none') shown = true; // MapLibre's controls
    else if (el.id === 'search') shown = getComputedStyle(el.closest('.search')).boxShadow !== 'none'; // the field's box
    if (!shown) return { name, problem: 'no focus indicator' };
    const r = el.getBoundingClientRect();
    const ring = { left: r.left - pad, right: r.right + pad, top: r.top - pad, bottom: r.bottom + pad };
    for (let p = el.parentElement; p; p = p.parentElement) {
      const o = getComputedStyle(p);
      if (o.overflowX === 'visible' && o.overflowY === 'visible' && o.contain !== 'strict' && o.contain !== 'paint') continue;
      const c = p.getBoundingClientRect();
      // A ring cut on one side by at most the ring's width is allowed only where the element itself is cut (scrolled partly out).
      const cut = ring.left < c.left - 0.5 && r.left >= c.left || ring.right > c.right + 0.5 && r.right <= c.right || ring.top < c.top - 0.5 && r.top >= c.top || ring.bottom > c.bottom + 0.5 && r.bottom <= c.bottom;
      if (cut) return { name, problem: `ring clipped by ${p.tagName}.${p.className}` };
    }
    return { name, problem: null };
  });

test('keyboard: every tab stop shows a focus ring that no parent clips (light and dark)', async (ctx) => {
  for (const colorScheme of ['light', 'dark']) {
    const a = await app(ctx, { colorScheme, viewport: { width: 1280, height: 800 } });
    const { page } = a;
    const problems = [];
    const walk = async (n) => {
      for (let i = 0; i < n; i++) {
        await page.keyboard.press('Tab');
        if ((await focused(page)) === 'BODY') return;
        const r = await focusRing(page);
        if (r.problem) problems.push(`${r.name}: ${r.problem}`);
      }
    };
    await walk(40);
    // The island panel, opened from its label.
    await page.locator('.map-label[data-place="kunashir"]').focus();
    await page.keyboard.press('Enter');
    await page.locator('.excerpt').first().waitFor();
    await walk(30);
    // The library, a search result, and a toast's buttons.
    await page.keyboard.press('Escape');
    await page.locator('#tab-events').focus();
    await page.keyboard.press('ArrowRight');
    await page.locator('.lib-item').first().waitFor();
    await walk(12);
    await page.keyboard.press('/');
    await page.keyboard.type('ferry');
    await page.locator('.search-hit').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const hit = await focusRing(page);
    if (hit.problem) problems.push(`${hit.name}: ${hit.problem}`);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.locator('.lib-item .icon-btn--danger').first().focus();
    await page.keyboard.press('Enter');
    await page.locator('.toast-action:focus').waitFor();
    await shot(page, `focus-toast-${colorScheme}`);
    const toast = await page.evaluate(() => getComputedStyle(document.activeElement).outlineColor);
    // The Undo button's ring stands out from the toast (light toast in the dark theme, dark in the light one).
    const bg = await page.evaluate(() => getComputedStyle(document.querySelector('.toast')).backgroundColor);
    const lum = (c) => {
      const [r, g, b] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map((x) => Number(x) / 255).map((x) => (x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [l1, l2] = [lum(toast), lum(bg)].sort((x, y) => y - x);
    const contrast = (l1 + 0.05) / (l2 + 0.05);
    assert(contrast >= 3, `toast focus ring contrast ${contrast.toFixed(2)} < 3 (${toast} on ${bg}, ${colorScheme})`);
    eq(problems, [], `focus rings (${colorScheme})`);
    await done(a);
  }
});

test('keyboard: with the map focused, + and − zoom and the arrows pan (not the timeline)', async (ctx) => {
  const a = await app(ctx);
  const { page } = a;
  await tabTo(page, (f) => f.tag === 'CANVAS');
  const at = () => page.evaluate(() => ['kunashir', 'iturup'].map((id) => document.querySelector(`.map-label[data-place="${id}"]`).getBoundingClientRect()).map((r) => [r.left, r.top]));
  const gap = (p) => Math.hypot(p[1][0] - p[0][0], p[1][1] - p[0][1]);
  const p0 = await at();
  await page.keyboard.press('+');
  await page.waitForTimeout(600);
  await waitForMapIdle(page);
  const p1 = await at();
  assert(gap(p1) > gap(p0) * 1.5, `+ zooms in: ${gap(p0)} -> ${gap(p1)}`);
  // Panning moves the event markers (labels may change sides): by 100 px to the left.
  const markers = () => page.evaluate(() => [...document.querySelectorAll('.event-count')].map((m) => { const r = m.getBoundingClientRect(); return [m.textContent, r.left, r.top]; }));
  const m1 = await markers();
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(600);
  await waitForMapIdle(page);
  const m2 = await markers();
  const dx = m1.filter(([t]) => m2.some(([u]) => u === t)).map(([t, x]) => m2.find(([u]) => u === t)[1] - x).sort((p, q) => p - q);
  const median = dx[Math.floor(dx.length / 2)];
  assert(median < -80 && median > -120, `ArrowRight pans the map 100 px: ${dx}`);
  const p2 = await at();
  eq(await page.inputValue('#tl-from'), '1855', 'the timeline did not move');
  await page.keyboard.press('-');
  await page.waitForTimeout(600);
  const p3 = await at();
  assert(gap(p3) < gap(p2) * 0.9, `− zooms out: ${gap(p2)} -> ${gap(p3)}`);
  eq((await focused(page)).tag, 'CANVAS', 'the map keeps the focus');
  await done(a);
});

test('island panel: names, claims, ranked articles with highlighted excerpts', async (ctx) => {
  for (const colorScheme of ['light', 'dark']) {
    const a = await app(ctx, { colorScheme });
    const { page } = a;
    await label(page, 'kunashir').click();
    const panel = page.locator('.place-panel[data-place="kunashir"]');
    await panel.waitFor();
    await panel.locator('.excerpt-card').first().waitFor();
    const names = await panel.locator('.names').textContent();
    assert(names.includes('Kunashir / Kunashiri') && names.includes('国後島') && names.includes('Кунашир'), `names: ${names}`);
    const claims = await panel.locator('.claims').textContent();
    assert(claims.includes('Administered by Russia') && claims.includes('Claimed by Japan'), 'claims');
    const titles = await panel.locator('.excerpt-card h4').allTextContents();
    eq(titles[0], 'Ferry link to Kunashir resumes as talks stay frozen', 'most mentions first');
    const marks = await panel.locator('.excerpt-card').first().locator('mark.hl').allTextContents();
    assert(marks.includes('Kunashir') && marks.includes('Yuzhno-Kurilsk'), `island and sub-place highlighted: ${marks}`);
    // The Russian article mentions "Кунашира" (genitive): highlighted as written.
    const all = await panel.locator('mark.hl').allTextContents();
    assert(all.includes('Кунашира'), 'Cyrillic mention highlighted');
    assert(await label(page, 'kunashir').evaluate((el) => el.classList.contains('is-selected')), 'label selected');
    await shot(page, `island-panel-${colorScheme}`);
    await page.keyboard.press('Escape');
    assert(!(await panel.isVisible()), 'Esc closes the panel');
    await done(a);
  }
});

test('island panel: the articles come a page at a time, by "More articles" (keyboard) or by scrolling to it', async (ctx) => {
  const a = await app(ctx, { config: { kunashirNotes: 45 } });
  const { page } = a;
  await label(page, 'kunashir').click();
  const panel = page.locator('.place-panel[data-place="kunashir"]');
  await panel.locator('.excerpt-card').first().waitFor();
  const cards = () => panel.locator('.excerpt-card').count();
  const asked = () => page.evaluate(() => window.__atlasMock.backend.calls.filter((c) => c.cmd === 'excerpts_page').map((c) => [c.args.offset, c.args.limit]));
  eq(await cards(), 20, 'first page');
  eq(await asked(), [[0, 20]], 'one page asked for');
  eq(await panel.locator('.section-title').filter({ hasText: 'mention' }).textContent(), '49 articles mention Kunashir / Kunashiri', 'heading counts them all');
  const more = panel.getByRole('button', { name: 'More articles' });
  await more.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('.excerpt-card').length === 40);
  assert(await more.evaluate((el) => el === document.activeElement), 'focus stays on More articles');
  eq(await panel.locator('.paged-status').textContent(), 'Showing 40 of 49', 'status');
  await more.scrollIntoViewIfNeeded();
  await shot(page, 'island-panel-paged-light');
  await page.emulateMedia({ colorScheme: 'dark' });
  await waitForMapIdle(page);
  await shot(page, 'island-panel-paged-dark');
  await more.evaluate((el) => el.blur());
  // Scrolling (back up, then) to the end of the list brings "More articles" into view.
  await panel.locator('.panel-title').scrollIntoViewIfNeeded();
  await panel.locator('.paged-status').scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelectorAll('.excerpt-card').length === 49);
  assert(!(await more.isVisible()), 'no More after the last page');
  eq(await asked(), [[0, 20], [20, 20], [40, 20]], 'pages asked for');
  await done(a);
});

test('library: the list comes 50 at a time; the backend filters it by source (light and dark)', async (ctx) => {
  for (const colorScheme of ['light', 'dark']) {
    const a = await app(ctx, { colorScheme, config: { benchArticles: 120 } });
    const { page } = a;
    await page.getByRole('tab', { name: /Library/ }).click();
    await page.locator('.lib-item').first().waitFor();
    eq(await page.locator('.lib-item').count(), 50, 'first page');
    eq(await page.locator('#tab-library .tab-count').textContent(), '125', 'the library count');
    eq(await page.locator('.library .paged-status').textContent(), 'Showing 50 of 125', 'status');
    const more = page.locator('.library').getByRole('button', { name: 'More articles' });
    await more.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.lib-item').length === 100);
    assert(await more.evaluate((el) => el === document.activeElement), 'focus stays on More articles');
    // Newest first, the undated last: the dates never go up.
    const dates = await page.locator('.lib-item .lib-open .meta').allTextContents();
    assert(dates.length === 100, `rows: ${dates.length}`);
    await page.locator('#library-source').selectOption('Bench Wire');
    await page.waitForFunction(() => document.querySelector('.library-count')?.textContent === '120 articles of 125');
    eq(await page.locator('.lib-item').count(), 50, 'a filtered list starts again at one page');
    const asked = await page.evaluate(() => window.__atlasMock.backend.calls.filter((c) => c.cmd === 'article_page').map((c) => [c.args.filter?.source ?? null, c.args.offset, c.args.limit]));
    eq(asked, [[null, 0, 50], [null, 50, 50], ['Bench Wire', 0, 50]], 'pages asked for');
    await shot(page, `library-paged-${colorScheme}`);
    await page.locator('#library-source').selectOption('');
    await done(a);
  }
});

test('reader: "In the list" scrolls the event list to the event (found by event_index) and focuses it', async (ctx) => {
  const a = await app(ctx);
  const { page } = a;
  // Narrow the years first: the event is outside them, so every year is selected again.
  await page.fill('#tl-from', '1855');
  await page.fill('#tl-to', '1860');
  await page.press('#tl-to', 'Enter');
  await page.getByRole('tab', { name: /Library/ }).click();
  await page.locator('.lib-open').first().click();
  const show = page.locator('.reader-events .ev-show-btn').first();
  await show.waitFor();
  const id = await show.evaluate((b) => b.closest('[data-event-id]').dataset.eventId);
  await show.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.closest('.ev-item')?.dataset.event === id, id);
  eq(await page.getAttribute('#tab-events', 'aria-selected'), 'true', 'the Events tab');
  eq(await page.inputValue('#tl-from'), '1855', 'every year selected');
  assert(Number(await page.inputValue('#tl-to')) > 2000, 'every year selected (to)');
  const asked = await page.evaluate(() => window.__atlasMock.backend.calls.filter((c) => c.cmd === 'event_index').length);
  eq(asked, 2, 'asked in the years shown, then in every year');
  await done(a);
});

test('group label opens the group panel', async (ctx) => {
  const a = await app(ctx);
  const { page } = a;
  await label(page, 'southern-kurils').click();
  const panel = page.locator('.place-panel[data-place="southern-kurils"]');
  await panel.waitFor();
  assert((await panel.locator('.panel-title').textContent()).includes('Northern Territories'), 'group title');
  await panel.locator('.excerpt-card').first().waitFor();
  eq(await panel.locator('.related .chip').count(), 4, 'covers four islands');
  await done(a);
});

test('reader: whole text, every mention highlighted, untrusted text inert, mention flies the map', async (ctx) => {
  for (const colorScheme of ['light', 'dark']) {
    const a = await app(ctx, { colorScheme });
    const { page } = a;
    await label(page, 'kunashir').click();
    await page.locator('.excerpt').first().click();
    const reader = page.locator('.reader');
    await reader.waitFor();
    const article = await page.evaluate(() => window.__atlasMock.backend.handle('get_article', { id: 1 }));
    eq(await reader.locator('.reader-text mark.hl').count(), article.mentions.length, 'one highlight per mention');
    const text = await reader.locator('.reader-text').textContent();
    eq(text, article.text, 'text rendered exactly');
    assert(text.includes('<script>alert(1)</script>'), 'markup shown as text');
    eq(await reader.locator('script').count(), 0, 'no script element');
    // Highlights land on the right characters after emoji (surrogate pairs).
    const marks = await reader.locator('.reader-text mark.hl').allTextContents();
    eq(marks, article.mentions.map((m) => m.text), 'highlights match mention spans');
    // The lead's news, told without a date, is dated by the publication date: its mark says so, and Tab reaches it with a whole ring.
    const dating = reader.locator('.reader-events .dating-mark');
    eq(await dating.allTextContents(), ['pub.'], 'one event dated by the publication date');
    eq(await dating.getAttribute('aria-label'), 'Dated by the publication date: the article reports this without a date', 'the mark explains itself');
    await reader.locator('.reader-text mark.hl').last().focus();
    // Past each earlier event's "In the list" and "Change date".
    await tabTo(page, (f) => String(f.cls).includes('dating-mark'), 10);
    const ring = await focusRing(page);
    eq(ring.problem, null, `dating mark focus ring (${colorScheme})`);
    const group = reader.locator('mark.hl[data-feature="southern-kurils"]').first();
    await group.click();
    for (const id of ['kunashir', 'iturup', 'shikotan', 'habomai']) {
      assert(await label(page, id).evaluate((el) => el.classList.contains('is-selected')), `group mention selects ${id}`);
    }
    await reader.locator('mark.hl[data-feature="nemuro"]').first().click();
    await page.waitForTimeout(50);
    await waitForMapIdle(page);
    await reader.locator('mark.hl[data-feature="kunashir"]').first().click();
    await page.waitForFunction(() => document.querySelector('.map-label[data-place="kunashir"]').classList.contains('is-selected'));
    await page.keyboard.press('Escape');
    await reader.locator('.mention-menu').waitFor({ state: 'detached' });
    await page.evaluate(() => new Promise((r) => setTimeout(r, 1100)));
    await waitForMapIdle(page);
    await shot(page, `reader-${colorScheme}`);
    await done(a);
  }
});

test('corrections: a mention relinked from its menu (keyboard) and undone; an event date typed; re-analyse (light and dark)', async (ctx) => {
  for (const colorScheme of ['light', 'dark']) {
    const a = await app(ctx, { colorScheme, viewport: { width: 1280, height: 800 } });
    const { page } = a;
    await label(page, 'kunashir').click();
    await page.locator('.excerpt').first().click();
    const reader = page.locator('.reader');
    await reader.waitFor();
    const mark = reader.locator('.reader-text mark.hl[data-feature="kunashir"]').first();
    const start = await mark.getAttribute('data-mention');
    await mark.focus();
    await page.keyboard.press('Enter');
    const menu = reader.locator('.mention-menu');
    await menu.waitFor();
    eq((await focused(page)).text, 'Link to another place…', 'the menu takes the focus');
    const ring = await focusRing(page);
    eq(ring.problem, null, `menu item focus ring (${colorScheme})`);
    await shot(page, `mention-menu-${colorScheme}`);
    await page.keyboard.press('Enter');
    await page.keyboard.type('habo');
    eq(await menu.locator('[role=option] .mention-menu-place-name').allTextContents(), ['Habomai Islands'], 'the search finds Habomai');
    await shot(page, `mention-menu-search-${colorScheme}`);
    await page.keyboard.press('Enter');
    const corrected = reader.locator(`mark.hl--corrected[data-mention="${start}"][data-feature="habomai"]`);
    await corrected.waitFor();
    eq(await page.evaluate(() => document.activeElement.dataset.mention), start, 'the focus stays on the corrected mention');
    assert((await corrected.getAttribute('title')).includes('a person’s correction in this library'), 'the mark says it is a person’s correction');
    await shot(page, `mention-corrected-${colorScheme}`);
    // Undo, from the keyboard: the menu's last item.
    await page.keyboard.press('Enter');
    await menu.waitFor();
    await page.keyboard.press('End');
    assert((await focused(page)).text.startsWith('Undo: link to Kunashir'), `End: the Undo item (${(await focused(page)).text})`);
    await page.keyboard.press('Enter');
    await reader.locator(`mark.hl[data-mention="${start}"][data-feature="kunashir"]:not(.hl--corrected)`).waitFor();

    // An event's date: Tab to "Change date", a wrong date, then a month.
    const change = reader.locator('.reader-events .ev-date-btn').first();
    const eventId = await change.evaluate((b) => b.closest('li').dataset.eventId);
    await change.focus();
    await page.keyboard.press('Enter');
    const input = reader.locator('.event-date-input');
    eq(await input.evaluate((el) => el === document.activeElement), true, 'the field takes the focus');
    await input.fill('spring 1999');
    await page.keyboard.press('Enter');
    const err = reader.locator('.event-date-form .error-note:not([hidden])');
    await err.waitFor();
    assert((await err.textContent()).includes('expected YYYY, YYYY-MM or YYYY-MM-DD'), 'the error says what is expected');
    await shot(page, `event-date-editor-${colorScheme}`);
    await input.fill('1999-05');
    await page.keyboard.press('Enter');
    const row = reader.locator(`.reader-events li[data-event-id="${eventId}"]`);
    await row.locator('.ev-flag--corrected').waitFor();
    eq(await row.locator('.ev-date').textContent(), 'May 1999', 'the new date');
    eq(await page.evaluate(() => document.activeElement.classList.contains('ev-date-btn')), true, 'the focus back on Change date');
    await shot(page, `event-date-corrected-${colorScheme}`);

    // Re-analyse from the Library tab: progress, then the result.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.locator('#tab-library').click();
    await page.locator('.reanalyse-start').click();
    await page.waitForFunction(() => document.querySelector('.reanalyse-status')?.textContent.startsWith('Re-analysed'));
    assert((await page.locator('.reanalyse-status').textContent()).includes('Every correction was kept'), 'the result');
    await shot(page, `reanalysed-${colorScheme}`);
    await done(a);
  }
});

test('timeline: typed years filter markers, badges and the list together', async (ctx) => {
  for (const colorScheme of ['light', 'dark']) {
    const a = await app(ctx, { colorScheme });
    const { page } = a;
    const all = Number(await page.locator('#tab-events .tab-count').textContent());
    await page.fill('#tl-from', '2015');
    await page.fill('#tl-to', '2024');
    await page.press('#tl-to', 'Enter');
    await page.waitForFunction(() => document.querySelector('.list-head').textContent.includes('2015–2024'));
    const n = Number((await page.locator('#tab-events .tab-count').textContent()).replace(/,/g, ''));
    assert(n > 0 && n < all, `filtered count ${n} < ${all}`);
    // The rows are read a page at a time once the list has settled.
    await page.waitForFunction(() => [...document.querySelectorAll('.ev-row .ev-date')].every((e) => e.textContent));
    const years = await page.locator('.ev-row .ev-date').allTextContents();
    assert(years.every((d) => Number(d.slice(-4)) >= 2015 && Number(d.slice(-4)) <= 2024), `list in range: ${years}`);
    eq(await page.locator('.tl-undated').textContent(), '1 article without a dated event', 'undated count');
    const habomai = await label(page, 'habomai').locator('.badge').textContent();
    eq(habomai, '1', 'Habomai badge counts articles with events in range');
    assert((await label(page, 'habomai').getAttribute('aria-label')).includes('2015–2024'), 'badge says the range');
    // Arrow keys move the range by a year.
    await page.locator('.list-head').click();
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => document.querySelector('#tl-from').value === '2014');
    eq(await page.inputValue('#tl-to'), '2023', 'range keeps its width');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('#tl-from').value === '2015');
    await page.evaluate(() => document.activeElement.blur());
    await waitForMapIdle(page);
    await shot(page, `timeline-filtered-${colorScheme}`);
    await done(a);
  }
});

test('timeline: brushing snaps to whole years; play steps a year', async (ctx) => {
  const a = await app(ctx);
  const { page } = a;
  const box = await page.locator('#tl-chart').boundingBox();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.7, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction(() => document.querySelector('.list-head').textContent.includes('–'));
  const from = Number(await page.inputValue('#tl-from'));
  const to = Number(await page.inputValue('#tl-to'));
  assert(Number.isInteger(from) && Number.isInteger(to) && from < to, `brushed ${from}–${to}`);
  assert(from > 1855 && to < 2024, 'a part of the range');
  await page.getByRole('button', { name: 'Play: step through the years' }).click();
  await page.waitForFunction((f) => Number(document.querySelector('#tl-from').value) === f + 1, from);
  await page.getByRole('button', { name: 'Pause' }).click();
  eq(Number(await page.inputValue('#tl-to')) - Number(await page.inputValue('#tl-from')), to - from, 'play keeps the width');
  await done(a);
});

test('drop: overlay, progress per file, errors with advice, new article everywhere at once', async (ctx) => {
  const a = await app(ctx, { config: { importDelayMs: 120 } });
  const { page } = a;
  const shikotanBefore = Number(await label(page, 'shikotan').locator('.badge').textContent());
  await emit(page, 'tauri://drag-enter', { paths: ['/tmp/a.txt'], position: { x: 400, y: 300 } });
  await page.locator('.drop-overlay').waitFor({ state: 'visible' });
  eq((await page.locator('.drop-title').textContent()).trim(), 'Drop articles to add them to the library', 'overlay text');
  await shot(page, 'drop-overlay');
  await emit(page, 'tauri://drag-over', { position: { x: 410, y: 310 } });
  await emit(page, 'tauri://drag-leave', null);
  await page.locator('.drop-overlay').waitFor({ state: 'hidden' });
  await emit(page, 'tauri://drag-enter', { paths: [], position: { x: 400, y: 300 } });
  const paths = ['/home/analyst/news/quota-talks.txt', '/home/analyst/news/scan-broken.pdf', '/home/analyst/news/notes.xyz', '/home/analyst/news/school.html'];
  await emit(page, 'tauri://drag-drop', { paths, position: { x: 400, y: 300 } });
  await page.locator('.drop-overlay').waitFor({ state: 'hidden' });
  await page.locator('.import-card').waitFor();
  eq(await page.locator('.import-row').count(), 4, 'a row per file');
  await page.waitForFunction(() => !document.querySelector('.import-card').classList.contains('is-running'));
  const failed = await page.locator('.import-row[data-state="failed"]').allTextContents();
  assert(failed.some((t) => t.includes('scan-broken.pdf') && t.includes('looks scanned') && t.includes('OCR')), `scanned: ${failed}`);
  assert(failed.some((t) => t.includes('notes.xyz') && t.includes('not supported') && t.includes('.txt')), 'unsupported');
  eq(await page.locator('.import-row[data-state="done"]').count(), 2, 'two imported');
  eq(await page.locator('.import-title').textContent(), '2 articles added · 2 failed', 'summary');
  await page.waitForFunction(() => document.querySelector('#tab-library .tab-count').textContent === '7');
  await page.waitForFunction((n) => document.querySelector('.map-label[data-place="shikotan"] .badge').textContent === String(n), shikotanBefore + 1);
  await shot(page, 'import-progress');
  // Dropping the same file again: a duplicate, not stored twice.
  await emit(page, 'tauri://drag-drop', { paths: [paths[0]], position: { x: 1, y: 1 } });
  await page.locator('.import-row[data-state="duplicate"]').waitFor();
  await page.waitForFunction(() => !document.querySelector('.import-card').classList.contains('is-running'));
  eq(await page.locator('#tab-library .tab-count').textContent(), '7', 'not stored twice');
  // "Open" on a row shows the article and gets the finished report out of the way.
  await page.locator('.import-row[data-state="duplicate"] .link-btn').click();
  await page.locator('.import-card').waitFor({ state: 'hidden' });
  await page.locator('.reader-text').waitFor();
  await done(a);
});

test('a full disk: the import card says once that the import stopped, each file left says not stored', async (ctx) => {
  for (const colorScheme of ['light', 'dark']) {
    const a = await app(ctx, { colorScheme, config: { importDelayMs: 20, diskFullAfter: 1 } });
    const { page } = a;
    const paths = ['/home/analyst/news/quota-talks.txt', '/home/analyst/news/school.html', '/home/analyst/news/visit.txt'];
    await emit(page, 'tauri://drag-drop', { paths, position: { x: 400, y: 300 } });
    await page.locator('.import-card').waitFor();
    await page.waitForFunction(() => !document.querySelector('.import-card').classList.contains('is-running'));
    const note = (await page.locator('.import-stop').textContent()).trim();
    assert(note.startsWith('The import stopped: the disk holding the library is full'), note);
    const card = await page.locator('.import-card').textContent();
    eq(card.split('Free some space').length - 1, 1, 'the advice once');
    eq(await page.locator('.import-row[data-state="failed"] .file-detail').allTextContents(), ['Not stored: the disk is full.', 'Not stored: the disk is full.'], 'rows');
    eq(await page.locator('.import-title').textContent(), 'Stopped: the disk is full · 1 article added · 2 not stored', 'summary');
    await shot(page, `import-disk-full-${colorScheme}`);
    await done(a);
  }
});

test('Cancel in the import report (a click, or Escape in the report): what is stored stays, the rest is not started', async (ctx) => {
  for (const [colorScheme, how] of [['light', 'click'], ['dark', 'escape']]) {
    const a = await app(ctx, { colorScheme, config: { importDelayMs: 60 } });
    const { page } = a;
    const paths = Array.from({ length: 12 }, (_, i) => `/home/analyst/news/cancel-${i}.txt`);
    await emit(page, 'tauri://drag-drop', { paths, position: { x: 400, y: 300 } });
    await page.locator('.import-row[data-state="done"]').first().waitFor();
    const cancel = page.locator('.import-cancel');
    assert(await cancel.isVisible(), 'Cancel shows while the import runs');
    if (how === 'click') await cancel.click();
    else {
      await page.locator('.import-title').focus();
      await page.keyboard.press('Escape');
    }
    await page.waitForFunction(() => !document.querySelector('.import-card').classList.contains('is-running'));
    const stored = await page.locator('.import-row[data-state="done"]').count();
    const notStarted = await page.locator('.import-row[data-state="not_started"]').count();
    assert(stored >= 1 && notStarted >= 1 && stored + notStarted === 12, `${how}: ${stored} stored, ${notStarted} not started`);
    eq(await page.locator('.import-title').textContent(), `Cancelled: ${stored} stored, ${notStarted} not started`, `${how}: the title`);
    eq(await page.locator('.import-row[data-state="not_started"] .file-detail').first().textContent(), 'Not started: the import was cancelled.', 'a row');
    assert(await cancel.isHidden(), 'no Cancel once it ended');
    assert(await page.locator('.import-card').isVisible(), 'Escape cancelled the import; it did not close the report');
    eq(await page.evaluate(() => window.__atlasMock.backend.calls.filter((c) => c.cmd === 'cancel_import').length), 1, 'one cancel call');
    await shot(page, `import-cancelled-${colorScheme}`);
    await done(a);
  }
});

test('read-only library: a note on the map, import buttons disabled with the reason, a drop says why', async (ctx) => {
  const read_only = { reason: 'read_only_media', message: 'The library is on read-only media (/media/cd/library.sqlite3): it opens read-only.' };
  for (const colorScheme of ['light', 'dark']) {
    const a = await app(ctx, { colorScheme, viewport: { width: 1280, height: 800 }, config: { libraryStatus: { state: 'open', read_only } } });
    const { page } = a;
    const note = await page.locator('#read-only-note').textContent();
    assert(note.includes('Read-only library.') && note.includes('/media/cd/library.sqlite3') && note.includes('adding articles is off'), note);
    assert(await page.locator('#open-files').isDisabled(), 'Open files is disabled');
    assert((await page.locator('#open-files').getAttribute('title')).includes('read-only media'), 'with the reason');
    await emit(page, 'tauri://drag-enter', { paths: ['/tmp/a.txt'], position: { x: 400, y: 300 } });
    eq(await page.locator('.drop-overlay').isHidden(), true, 'no drop overlay');
    await emit(page, 'tauri://drag-drop', { paths: ['/tmp/a.txt'], position: { x: 400, y: 300 } });
    await page.locator('.toast', { hasText: 'adding articles is off' }).waitFor();
    eq(await page.locator('.import-card').isHidden(), true, 'nothing imported');
    const imports = await page.evaluate(() => window.__atlasMock.backend.calls.filter((c) => c.cmd === 'import_files').length);
    eq(imports, 0, 'no import call');
    await shot(page, `read-only-${colorScheme}`);
    // Delete and Edit date are off up front, with the reason, in the library list and in the reader.
    await page.locator('#tab-library').click();
    const row = page.locator('.lib-item').first();
    eq(await page.locator('.reanalyse-start').count(), 0, 'no Re-analyse library in a read-only library');
    for (const button of [row.locator('.icon-btn--danger'), row.locator('.icon-btn[aria-label^="Edit the publication date"]')]) {
      assert(await button.isDisabled(), 'disabled in the list');
      assert((await button.getAttribute('title')).includes('read-only media') && (await button.getAttribute('title')).includes('Deleting articles, editing dates and sources, and corrections are off'), 'with the reason');
    }
    await row.locator('.lib-open').click();
    await page.locator('.reader-title').waitFor();
    assert(await page.getByRole('button', { name: 'Edit publication date' }).isDisabled(), 'Edit date is disabled');
    assert(await page.locator('.reader .text-btn--danger').isDisabled(), 'Delete is disabled');
    assert(await page.getByRole('button', { name: 'Edit source' }).isDisabled(), 'Edit source is disabled');
    const changeDate = page.locator('.reader .ev-date-btn');
    assert((await changeDate.count()) > 0 && (await changeDate.first().isDisabled()), 'Change date is disabled');
    eq(await page.locator('.read-only-hint').textContent(), 'Read-only library: deleting, editing and corrections are off.', 'the reader says why');
    // A mention's menu gives the reason instead of its corrections.
    await page.locator('.reader mark[data-mention]').first().click();
    assert((await page.locator('.mention-menu .mention-menu-off').textContent()).includes('corrections are off'), "a mention's menu says why");
    eq(await page.locator('.mention-menu .mention-menu-item').count(), 0, 'and offers no correction');
    await shot(page, `read-only-mention-${colorScheme}`);
    await page.keyboard.press('Escape');
    eq(await page.locator('.mention-menu').count(), 0, 'Esc closes it');
    const changes = await page.evaluate(() => window.__atlasMock.backend.calls.filter((c) => ['delete_article', 'set_published', 'restore_article', 'correct_mention'].includes(c.cmd)).length);
    eq(changes, 0, 'no change asked for');
    await shot(page, `read-only-reader-${colorScheme}`);
    await done(a);
  }
});

test('start-up: the last view stands in for the map while MapLibre starts; its labels open their place; it goes once the map is drawn', async (ctx) => {
  for (const colorScheme of ['light', 'dark']) {
    // The pack comes late, so the stand-in is seen for a while.
    const a = await app(ctx, { colorScheme, viewport: { width: 1280, height: 800 }, config: { delayMs: { get_pack: 5000 } } });
    const { page } = a;
    // The map settles, then is copied (with its labels) for the next start.
    // (The mock keeps it in local storage, where the app keeps it in its data folder.)
    await page.waitForFunction(() => window.__atlasMock.backend.calls.some((c) => c.cmd === 'store_map_snapshot'), null, { timeout: 15000 });
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('atlas.mock.map-snapshot')));
    assert(kept.view.key.startsWith('kuril|'), 'the view of the dispute on screen');
    assert(kept.picture.startsWith('data:image/jpeg;base64,'), 'a JPEG of the map');
    assert(kept.view.labels.some((l) => l.place === 'kunashir' && l.primary.startsWith('Kunashir')), 'with the labels');
    assert(kept.view.counts.length > 0 && kept.view.counts.every((c) => /^\d+$/.test(c.text)), 'and the markers\' counts');
    eq(await page.evaluate(() => localStorage.getItem('atlas.snapshot')), null, 'nothing in the page\'s own storage');

    await page.reload();
    const standIn = page.locator('.map-snapshot .snapshot-label[data-snapshot-place="kunashir"]');
    await standIn.waitFor();
    eq(await page.locator('body.is-ready').count(), 0, 'shown before the map is ready');
    assert(await page.locator('.map-snapshot-image').evaluate((img) => img.complete && img.naturalWidth > 0), 'the picture is decoded');
    // Shown where the map was before the shell is built; once it is, exactly over the map.
    await page.locator('#map').waitFor({ state: 'attached' });
    const [standInBox, mapBox] = await page.evaluate(() => ['.map-snapshot', '#map'].map((s) => document.querySelector(s).getBoundingClientRect().toJSON()));
    eq(JSON.stringify(standInBox), JSON.stringify(mapBox), 'the stand-in is over the map');
    await shot(page, `startup-snapshot-${colorScheme}`);
    // Its label opens the place once the pack is in; then the real map takes over.
    await standIn.click();
    await page.locator('body.is-ready').waitFor();
    await page.locator('.panel-title').filter({ hasText: 'Kunashir' }).waitFor();
    await page.locator('.map-snapshot').waitFor({ state: 'detached' });
    eq(await page.locator('.map-label[data-place="kunashir"]').count(), 1, 'the real label');

    // A view kept where the map no longer is (the window laid out otherwise): it goes as soon as the shell is built.
    await page.evaluate(() => {
      const kept = JSON.parse(localStorage.getItem('atlas.mock.map-snapshot'));
      kept.view.frame.left += 40;
      localStorage.setItem('atlas.mock.map-snapshot', JSON.stringify(kept));
    });
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('atlas:shell').length > 0);
    await page.locator('.map-snapshot').waitFor({ state: 'detached', timeout: 2000 });
    eq(await page.locator('body.is-ready').count(), 0, 'gone before the map is ready');

    // Another dispute on screen at the next start: no stand-in (its picture would be of another view).
    await page.evaluate(() => localStorage.setItem('atlas.dispute', 'senkaku'));
    await page.reload();
    await page.locator('body.is-ready').waitFor();
    eq(await page.evaluate(() => performance.getEntriesByName('atlas:snapshot').length), 0, 'no stand-in for another view');
    await done(a);
  }
});

test('Open files… uses the dialog and imports', async (ctx) => {
  const a = await app(ctx, { config: { importDelayMs: 10, dialogPaths: ['/home/analyst/x/quota.txt'] } });
  const { page } = a;
  await page.getByRole('button', { name: 'Open files…' }).click();
  await page.locator('.import-row[data-state="done"]').waitFor();
  const calls = await page.evaluate(() => window.__atlasMock.backend.calls.filter((c) => c.cmd === 'plugin:dialog|open' || c.cmd === 'import_files'));
  eq(calls[0].args.options.multiple, true, 'multiple files');
  eq(calls[0].args.options.filters[0].extensions, ['txt', 'text', 'md', 'markdown', 'mdown', 'mkd', 'mkdn', 'html', 'htm', 'xhtml', 'shtml', 'pdf', 'docx', 'eml'], 'filters: every extension the core reads');
  eq(calls[1].args.paths, ['/home/analyst/x/quota.txt'], 'import called with the chosen paths');
  await done(a);
});

test('library: delete with undo, edit the publication date, search', async (ctx) => {
  const a = await app(ctx);
  const { page } = a;
  await page.getByRole('tab', { name: /Library/ }).click();
  eq(await page.locator('.lib-item').count(), 5, 'five articles');
  await page.getByRole('button', { name: 'Delete “Analysts revisit the 1956 declaration on Shikotan and Habomai”' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.lib-item').length === 4);
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.lib-item').length === 5);
  // Edit date: the relative "last year" event moves with it.
  await page.getByRole('button', { name: 'Edit the publication date of “Ferry link to Kunashir resumes as talks stay frozen”' }).click();
  await page.locator('.date-input').waitFor();
  const yearsBefore = await page.locator('.reader-events li').allTextContents();
  assert(yearsBefore.some((t) => t.includes('2022') && t.includes('relative')), `relative event before: ${yearsBefore}`);
  await page.fill('.date-input', '2020-03-01');
  await page.getByRole('button', { name: 'Save' }).click();
  await page.waitForFunction(() => document.querySelector('.reader-date')?.textContent === '1 March 2020');
  const yearsAfter = await page.locator('.reader-events li').allTextContents();
  assert(yearsAfter.some((t) => t.includes('2019') && t.includes('relative')), `relative event moved: ${yearsAfter}`);
  await page.keyboard.press('Escape');
  // `/` focuses search; results highlight the query.
  await page.locator('body').press('/');
  assert(await page.evaluate(() => document.activeElement.id === 'search'), '/ focuses search');
  await page.keyboard.type('ferry');
  await page.locator('.search-hit').first().waitFor();
  eq((await page.locator('.search-hit mark').first().textContent()).toLowerCase(), 'ferry', 'query highlighted');
  await shot(page, 'search');
  await done(a);
});

test('empty library: first-run state and the sample article', async (ctx) => {
  const a = await app(ctx, { config: { empty: true } });
  const { page } = a;
  const empty = page.locator('#view-events .empty-state');
  await empty.waitFor();
  assert((await empty.textContent()).includes('Drop articles here or load the sample article'), 'empty text');
  await shot(page, 'empty-library');
  await empty.getByRole('button', { name: 'Load the sample article' }).click();
  await page.waitForFunction(() => document.querySelector('#tab-library .tab-count').textContent === '1');
  await empty.waitFor({ state: 'detached' });
  await done(a);
});

test('first view: the four disputed island labels do not overlap at 1280×800 and 1024×700', async (ctx) => {
  for (const [w, h] of [
    [1280, 800],
    [1024, 700],
  ]) {
    const a = await app(ctx, { viewport: { width: w, height: h } });
    const { page } = a;
    const rects = await page.evaluate(() => {
      const map = document.querySelector('#map').getBoundingClientRect();
      const legend = document.querySelector('.legend').getBoundingClientRect();
      const labels = ['kunashir', 'iturup', 'shikotan', 'habomai'].map((id) => [id, document.querySelector(`.map-label[data-place="${id}"]`).getBoundingClientRect()]);
      return { map, legend, labels };
    });
    const cross = (a, b) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
    for (const [i, [id, r]] of rects.labels.entries()) {
      assert(r.left >= rects.map.left && r.right <= rects.map.right && r.top >= rects.map.top && r.bottom <= rects.map.bottom, `${id} label inside the map at ${w}×${h}`);
      assert(!cross(r, rects.legend), `${id} label clear of the legend at ${w}×${h}`);
      for (const [id2, r2] of rects.labels.slice(i + 1)) assert(!cross(r, r2), `${id} and ${id2} labels overlap at ${w}×${h}`);
      assert(await label(page, id).isVisible(), `${id} visible`);
    }
    if (w >= 1280) assert(await label(page, 'southern-kurils').isVisible(), 'group label visible');
    // Once the events are in, no disputed island's or group's label covers an event marker's count (at the default size).
    await page.locator('.event-count').first().waitFor();
    await page.waitForTimeout(300);
    const covered = await page.evaluate(() => {
      const shown = [...document.querySelectorAll('.map-label')].filter((e) => e.offsetWidth > 0 && !e.classList.contains('is-collided') && (e.classList.contains('map-label--disputed') || e.classList.contains('map-label--group')));
      const labels = shown.map((e) => [e.dataset.place, e.getBoundingClientRect()]);
      const out = [];
      for (const m of document.querySelectorAll('.event-count')) {
        const r = m.getBoundingClientRect();
        const x = (r.left + r.right) / 2, y = (r.top + r.bottom) / 2;
        for (const [id, l] of labels) if (x > l.left && x < l.right && y > l.top && y < l.bottom) out.push(`${id} covers marker ${m.textContent}`);
      }
      return out;
    });
    await shot(page, `first-view-${w}x${h}`);
    // At 1024×700 the southern islands' labels and markers share too little room to always stay apart.
    if (w >= 1280) assert(covered.length === 0, `labels clear of the event markers at ${w}×${h}: ${covered.join(', ')}`);
    await done(a);
  }
});

test('layout holds at 1024×700 and 1920×1080 in both themes', async (ctx) => {
  for (const [w, h] of [
    [1024, 700],
    [1920, 1080],
  ]) {
    for (const colorScheme of ['light', 'dark']) {
      const a = await app(ctx, { viewport: { width: w, height: h }, colorScheme });
      const { page } = a;
      const m = await page.evaluate(() => {
        const r = (s) => document.querySelector(s).getBoundingClientRect();
        return { sw: document.documentElement.scrollWidth, sh: document.documentElement.scrollHeight, search: r('.search'), seg: r('.segmented'), open: r('#open-files'), brand: r('.brand'), map: r('#map'), tl: r('.timeline') };
      });
      assert(m.sw <= w && m.sh <= h, `no overflow at ${w}×${h}: ${m.sw}×${m.sh}`);
      assert(m.brand.right <= m.search.left && m.search.right <= m.seg.left && m.seg.right <= m.open.left && m.open.right <= w, 'header items do not overlap');
      assert(m.map.height > h * 0.45 && m.map.width > w * 0.5, 'map is large');
      assert(m.tl.bottom <= h, 'timeline on screen');
      await label(page, 'iturup').click();
      await page.locator('.excerpt-card').first().waitFor();
      await shot(page, `layout-${w}x${h}-${colorScheme}`);
      await done(a);
    }
  }
});

test('export: the dialog by keyboard, a default path, Choose…, a file that exists, Esc (light and dark)', async (ctx) => {
  for (const colorScheme of ['light', 'dark']) {
    const a = await app(ctx, { colorScheme });
    const { page } = a;
    // Keyboard: Tab reaches the top bar's Export… button.
    await page.locator('#search').focus();
    await tabTo(page, (f) => f.id === 'export-open', 10);
    await page.keyboard.press('Enter');
    const dialog = page.locator('dialog.export-dialog');
    await dialog.waitFor();
    const path = dialog.locator('#export-path');
    await page.waitForFunction(() => document.querySelector('#export-path')?.value.startsWith('/home/analyst/Downloads/'));
    eq(await path.inputValue(), '/home/analyst/Downloads/dispute-atlas-kuril-events.geojson', 'the default path says what is in it');
    const f = await focused(page);
    eq([f.tag, f.id], ['INPUT', ''], 'the first format has the focus');
    // Arrow keys choose CSV; Tab to the scope, then to the path; Enter exports.
    await page.keyboard.press('ArrowDown');
    eq(await path.inputValue(), '/home/analyst/Downloads/dispute-atlas-kuril-mentions.csv', 'the name follows the format');
    await tabTo(page, (f) => f.id === 'export-path', 6);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#export-status')?.textContent.startsWith('Wrote '));
    const status = dialog.locator('#export-status');
    assert((await status.textContent()).includes('mention rows from'), await status.textContent());
    // Again: the file exists; the dialog asks, Replace has the focus.
    await page.keyboard.press('Enter');
    await dialog.locator('#export-replace').waitFor();
    eq((await focused(page)).id, 'export-replace', 'Replace has the focus');
    if (colorScheme === 'light') await shot(page, 'export-dialog-replace-light');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#export-status')?.textContent.startsWith('Wrote '));
    const calls = await page.evaluate(() => window.__atlasMock.backend.calls.filter((c) => c.cmd === 'export_evidence').map((c) => c.args));
    eq(calls.map((c) => [c.format, c.filter.pack, c.replace]), [['csv', 'kuril', false], ['csv', 'kuril', false], ['csv', 'kuril', true]], 'format, scope, replace');
    // Choose… takes the save dialog's path.
    await dialog.locator('#export-choose').click();
    await page.waitForFunction(() => document.querySelector('#export-path')?.value === '/home/analyst/Documents/evidence.geojson');
    // A folder that does not exist is said with advice.
    await path.fill('/nonexistent/x.csv');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#export-status')?.textContent.includes('does not exist'));
    await shot(page, `export-dialog-${colorScheme}`);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    eq((await focused(page)).id, 'export-open', 'Esc gives the focus back to Export…');
    assert(await page.locator('.side-overlay').isHidden(), 'Esc closed nothing else');
    await done(a);
  }
});

test('coverage: the dispute chart beside the histogram and the island chart, read by keyboard (light and dark)', async (ctx) => {
  for (const colorScheme of ['light', 'dark']) {
    const a = await app(ctx, { colorScheme });
    const { page } = a;
    const chart = page.locator('#coverage-dispute');
    await chart.locator('rect.cov-bar').first().waitFor();
    const legend = await chart.locator('.cov-legend li').allTextContents();
    assert(legend.includes('English') && legend.includes('Russian'), `languages in the legend: ${legend}`);
    // Keyboard: the plot is a tab stop; the arrows read periods and leave the timeline alone.
    const before = await page.locator('#tl-from').inputValue();
    await chart.locator('.cov-plot').focus();
    const readout = chart.locator('.cov-readout');
    assert(/^\d{4}: \d+ articles?/.test(await readout.textContent()), `readout: ${await readout.textContent()}`);
    await page.keyboard.press('Home');
    const first = await readout.textContent();
    await page.keyboard.press('ArrowRight');
    assert((await readout.textContent()) !== first, 'the arrow moved to the next year');
    eq(await page.locator('#tl-from').inputValue(), before, 'the timeline did not move');
    await shot(page, `coverage-dispute-${colorScheme}`);
    // Split by source.
    await chart.locator('[data-value="source"]').click();
    await page.waitForFunction(() => [...document.querySelectorAll('#coverage-dispute .cov-legend li')].some((li) => li.textContent.includes('fictional')));
    // The island panel: its own chart, with the table.
    await label(page, 'kunashir').click();
    const place = page.locator('#coverage-place');
    await place.locator('rect.cov-bar').first().waitFor();
    await place.locator('summary').click();
    const rows = await place.locator('tbody tr').count();
    assert(rows >= 1, 'the table has rows');
    const status = await place.locator('.cov-status').textContent();
    assert(/^\d+ articles? from /.test(status), status);
    await place.scrollIntoViewIfNeeded();
    await shot(page, `coverage-island-${colorScheme}`);
    await done(a);
  }
});

test('sources: event rows and search hits name the source; the library and the search filter by source and language', async (ctx) => {
  const a = await app(ctx);
  const { page } = a;
  // An article event's row shows its article's source once its text is in.
  await page.locator('.ev-row--article .ev-source').first().waitFor();
  const sources = await page.locator('.ev-row--article .ev-source').allTextContents();
  assert(sources.some((s) => s.includes('fictional test article')), `row sources: ${sources}`);
  // Library: filter by language from the keyboard; the count says how many of how many.
  await page.getByRole('tab', { name: /Library/ }).click();
  await page.locator('#library-language').waitFor();
  const all = await page.locator('.lib-item').count();
  await page.locator('#library-language').focus();
  await page.locator('#library-language').selectOption('ru');
  await page.waitForFunction((n) => document.querySelectorAll('.lib-item').length < n, all);
  const langs = await page.locator('.lib-item .lang-tag').allTextContents();
  assert(langs.length >= 1 && langs.every((l) => l === 'RU'), `only Russian: ${langs}`);
  eq((await focused(page)).id, 'library-language', 'the focus stays on the select after the list is rebuilt');
  assert((await page.locator('.library-count').textContent()).includes(` of ${all}`), 'count of all');
  await shot(page, 'library-filter');
  // Export… offers what is on screen: the Library tab's language goes into the scope and the file name.
  await page.locator('#export-open').click();
  const exportDialog = page.locator('dialog');
  await page.waitForFunction(() => document.querySelector('#export-path')?.value.includes('-ru-'));
  assert((await exportDialog.locator('.exp-choice').nth(3).textContent()).includes('in Russian'), 'the scope says the language');
  await shot(page, 'export-library-filter');
  await page.keyboard.press('Escape');
  await exportDialog.waitFor({ state: 'detached' });
  // Search under the same filter: "Kunashir" is in English and Russian articles; only Russian ones come back.
  await page.keyboard.press('Escape');
  await page.keyboard.press('/');
  await page.keyboard.type('Kunashir');
  await page.locator('.search-results').waitFor();
  eq(await page.locator('#search-language').inputValue(), 'ru', 'the search shows the same filter');
  const calls = await page.evaluate(() => window.__atlasMock.backend.calls.filter((c) => c.cmd === 'search').map((c) => c.args.filter));
  eq(calls[calls.length - 1], { language: 'ru' }, 'the search asks the backend with the filter');
  // Any language from the results: the search runs again, unfiltered, and the focus stays on the select.
  await page.locator('#search-language').focus();
  await page.locator('#search-language').selectOption('');
  await page.waitForFunction(() => document.querySelectorAll('.search-hit').length > 0 && !document.querySelector('.search-count')?.textContent.includes('filtered'));
  const meta = await page.locator('.search-hit .meta').allTextContents();
  assert(meta.some((m) => m.includes('English')) && meta.some((m) => m.includes('fictional test article')), `hits name source and language: ${meta}`);
  eq((await focused(page)).id, 'search-language', 'focus kept in the new results');
  await shot(page, 'search-filter');
  await done(a);
});

test('sources: a source edited by hand in the reader (keyboard), Esc cancels, the library shows it', async (ctx) => {
  const a = await app(ctx);
  const { page } = a;
  await page.getByRole('tab', { name: /Library/ }).click();
  await page.locator('.lib-open').first().click();
  const reader = page.locator('.reader');
  await reader.waitFor();
  const edit = reader.getByRole('button', { name: 'Edit source' });
  await edit.focus();
  await page.keyboard.press('Enter');
  const input = reader.locator('.source-input');
  eq(await page.evaluate(() => document.activeElement.className), 'source-input', 'the field has the focus');
  await page.keyboard.press('Escape');
  await edit.waitFor();
  eq(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Edit source', 'Esc cancels, focus back on the button');
  assert(await reader.isVisible(), 'Esc did not close the article');
  await page.keyboard.press('Enter');
  await input.fill('  Hokkaido Shimbun  ');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.reader-source')?.textContent === 'Source: Hokkaido Shimbun');
  eq(await page.evaluate(() => window.__atlasMock.backend.calls.filter((c) => c.cmd === 'set_source').map((c) => c.args.source)), ['Hokkaido Shimbun'], 'sent trimmed');
  eq(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Edit source', 'the focus is back on Edit source');
  await shot(page, 'reader-source');
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => [...document.querySelectorAll('.lib-item .meta')].some((m) => m.textContent.includes('Hokkaido Shimbun')));
  await done(a);
});

const ok = await run(
  async () => ({ server: await serve(), browser: await launch(), pages: [] }),
  async (ctx) => {
    await ctx.browser.close();
    await ctx.server.close();
  },
);
process.exit(ok ? 0 : 1);
