// Import: the full-window drop overlay and the progress card.
import { asSentence, h, icon, plural } from './dom';
import type { ImportProgress, ImportSummary, IpcError } from './types';

/**
 * What a failed file's row says: what happened (the core's message, as a
 * sentence), then what the user can do (the advice the core chose for the
 * error, none when it sent none).
 */
export function failureText(error: IpcError): { message: string; advice: string } {
  return { message: asSentence(error.message), advice: error.advice ? asSentence(error.advice) : '' };
}


type Row = { el: HTMLElement; state: HTMLElement; detail: HTMLElement };

/**
 * The most files the report lists one by one; beyond them only the files that
 * fail get a row (a row each for 10,000 files kept WebKit's main thread busy
 * for seconds at a time through the whole import: issue 17).
 */
export const MAX_LISTED = 200;

/** The line under a long report: how many files are not listed, and which are. */
export function unlistedText(n: number): string {
  return `${n.toLocaleString('en-US')} more ${n === 1 ? 'file' : 'files'} not listed: the report lists the first ${MAX_LISTED} and every file that fails.`;
}

/** What a file the import stopped before says (the reason is said once, above the list). */
export const NOT_STORED_DISK_FULL = 'Not stored: the disk is full.';

/** What a file a cancelled import did not start says. */
export const NOT_STARTED = 'Not started: the import was cancelled.';

/** The report's title after a cancelled import: what was stored, what was not started. */
export function cancelledText(stored: number, notStarted: number): string {
  return `Cancelled: ${stored} stored, ${notStarted} not started`;
}

/** The note said once when an import stops on a full disk: the core's message and advice. */
export function diskFullText(error: IpcError): string {
  const { message, advice } = failureText(error);
  return `The import stopped: ${message.charAt(0).toLowerCase()}${message.slice(1)}${advice ? ` ${advice}` : ''}`;
}

export class ImportView {
  readonly overlay: HTMLElement;
  readonly card: HTMLElement;
  private list: HTMLElement;
  private bar: HTMLElement;
  private barFill: HTMLElement;
  private title: HTMLElement;
  /** The reason the import stopped (a full disk), said once. */
  private stopNote: HTMLElement;
  private stopped: IpcError | null = null;
  private rows = new Map<number, Row>();
  /** The number of files of each import of the report (every report says it), by the import's offset. */
  private totals = new Map<number, number>();
  /** Under the list: how many files are not listed. */
  private unlisted: HTMLElement;
  private total = 0;
  private finished = 0;
  private running = 0;
  /** What had the focus before the report took it (it gets it back when the report closes). */
  private returnFocus: HTMLElement | null = null;
  /** Cancels the running import (and those waiting), shown while one runs. */
  private cancelBtn: HTMLButtonElement;
  /** Whether Cancel was asked for (the button waits for the backend's answer). */
  private cancelling = false;

  /**
   * @param onShowArticle opens an imported article in the reader.
   * @param onCancel asks the backend to cancel the imports (the files in hand are stored, no other is started).
   * @param disputeName a dispute's name from its pack id, for the disputes each file names.
   */
  constructor(
    private onShowArticle: (id: number) => void,
    private onCancel: () => void,
    private disputeName: (id: string) => string,
  ) {
    this.overlay = h(
      'div',
      { class: 'drop-overlay', hidden: true, 'aria-hidden': 'true' },
      h('div', { class: 'drop-target' }, h('div', { class: 'drop-icon' }, icon('upload', 40)), h('p', { class: 'drop-title' }, 'Drop articles to add them to the library'), h('p', { class: 'drop-sub' }, 'Text, Markdown, HTML, PDF, Word (.docx) and e-mail (.eml) files')),
    );
    this.title = h('h2', { class: 'import-title', tabindex: -1, 'aria-live': 'polite', 'aria-atomic': 'true' }, 'Importing');
    this.barFill = h('div', { class: 'progress-fill' });
    this.bar = h('div', { class: 'progress', role: 'progressbar', 'aria-label': 'Import progress', 'aria-valuemin': 0, 'aria-valuemax': 1, 'aria-valuenow': 0 }, this.barFill);
    this.list = h('ul', { class: 'import-list' });
    this.unlisted = h('p', { class: 'import-unlisted meta', hidden: true });
    this.stopNote = h('p', { class: 'import-stop', role: 'alert', hidden: true });
    this.cancelBtn = h('button', { class: 'btn btn--small import-cancel', type: 'button', hidden: true, title: 'Cancel the import (Esc): what is stored stays, no other file is started' }, 'Cancel') as HTMLButtonElement;
    this.cancelBtn.addEventListener('click', () => this.cancel());
    const close = h('button', { class: 'icon-btn import-close', type: 'button', 'aria-label': 'Close import report' }, icon('close'));
    close.addEventListener('click', () => this.hideCard());
    this.card = h('section', { class: 'import-card', hidden: true, 'aria-label': 'Import', role: 'region' }, h('header', {}, this.title, this.cancelBtn, close), this.bar, this.stopNote, this.list, this.unlisted);
    // Escape in the report cancels a running import (and closes a finished report).
    this.card.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape' || this.running === 0) return;
      e.preventDefault();
      e.stopPropagation();
      this.cancel();
    });
  }

  /** Asks for the running imports to be cancelled; the report says so when they end. */
  cancel() {
    if (this.running === 0 || this.cancelling) return;
    this.cancelling = true;
    this.cancelBtn.disabled = true;
    this.cancelBtn.textContent = 'Cancelling…';
    this.onCancel();
  }

  showOverlay(show: boolean) {
    this.overlay.hidden = !show;
    document.body.classList.toggle('is-dragging-files', show);
  }

  get visible(): boolean {
    return !this.card.hidden;
  }

  /** Closes a finished report (a running one stays); returns whether it closed. */
  hideCard(): boolean {
    if (this.card.hidden || this.running > 0) return false;
    const hadFocus = this.card.contains(document.activeElement);
    this.card.hidden = true;
    if (hadFocus) {
      const back = this.returnFocus?.isConnected ? this.returnFocus : document.getElementById('open-files');
      back?.focus();
    }
    this.returnFocus = null;
    return true;
  }

  /** Moves the focus to the report (its title), to be given back when it closes. */
  focusCard() {
    if (this.card.hidden) return;
    const a = document.activeElement as HTMLElement | null;
    if (a && !this.card.contains(a) && a !== document.body) this.returnFocus = a;
    this.title.focus();
  }

  /** A new batch starts: rows are added as the backend queues files. */
  begin() {
    if (this.running === 0) {
      this.rows.clear();
      this.totals.clear();
      this.list.replaceChildren();
      this.unlisted.hidden = true;
      this.total = 0;
      this.finished = 0;
      this.stopped = null;
      this.stopNote.hidden = true;
      this.cancelling = false;
      this.cancelBtn.disabled = false;
      this.cancelBtn.textContent = 'Cancel';
    }
    this.running++;
    this.cancelBtn.hidden = false;
    this.card.hidden = false;
    this.card.classList.add('is-running');
    this.updateHead();
  }

  /** Whether an import of this report was cancelled, and what its imports stored and did not start, summed until the last ends. */
  private cancelled = { any: false, stored: 0, notStarted: 0 };
  private offset = 0;
  /**
   * One file's new state (`batchOffset`: its import's place in the report).
   * The backend reports `queued` only for the files the report lists
   * ([`MAX_LISTED`]); every file's outcome comes once.
   */
  progress(p: ImportProgress, batchOffset: number) {
    this.take(p, batchOffset);
    this.updateCounts();
  }

  /** A batch of reports, as the backend sends them: the counts and the bar change once. */
  progressBatch(batch: readonly ImportProgress[], batchOffset: number) {
    for (const p of batch) this.take(p, batchOffset);
    this.updateCounts();
  }

  private take(p: ImportProgress, batchOffset: number) {
    const key = batchOffset + p.index;
    this.totals.set(batchOffset, p.total);
    if (p.kind === 'failed' && p.error.code === 'disk_full' && !this.stopped) {
      this.stopped = p.error;
      this.stopNote.textContent = diskFullText(p.error);
      this.stopNote.hidden = false;
    }
    let row = this.rows.get(key);
    const fails = p.kind === 'failed' && p.error.code !== 'disk_full';
    if (!row && (this.rows.size < MAX_LISTED || fails)) {
      const state = h('span', { class: 'file-state file-state--queued', 'aria-hidden': 'true' });
      const detail = h('span', { class: 'file-detail' }, 'Waiting…');
      const el = h('li', { class: 'import-row', 'data-state': 'queued' }, state, h('span', { class: 'file-main' }, h('span', { class: 'file-name' }, p.file_name), detail));
      row = { el, state, detail };
      this.rows.set(key, row);
      this.list.appendChild(el);
    }
    if (p.kind !== 'queued') this.finished++;
    if (row) this.showState(row, p);
  }

  /** The files counted so far: the title, the bar and the line of files not listed. */
  private updateCounts() {
    this.total = 0;
    for (const n of this.totals.values()) this.total += n;
    const n = this.total - this.rows.size;
    this.unlisted.hidden = n <= 0;
    if (n > 0) this.unlisted.textContent = unlistedText(n);
    this.updateHead();
  }

  /** A listed file's row says its state. */
  private showState(row: Row, p: ImportProgress) {
    row.el.dataset.state = p.kind;
    row.state.className = `file-state file-state--${p.kind}`;
    row.state.replaceChildren(p.kind === 'done' ? icon('check', 14) : p.kind === 'failed' ? icon('alert', 14) : p.kind === 'duplicate' ? icon('copy', 14) : '');
    if (p.kind === 'queued') return;
    if (p.kind === 'not_started') {
      row.detail.replaceChildren(NOT_STARTED);
    } else if (p.kind === 'done') {
      const disputes = p.disputes.length ? p.disputes.map(this.disputeName).join(', ') : 'no disputed place named';
      row.detail.replaceChildren(`${p.title} — ${plural(p.mentions, 'mention')}, ${plural(p.events, 'event')} · ${disputes} `, this.link('Open', p.article_id));
    } else if (p.kind === 'duplicate') {
      row.detail.replaceChildren('Already in the library, not added again. ', this.link('Open it', p.article_id));
    } else if (p.error.code === 'disk_full') {
      row.detail.replaceChildren(NOT_STORED_DISK_FULL);
    } else {
      const { message, advice } = failureText(p.error);
      row.detail.replaceChildren(h('strong', {}, message), advice ? ` ${advice}` : '');
    }
  }

  private link(text: string, id: number): HTMLElement {
    const b = h('button', { class: 'link-btn', type: 'button' }, text);
    b.addEventListener('click', () => {
      this.onShowArticle(id);
      // A finished report would cover the article; while files are still coming it stays.
      this.hideCard();
    });
    return b;
  }

  reserve(n: number): number {
    const o = this.offset;
    this.offset += n;
    return o;
  }

  end(summary: ImportSummary | null, error: IpcError | null, describe: (e: IpcError) => string) {
    this.running = Math.max(0, this.running - 1);
    if (summary) {
      this.cancelled.any ||= summary.cancelled;
      this.cancelled.stored += summary.imported;
      this.cancelled.notStarted += summary.not_started;
    }
    if (this.running > 0) return;
    this.card.classList.remove('is-running');
    const hadFocus = this.card.contains(document.activeElement);
    this.cancelBtn.hidden = true;
    // The focus leaves the hidden button for the report's title, which now says how it ended.
    if (hadFocus && document.activeElement === this.cancelBtn) this.title.focus();
    const cancelled = this.cancelled;
    this.cancelled = { any: false, stored: 0, notStarted: 0 };
    this.cancelling = false;
    if (error) {
      this.title.textContent = 'Import failed';
      this.list.appendChild(h('li', { class: 'import-row', 'data-state': 'failed' }, h('span', { class: 'file-state file-state--failed' }, icon('alert', 14)), h('span', { class: 'file-main' }, h('span', { class: 'file-detail' }, describe(error)))));
      return;
    }
    if (cancelled.any) {
      this.title.textContent = cancelledText(cancelled.stored, cancelled.notStarted);
    } else if (summary) {
      const stopped = summary.stopped_by === 'disk_full';
      const parts = [stopped ? 'Stopped: the disk is full' : '', summary.imported ? `${plural(summary.imported, 'article')} added` : '', summary.duplicates ? `${summary.duplicates} already in the library` : '', summary.failed ? `${summary.failed} ${stopped ? 'not stored' : 'failed'}` : ''].filter(Boolean);
      this.title.textContent = parts.join(' · ') || 'Nothing imported';
    }
    this.bar.setAttribute('aria-valuenow', '1');
    this.barFill.style.width = '100%';
  }

  private updateHead() {
    const frac = this.total ? this.finished / this.total : 0;
    this.barFill.style.width = `${(frac * 100).toFixed(1)}%`;
    this.bar.setAttribute('aria-valuenow', frac.toFixed(2));
    if (this.running > 0) this.title.textContent = this.total ? `Importing ${this.finished} of ${plural(this.total, 'file')}` : 'Importing…';
  }
}
