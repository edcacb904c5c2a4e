// The form that changes an article event's date, typed at the precision the
// person knows: a year (2019), a month (2019-05) or a day (2019-05-14). The
// backend parses it (the one parser of these dates) and says what is wrong
// with anything else; the error shows under the field, which keeps the focus.
// A corrected event offers to go back to the extracted date. Esc cancels.
import { formatDate, h } from './dom';
import { describeError } from './errors';
import type { IpcError, TimelineEvent } from './types';

export interface EventDateEditorOptions {
  event: TimelineEvent;
  /** Stores the date as typed; rejects with the backend's error. */
  save(date: string): Promise<void>;
  /** Leaves the date as it is. */
  cancel(): void;
}

/** The date form of `o.event`; focus its field once it is in the page. */
export function eventDateEditor(o: EventDateEditorOptions): HTMLFormElement {
  const ev = o.event;
  const input = h('input', { type: 'text', class: 'date-input event-date-input', value: ev.date, inputmode: 'numeric', placeholder: 'YYYY, YYYY-MM or YYYY-MM-DD', 'aria-label': 'Date of the event (YYYY, YYYY-MM or YYYY-MM-DD)', autocomplete: 'off', spellcheck: 'false' });
  const save = h('button', { class: 'btn btn--primary btn--small', type: 'submit' }, 'Save');
  const cancel = h('button', { class: 'btn btn--small', type: 'button' }, 'Cancel');
  const extracted = ev.correction?.extracted;
  const undo = extracted ? h('button', { class: 'text-btn event-date-undo', type: 'button' }, `Undo: back to ${formatDate(extracted)}`) : null;
  const err = h('p', { class: 'error-note', role: 'alert', hidden: true });
  const errId = `event-date-error-${ev.id.replace(/[^a-z0-9-]/gi, '-')}`;
  err.id = errId;
  const form = h(
    'form',
    { class: 'date-form event-date-form' },
    h('div', { class: 'date-row' }, input, save, cancel, undo),
    h('p', { class: 'hint' }, 'A year (2019), a month (2019-05) or a day (2019-05-14).'),
    err,
  );
  const submit = async (value: string) => {
    save.disabled = true;
    err.hidden = true;
    input.removeAttribute('aria-invalid');
    try {
      await o.save(value);
    } catch (x) {
      err.hidden = false;
      const e = x as IpcError;
      // The core's message says what is wrong and what it expects: it is the whole error.
      err.textContent = e.code === 'invalid_input' ? e.message.charAt(0).toUpperCase() + e.message.slice(1) + '.' : describeError(e);
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', errId);
      save.disabled = false;
      input.focus();
    }
  };
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void submit(input.value);
  });
  cancel.addEventListener('click', () => o.cancel());
  undo?.addEventListener('click', () => void submit(extracted!));
  form.addEventListener('keydown', (ev) => {
    if (ev.key !== 'Escape') return;
    ev.preventDefault();
    ev.stopPropagation();
    o.cancel();
  });
  return form;
}
