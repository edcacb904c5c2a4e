// How an event's date was found, as a small mark beside the date. Most dates
// are written in the text (or worked out from it: "last year"); an article's
// own news, told without a date word, is dated by its publication date or its
// dateline, and the mark says so. The mark takes the focus (its explanation is
// its `title` and `aria-label`, and shows beside it on keyboard focus).
import { h } from './dom';
import type { DatedBy } from './types';

export interface DatingNote {
  /** The mark's text. */
  label: string;
  /** How the date was found, in a sentence. */
  text: string;
}

const NOTES: Partial<Record<DatedBy, DatingNote>> = {
  publication: { label: 'pub.', text: 'Dated by the publication date: the article reports this without a date' },
  dateline: { label: 'dateline', text: 'Dated by the article’s dateline' },
};

/** What the mark of an event dated `by` says; undefined when its date is in its text. */
export function datingNote(by: DatedBy): DatingNote | undefined {
  return NOTES[by];
}

/** The mark of an event dated `by` (focusable when `tabindex` is 0), or null when it needs none. */
export function datingMark(by: DatedBy, attrs: { tabindex?: number; id?: string } = {}): HTMLElement | null {
  const note = NOTES[by];
  if (!note) return null;
  return h(
    'span',
    { class: `dating-mark dating-mark--${by}`, role: 'img', tabindex: attrs.tabindex ?? 0, id: attrs.id, title: note.text, 'aria-label': note.text, 'data-tip': note.text },
    note.label,
  );
}
