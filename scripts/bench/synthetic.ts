/**
 * A seeded generator of synthetic atlases for the scale benchmark (scripts/bench/scale.ts):
 * writes a project root (data/ and seeds/) with N zones over the same cities, that the real
 * data build accepts. The real data is kept as it is; the extra zones come from one synthetic
 * seed document that says, in one sentence per zone, where the zone is, its leading industry
 * and one figure, plus the zone counts. So every synthetic record carries a source the build
 * verifies like any other. That document is marked as the plan (the zones' counts are its
 * statement), which is why the real plan loses `plan: true` in the copy. Nothing here is
 * true: names say 合成 / Synthetic, and the document's title says it is benchmark data.
 *
 *   npx tsx scripts/bench/synthetic.ts --zones 150 --out /tmp/atlas-150 [--seed 7]
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync, appendFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SYNTHETIC_DOC = 'synthetic-bench';
const SEED_FILE = 'seeds/synthetic-bench.txt';
const START = '【合成基准数据】';
const END = '【合成基准数据完】';

/** mulberry32: a small seeded generator, so the same seed gives the same atlas. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Letters only: zone ids in figure scopes are `zone:[a-z-]+`. */
function letters(n: number): string {
  let s = '';
  let k = n;
  do {
    s = String.fromCharCode(97 + (k % 26)) + s;
    k = Math.floor(k / 26) - 1;
  } while (k >= 0);
  return s;
}

interface City { id: string; name: { zh: string; en: string } }
interface Industry { key: string; zh: string; en: string }
interface RealZone { id: string; tier: 'national' | 'provincial' }

export interface SyntheticOptions {
  zones: number;
  /** Where to write data/ and seeds/ (created). */
  out: string;
  seed?: number;
  /** The real project (data/, seeds/, public/data/liaoning.topo.json); default: this repository. */
  from?: string;
}

/** Writes the synthetic root and returns how many zones it has per tier. */
export function writeSynthetic({ zones: total, out, seed = 7, from = REPO }: SyntheticOptions): { national: number; provincial: number } {
  mkdirSync(out, { recursive: true });
  cpSync(join(from, 'data'), join(out, 'data'), { recursive: true });
  cpSync(join(from, 'seeds'), join(out, 'seeds'), { recursive: true });
  const real = parse(readFileSync(join(from, 'data/zones.yaml'), 'utf8')) as RealZone[];
  const count = (zs: readonly RealZone[], t: RealZone['tier']): number => zs.filter((z) => z.tier === t).length;
  if (total < real.length) throw new Error(`--zones ${total}: the synthetic atlas keeps the ${real.length} real zones`);
  if (total === real.length) return { national: count(real, 'national'), provincial: count(real, 'provincial') };

  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const cities = parse(readFileSync(join(from, 'data/cities.yaml'), 'utf8')) as City[];
  const industries = parse(readFileSync(join(from, 'data/industries.yaml'), 'utf8')) as Industry[];
  // Each city's label point (its seat) from the geography build: synthetic zones lie around it.
  const topo = JSON.parse(readFileSync(join(from, 'public/data/liaoning.topo.json'), 'utf8')) as {
    objects: { cities: { geometries: { properties: { id: string; cx: number; cy: number } }[] } };
  };
  const seat = new Map(topo.objects.cities.geometries.map((g) => [g.properties.id, [g.properties.cx, g.properties.cy] as const]));

  const made: { id: string; tier: RealZone['tier']; city: City; lon: number; lat: number; industry: Industry; revenue: number; sentence: string; k: number }[] = [];
  for (let i = 0; made.length < total - real.length; i++) {
    const city = cities[i % cities.length] as City;
    const [cx, cy] = seat.get(city.id) ?? [122.5, 41];
    const k = Math.floor(i / cities.length) + 1;
    const industry = pick(industries);
    const revenue = Math.round(5 + rnd() * 495);
    const nameZh = `合成${city.name.zh}第${k}高新区`;
    const sentence = `${nameZh}位于${city.name.zh}，以${industry.zh}为主导产业，2015年实现营业收入${revenue}亿元。`;
    made.push({
      id: `syn-${city.id}-${letters(k - 1)}`, tier: rnd() < 0.3 ? 'national' : 'provincial', city,
      lon: Math.round((cx + (rnd() - 0.5) * 0.5) * 1000) / 1000, lat: Math.round((cy + (rnd() - 0.5) * 0.4) * 1000) / 1000,
      industry, revenue, sentence, k,
    });
  }
  const national = count(real, 'national') + made.filter((z) => z.tier === 'national').length;
  const provincial = total - national;
  // A year of its own: the real plan's counts are 2015's, and two counts of one year would be look-alikes.
  const countSentence = `截至2016年，全省现有高新区${total}家，其中国家高新区${national}家，省级高新区${provincial}家。`;

  writeFileSync(join(out, SEED_FILE), [START, '合成基准文档：以下内容为性能测试自动生成，并非真实数据。', countSentence, ...made.map((z) => z.sentence), END, ''].join('\n'));

  const docsFile = join(out, 'data/documents.yaml');
  writeFileSync(docsFile, readFileSync(docsFile, 'utf8').replace(/^ {2}plan: true\n/m, ''));
  appendFileSync(docsFile, `\n${stringify([{
    id: SYNTHETIC_DOC,
    title: { zh: '合成基准数据（性能测试，非真实数据）', en: 'Synthetic benchmark data (performance tests; not real)' },
    issuer: { zh: '性能测试生成器', en: 'Benchmark generator' },
    date: '2015', seed: SEED_FILE, plan: true, range: { starts: START, ends: END },
  }])}`);

  const src = (quote: string): { doc: string; quote: string } => ({ doc: SYNTHETIC_DOC, quote });
  appendFileSync(join(out, 'data/zones.yaml'), `\n${stringify(made.map((z) => ({
    id: z.id,
    name: { zh: `合成${z.city.name.zh}第${z.k}高新区`, en: `Synthetic ${z.city.name.en} Zone ${z.k}` },
    short: { zh: `${z.city.name.zh.replace(/市$/, '')}${z.k}`, en: `${z.city.name.en} ${z.k}` },
    tier: z.tier, city: z.city.id,
    location: { lon: z.lon, lat: z.lat, approximate: true, radius_km: 5, method: 'SYNTHETIC: near the city seat, seeded random offset (benchmark data)' },
    scheme: { role: 'spillover', source: src(z.sentence) },
  })))}`);

  const countFigure = (id: string, scope: string, value: number): Record<string, unknown> => ({
    id: `${SYNTHETIC_DOC}.zone-count.${id}`, metric: 'zone-count', label: { zh: '高新区数量', en: 'Number of high-tech zones' },
    scope, value, unit: 'count', year: 2016, kind: 'baseline', source: src(countSentence),
  });
  writeFileSync(join(out, 'data/figures/synthetic-bench.yaml'), stringify([
    countFigure('zones', 'zones', total), countFigure('national', 'tier:national', national), countFigure('provincial', 'tier:provincial', provincial),
    ...made.map((z) => ({
      id: `${SYNTHETIC_DOC}.revenue.${z.id}`, metric: 'revenue', label: { zh: '营业收入', en: 'Operating revenue' },
      scope: `zone:${z.id}`, value: z.revenue, unit: 'yi_yuan', year: 2015, kind: 'baseline', source: src(z.sentence),
    })),
  ]));
  writeFileSync(join(out, 'data/industry-claims/synthetic-bench.yaml'), stringify(made.map((z) => ({
    zone: z.id, industry: z.industry.key, basis: 'zone', status: 'existing', term: z.industry.zh, source: src(z.sentence),
  }))));
  return { national, provincial };
}

const invokedAs = process.argv[1];
if (invokedAs !== undefined && resolve(invokedAs) === fileURLToPath(import.meta.url)) {
  const arg = (name: string): string | undefined => process.argv[process.argv.indexOf(name) + 1];
  const zones = Number(arg('--zones'));
  const out = arg('--out');
  if (!Number.isInteger(zones) || !out || !process.argv.includes('--out')) {
    console.error('usage: tsx scripts/bench/synthetic.ts --zones N --out DIR [--seed S]');
    process.exit(2);
  }
  const tiers = writeSynthetic({ zones, out: resolve(out), seed: Number(arg('--seed') ?? 7) || 7 });
  console.log(`${out}: ${zones} zones (${tiers.national} national, ${tiers.provincial} provincial)`);
}
