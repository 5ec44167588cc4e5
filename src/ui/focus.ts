/**
 * Whether the app may move the focus on its own (a panel opening, a presentation starting): always in a page
 * of its own; in a frame (an embedded atlas) only once the reader works in it, so that an atlas embedded in
 * a government page never takes the focus, or the scroll, from the host page (tests/e2e/embed.spec.ts).
 */
export const mayTakeFocus = (): boolean => window.self === window.top || document.hasFocus();
