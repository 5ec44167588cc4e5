/**
 * The one source of the app's type and layout constants. CSS gets them as custom
 * properties generated at build time (scripts/build/tokens-css.ts); charts and
 * both maps import them. Colours of the data live in palette.ts.
 */

/** CJK-first system fonts, no web font (nothing leaves the origin). MapLibre reads the weight from the first name. */
export const FONT_FAMILIES = ['PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'system-ui', 'sans-serif'] as const;

const GENERIC = new Set<string>(['system-ui', 'sans-serif', 'serif', 'monospace']);
/** The same list as a CSS font-family value (`--font`, ECharts). */
export const FONT_STACK = FONT_FAMILIES.map((f) => (GENERIC.has(f) ? f : `"${f}"`)).join(', ');

/**
 * From this width (CSS px) up, the panel sits beside the map and the home view leaves room for
 * the legend; below it, the layout stacks (phones, narrow frames).
 */
export const WIDE_MIN_PX = 760;
/**
 * The legend starts open from this width: a map of WIDE_MIN_PX beside the 420 px panel (app.css
 * `--panel-w`). On a narrower map the open legend (about 300×290 px) would take the corner of the
 * province itself (Dalian, Yingkou, Huludao at 1024×768), or the home view would shrink to clear it.
 */
export const LEGEND_OPEN_MIN_WIDTH_PX = 1180;
/** Below this height the legend starts folded even on a wide screen (phones held sideways). */
export const LEGEND_OPEN_MIN_HEIGHT_PX = 500;
/**
 * Phones: the few CSS rules for the smallest screens (`@media (max-width: 600px)`). CSS cannot
 * read JS, so the media queries write the number; tests/unit/tokens.test.ts checks every
 * `@media` width in src/ is one of these constants.
 */
export const PHONE_MAX_PX = 600;

export const isWide = (widthPx: number): boolean => widthPx >= WIDE_MIN_PX;
/** matchMedia query: wide and tall enough for the legend to start open. */
export const LEGEND_OPEN_QUERY = `(min-width: ${LEGEND_OPEN_MIN_WIDTH_PX}px) and (min-height: ${LEGEND_OPEN_MIN_HEIGHT_PX}px)`;
