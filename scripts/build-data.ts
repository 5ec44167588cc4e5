/**
 * npm run data: verify data/ against seeds/ and write public/data/atlas.json
 * and public/data/docs/<id>.json. Exits non-zero, listing every problem with
 * its file, record and reason, if anything cannot be traced.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAtlas } from './data/build.ts';
import { DataBuildError } from './data/errors.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'public', 'data');

try {
  // ATLAS_PUBLISH=<file> builds with another publisher's settings (e.g. min_external_grade: official).
  const publishFile = process.env.ATLAS_PUBLISH ? resolve(process.env.ATLAS_PUBLISH) : undefined;
  const { atlas, texts, lookalikes } = buildAtlas({ root, publishFile });
  mkdirSync(join(out, 'docs'), { recursive: true });
  writeFileSync(join(out, 'atlas.json'), JSON.stringify(atlas));
  for (const t of texts) writeFileSync(join(out, 'docs', `${t.id}.json`), JSON.stringify(t));
  const onBelt = atlas.zones.filter((z) => z.belt.on).map((z) => `${z.id} (${z.belt.distanceKm} km${z.belt.borderline ? ', borderline' : ''})`);
  console.log(
    `atlas.json: ${atlas.zones.length} zones, ${atlas.figures.length} figures, ${atlas.claims.length} industry claims, ` +
      `${atlas.links.length} links, ${atlas.goals.length} goals, ${atlas.story.length} story steps, ${texts.length} documents`,
  );
  console.log(`look-alike figures (each names the other in twins and says how they differ in its note): ${lookalikes.map((g) => g.join(' ~ ')).join('; ') || 'none'}`);
  const { minExternalGrade, omitted } = atlas.publish;
  console.log(`outside sources: minimum grade ${minExternalGrade}; ${omitted.length} fact(s) left out${omitted.length ? `: ${omitted.map((o) => `${o.record.id} (${o.grade})`).join(', ')}` : ''}`);
  console.log(`on the belt (≤ ${atlas.belt.thresholdKm} km from the expressway): ${onBelt.join(', ')}`);
} catch (e) {
  if (e instanceof DataBuildError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
