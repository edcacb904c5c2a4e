// "Re-analyse library", at the head of the Library tab: every article linked
// again with the packs of this version of the app, the person's corrections
// kept. While it runs it shows how far it is and a Stop button (the focus
// moves there); at the end it says what it did, and lists the corrections
// that found nothing to apply to (kept in the library, in case a later
// analysis finds their words again). The element lives as long as the app,
// so a re-render of the library keeps it as it is.
import { h, icon, plural } from './dom';
import { describeError } from './errors';
import type { Backend } from './backend';
import type { IpcError, ReanalysisProgress, ReanalysisSummary, StaleCorrection } from './types';

/** What the view needs: the backend, and the titles of articles (for the stale corrections). */
export interface ReanalysisHost {
  backend: Pick<Backend, 'reanalyseLibrary' | 'stopReanalysis'>;
  articleTitle(id: number): string | undefined;
  placeName(id: string): string;
}

/** A stale correction in words: which article, what it said. */
export function describeStale(c: StaleCorrection, host: Pick<ReanalysisHost, 'articleTitle' | 'placeName'>): string {
  const title = host.articleTitle(c.article_id) ?? `Article ${c.article_id}`;
  if (c.kind === 'mention') {
    const what = c.value ? `linked to ${host.placeName(c.value)}` : 'not a place';
    return `${title}: the words at character ${c.key} (${what}) are no longer a name the app finds.`;
  }
  const [, extracted] = c.key.split(':');
  return `${title}: no event dated ${extracted ?? c.key} is left in the sentence at character ${c.key.split(':')[0]} (corrected to ${c.value ?? '—'}).`;
}

/** The summary in a sentence. */
export function summaryText(s: ReanalysisSummary): string {
  const done = s.stopped ? `Stopped after ${plural(s.articles, 'article')} of ${s.total.toLocaleString('en-US')}; those are re-analysed, the rest as before.` : `Re-analysed ${plural(s.articles, 'article')}.`;
  const stale = s.stale_corrections.length;
  return stale ? `${done} ${plural(stale, 'correction')} found nothing to apply to (kept, listed below).` : `${done} Every correction was kept.`;
}

export class ReanalysisView {
  readonly el: HTMLElement;
  private start: HTMLButtonElement;
  private status: HTMLElement;
  private details: HTMLElement;
  private running = false;

  constructor(private host: ReanalysisHost) {
    this.start = h('button', { type: 'button', class: 'btn btn--small reanalyse-start', 'data-fkey': 'reanalyse:start' }, icon('history', 14), 'Re-analyse library');
    this.start.addEventListener('click', () => void this.run());
    this.status = h('p', { class: 'hint reanalyse-status', role: 'status', 'aria-live': 'polite' }, 'Links every article again with this version’s places and names; your corrections are kept.');
    this.details = h('div', { class: 'reanalyse-details' });
    this.el = h('section', { class: 'reanalyse', 'aria-label': 'Re-analyse library' }, h('div', { class: 'reanalyse-row' }, this.start), this.status, this.details);
  }

  /** Runs a re-analysis, showing progress, Stop, and the result. */
  async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    const bar = h('progress', { class: 'reanalyse-bar', max: 1, value: 0, 'aria-label': 'Re-analysis progress' });
    const stop = h('button', { type: 'button', class: 'btn btn--small reanalyse-stop', 'data-fkey': 'reanalyse:stop' }, 'Stop');
    stop.addEventListener('click', () => {
      stop.disabled = true;
      stop.textContent = 'Stopping…';
      void this.host.backend.stopReanalysis();
    });
    this.start.disabled = true;
    this.status.textContent = 'Re-analysing the library…';
    this.details.replaceChildren(h('div', { class: 'reanalyse-row' }, bar, stop));
    stop.focus();
    const onProgress = (p: ReanalysisProgress) => {
      bar.max = Math.max(1, p.total);
      bar.value = p.done;
      this.status.textContent = `Re-analysing: ${p.done.toLocaleString('en-US')} of ${plural(p.total, 'article')}…`;
    };
    const hadFocus = () => document.activeElement === stop || !document.activeElement || document.activeElement === document.body;
    try {
      const summary = await this.host.backend.reanalyseLibrary(onProgress);
      this.status.textContent = summaryText(summary);
      this.details.replaceChildren(
        summary.stale_corrections.length ? h('ul', { class: 'reanalyse-stale' }, ...summary.stale_corrections.map((c) => h('li', {}, describeStale(c, this.host)))) : '',
      );
    } catch (e) {
      this.status.textContent = describeError(e as IpcError);
      this.details.replaceChildren();
    } finally {
      const refocus = hadFocus();
      this.running = false;
      this.start.disabled = false;
      if (refocus) this.start.focus();
    }
  }
}
