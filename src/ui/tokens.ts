/**
 * The one source of the app's type and layout constants. CSS gets them as custom
 * properties generated at build time (scripts/build/tokens-css.ts); charts and
 * both maps import them. Colours of the data live in palette.ts.
 */

/** CJK-first system fonts, no web font (nothing leaves the origin). MapLibre reads the weight from the first name. */
export const FONT_FAMILIES = ['PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', 'system-ui', 'sans-serif'] as const;

const GENERIC = new Set<string>(['system-ui', 'sans-serif', 'serif', 'monospace']);
/** The same list as a CSS font-family value (ECharts, the standalone SVG map). */
export const FONT_STACK = FONT_FAMILIES.map((f) => (GENERIC.has(f) ? f : `"${f}"`)).join(', ');

/** The weights the CSS asks for: 400, 500 (source markers) and 600/700 (headings, figures, labels; 600 gets the 700 face). */
export const FACE_WEIGHTS = [400, 500, 700] as const;
export type FaceWeight = (typeof FACE_WEIGHTS)[number];
type SystemCjkFamily = Exclude<(typeof FONT_FAMILIES)[number], 'system-ui' | 'sans-serif'>;
/**
 * The same system faces under their unique names (full name, PostScript name), for `local()`. Found by
 * family name (Chrome on Linux goes through fontconfig), the prerendered first view's first layout took
 * 82–92 ms at 412×823 in a fresh browser; through these faces, 27–41 ms, drawn the same. A weight a
 * family lacks is left out: PingFang's 700 is its Semibold, as the system gives it.
 */
export const SYSTEM_CJK_FACES: Readonly<Record<SystemCjkFamily, Partial<Record<FaceWeight, readonly string[]>>>> = {
  'PingFang SC': { 400: ['PingFang SC Regular', 'PingFangSC-Regular'], 500: ['PingFang SC Medium', 'PingFangSC-Medium'], 700: ['PingFang SC Semibold', 'PingFangSC-Semibold'] },
  'Hiragino Sans GB': { 400: ['Hiragino Sans GB W3', 'HiraginoSansGB-W3'], 700: ['Hiragino Sans GB W6', 'HiraginoSansGB-W6'] },
  'Microsoft YaHei': { 400: ['Microsoft YaHei', 'MicrosoftYaHei'], 700: ['Microsoft YaHei Bold', 'MicrosoftYaHei-Bold'] },
  'Noto Sans CJK SC': { 400: ['Noto Sans CJK SC', 'NotoSansCJKsc-Regular'], 500: ['Noto Sans CJK SC Medium', 'NotoSansCJKsc-Medium'], 700: ['Noto Sans CJK SC Bold', 'NotoSansCJKsc-Bold'] },
  'Source Han Sans SC': { 400: ['Source Han Sans SC', 'SourceHanSansSC-Regular'], 500: ['Source Han Sans SC Medium', 'SourceHanSansSC-Medium'], 700: ['Source Han Sans SC Bold', 'SourceHanSansSC-Bold'] },
};

/** The page's family of those `local()` faces (src/app.css gets them from scripts/build/tokens-css.ts). */
export const LOCAL_CJK_FAMILY = 'Atlas CJK';
/**
 * Where a weight has no face of its own in a family, the one CSS font matching picks instead
 * (500 → 400). A missing 700 is left to the browser, which emboldens the 500 or 400 face as it
 * would the system's.
 */
const FACE_FALLBACK: Record<FaceWeight, readonly FaceWeight[]> = { 400: [400], 500: [500, 400], 700: [700] };
/** The `local()` names of one weight's face, family by family in FONT_FAMILIES' order, so each platform gets the face it gets today. */
export function localFaceNames(weight: FaceWeight): string[] {
  return Object.values(SYSTEM_CJK_FACES).flatMap((faces) => FACE_FALLBACK[weight].flatMap((w) => faces[w] ?? []));
}
/** The page's font-family value (`--font`): the `local()` faces first, then the system stack where none of them is installed. */
export const PAGE_FONT_STACK = `"${LOCAL_CJK_FAMILY}", ${FONT_STACK}`;

/**
 * English is drawn in the same faces (their Latin is good) but for a few marks that a Chinese face draws
 * full-width, as Chinese text wants them: in English ’ “ ” … read "China’ s" and "“ zones ”". Those come
 * from the platform's Latin sans (by `unicode-range`), in English only (scripts/build/tokens-css.ts). The
 * middle dot stays wide: the separators are written for it.
 */
export const LATIN_PUNCTUATION_FAMILY = 'Atlas Latin Punctuation';
export const LATIN_PUNCTUATION_RANGE = 'U+2018-2019, U+201C-201D, U+2026';
/** Windows, Apple, Android, then Linux's (UOS and Kylin among them) sans faces, by full and PostScript name. */
export const LATIN_PUNCTUATION_FACES: Readonly<Record<400 | 700, readonly string[]>> = {
  400: ['Segoe UI', 'SegoeUI', 'Helvetica Neue', 'HelveticaNeue', 'Roboto', 'Roboto-Regular', 'Arial', 'ArialMT', 'Noto Sans', 'NotoSans-Regular', 'Liberation Sans', 'LiberationSans', 'Nimbus Sans', 'NimbusSans-Regular', 'DejaVu Sans', 'DejaVuSans'],
  700: ['Segoe UI Bold', 'SegoeUI-Bold', 'Helvetica Neue Bold', 'HelveticaNeue-Bold', 'Roboto Bold', 'Roboto-Bold', 'Arial Bold', 'Arial-BoldMT', 'Noto Sans Bold', 'NotoSans-Bold', 'Liberation Sans Bold', 'LiberationSans-Bold', 'Nimbus Sans Bold', 'NimbusSans-Bold', 'DejaVu Sans Bold', 'DejaVuSans-Bold'],
};
/** A font-family value for English text: those marks first, then `stack`. */
export const withLatinPunctuation = (stack: string): string => `"${LATIN_PUNCTUATION_FAMILY}", ${stack}`;
/** The page's font-family value in English. */
export const PAGE_FONT_STACK_EN = withLatinPunctuation(PAGE_FONT_STACK);

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
