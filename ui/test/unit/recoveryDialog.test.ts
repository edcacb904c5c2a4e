import { beforeEach, expect, test } from 'vitest';
import { describeBackup, describeRecovery, showRecoveryDialog } from '../../src/recoveryDialog';
import type { LibraryStatus, Recovery } from '../../src/types';

const damaged: Extract<LibraryStatus, { state: 'damaged' }> = {
  state: 'damaged',
  path: '/data/library.sqlite3',
  message: 'the library /data/library.sqlite3 is damaged: SQLite says "database disk image is malformed"',
  advice: 'Restore the latest backup, or start a new library; the damaged file is kept as it is.',
  backup: { path: '/data/backups/library-20261204T173000Z.sqlite3', bytes: 98304, taken_at: '2026-12-04T17:30:00Z' },
};

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.replaceChildren(host);
});

const tick = () => new Promise((r) => setTimeout(r, 0));

test('the backup and the outcome are said in words', () => {
  expect(describeBackup({ path: '/b', bytes: 3 * 1024 * 1024 })).toContain('(3.0 MB)');
  expect(describeBackup({ path: '/b', bytes: 98304, taken_at: '2026-12-04T17:30:00Z' })).toMatch(/4 December 2026.*\(96 KB\)/);
  expect(describeRecovery({ set_aside: '/d/library-damaged-x.sqlite3', restored_from: '/b' })).toBe('The latest backup was restored. The damaged file is kept, unchanged, at /d/library-damaged-x.sqlite3.');
  expect(describeRecovery({ set_aside: '/d/x' })).toMatch(/^A new, empty library was started\./);
});

test('the first choice has the focus; a failure says why and lets the user choose again; Continue resolves', async () => {
  let attempts = 0;
  const done: Recovery = { set_aside: '/data/library-damaged-1.sqlite3', restored_from: damaged.backup!.path };
  const result = showRecoveryDialog(host, damaged, {
    restoreLatestBackup: async () => {
      attempts++;
      if (attempts === 1) throw { code: 'disk_full', message: 'the disk holding the library is full', advice: 'Free some space.' };
      return done;
    },
    startNewLibrary: async () => ({ set_aside: '/x' }),
  });
  expect(host.querySelector('[role="alertdialog"] h1')!.textContent).toBe('The library cannot be opened');
  expect(host.querySelector('.recovery-message')!.textContent).toMatch(/^The library \/data\/library\.sqlite3 is damaged/);
  const restore = host.querySelector<HTMLButtonElement>('#restore-backup')!;
  expect(document.activeElement).toBe(restore);
  restore.click();
  await tick();
  const outcome = host.querySelector<HTMLElement>('.recovery-outcome')!;
  expect(outcome.hidden).toBe(false);
  expect(outcome.textContent).toBe('The disk holding the library is full. Free some space.');
  expect(restore.disabled).toBe(false);
  expect(document.activeElement).toBe(restore);
  restore.click();
  await tick();
  const go = host.querySelector<HTMLButtonElement>('#recovery-continue')!;
  expect(document.activeElement).toBe(go);
  expect(host.textContent).toContain('kept, unchanged, at /data/library-damaged-1.sqlite3');
  go.click();
  await expect(result).resolves.toEqual(done);
});

test('without a backup, starting a new library is the one choice', () => {
  const { backup: _none, ...noBackup } = damaged;
  void showRecoveryDialog(host, noBackup, { restoreLatestBackup: async () => ({}), startNewLibrary: async () => ({}) });
  expect(host.querySelector('#restore-backup')).toBeNull();
  expect(host.textContent).toContain('There is no automatic backup');
  expect(document.activeElement).toBe(host.querySelector('#new-library'));
});
