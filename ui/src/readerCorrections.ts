// A person's corrections in the reader: the menu of a mention (relink,
// "not a place", undo) and the date of each of the article's events (change,
// undo). Each change is stored at once; the reader is rebuilt from the
// article the backend sends back (the focus on what was corrected), and the
// library's change event reloads the map's badges, the excerpts, the counts
// and the events.
import { datingMark, datingNote } from './dating';
import { formatDate, h, icon, plural } from './dom';
import { changesOffText, disableChange, libraryAccess } from './libraryAccess';
import { correctionNote, correctionTime, fold, mentionMenu, type PlaceChoice } from './correctionMenu';
import { eventDateEditor } from './eventDateEditor';
import type { MarkOptions } from './textView';
import type { PanelContext } from './panels';
import type { ArticleDetail, MentionCorrection, TimelineEvent } from './types';

/** Rebuilds the reader with the article as it now reads, the focus on `focus` (a selector). */
export type ReaderChanged = (a: ArticleDetail, focus?: string) => void;

/** The places a mention may be linked to: every place of every loaded pack. */
export function placeChoices(ctx: PanelContext): PlaceChoice[] {
  const disputes = new Map(ctx.state.disputes.map((d) => [d.id, d.name]));
  return [...ctx.state.places.values()].map((p) => {
    const names = Object.values(p.names).flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v : v ? Object.values(v) : []));
    const kind = p.kind === 'group' ? 'island group' : p.kind === 'place' ? 'place' : 'island';
    return { id: p.id, name: ctx.state.name(p.id), detail: `${kind} · ${disputes.get(p.pack) ?? p.pack}`, search: fold([p.id, ...names].join(' ')) };
  });
}

/** The reader's mark options for article `a`: corrected mentions marked, and every mention opening its menu in `host`. */
export function correctableMarks(ctx: PanelContext, a: ArticleDetail, host: HTMLElement, base: MarkOptions, onChanged: ReaderChanged): MarkOptions {
  const corrections = new Map<number, MentionCorrection>(a.mention_corrections.map((c) => [c.start, c]));
  let open: { menu: HTMLElement; mark: HTMLElement } | null = null;
  const close = (refocus: boolean) => {
    if (!open) return;
    const { menu, mark } = open;
    open = null;
    menu.remove();
    mark.removeAttribute('aria-expanded');
    if (refocus) mark.focus();
  };
  return {
    ...base,
    correction: (start) => {
      const c = corrections.get(start);
      return c ? correctionNote(c.feature === undefined ? null : ctx.state.name(c.feature), c.at) : undefined;
    },
    onMention: (mark, start) => {
      close(false);
      const mention = a.mentions.find((m) => m.start === start);
      const c = corrections.get(start);
      if (!mention && !c) return;
      const text = c?.text ?? mention!.text;
      const menu = mentionMenu({
        text,
        linked: c?.linked ?? mention!.feature,
        feature: c ? (c.feature ?? null) : mention!.feature,
        correctedAt: c?.at,
        places: placeChoices(ctx),
        offReason: libraryAccess.readOnly ? changesOffText(libraryAccess.readOnly) : undefined,
        placeName: (id) => ctx.state.name(id),
        apply: async (feature) => {
          const updated = await ctx.backend.correctMention(a.id, start, feature);
          const undone = c && feature === c.linked;
          ctx.toasts.show(undone ? `Correction undone: “${text}” is linked to ${ctx.state.name(feature!)} again.` : feature === null ? `“${text}” is no longer linked to a place.` : `“${text}” is now linked to ${ctx.state.name(feature)}.`);
          onChanged(updated, `mark[data-mention="${start}"]`);
        },
        close,
      });
      // Under the mention, inside the reader (which scrolls with it).
      const r = mark.getBoundingClientRect();
      const box = host.getBoundingClientRect();
      menu.style.top = `${r.bottom - box.top + host.scrollTop + 4}px`;
      menu.style.left = `${Math.max(0, Math.min(r.left - box.left, box.width - 328))}px`;
      host.appendChild(menu);
      menu.scrollIntoView?.({ block: 'nearest' });
      mark.setAttribute('aria-expanded', 'true');
      open = { menu, mark };
    },
  };
}

/** The spans a person said are not places (shown struck through, with their menu). */
export function unlinkedSpans(a: ArticleDetail): { start: number; end: number }[] {
  return a.mention_corrections.filter((c) => c.feature === undefined).map((c) => ({ start: c.start, end: c.end }));
}

/** One row of the reader's "Dated events": its date (a person's correction marked), places, and "Change date". */
export function eventRow(ctx: PanelContext, a: ArticleDetail, e: TimelineEvent, onChanged: ReaderChanged): HTMLElement {
  const relative = e.relative && !datingNote(e.dated_by);
  const corrected = e.correction
    ? h('span', { class: 'ev-flag ev-flag--corrected', title: `Extracted as ${formatDate(e.correction.extracted)}; a person’s correction in this library, ${correctionTime(e.correction.at)}` }, icon('edit', 11), 'corrected')
    : null;
  const change = h('button', { class: 'text-btn ev-date-btn', type: 'button', 'aria-label': `Change the date of this event (${formatDate(e.date)})` }, icon('edit', 12), 'Change date');
  disableChange(change);
  const show = h('button', { class: 'text-btn ev-show-btn', type: 'button', 'aria-label': `Show this event in the event list (${formatDate(e.date)})` }, icon('history', 12), 'In the list');
  show.addEventListener('click', () => ctx.showEvent(e.id));
  const row = h(
    'li',
    { 'data-event-id': e.id },
    h('span', { class: 'ev-date' }, formatDate(e.date)),
    datingMark(e.dated_by),
    relative ? h('span', { class: 'ev-flag' }, 'relative') : null,
    corrected,
    h('span', { class: 'ev-place-names' }, e.places.map((p) => ctx.state.name(p)).join(', ')),
    show,
    change,
  );
  const startEdit = () => {
    const form = eventDateEditor({
      event: e,
      save: async (date) => {
        const fixed = await ctx.backend.correctEventDate(e.id, date);
        const updated = await ctx.backend.getArticle(a.id);
        ctx.toasts.show(fixed.correction ? `Event date changed to ${formatDate(fixed.date)}.` : `Event date back to ${formatDate(fixed.date)}, as extracted.`);
        onChanged(updated, `[data-event-id="${e.id}"] .ev-date-btn`);
      },
      cancel: () => {
        form.remove();
        change.hidden = false;
        change.focus();
      },
    });
    change.hidden = true;
    row.appendChild(form);
    form.querySelector('input')?.focus();
  };
  change.addEventListener('click', startEdit);
  if (e.curated) change.remove();
  return row;
}

/** "2 corrections" for the reader's header, or null when there are none. */
export function correctionCount(a: ArticleDetail): string | null {
  const n = a.mention_corrections.length + a.events.filter((e) => e.correction).length;
  return n ? plural(n, 'correction') : null;
}
