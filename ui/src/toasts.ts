// The toasts: short messages at the bottom of the window, some with an action
// (Undo). Owns their element, their timers and where the focus goes when a
// toast that held it goes away.
import { toIpcError } from './backend';
import { focusFirst, h, icon } from './dom';
import { describeError } from './errors';

/** A toast's button: its label and what it does (the toast goes once it has run). */
export interface ToastAction {
  label: string;
  run(): void;
}

/** How long a toast stays, in ms, without and with an action. */
const TOAST_MS = 5000;
const TOAST_WITH_ACTION_MS = 9000;

/** The toast area (a polite live region) and the toasts in it. */
export class Toasts {
  /** The live region the toasts are shown in; the caller places it in the page. */
  readonly el = h('div', { class: 'toasts', role: 'status', 'aria-live': 'polite' });

  /** @param fallbackFocus Where the focus goes when a focused toast goes and none of its `returnTo` can take it. */
  constructor(private fallbackFocus: () => HTMLElement | null) {}

  /**
   * A message at the bottom. With `returnTo`, its action takes the focus, and
   * the focus goes to the first of `returnTo()` that can take it when the toast
   * goes. A toast holding the focus or the pointer does not time out; Escape
   * dismisses it.
   */
  show(message: string, action?: ToastAction, returnTo?: () => (HTMLElement | null)[]): void {
    const el = h('div', { class: 'toast' }, h('span', {}, message));
    let timer = 0;
    let gone = false;
    const ms = action ? TOAST_WITH_ACTION_MS : TOAST_MS;
    const dismiss = () => {
      if (gone) return;
      gone = true;
      clearTimeout(timer);
      const hadFocus = el.contains(document.activeElement);
      el.classList.add('is-leaving');
      setTimeout(() => el.remove(), 200);
      if (hadFocus) {
        // Out of the tab order at once, so the focus is not left on a leaving toast.
        for (const b of el.querySelectorAll('button')) b.disabled = true;
        focusFirst(...(returnTo?.() ?? []), this.fallbackFocus());
      }
    };
    let actionBtn: HTMLButtonElement | null = null;
    if (action) {
      actionBtn = h('button', { type: 'button', class: 'toast-action' }, action.label);
      actionBtn.addEventListener('click', () => {
        action.run();
        dismiss();
      });
      el.appendChild(actionBtn);
    }
    const x = h('button', { type: 'button', class: 'icon-btn toast-close', 'aria-label': 'Dismiss' }, icon('close', 14));
    x.addEventListener('click', dismiss);
    el.appendChild(x);
    el.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      dismiss();
    });
    const hold = () => clearTimeout(timer);
    const resume = () => {
      if (gone || el.contains(document.activeElement) || el.matches(':hover')) return;
      clearTimeout(timer);
      timer = window.setTimeout(dismiss, ms);
    };
    el.addEventListener('focusin', hold);
    el.addEventListener('mouseenter', hold);
    el.addEventListener('focusout', () => setTimeout(resume));
    el.addEventListener('mouseleave', resume);
    this.el.appendChild(el);
    timer = window.setTimeout(dismiss, ms);
    if (returnTo && actionBtn) actionBtn.focus();
  }

  /** A failed command, described for the user (anything a command rejects with). */
  error(e: unknown): void {
    this.show(describeError(toIpcError(e)));
  }
}
