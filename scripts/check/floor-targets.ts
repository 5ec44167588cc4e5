/**
 * The browser floor: the oldest browsers the app (outside the WebGL map) must run on.
 * One place for it — the build target (vite.config.ts) and the floor check (floor.ts) both read it.
 */
export const FLOOR = { chrome: 88, firefox: 115, safari: 15 } as const;

/** The floor as Vite/esbuild targets. */
export const FLOOR_TARGETS = Object.entries(FLOOR).map(([b, v]) => `${b}${v}`);

/** The floor as a browserslist query (es-check, doiuse). */
export const FLOOR_QUERY = `chrome ${FLOOR.chrome}, firefox ${FLOOR.firefox}, safari ${FLOOR.safari}, ios_saf ${FLOOR.safari}`;
