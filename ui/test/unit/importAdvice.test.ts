import { describe, expect, it } from 'vitest';
import { toIpcError } from '../../src/backend';
import { asSentence } from '../../src/dom';
import { failureText } from '../../src/importView';

// The advice for each error code is written once, in the core (ErrorCode::advice,
// tested there: every file error has its own, OCR for an empty file, ...); the UI
// shows what the error carries.

describe('asSentence', () => {
  it('ends a message with a full stop unless it has its own', () => {
    expect(asSentence('drop that instead')).toBe('drop that instead.');
    expect(asSentence('It looks scanned.')).toBe('It looks scanned.');
    expect(asSentence('ファイルが壊れています。')).toBe('ファイルが壊れています。');
    expect(asSentence('')).toBe('');
  });
});

describe('failureText', () => {
  it('shows the advice the core sent for the code after the message', () => {
    const advice = 'Check that it is the right file; a scanned PDF needs text recognition (OCR) first.';
    expect(failureText({ code: 'empty_file', message: 'scan.pdf has no text layer', advice })).toEqual({ message: 'scan.pdf has no text layer.', advice });
  });

  it('shows the advice the core gave the error itself', () => {
    const e = { code: 'empty_file' as const, message: 'empty.txt is empty (there is no text in it)', advice: 'Check that you dropped the right file.' };
    expect(failureText(e)).toEqual({ message: 'empty.txt is empty (there is no text in it).', advice: 'Check that you dropped the right file.' });
  });

  it('shows no advice when the error carries none', () => {
    expect(failureText({ code: 'internal', message: 'internal error: the import worker stopped' })).toEqual({ message: 'internal error: the import worker stopped.', advice: '' });
  });
});

describe('toIpcError', () => {
  it('keeps the advice of a rejected command', () => {
    expect(toIpcError({ code: 'not_found', message: 'no article 7', advice: 'Try again.' })).toEqual({ code: 'not_found', message: 'no article 7', advice: 'Try again.' });
    expect(toIpcError({ code: 'not_found', message: 'no article 7' })).toEqual({ code: 'not_found', message: 'no article 7' });
  });
});

describe('an import stopped by a full disk', () => {
  it('says so once, above the files, and each file it left says only that it was not stored', async () => {
    const { ImportView, NOT_STORED_DISK_FULL } = await import('../../src/importView');
    const view = new ImportView(() => {}, () => {}, (id) => id);
    document.body.replaceChildren(view.card);
    view.begin();
    const error = { code: 'disk_full' as const, message: 'the disk holding the library is full (database or disk is full)', advice: 'Free some space on the disk that holds the library, then add the same files again: what is stored is kept and duplicates are skipped.' };
    const base = { total: 3, path: '/a', file_name: 'a.txt' };
    view.progress({ kind: 'queued', index: 0, ...base }, 0);
    view.progress({ kind: 'done', index: 0, ...base, article_id: 1, title: 'A', mentions: 2, events: 1, disputes: ['kuril'] }, 0);
    for (const index of [1, 2]) view.progress({ kind: 'failed', index, ...base, file_name: `${index}.txt`, error }, 0);
    view.end({ imported: 1, duplicates: 0, failed: 2, stopped_by: 'disk_full', cancelled: false, not_started: 0 }, null, (e) => e.message);

    const note = view.card.querySelector<HTMLElement>('.import-stop')!;
    expect(note.hidden).toBe(false);
    expect(note.textContent).toBe(`The import stopped: the disk holding the library is full (database or disk is full). ${error.advice}`);
    expect(view.card.textContent!.split('Free some space').length - 1).toBe(1);
    const failed = [...view.card.querySelectorAll('.import-row[data-state="failed"] .file-detail')].map((d) => d.textContent);
    expect(failed).toEqual([NOT_STORED_DISK_FULL, NOT_STORED_DISK_FULL]);
    expect(view.card.querySelector('.import-title')!.textContent).toBe('Stopped: the disk is full · 1 article added · 2 not stored');

    view.begin();
    expect(note.hidden).toBe(true);
  });
});

describe('an imported file', () => {
  it('says which disputes it names, or that it names none', async () => {
    const { ImportView } = await import('../../src/importView');
    const names: Record<string, string> = { kuril: 'Kuril Islands', senkaku: 'Senkaku Islands' };
    const view = new ImportView(() => {}, () => {}, (id) => names[id] ?? id);
    document.body.replaceChildren(view.card);
    view.begin();
    const base = { total: 2, path: '/a' };
    view.progress({ kind: 'queued', index: 0, ...base, file_name: 'a.txt' }, 0);
    view.progress({ kind: 'queued', index: 1, ...base, file_name: 'b.txt' }, 0);
    view.progress({ kind: 'done', index: 0, ...base, file_name: 'a.txt', article_id: 1, title: 'Bluebook', mentions: 3, events: 1, disputes: ['kuril', 'senkaku'] }, 0);
    view.progress({ kind: 'done', index: 1, ...base, file_name: 'b.txt', article_id: 2, title: 'Weather', mentions: 0, events: 0, disputes: [] }, 0);
    const details = [...view.card.querySelectorAll('.import-row .file-detail')].map((d) => d.textContent);
    expect(details).toEqual(['Bluebook — 3 mentions, 1 event · Kuril Islands, Senkaku Islands Open', 'Weather — 0 mentions, 0 events · no disputed place named Open']);
  });
});

describe('a cancelled import', () => {
  it('Cancel and Escape in the report ask once; the title then says what was stored and not started', async () => {
    const { ImportView, NOT_STARTED } = await import('../../src/importView');
    let asked = 0;
    const view = new ImportView(() => {}, () => asked++, (id) => id);
    document.body.replaceChildren(view.card);
    view.begin();
    const cancel = view.card.querySelector<HTMLButtonElement>('.import-cancel')!;
    expect(cancel.hidden).toBe(false);
    const base = { total: 3, path: '/a', file_name: 'a.txt' };
    for (const index of [0, 1, 2]) view.progress({ kind: 'queued', index, ...base }, 0);
    view.progress({ kind: 'done', index: 0, ...base, article_id: 1, title: 'A', mentions: 2, events: 1, disputes: [] }, 0);
    view.card.querySelector<HTMLElement>('.import-title')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(asked).toBe(1);
    expect(cancel.disabled).toBe(true);
    cancel.click();
    expect(asked).toBe(1);
    for (const index of [1, 2]) view.progress({ kind: 'not_started', index, ...base }, 0);
    view.end({ imported: 1, duplicates: 0, failed: 0, cancelled: true, not_started: 2 }, null, (e) => e.message);
    expect(view.card.querySelector('.import-title')!.textContent).toBe('Cancelled: 1 stored, 2 not started');
    const rows = [...view.card.querySelectorAll('.import-row[data-state="not_started"] .file-detail')].map((d) => d.textContent);
    expect(rows).toEqual([NOT_STARTED, NOT_STARTED]);
    expect(cancel.hidden).toBe(true);
    expect(view.card.classList.contains('is-running')).toBe(false);
  });
});

describe('a long import', () => {
  it('lists the first files and every one that fails; a line says how many more there are', async () => {
    const { ImportView, MAX_LISTED, unlistedText } = await import('../../src/importView');
    const view = new ImportView(() => {}, () => {}, (id) => id);
    document.body.replaceChildren(view.card);
    view.begin();
    const n = MAX_LISTED + 300;
    const base = { total: n, path: '/a' };
    for (let index = 0; index < n; index++) view.progress({ kind: 'queued', index, ...base, file_name: `${index}.txt` }, 0);
    expect(view.card.querySelectorAll('.import-row')).toHaveLength(MAX_LISTED);
    const more = view.card.querySelector<HTMLElement>('.import-unlisted')!;
    expect(more.textContent).toBe(unlistedText(300));
    for (let index = 0; index < n; index++) {
      if (index === n - 1) view.progress({ kind: 'failed', index, ...base, file_name: `${index}.txt`, error: { code: 'empty_file', message: 'No text' } }, 0);
      else view.progress({ kind: 'done', index, ...base, file_name: `${index}.txt`, article_id: index, title: 'A', mentions: 1, events: 0, disputes: [] }, 0);
    }
    const rows = view.card.querySelectorAll<HTMLElement>('.import-row');
    expect(rows).toHaveLength(MAX_LISTED + 1);
    expect(rows[MAX_LISTED].dataset.state).toBe('failed');
    expect(more.textContent).toBe(unlistedText(299));
    expect(view.card.querySelector('.import-title')!.textContent).toBe(`Importing ${n} of ${n} files`);
  });
});

describe('a long import', () => {
  it('counts the files it does not list from their outcomes (the backend announces only the listed ones)', async () => {
    const { ImportView, MAX_LISTED, unlistedText } = await import('../../src/importView');
    const view = new ImportView(() => {}, () => {}, (id) => id);
    document.body.replaceChildren(view.card);
    view.begin();
    const total = MAX_LISTED + 100;
    const base = (index: number) => ({ index, total, path: `/a/${index}.txt`, file_name: `${index}.txt` });
    view.progressBatch(
      Array.from({ length: MAX_LISTED }, (_, i) => ({ kind: 'queued' as const, ...base(i) })),
      0,
    );
    const title = view.card.querySelector('.import-title')!;
    const unlisted = view.card.querySelector<HTMLElement>('.import-unlisted')!;
    expect(title.textContent).toBe(`Importing 0 of ${total} files`);
    expect(unlisted.hidden).toBe(false);
    expect(unlisted.textContent).toBe(unlistedText(100));
    // The last 100 files' first report is their outcome; one of them fails and gets a row.
    const error = { code: 'empty_file' as const, message: 'empty.txt is empty' };
    view.progressBatch(
      Array.from({ length: total }, (_, i) => (i === total - 1 ? { kind: 'failed' as const, ...base(i), error } : { kind: 'done' as const, ...base(i), article_id: i + 1, title: `A${i}`, mentions: 1, events: 0, disputes: [] })),
      0,
    );
    expect(title.textContent).toBe(`Importing ${total} of ${total} files`);
    expect(view.card.querySelectorAll('.import-row')).toHaveLength(MAX_LISTED + 1);
    expect(view.card.querySelector('.import-row:last-child')!.getAttribute('data-state')).toBe('failed');
    expect(unlisted.textContent).toBe(unlistedText(99));
  });
});
