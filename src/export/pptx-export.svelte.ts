/**
 * Making the deck: walks the current story (with ?steps=, the chosen steps in
 * their order) through the presentation itself, so each slide's map is the map
 * as the audience sees it at that step, then writes liaoning-atlas-<lang>.pptx.
 * Started from the Share dialog, it opens the presentation for the walk and
 * leaves it afterwards. One export at a time; its progress is shared by every
 * "Export PPTX" button.
 */
import { tick } from 'svelte';
import type { AppState } from '../state/app.svelte.ts';
import type { MapPicture } from '../map/registry.ts';
import { playlist } from '../story/playlist.ts';
import { slideContent } from './pptx-content.ts';
import { downloadBlob } from './download.ts';
import type { Slide, SlidePicture } from './pptx.ts';

/** The map as it stands, at 2×: the one place the deck asks the map for a picture. */
export const mapPicture = (app: AppState): Promise<MapPicture | null> => app.map.snapshot(2);

export const deckFilename = (lang: string): string => `liaoning-atlas-${lang}.pptx`;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()));
async function until(ok: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(50)) if (ok()) return true;
  return ok();
}

/** After a step change: the presentation applies it, the camera cuts to where the move ends, the paint settles. */
async function settle(app: AppState): Promise<void> {
  await tick();
  app.map.moveCamera(app.map.camera, false);
  await frame();
  await frame();
  // MapLibre fades paint changes (highlight, layers) over 300 ms by default.
  await sleep(400);
}

function toPicture(p: MapPicture | null): SlidePicture | null {
  if (!p) return null;
  return { png: p.canvas.toDataURL('image/png'), width: p.width, height: p.height };
}

export type DeckStatus =
  | { state: 'idle' }
  | { state: 'making'; n: number; total: number }
  | { state: 'saved'; name: string }
  | { state: 'failed'; reason: string };

class DeckExport {
  status = $state<DeckStatus>({ state: 'idle' });
  get busy(): boolean {
    return this.status.state === 'making';
  }

  async run(app: AppState): Promise<void> {
    const atlas = app.atlas;
    if (!atlas || this.busy) return;
    const lang = app.lang;
    const startedHere = app.view.mode !== 'present';
    const { step: savedStep, zone: savedZone } = app.view;
    // The steps= list is in the address before the presentation starts: the count is known now.
    const story = playlist(atlas.story, app.view.steps);
    this.status = { state: 'making', n: 0, total: story.length };
    try {
      if (startedHere) {
        app.startPresentation();
        // The presentation has started when it has set its first step.
        if (!(await until(() => app.view.step !== null, 15_000))) throw new Error('presentation did not start');
      }
      // Presentation mode loads the WebGL map; give it time to replace the first-paint SVG map (or fall back).
      await until(() => app.renderer !== 'static', 30_000);
      const slides: Slide[] = [];
      for (const [i, step] of story.entries()) {
        this.status = { state: 'making', n: i + 1, total: story.length };
        app.goToStep(i + 1);
        await settle(app);
        slides.push({ content: slideContent(atlas, step, lang), picture: toPicture(await mapPicture(app)) });
      }
      const { buildDeck } = await import('./pptx.ts');
      const blob = await buildDeck(slides, lang, app.t('app.title'));
      const name = deckFilename(lang);
      downloadBlob(name, blob);
      this.status = { state: 'saved', name };
    } catch (e) {
      this.status = { state: 'failed', reason: e instanceof Error ? e.message : String(e) };
    } finally {
      if (startedHere) {
        app.leavePresentation();
        app.select(savedZone);
      } else if (savedStep !== null) app.goToStep(savedStep);
    }
  }
}

export const deckExport = new DeckExport();
