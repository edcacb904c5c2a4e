import { beforeEach, expect, test } from 'vitest';
import { describeExport, describeScope, exportFileName, exportFilter, folderOf, joinPath, openExportDialog, type ExportActions } from '../../src/exportDialog';
import type { ExportFilter, ExportFormat } from '../../src/types';

const tick = () => new Promise((r) => setTimeout(r, 0));
const scope = { pack: { id: 'kuril', name: 'Kuril Islands' }, years: [1990, 2024] as const };

beforeEach(() => document.body.replaceChildren());

test('the scope becomes a filter and a file name that says what is in it', () => {
  expect(exportFilter(scope, false)).toEqual({ pack: 'kuril', from: 1990, to: 2024 });
  expect(exportFilter(scope, true)).toEqual({});
  expect(exportFilter({ pack: null, years: null }, false)).toEqual({});
  expect(exportFileName('geojson', { pack: 'kuril', from: 1990, to: 2024 })).toBe('dispute-atlas-kuril-1990-2024-events.geojson');
  expect(exportFileName('csv', { from: 2022, to: 2022 })).toBe('dispute-atlas-all-2022-mentions.csv');
  expect(exportFileName('jsonl', {})).toBe('dispute-atlas-all-articles.jsonl');
  expect(describeScope(scope)).toBe('Kuril Islands, 1990–2024');
  expect(describeScope({ pack: null, years: null })).toBe('Every dispute, all years');
});

test("the Library tab's source and language go into the filter, the file name and the description", () => {
  const filtered = { ...scope, articles: { source: 'Kyodo News', language: 'ja' as const } };
  expect(exportFilter(filtered, false)).toEqual({ pack: 'kuril', from: 1990, to: 2024, source: 'Kyodo News', language: 'ja' });
  expect(exportFilter(filtered, true)).toEqual({});
  expect(exportFileName('csv', exportFilter(filtered, false))).toBe('dispute-atlas-kuril-1990-2024-kyodo-news-ja-mentions.csv');
  expect(exportFileName('jsonl', { source: 'ТАСС' })).toBe('dispute-atlas-all-source-articles.jsonl');
  expect(describeScope(filtered)).toBe('Kuril Islands, 1990–2024, from Kyodo News, in Japanese');
  expect(describeScope({ pack: null, years: null, articles: {} })).toBe('Every dispute, all years');
});

test('paths keep their own separator', () => {
  expect(joinPath('/home/a/Downloads', 'x.csv')).toBe('/home/a/Downloads/x.csv');
  expect(joinPath('/home/a/', 'x.csv')).toBe('/home/a/x.csv');
  expect(joinPath('C:\\Users\\a\\Downloads', 'x.csv')).toBe('C:\\Users\\a\\Downloads\\x.csv');
  expect(folderOf('/home/a/x.csv')).toBe('/home/a');
  expect(folderOf('C:\\a\\x.csv')).toBe('C:\\a');
  expect(folderOf('x.csv')).toBe('');
});

test('what was written is said with the number of rows', () => {
  const count = { articles: 3, mentions: 17, events: 5 };
  expect(describeExport('geojson', count, '/d/e.geojson')).toBe('Wrote 5 event features from 3 articles to /d/e.geojson.');
  expect(describeExport('csv', count, '/d/m.csv')).toBe('Wrote 17 mention rows from 3 articles to /d/m.csv.');
  expect(describeExport('jsonl', count, '/d/a.jsonl')).toBe('Wrote 3 article lines to /d/a.jsonl.');
});

function fakeActions(existing: Set<string>) {
  const calls: { format: ExportFormat; filter: ExportFilter; path: string; replace: boolean }[] = [];
  const actions: ExportActions = {
    defaultFolder: async () => '/home/analyst/Downloads',
    chooseFile: async () => '/home/analyst/Documents/chosen.csv',
    exportEvidence: async (format, filter, path, replace) => {
      calls.push({ format, filter, path, replace });
      if (existing.has(path) && !replace) throw { code: 'file_exists', message: `${path} already exists`, advice: 'Replace the file, or choose another name.' };
      existing.add(path);
      return { articles: 2, mentions: 9, events: 4 };
    },
  };
  return { actions, calls };
}

test('the dialog suggests a path, exports, and asks before replacing a file', async () => {
  const opener = document.createElement('button');
  document.body.append(opener);
  opener.focus();
  const { actions, calls } = fakeActions(new Set());
  const closed = openExportDialog(scope, actions);
  await tick();
  const dialog = document.querySelector('dialog')!;
  const path = dialog.querySelector<HTMLInputElement>('#export-path')!;
  expect(path.value).toBe('/home/analyst/Downloads/dispute-atlas-kuril-1990-2024-events.geojson');
  expect(document.activeElement).toBe(dialog.querySelector('input[value="geojson"]'));

  // Another format and everything: the suggested name follows.
  const csv = dialog.querySelector<HTMLInputElement>('input[value="csv"]')!;
  csv.checked = true;
  csv.dispatchEvent(new Event('change'));
  const all = dialog.querySelector<HTMLInputElement>('input[value="all"]')!;
  all.checked = true;
  all.dispatchEvent(new Event('change'));
  expect(path.value).toBe('/home/analyst/Downloads/dispute-atlas-all-mentions.csv');

  dialog.querySelector<HTMLButtonElement>('#export-run')!.click();
  await tick();
  expect(calls).toEqual([{ format: 'csv', filter: {}, path: path.value, replace: false }]);
  const status = dialog.querySelector('#export-status')!;
  expect(status.textContent).toBe(`Wrote 9 mention rows from 2 articles to ${path.value}.`);

  // Again: the file exists; Replace writes over it.
  dialog.querySelector<HTMLButtonElement>('#export-run')!.click();
  await tick();
  expect(status.textContent).toBe(`${path.value} already exists. Replace it?`);
  const replace = dialog.querySelector<HTMLButtonElement>('#export-replace')!;
  expect(document.activeElement).toBe(replace);
  replace.click();
  await tick();
  expect(calls[2].replace).toBe(true);
  expect(status.textContent).toMatch(/^Wrote 9 mention rows/);

  // Choose… takes the system dialog's path; a typed name is kept when the format changes.
  dialog.querySelector<HTMLButtonElement>('#export-choose')!.click();
  await tick();
  expect(path.value).toBe('/home/analyst/Documents/chosen.csv');
  const geojson = dialog.querySelector<HTMLInputElement>('input[value="geojson"]')!;
  geojson.checked = true;
  geojson.dispatchEvent(new Event('change'));
  expect(path.value).toBe('/home/analyst/Documents/chosen.csv');

  dialog.querySelector<HTMLButtonElement>('#export-close')!.click();
  await closed;
  expect(document.querySelector('dialog')).toBeNull();
  expect(document.activeElement).toBe(opener);
});

test('an error is said with its advice, and an empty path is refused', async () => {
  const actions: ExportActions = {
    defaultFolder: async () => Promise.reject(new Error('no folder')),
    chooseFile: async () => null,
    exportEvidence: async () => Promise.reject({ code: 'not_found', message: 'the folder /gone does not exist', advice: 'Choose a folder that exists, or create it first.' }),
  };
  void openExportDialog({ pack: null, years: null }, actions);
  await tick();
  const dialog = document.querySelector('dialog')!;
  const path = dialog.querySelector<HTMLInputElement>('#export-path')!;
  expect(path.value).toBe('dispute-atlas-all-events.geojson');
  dialog.querySelector<HTMLButtonElement>('#export-run')!.click();
  await tick();
  const status = dialog.querySelector('#export-status')!;
  expect(status.textContent).toContain('The folder /gone does not exist.');
  expect(status.textContent).toContain('Choose a folder that exists');
  path.value = '  ';
  dialog.querySelector<HTMLButtonElement>('#export-run')!.click();
  await tick();
  expect(status.textContent).toBe('Give the file a name (or choose one).');
  dialog.close();
});
