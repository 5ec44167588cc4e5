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

/** Opens `dialog` as a modal (traps focus, Esc closes it), where needed once the polyfill is there. */
export async function showModal(dialog: HTMLDialogElement): Promise<void> {
  if (!hasApi(dialog)) {
    (await loadPolyfill()).registerDialog(dialog);
    // Centred in the window, as a native modal is (the polyfill's own class).
    dialog.classList.add('fixed');
  }
  if (!dialog.open) dialog.showModal();
}

/** Closes `dialog` if it is open (one never opened may not have the API yet). */
export function closeDialog(dialog: HTMLDialogElement | undefined): void {
  if (dialog?.open && hasApi(dialog)) dialog.close();
}
