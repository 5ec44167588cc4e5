/**
 * The data build: reads data/*.yaml, validates shapes (schema.ts), verifies
 * every quote against its seed document and every value against its quote,
 * derives what must not be hand-assigned (belt membership), and returns the
 * atlas the app loads plus each document's text for the provenance view.
 *
 * This file only orders the work: one reader per concept (read/*.ts) checks its
 * file against the concepts read before it and returns its part of the atlas.
 * Readers run in the order below, so messages come in the same order each time.
 */
import { join } from 'node:path';
import * as S from './schema.ts';
import { DataErrors, DataBuildError } from './errors.ts';
import { DataFiles, byId } from './files.ts';
import { readDocuments } from './read/documents.ts';
import { sourceChecker } from './read/sources.ts';
import { readPublish } from './read/publish.ts';
import { readCities } from './read/cities.ts';
import { readZones } from './read/zones.ts';
import { readIndustries, industryKey } from './read/industries.ts';
import { readClaims, claimKey } from './read/claims.ts';
import { readFigures } from './read/figures.ts';
import { readGoals } from './read/goals.ts';
import { readLinks } from './read/links.ts';
import { readBelt, beltLine } from './read/belt.ts';
import { readStory } from './read/story.ts';
import type { ReadContext } from './read/context.ts';
import { zoneCountProblems } from '../../src/data/counts.ts';
import type { Atlas, DocumentText } from '../../src/data/types.ts';

export { parseScope } from './read/figures.ts';

export interface BuildOptions {
  /** Project root: data/ and seeds/ are read from here. */
  root: string;
  dataDir?: string;
  /** The publisher's settings (default data/publish.yaml; `ATLAS_PUBLISH` in scripts/build-data.ts). */
  publishFile?: string;
}
export interface BuildResult {
  atlas: Atlas;
  texts: DocumentText[];
  /** Look-alike figures (same measure, scope, year): each group's ids, for the build's report. */
  lookalikes: string[][];
}

export function buildAtlas({ root, dataDir = join(root, 'data'), publishFile }: BuildOptions): BuildResult {
  const errors = new DataErrors();
  const files = new DataFiles(root, errors);
  const path = (name: string): string => join(dataDir, name);
  const file = (name: string): string => files.rel(path(name));

  const docs = readDocuments(files.list(path('documents.yaml'), S.DocumentIn), file('documents.yaml'), errors, (seed) => files.text(join(root, seed)));

  // An explicitly named settings file must exist: a typo must not publish the weaker facts silently.
  const publishPath = publishFile ?? path('publish.yaml');
  if (publishFile && !files.exists(publishFile)) errors.add(publishFile, '(file)', 'the publisher settings file (ATLAS_PUBLISH) is missing');
  const publish = readPublish(files.exists(publishPath) ? files.one(publishPath, S.PublishIn) : null);
  const ctx: ReadContext = { errors, source: sourceChecker(docs, errors), publish };

  // What the atlas covers: its extent catches swapped coordinates in zones and belt waypoints.
  const region = files.one(path('region.yaml'), S.RegionIn);
  const { cities, cityIds } = readCities(files.list(path('cities.yaml'), S.CityIn), file('cities.yaml'), errors);
  const beltIn = files.one(path('belt.yaml'), S.BeltIn);
  const zonesIn = files.list(path('zones.yaml'), S.ZoneIn);
  const { zones, zoneIds } = readZones(zonesIn, file('zones.yaml'), ctx, { cityIds, region, line: beltLine(beltIn), thresholdKm: beltIn?.threshold_km ?? 0 });

  const { industries, industryKeys } = readIndustries(files.list(path('industries.yaml'), S.IndustryIn, industryKey), file('industries.yaml'), errors);
  const claims = readClaims(files.dir(path('industry-claims'), S.IndustryClaimIn, claimKey), ctx, { zoneIds, zonesIn, industryKeys, cities, docs });

  const { figures, figureIds, lookalikes } = readFigures(files.dir(path('figures'), S.FigureIn, byId), ctx, { zoneIds, cityIds, zones, docs });
  // How many zones is the data's: the plan's own counts against the list (src/data/counts.ts), no number here.
  for (const p of zoneCountProblems(zones, figures, [...docs.values()].map((d) => d.meta))) errors.add(file('zones.yaml'), '(file)', p);

  const goals = readGoals(files.list(path('goals.yaml'), S.GoalIn), file('goals.yaml'), ctx, { zoneIds, docs });
  const links = readLinks(files.list(path('links.yaml'), S.LinkIn), file('links.yaml'), ctx, { zoneIds });
  const belt = beltIn ? readBelt(beltIn, file('belt.yaml'), ctx, { region }) : null;
  // The story is optional: without story.yaml there is no presentation mode.
  const storyIn = files.exists(path('story.yaml')) ? files.list(path('story.yaml'), S.StoryStepIn) : [];
  const story = readStory(storyIn, file('story.yaml'), ctx, { zoneIds, figures, figureIds, docs, thresholdKm: beltIn?.threshold_km });

  if (errors.count) throw new DataBuildError(errors.messages);
  if (!belt) throw new DataBuildError([`${file('belt.yaml')}: belt: missing`]);

  const docList = [...docs.values()];
  return {
    atlas: {
      version: 1,
      builtFrom: docList.map((d) => d.meta.seed),
      documents: docList.map((d) => d.meta),
      cities, zones, industries, claims, figures, goals, links, belt, story,
      publish: { minExternalGrade: publish.minGrade, omitted: publish.omitted },
    },
    texts: docList.map((d) => ({ id: d.meta.id, text: d.corrected.text, corrections: d.corrected.spots })),
    lookalikes: lookalikes.map((g) => g.map((f) => f.id)),
  };
}
