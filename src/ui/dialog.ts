/**
 * Modal <dialog>s (the Source and Share dialogs). Safari before 15.4, on the browser floor (README "Browsers"),
 * has the element but none of its API: there Google's dialog-polyfill gives it one. It and its stylesheet are
 * loaded only where the API is missing (the feature is detected, not the browser); its stylesheet styles every
 * <dialog>, so it must not reach a browser that has its own.
 */
import type dialogPolyfill from 'dialog-polyfill';

const hasApi = (d: HTMLDialogElement): boolean => typeof d.showModal === 'function';

let polyfill: Promise<typeof dialogPolyfill> | null = null;
const loadPolyfill = (): Promise<typeof dialogPolyfill> =>
  (polyfill ??= Promise.all([import('dialog-polyfill'), import('dialog-polyfill/dist/dialog-polyfill.css'), import('./dialog-polyfill.css')]).then(([m]) => m.default));

/**
 * Opens `dialog` as a modal (traps focus, Esc closes it), where needed once the polyfill is there. If the
 * polyfill cannot be loaded (a folder copied in part, a dropped connection) the dialog still opens, in the page
 * rather than over it (`openInPage`); the next opening tries the polyfill again.
 */
export async function showModal(dialog: HTMLDialogElement): Promise<void> {
  if (!hasApi(dialog)) {
    try {
      (await loadPolyfill()).registerDialog(dialog);
    } catch (e) {
      polyfill = null;
      console.warn('dialog-polyfill did not load; the dialog opens in the page', e);
      openInPage(dialog);
      return;
    }
    // Centred in the window, as a native modal is (the polyfill's own class).
    dialog.classList.add('fixed');
  }
  if (!dialog.open) dialog.showModal();
}

const FOCUSABLE = '[autofocus], button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';
/** What Tab reaches inside `dialog`, in order: enabled and laid out. */
const focusables = (dialog: HTMLDialogElement): HTMLElement[] =>
  [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => !el.hasAttribute('disabled') && el.getClientRects().length > 0);

/**
 * Without the API: open by its attribute, focus in it, Esc (and its close button) closes it, and Tab goes round
 * inside it, as in a modal: from the last control to the first (Shift+Tab the other way), never to the page under it.
 */
function openInPage(dialog: HTMLDialogElement): void {
  dialog.setAttribute('open', '');
  // Caught before the app's own keys (Esc also closes the panel under it) and only while it is open.
  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Tab') return keepFocusIn(dialog, e);
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    closeDialog(dialog);
  };
  document.addEventListener('keydown', onKey, true);
  dialog.addEventListener('close', () => document.removeEventListener('keydown', onKey, true), { once: true });
  focusables(dialog)[0]?.focus();
}

function keepFocusIn(dialog: HTMLDialogElement, e: KeyboardEvent): void {
  const items = focusables(dialog);
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  const at = document.activeElement;
  const inside = at instanceof Node && dialog.contains(at);
  const wrap = e.shiftKey ? (at === first || !inside ? last : null) : (at === last || !inside ? first : null);
  if (!wrap) return;
  e.preventDefault();
  wrap.focus();
}

/** Closes `dialog` if it is open (one opened without the polyfill by its attribute, and told so by a `close` event). */
export function closeDialog(dialog: HTMLDialogElement | undefined): void {
  if (!dialog) return;
  if (hasApi(dialog)) {
    if (dialog.open) dialog.close();
  } else if (dialog.hasAttribute('open')) {
    dialog.removeAttribute('open');
    dialog.dispatchEvent(new Event('close'));
  }
}
