/**
 * MapLibre 6 runs its tile work in a module worker that Vite does not emit on
 * its own: import the file's URL so the build copies it (same origin, so the
 * strict CSP's worker-src 'self' allows it).
 */
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { setWorkerUrl } from 'maplibre-gl';

setWorkerUrl(workerUrl);
