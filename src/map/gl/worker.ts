/**
 * MapLibre 6 runs its tile work in a module worker that Vite does not emit on
 * its own: import the file's URL so the build copies it (same origin, so the
 * strict CSP's worker-src 'self' allows it). The portable file brings its own
 * classic worker as a blob (src/data/inline.ts).
 */
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { setWorkerUrl } from 'maplibre-gl';
import { inlineWorkerUrl } from '../../data/inline.ts';

setWorkerUrl(inlineWorkerUrl() ?? workerUrl);
