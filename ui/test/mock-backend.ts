// A mock of the Tauri backend implementing the IPC contract, for the browser
// tests, the benchmark and `npm run dev`. Everything here is invented test
// data (the articles are not real news) except the island polygons, which
// are Natural Earth's, and the other five disputes, read from the real packs
// in data/packs/. Never imported by the production bundle.
import type { Feature, Geometry } from 'geojson';
import islandsRaw from './fixtures/kuril-islands.geojson?raw';
import kurilManifestRaw from '../../data/packs/kuril/pack.json?raw';
import { ARTICLE_EXTENSIONS, ARTICLE_FORMATS } from '../src/bindings/formats';
import { BenchAggregate } from './bench-aggregate';
import type {
  ArticleDetail,
  ArticleExcerpts,
  ArticleFacets,
  ArticlePage,
  ArticleSummary,
  Coverage,
  CoverageOf,
  Dispute,
  ExportCount,
  TimelineEvent,
  Excerpt,
  Histogram,
  ImportProgress,
  ImportSummary,
  Language,
  LibraryStatus,
  MapCounts,
  MapSnapshotView,
  MentionCorrection,
  MentionRecord,
  Names,
  Pack,
  PlaceEvents,
  PlaceKind,
  PlaceProperties,
  SearchFilter,
  ReanalysisProgress,
  ReanalysisSummary,
  SearchHit,
  TimelinePage,
} from '../src/types';

export interface MockConfig {
  /** Start with an empty library (first run). */
  empty?: boolean;
  /** Generate this many events, kept as the core's aggregate keeps them (benchmark). */
  benchEvents?: number;
  /** Delay between import progress messages, ms. */
  importDelayMs?: number;
  /** Paths the open dialog returns. */
  dialogPaths?: string[];
  /** Add this many generated article summaries to the library list (start-up benchmark). */
  benchArticles?: number;
  /** Round-trip every result through JSON, as the real IPC does (start-up benchmark). */
  ipcJson?: boolean;
  /** Delay these commands' answers by so many ms (tests of loading states), e.g. {map_counts: 2000}. */
  delayMs?: Record<string, number>;
  /** The disk fills up after this many files of an import: the rest fail with `disk_full` and the import stops. */
  diskFullAfter?: number;
  /** The library's state at start (open and writable unless given): `read_only` or `damaged`. */
  libraryStatus?: LibraryStatus;
  /** The path the save dialog returns (null: cancelled). */
  savePath?: string | null;
  /** Add this many generated articles that mention Kunashir (the island panel reads its articles a page at a time). */
  kunashirNotes?: number;
}

// ---------------------------------------------------------------- places

const RU_ADMIN = { claimant: 'RU', status: 'administers' as const, since: '1945', note: 'Part of Sakhalin Oblast (Kurilsky and Yuzhno-Kurilsky districts).' };
const JP_CLAIM = { claimant: 'JP', status: 'claims' as const, since: '1945', note: 'Japan considers the islands its Northern Territories, part of Nemuro Subprefecture, Hokkaido.' };

interface PlaceSeed {
  id: string;
  kind: PlaceKind;
  role: 'disputed' | 'context';
  names: Names;
  aliases: string[];
  covers?: string[];
  island?: string;
  point?: [number, number];
  label?: [number, number];
}

const SEEDS: PlaceSeed[] = [
  { id: 'kunashir', kind: 'island', role: 'disputed', names: { en: 'Kunashir', en_alt: ['Kunashiri'], ja: '国後島', ru: 'Кунашир' }, aliases: ['Kunashiri', 'Kunashir', '国後島', 'Кунашире', 'Кунашира', 'Кунашир'] },
  { id: 'iturup', kind: 'island', role: 'disputed', names: { en: 'Iturup', en_alt: ['Etorofu'], ja: '択捉島', ru: 'Итуруп' }, aliases: ['Iturup', 'Etorofu', '択捉島', 'Итурупе', 'Итурупа', 'Итуруп'] },
  { id: 'shikotan', kind: 'island', role: 'disputed', names: { en: 'Shikotan', ja: '色丹島', ru: 'Шикотан' }, aliases: ['Shikotan', '色丹島', 'Шикотане', 'Шикотана', 'Шикотан'] },
  { id: 'habomai', kind: 'island', role: 'disputed', names: { en: 'Habomai Islands', en_alt: ['Habomai'], ja: '歯舞群島', ru: 'острова Хабомаи' }, aliases: ['Habomai Islands', 'Habomai', '歯舞群島', 'Хабомаи'] },
  { id: 'urup', kind: 'island', role: 'context', names: { en: 'Urup', ja: '得撫島', ru: 'Уруп' }, aliases: ['Urup', '得撫島', 'Уруп'] },
  { id: 'hokkaido-east', kind: 'island', role: 'context', names: { en: 'Hokkaido', ja: '北海道', ru: 'Хоккайдо' }, aliases: ['Hokkaido', '北海道', 'Хоккайдо'], label: [144.45, 43.62] },
  { id: 'southern-kurils', kind: 'group', role: 'disputed', names: { en: 'Southern Kurils', en_alt: ['Northern Territories'], ja: '北方領土', ru: 'Южные Курилы' }, aliases: ['Northern Territories', 'Southern Kurils', 'southern Kuril Islands', '北方領土', 'Южные Курилы', 'Южных Курил'], covers: ['kunashir', 'iturup', 'shikotan', 'habomai'], label: [148.6, 44.2] },
  { id: 'kuril-islands', kind: 'group', role: 'context', names: { en: 'Kuril Islands', en_alt: ['Chishima Islands'], ja: '千島列島', ru: 'Курильские острова' }, aliases: ['Kuril Islands', 'Kurils', '千島列島', 'Курильские острова', 'Курил'], covers: ['kunashir', 'iturup', 'shikotan', 'habomai', 'urup'], label: [148.75, 45.95] },
  { id: 'lesser-kurils', kind: 'group', role: 'disputed', names: { en: 'Lesser Kuril Chain', ja: '歯舞・色丹', ru: 'Малая Курильская гряда' }, aliases: ['Lesser Kuril Chain', 'Малая Курильская гряда', 'Малой Курильской гряды'], covers: ['shikotan', 'habomai'], label: [146.95, 43.12] },
  { id: 'yuzhno-kurilsk', kind: 'place', role: 'disputed', island: 'kunashir', names: { en: 'Yuzhno-Kurilsk', en_alt: ['Furukamappu'], ja: '古釜布', ru: 'Южно-Курильск' }, aliases: ['Yuzhno-Kurilsk', '古釜布', 'Южно-Курильск', 'Южно-Курильске'], point: [145.861, 44.031] },
  { id: 'mount-tyatya', kind: 'place', role: 'disputed', island: 'kunashir', names: { en: 'Tyatya', en_alt: ['Chachadake'], ja: '爺爺岳', ru: 'Тятя' }, aliases: ['Mount Tyatya', 'Tyatya', '爺爺岳', 'вулкан Тятя'], point: [146.252, 44.358] },
  { id: 'kurilsk', kind: 'place', role: 'disputed', island: 'iturup', names: { en: 'Kurilsk', en_alt: ['Shana'], ja: '紗那', ru: 'Курильск' }, aliases: ['Kurilsk', '紗那', 'Курильске', 'Курильск'], point: [147.873, 45.227] },
  { id: 'iturup-airport', kind: 'place', role: 'disputed', island: 'iturup', names: { en: 'Iturup Airport', ja: '択捉空港', ru: 'аэропорт Итуруп' }, aliases: ['аэропорт «Итуруп»', 'Iturup Airport'], point: [147.958, 45.256] },
  { id: 'malokurilskoye', kind: 'place', role: 'disputed', island: 'shikotan', names: { en: 'Malokurilskoye', en_alt: ['Shakotan'], ja: '斜古丹', ru: 'Малокурильское' }, aliases: ['Malokurilskoye', '斜古丹', 'Малокурильское'], point: [146.829, 43.868] },
  { id: 'nemuro', kind: 'place', role: 'context', island: 'hokkaido-east', names: { en: 'Nemuro', ja: '根室', ru: 'Немуро' }, aliases: ['Nemuro', '根室', 'Немуро'], point: [145.583, 43.33] },
];

function buildPack(): Pack {
  const src = JSON.parse(islandsRaw) as { features: Feature<Geometry, { id: string; label_point: [number, number] }>[] };
  const geom = new Map(src.features.map((f) => [f.properties.id, f]));
  const features = SEEDS.map((s) => {
    const g = geom.get(s.id);
    const claims = s.role === 'disputed' && s.kind !== 'place' ? [RU_ADMIN, JP_CLAIM] : s.island ? [] : s.id === 'hokkaido-east' ? [{ claimant: 'JP', status: 'administers' as const, since: '1869' }] : s.id === 'urup' || s.id === 'kuril-islands' ? [{ ...RU_ADMIN, note: s.id === 'urup' ? 'Not claimed by the Japanese government.' : RU_ADMIN.note }] : [];
    const label = s.label ?? s.point ?? g?.properties.label_point ?? [0, 0];
    const properties: PlaceProperties = { id: s.id, pack: 'kuril', kind: s.kind, role: s.role, names: s.names, claims, covers: s.covers ?? [], island: s.island, label };
    const geometry: Geometry | null = g ? g.geometry : s.point ? { type: 'Point', coordinates: s.point } : null;
    return { type: 'Feature' as const, id: s.id, properties, geometry };
  });
  return {
    id: 'kuril', // as data/packs/kuril/pack.json: places carry it as their `pack`
    name: 'Kuril Islands / Northern Territories',
    attribution: 'Islands: Natural Earth (public domain)',
    bounds: [143.0, 42.6, 150.8, 46.4], // as data/packs/kuril/pack.json
    usages: (JSON.parse(kurilManifestRaw) as { usages: Pack['usages'] }).usages,
    places: { type: 'FeatureCollection', features },
  };
}

/** The real packs' manifests and places (every pack but the Kurils, whose places are the invented ones above). */
const PACK_FILES = import.meta.glob<string>('../../data/packs/*/{pack.json,places.geojson,history.json}', { query: '?raw', import: 'default', eager: true });

/** The real curated history of every pack but the Kurils (whose invented one is above), as the timeline gets it. */
function otherPacksHistory(): TimelineEvent[] {
  return ['senkaku', 'dokdo', 'south-china-sea', 'crimea', 'falklands'].flatMap((id) =>
    (JSON.parse(PACK_FILES[`../../data/packs/${id}/history.json`]) as { id: string; date: string; places: string[]; title: string; description: string; source: string }[]).map(
      (e): TimelineEvent => ({ id: `history:${e.id}`, date: e.date, year: Number(e.date.slice(0, 4)), places: e.places, title: e.title, sentence: e.description, source: e.source, relative: false, planned: false, dated_by: 'stated', curated: true }),
    ),
  );
}

interface Manifest {
  id: string;
  name: string;
  description?: string;
  bounds: [number, number, number, number];
  attribution: string;
  natural_earth?: string[];
  usages?: { id: string; label: string; names: string }[];
}

/** Every dispute's manifest, in the core's order, and its pack as `get_pack` gives it. */
function buildPacks(kuril: Pack): { manifest: Manifest; pack: Pack }[] {
  const order = ['kuril', 'senkaku', 'dokdo', 'south-china-sea', 'crimea', 'falklands'];
  return order.map((id) => {
    const manifest = JSON.parse(id === 'kuril' ? kurilManifestRaw : PACK_FILES[`../../data/packs/${id}/pack.json`]) as Manifest;
    if (id === 'kuril') return { manifest, pack: kuril };
    const raw = JSON.parse(PACK_FILES[`../../data/packs/${id}/places.geojson`]) as { features: Feature<Geometry | null, Record<string, unknown>>[] };
    const features = raw.features.map((f) => {
      const p = f.properties;
      const properties = { id: String(f.id), pack: id, kind: p.kind, role: p.role, names: p.names, claims: p.claims ?? [], covers: p.covers ?? [], island: p.island, label: p.label } as PlaceProperties;
      return { type: 'Feature' as const, id: String(f.id), properties, geometry: f.geometry };
    });
    const pack = { id, name: manifest.name, attribution: manifest.attribution, bounds: manifest.bounds, usages: manifest.usages ?? [], places: { type: 'FeatureCollection', features } } as Pack;
    return { manifest, pack };
  });
}

/** The parties to a pack's disputed places, administering ones first (as the core lists them). */
function claimantsOf(pack: Pack): string[] {
  const out: string[] = [];
  for (const status of ['administers', 'claims']) {
    for (const f of pack.places.features) {
      if (f.properties.role !== 'disputed') continue;
      for (const c of f.properties.claims) if (c.status === status && !out.includes(c.claimant)) out.push(c.claimant);
    }
  }
  return out;
}

// ---------------------------------------------------------------- a tiny linker

const cpLen = (s: string) => [...s].length;
const seedById = new Map(SEEDS.map((s) => [s.id, s]));
const ALIASES = SEEDS.flatMap((s) => s.aliases.map((a) => ({ alias: a, id: s.id }))).sort((a, b) => b.alias.length - a.alias.length);

function findMentions(text: string): MentionRecord[] {
  const taken: [number, number][] = [];
  const found: { unit: number; len: number; id: string }[] = [];
  const lower = text.toLowerCase();
  for (const { alias, id } of ALIASES) {
    const a = alias.toLowerCase();
    let from = 0;
    for (;;) {
      const i = lower.indexOf(a, from);
      if (i < 0) break;
      from = i + a.length;
      const before = text[i - 1] ?? ' ';
      const after = text[i + a.length] ?? ' ';
      const cjk = /[\u3000-\u9fff]/.test(alias);
      if (!cjk && (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after))) continue;
      if (taken.some(([s, e]) => i < e && i + a.length > s)) continue;
      taken.push([i, i + a.length]);
      found.push({ unit: i, len: a.length, id });
    }
  }
  found.sort((a, b) => a.unit - b.unit);
  return found.map((f) => {
    const seed = seedById.get(f.id)!;
    const start = cpLen(text.slice(0, f.unit));
    const t = text.slice(f.unit, f.unit + f.len);
    return { feature: f.id, kind: seed.kind, island: seed.island, start, end: start + cpLen(t), text: t, corrected: false };
  });
}

/** Sentences as [start, end) code-point offsets. */
function sentences(text: string): [number, number][] {
  const chars = [...text];
  const out: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const end = c === '。' || c === '\n' || (/[.!?]/.test(c) && (chars[i + 1] === ' ' || chars[i + 1] === '\n' || i + 1 === chars.length));
    if (end || i + 1 === chars.length) {
      let s = start;
      while (s <= i && /\s/.test(chars[s])) s++;
      if (s <= i) out.push([s, i + 1]);
      start = i + 1;
    }
  }
  return out;
}

// ---------------------------------------------------------------- articles

interface StoredArticle {
  summary: ArticleSummary;
  text: string;
  /** The mentions as corrected (unlinked ones left out). */
  mentions: MentionRecord[];
  /** The mentions as the linker found them, and a person's corrections by start. */
  linked: MentionRecord[];
  corrections: Map<number, MentionCorrection>;
  /** A person's event dates, by event id: the date and when. */
  dates: Map<string, { date: string; at: string }>;
  /** Years written in the text, or relative to publication (years back), or the lead's news dated by publication. */
  eventSeeds: { sentence: [number, number]; year?: number; yearsBack?: number; date?: string; byPublication?: boolean }[];
}

interface ArticleSeed {
  title: string;
  source: string;
  published?: string;
  language: Language;
  file_name: string;
  text: string;
}

const ARTICLE_SEEDS: ArticleSeed[] = [
  {
    title: 'Ferry link to Kunashir resumes as talks stay frozen',
    source: 'Harbour Review (fictional test article)',
    published: '2023-06-12',
    language: 'en',
    file_name: 'ferry-kunashir.html',
    text:
      'Ferry link to Kunashir resumes as talks stay frozen\n\n' +
      'The passenger ferry between Korsakov and Yuzhno-Kurilsk on Kunashir resumed sailings on Monday after a winter pause, local officials said. ' +
      'Residents of Kunashiri, as the island is called in Japan, had waited since last year for the route to reopen. ' +
      'In Nemuro, on the Hokkaido side of the strait, former islanders watched the announcement with mixed feelings. ' +
      'Japan regards Kunashir, Iturup, Shikotan and the Habomai Islands as its Northern Territories, occupied since 1945. ' +
      'A post shared by a Nemuro resident read: "🇯🇵 we still hope to visit the graves 🙏 <script>alert(1)</script>". ' +
      'Visa-free exchanges between the southern Kuril Islands and Hokkaido were suspended in 2022. ' +
      'Volcanologists also reported steam at Mount Tyatya, the highest peak of Kunashir, in 2023.',
  },
  {
    title: 'На Итурупе расширят аэропорт',
    source: 'Курильский вестник (вымышленная тестовая статья)',
    published: '2021-09-03',
    language: 'ru',
    file_name: 'iturup-aeroport.txt',
    text:
      'На Итурупе расширят аэропорт\n\n' +
      'Власти Сахалинской области сообщили, что аэропорт «Итуруп» примет рейсы из Южно-Сахалинска круглый год с 2022 года. ' +
      'Аэропорт был открыт в 2014 году недалеко от Курильска. ' +
      'Жители Итурупа и Кунашира давно просили увеличить число рейсов. ' +
      'В Токио назвали планы по развитию Южных Курил несовместимыми с позицией Японии. ' +
      'На Шикотане в 2021 году также начали строить новый причал в Малокурильское.',
  },
  {
    title: '歯舞群島への墓参、今年も見送り',
    source: '根室新報（架空のテスト記事）',
    published: '2024-08-20',
    language: 'ja',
    file_name: 'habomai-bosan.txt',
    text:
      '歯舞群島への墓参、今年も見送り\n\n' +
      '北方領土の元島民による墓参は、2024年も実施が見送られた。' +
      '根室市の元島民団体によると、歯舞群島や色丹島への訪問は2019年を最後に途絶えている。' +
      '国後島と択捉島についても、ビザなし交流は2022年から停止したままだ。' +
      '元島民の平均年齢は88歳を超えた。',
  },
  {
    title: 'Analysts revisit the 1956 declaration on Shikotan and Habomai',
    source: 'Strait Policy Notes (fictional test article)',
    published: '2018-11-20',
    language: 'en',
    file_name: 'analysis-1956.md',
    text:
      'Analysts revisit the 1956 declaration on Shikotan and Habomai\n\n' +
      'The joint declaration signed in 1956 promised that Shikotan and the Habomai islets would be handed to Japan after a peace treaty. ' +
      'Leaders meeting in Singapore in 2018 agreed to speed up talks on that basis. ' +
      'Critics in Tokyo warn that a deal on the Lesser Kuril Chain alone would abandon the claim to Iturup and Kunashir. ' +
      'The border drawn by the Treaty of Shimoda in 1855 ran between Iturup and Urup.',
  },
  {
    title: 'Shikotan fish plant hires seasonal workers',
    source: 'Island Bulletin (fictional test article)',
    language: 'en',
    file_name: 'shikotan-plant.eml',
    text:
      'Shikotan fish plant hires seasonal workers\n\n' +
      'The fish processing plant in Malokurilskoye on Shikotan is hiring again for the saury season. ' +
      'Managers said housing for the workers will be ready before the boats return.',
  },
];

const SAMPLE_SEED: ArticleSeed = {
  title: 'Foreign ministers meet; no compromise on the Kuril Islands',
  source: 'Sample article (fictional test article)',
  published: '2016-04-16',
  language: 'en',
  file_name: 'sample-article.txt',
  text:
    'Foreign ministers meet; no compromise on the Kuril Islands\n\n' +
    'The foreign ministers of Japan and Russia met in Moscow on Friday, with the Northern Territories high on the agenda. ' +
    'The Russian side repeated that the Kuril Islands became part of the Soviet Union in 1945. ' +
    'The Japanese minister said visits by Russian officials to Iturup and Kunashir in 2015 had hurt trust. ' +
    'Both sides agreed to keep talking about joint economic activity on the southern Kuril Islands.',
};

const IMPORT_TEMPLATES: ((name: string) => ArticleSeed)[] = [
  (name) => ({
    title: 'Fishing quota talks cover waters off Shikotan',
    source: 'Coastal Wire (fictional test article)',
    published: '2025-02-14',
    language: 'en',
    file_name: name,
    text: 'Fishing quota talks cover waters off Shikotan\n\nNegotiators met in Moscow to set quotas near Shikotan and the Habomai Islands for 2025. The previous agreement, reached in 2019, expired last year.',
  }),
  (name) => ({
    title: 'Новая школа открылась в Курильске',
    source: 'Сахалинская неделя (вымышленная тестовая статья)',
    published: '2024-09-01',
    language: 'ru',
    file_name: name,
    text: 'Новая школа открылась в Курильске\n\nНа Итурупе в 2024 году открылась новая школа. Строительство в Курильске началось в 2021 году.',
  }),
];

function isoDateMinusYears(date: string, years: number): number {
  return Number(date.slice(0, 4)) - years;
}

function storeArticle(seed: ArticleSeed, id: number, importedAt: string): StoredArticle {
  const mentions = findMentions(seed.text);
  const eventSeeds: StoredArticle['eventSeeds'] = [];
  for (const [k, sent] of sentences(seed.text).entries()) {
    const hasPlace = mentions.some((m) => m.start >= sent[0] && m.end <= sent[1]);
    if (!hasPlace) continue;
    const s = [...seed.text].slice(sent[0], sent[1]).join('');
    const years = [...s.matchAll(/(1[89]\d\d|20\d\d)(?=\D|$)/g)].map((m) => Number(m[1]));
    for (const y of new Set(years)) eventSeeds.push({ sentence: sent, year: y });
    const lastYear = /last year|в прошлом году|昨年/.test(s);
    if (years.length === 0 && lastYear) eventSeeds.push({ sentence: sent, yearsBack: 1 });
    // The lead (the sentence after the headline) told without a date: the article's own news.
    else if (k === 1 && years.length === 0 && !lastYear) eventSeeds.push({ sentence: sent, byPublication: true });
  }
  const places = [...new Set(mentions.map((m) => m.island ?? m.feature))];
  return {
    summary: { id, title: seed.title, source: seed.source, published: seed.published, language: seed.language, file_name: seed.file_name, mention_count: mentions.length, event_count: eventSeeds.length, places, imported_at: importedAt },
    text: seed.text,
    mentions,
    linked: mentions,
    corrections: new Map(),
    dates: new Map(),
    eventSeeds,
  };
}

// ---------------------------------------------------------------- curated history

const CURATED: [string, string[], string, string][] = [
  ['1855-02-07', ['iturup', 'urup'], 'Treaty of Shimoda', 'Japan and Russia draw their first border between Iturup and Urup.'],
  ['1875-05-07', ['kuril-islands'], 'Treaty of Saint Petersburg', 'Japan gives up its claim to Sakhalin and receives all of the Kuril Islands.'],
  ['1905-09-05', ['kuril-islands'], 'Treaty of Portsmouth', 'Southern Sakhalin passes to Japan; the Kuril Islands stay Japanese.'],
  ['1945-08-28', ['iturup', 'kunashir'], 'Soviet landing on Iturup and Kunashir', 'Soviet troops land on the southern Kurils after Japan’s surrender.'],
  ['1945-09-05', ['shikotan', 'habomai'], 'Occupation of Shikotan and Habomai completed', 'The last of the four islands come under Soviet control.'],
  ['1951-09-08', ['kuril-islands'], 'San Francisco Peace Treaty', 'Japan renounces “the Kurile Islands”; the USSR does not sign.'],
  ['1956-10-19', ['shikotan', 'habomai', 'lesser-kurils'], 'Soviet–Japanese Joint Declaration', 'The USSR agrees to hand over Shikotan and the Habomai islets after a peace treaty.'],
  ['1993-10-13', ['southern-kurils'], 'Tokyo Declaration', 'Both sides agree to negotiate the attribution of the four islands.'],
  ['2001-03-25', ['shikotan', 'habomai'], 'Irkutsk Statement', 'The 1956 declaration is confirmed as the starting point of talks.'],
  ['2010-11-01', ['kunashir'], 'First Russian presidential visit', 'The Russian president visits Kunashir.'],
  ['2016-12-15', ['southern-kurils'], 'Nagato summit', 'Leaders agree to discuss joint economic activity on the islands.'],
  ['2018-11-14', ['shikotan', 'habomai'], 'Singapore agreement', 'Leaders agree to accelerate talks on the basis of the 1956 declaration.'],
  ['2020-07-04', ['southern-kurils'], 'Constitutional amendment', 'Russia’s amended constitution forbids ceding territory.'],
  ['2022-03-21', ['southern-kurils'], 'Peace treaty talks suspended', 'Russia withdraws from peace-treaty negotiations.'],
];

/** Where the benchmark's generated events happen: the disputed islands, Urup and Nemuro. */
const BENCH_PLACES = SEEDS.filter((s) => s.role === 'disputed' || s.id === 'urup' || s.id === 'nemuro').map((s) => s.id);

// ---------------------------------------------------------------- the backend

export type Emit = (event: string, payload: unknown) => void;
export type SendProgress = (channel: unknown, message: ImportProgress | ReanalysisProgress) => void;

/** Where the mock keeps the map's snapshot (the app: its data folder). */
const MOCK_SNAPSHOT_KEY = 'atlas.mock.map-snapshot';
/** The name the mock gives its one kept picture. */
const MOCK_PICTURE = 'picture-1.jpg';

export class MockBackend {
  readonly pack = buildPack();
  readonly packs = buildPacks(this.pack);
  private articles = new Map<number, StoredArticle>();
  private deleted = new Map<number, StoredArticle>();
  private curated: TimelineEvent[];
  private nextId = 1;
  private importedPaths = new Map<string, number>();
  private bench: BenchAggregate | null = null;
  private benchSummaries: ArticleSummary[] = [];
  readonly calls: { cmd: string; args: unknown; at: number }[] = [];
  private status: LibraryStatus;
  private stopReanalysis = false;

  constructor(
    private config: MockConfig,
    private emit: Emit,
    private send: SendProgress,
  ) {
    this.status = config.libraryStatus ?? { state: 'open' };
    let eventId = 1_000_000;
    this.curated = CURATED.map(([date, places, title, sentence]) => ({
      id: `history:curated-${eventId++}`,
      date,
      year: Number(date.slice(0, 4)),
      places,
      title,
      sentence,
      source: 'Curated history (test data)',
      relative: false,
      planned: false,
      dated_by: 'stated',
      curated: true,
    }));
    this.curated.push(...otherPacksHistory());
    if (!config.empty) {
      for (const seed of ARTICLE_SEEDS) this.add(seed);
    }
    for (let i = 1; i <= (config.kunashirNotes ?? 0); i++) {
      const year = 1990 + (i % 30);
      this.add({ title: `Patrol note ${i} (generated test article)`, source: 'Test Wire', published: `${year}-03-01`, language: 'en', file_name: `note-${i}.txt`, text: `Patrol note ${i}\n\nA patrol boat was seen off Kunashir in ${year}.` });
    }
    if (config.benchEvents) this.generateBench(config.benchEvents);
    if (config.benchArticles) this.generateBenchArticles(config.benchArticles);
  }

  /** Summaries only (ids from 100, as the generated events' article ids); not openable. */
  private generateBenchArticles(n: number) {
    const islands = ['kunashir', 'iturup', 'shikotan', 'habomai'];
    for (let i = 0; i < n; i++) {
      const y = 1990 + (i % 36);
      this.benchSummaries.push({ id: 100 + i, title: `Generated article ${100 + i} about the southern Kurils`, source: 'Bench Wire', published: `${y}-0${1 + (i % 9)}-1${i % 10}`, language: 'en', file_name: `bench-${i}.txt`, mention_count: 15, event_count: 4, places: [islands[i % 4], islands[(i + 1) % 4]], imported_at: '2025-01-05T10:00:00Z' });
    }
  }

  private add(seed: ArticleSeed): StoredArticle {
    const id = this.nextId++;
    const a = storeArticle(seed, id, '2025-01-05T10:00:00Z');
    this.articles.set(id, a);
    return a;
  }

  private eventsOf(a: StoredArticle): TimelineEvent[] {
    const chars = [...a.text];
    return a.eventSeeds.flatMap((e, k) => {
      const published = a.summary.published;
      const year = e.year ?? (published ? isoDateMinusYears(published, e.yearsBack ?? 0) : undefined);
      if (year === undefined || (e.byPublication && !published)) return [];
      const places = [...new Set(a.mentions.filter((m) => m.start >= e.sentence[0] && m.end <= e.sentence[1]).map((m) => m.feature))];
      const id = `article-event:${a.summary.id * 1000 + k}`;
      const extracted = e.byPublication ? published! : String(year);
      const fixed = a.dates.get(id);
      return [{
        id,
        date: fixed?.date ?? extracted,
        year: fixed ? Number(fixed.date.slice(0, 4)) : year,
        ...(fixed ? { correction: { extracted, at: fixed.at } } : {}),
        places,
        sentence: chars.slice(e.sentence[0], e.sentence[1]).join(''),
        article_id: a.summary.id,
        article_title: a.summary.title,
        article_source: a.summary.source,
        relative: e.yearsBack !== undefined,
        planned: false,
        dated_by: e.byPublication ? 'publication' : e.yearsBack !== undefined ? 'relative' : 'stated',
        curated: false,
      }];
    });
  }

  private allEvents(): TimelineEvent[] {
    const fromArticles = [...this.articles.values()].flatMap((a) => this.eventsOf(a));
    return [...this.curated, ...fromArticles];
  }

  /** A place of any pack. */
  private place(id: string): PlaceProperties | undefined {
    for (const { pack } of this.packs) for (const f of pack.places.features) if (f.properties.id === id) return f.properties;
    return undefined;
  }

  private checkDispute(dispute: string | null) {
    if (dispute !== null && !this.packs.some((p) => p.pack.id === dispute)) throw { code: 'not_found', message: `no dispute pack "${dispute}" is in use` };
  }

  /** The events of a dispute (`null`: every one) in `from..=to`, in the list's order: by date, curated first within a date. */
  private listOf(dispute: string | null, from: number, to: number): TimelineEvent[] {
    this.checkDispute(dispute);
    const inScope = (e: TimelineEvent) => dispute === null || e.places.some((p) => this.place(p)?.pack === dispute);
    return this.allEvents()
      .filter((e) => e.year >= from && e.year <= to && inScope(e))
      .sort((a, b) => a.year - b.year || (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) || Number(b.curated) - Number(a.curated));
  }

  /** The bench's generated events count for the Kurils (and for every dispute). */
  private benchIn(dispute: string | null): BenchAggregate | null {
    return dispute === null || dispute === 'kuril' ? this.bench : null;
  }

  /** `dispute_histogram`: the scope's events per year and the undated articles. */
  private disputeHistogram(dispute: string | null): Histogram {
    const byYear = new Map<number, { year: number; curated: number; articles: number }>();
    const add = (year: number, curated: number, articles: number) => {
      let y = byYear.get(year);
      if (!y) byYear.set(year, (y = { year, curated: 0, articles: 0 }));
      y.curated += curated;
      y.articles += articles;
    };
    for (const e of this.listOf(dispute, -10000, 10000)) add(e.year, e.curated ? 1 : 0, e.curated ? 0 : 1);
    for (const y of this.benchIn(dispute)?.years() ?? []) add(y.year, y.curated, y.articles);
    return { years: [...byYear.values()].sort((a, b) => a.year - b.year), undated: this.histogram().undated };
  }

  /** `map_counts`: events per place of the scope, and per island the articles with an event there, in `from..=to`. */
  private mapCounts(dispute: string | null, from: number, to: number): MapCounts {
    const places = new Map<string, PlaceEvents>();
    const articles = new Map<string, Set<number>>();
    for (const e of this.listOf(dispute, from, to)) {
      for (const id of e.places) {
        const p = this.place(id);
        if (!p || (dispute !== null && p.pack !== dispute)) continue;
        let c = places.get(id);
        if (!c) places.set(id, (c = { place: id, curated: 0, articles: 0 }));
        if (e.curated) c.curated++;
        else c.articles++;
        const island = p.kind === 'island' ? p.id : p.island;
        if (island && e.article_id !== undefined) {
          let ids = articles.get(island);
          if (!ids) articles.set(island, (ids = new Set()));
          ids.add(e.article_id);
        }
      }
    }
    const badges: Record<string, number> = {};
    for (const [island, ids] of articles) badges[island] = ids.size;
    const bench = this.benchIn(dispute);
    if (bench) {
      for (const c of bench.placeEvents(from, to)) {
        const mine = places.get(c.place);
        places.set(c.place, mine ? { ...mine, articles: mine.articles + c.articles } : c);
      }
      for (const [island, n] of Object.entries(bench.badges(from, to))) badges[island] = (badges[island] ?? 0) + n;
    }
    return { places: [...places.values()], badges };
  }

  /** `timeline_page`: rows of the list (the stored ones first in date order, then the bench's). */
  private timelinePage(dispute: string | null, from: number, to: number, offset: number, limit: number): TimelinePage {
    if (limit > 1000) throw { code: 'invalid_input', message: `at most 1000 events can be asked for at once, not ${limit}` };
    const list = this.listOf(dispute, from, to);
    const bench = this.benchIn(dispute);
    const total = list.length + (bench?.count(from, to) ?? 0);
    const events = list.slice(offset, offset + limit);
    if (bench && events.length < limit) {
      const at = Math.max(0, offset - list.length);
      events.push(...bench.page(from, to, at, limit - events.length, BENCH_PLACES));
    }
    return { total, offset, events };
  }

  /** `n` events in articles of about 25 each, at the southern Kurils, counted as the core's aggregate counts them. */
  private generateBench(n: number) {
    const islandOf = (id: string) => {
      const p = this.place(id);
      return p?.kind === 'island' ? p.id : p?.island ?? null;
    };
    this.bench = new BenchAggregate(n, BENCH_PLACES.map((id) => ({ id, island: islandOf(id) })));
  }

  private summaries(): ArticleSummary[] {
    return [...this.articles.values()].map((a) => ({ ...a.summary, event_count: this.eventsOf(a).length })).concat(this.benchSummaries);
  }

  /** `article_page`: the list that passes `filter`, most recently published first (the undated last), a page of it. */
  private articlePage(filter: SearchFilter, offset: number, limit: number): ArticlePage {
    if (limit > 500) throw { code: 'invalid_input', message: `at most 500 articles can be asked for at once, not ${limit}` };
    const list = this.summaries()
      .filter((a) => (filter.source === undefined || a.source === filter.source) && (filter.language === undefined || a.language === filter.language))
      .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || b.id - a.id);
    return { total: list.length, offset, articles: list.slice(offset, offset + limit) };
  }

  /** `article_facets`: the library's size, its sources (by name) and languages (most articles first). */
  private articleFacets(): ArticleFacets {
    const all = this.summaries();
    const sources = new Map<string, number>();
    const languages = new Map<Language, number>();
    for (const a of all) {
      if (a.source) sources.set(a.source, (sources.get(a.source) ?? 0) + 1);
      languages.set(a.language, (languages.get(a.language) ?? 0) + 1);
    }
    return {
      articles: all.length,
      sources: [...sources].map(([value, count]) => ({ value, count })).sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0)),
      languages: [...languages].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
    };
  }

  private articleDto(id: number): ArticleDetail {
    const a = this.articles.get(id);
    if (!a) throw { code: 'not_found', message: `No article with id ${id}.` };
    const events = this.eventsOf(a).sort((x, y) => x.date.localeCompare(y.date));
    return { ...a.summary, event_count: events.length, text: a.text, mentions: a.mentions, mention_corrections: [...a.corrections.values()].sort((x, y) => x.start - y.start), events, references: [] };
  }

  private histogram(): Histogram {
    const byYear = new Map<number, { year: number; curated: number; articles: number }>();
    const datedArticles = new Set<number>();
    for (const e of this.allEvents()) {
      let y = byYear.get(e.year);
      if (!y) byYear.set(e.year, (y = { year: e.year, curated: 0, articles: 0 }));
      if (e.curated) y.curated++;
      else y.articles++;
      if (e.article_id !== undefined) datedArticles.add(e.article_id);
    }
    const undated = [...this.articles.keys()].filter((id) => !datedArticles.has(id)).length;
    return { years: [...byYear.values()].sort((a, b) => a.year - b.year), undated };
  }

  private excerpts(feature: string): ArticleExcerpts[] {
    const seed = seedById.get(feature);
    const matches = (m: MentionRecord) => m.feature === feature || (seed?.kind === 'island' && m.island === feature);
    const out: ArticleExcerpts[] = [];
    for (const a of this.articles.values()) {
      const hits = a.mentions.filter(matches);
      if (hits.length === 0) continue;
      const chars = [...a.text];
      const bySentence = new Map<string, Excerpt>();
      for (const m of hits) {
        const sent = sentences(a.text).find(([s, e]) => m.start >= s && m.end <= e) ?? [m.start, m.end];
        const key = sent.join(':');
        let ex = bySentence.get(key);
        if (!ex) bySentence.set(key, (ex = { text: chars.slice(sent[0], sent[1]).join(''), start: sent[0], end: sent[1], highlights: [] }));
        ex.highlights.push({ start: m.start - sent[0], end: m.end - sent[0], feature: m.feature });
      }
      out.push({ article_id: a.summary.id, title: a.summary.title, published: a.summary.published, source: a.summary.source, mention_count: hits.length, excerpts: [...bySentence.values()] });
    }
    return out.sort((x, y) => y.mention_count - x.mention_count || (y.published ?? '').localeCompare(x.published ?? ''));
  }

  /** Articles mentioning a place (with the islands it covers and their sub-places) or a dispute's disputed places, per period. */
  private coverage(of: CoverageOf, period: string, split: string): Coverage {
    const places = new Set<string>();
    const all = this.packs.flatMap(({ pack }) => pack.places.features.map((f) => f.properties));
    if ('pack' in of) {
      if (!this.packs.some((p) => p.pack.id === of.pack)) throw { code: 'not_found', message: `no dispute pack "${of.pack}" is in use` };
      for (const p of all) if (p.pack === of.pack && p.role === 'disputed') places.add(p.id);
    } else {
      const place = all.find((p) => p.id === of.place);
      if (!place) throw { code: 'not_found', message: `no place "${of.place}"` };
      places.add(place.id);
      for (const c of place.covers) places.add(c);
    }
    const bins = new Map<string, { period: string; counts: Record<string, number>; total: number }>();
    let undated = 0;
    for (const a of this.articles.values()) {
      if (!a.mentions.some((m) => places.has(m.feature) || (m.island !== undefined && places.has(m.island)))) continue;
      const published = a.summary.published;
      if (!published) {
        undated++;
        continue;
      }
      const key = period === 'month' ? published.slice(0, 7) : published.slice(0, 4);
      const name = split === 'source' ? a.summary.source?.trim() || 'unknown' : a.summary.language;
      let bin = bins.get(key);
      if (!bin) bins.set(key, (bin = { period: key, counts: {}, total: 0 }));
      bin.counts[name] = (bin.counts[name] ?? 0) + 1;
      bin.total++;
    }
    return { periods: [...bins.values()].sort((x, y) => x.period.localeCompare(y.period)), undated };
  }

  /** The files the mock "wrote", by path. */
  readonly exported = new Map<string, string>();

  private exportEvidence(format: string, path: string, replace: boolean): ExportCount {
    if (path.startsWith('/nonexistent/')) throw { code: 'not_found', message: `the folder ${path.slice(0, path.lastIndexOf('/'))} does not exist`, advice: 'Choose a folder that exists, or create it first.' };
    if (this.exported.has(path) && !replace) throw { code: 'file_exists', message: `${path} already exists`, advice: 'Replace the file, or choose another name.' };
    this.exported.set(path, format);
    const articles = [...this.articles.values()];
    const mentions = articles.reduce((n, a) => n + a.mentions.length, 0);
    const events = articles.reduce((n, a) => n + this.eventsOf(a).length, 0);
    return { articles: articles.length, mentions, events };
  }

  /** Every dispute with the number of articles mentioning any of its places. */
  private disputes(): Dispute[] {
    return this.packs.map(({ manifest, pack }) => {
      const ids = new Set(pack.places.features.map((f) => f.properties.id));
      let articles = 0;
      for (const a of this.articles.values()) if (a.mentions.some((m) => ids.has(m.feature))) articles++;
      return { id: pack.id, name: manifest.name, description: manifest.description ?? '', claimants: claimantsOf(pack), bounds: manifest.bounds, usages: manifest.usages ?? [], natural_earth: manifest.natural_earth ?? [], articles };
    });
  }

  private counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const a of this.articles.values()) {
      const ids = new Set<string>();
      for (const m of a.mentions) {
        ids.add(m.feature);
        if (m.island) ids.add(m.island);
      }
      for (const id of ids) out[id] = (out[id] ?? 0) + 1;
    }
    for (const [p, n] of this.bench?.articlesAt ?? []) out[p] = (out[p] ?? 0) + n;
    return out;
  }

  private search(query: string, filter: SearchFilter = {}): SearchHit[] {
    const q = query.trim().toLowerCase();
    if (!q) return [];
    const hits: SearchHit[] = [];
    for (const a of this.articles.values()) {
      if (filter.source !== undefined && a.summary.source !== filter.source) continue;
      if (filter.language !== undefined && a.summary.language !== filter.language) continue;
      const text = a.text;
      const i = text.toLowerCase().indexOf(q);
      if (i < 0) continue;
      const from = Math.max(0, i - 60);
      const to = Math.min(text.length, i + q.length + 80);
      const snippet = (from > 0 ? '…' : '') + text.slice(from, to).replace(/\n+/g, ' ') + (to < text.length ? '…' : '');
      const highlights = [];
      const low = snippet.toLowerCase();
      for (let j = low.indexOf(q); j >= 0; j = low.indexOf(q, j + q.length)) {
        const start = cpLen(snippet.slice(0, j));
        highlights.push({ start, end: start + cpLen(snippet.slice(j, j + q.length)) });
      }
      hits.push({ article_id: a.summary.id, title: a.summary.title, published: a.summary.published, source: a.summary.source, language: a.summary.language, snippet, highlights });
    }
    return hits;
  }

  private changed() {
    setTimeout(() => this.emit('library://changed', null), 0);
  }

  /** Set by `cancel_import`: the running import starts no other file. */
  private cancelImports = false;

  private async importFiles(paths: string[], listed: number, channel: unknown): Promise<ImportSummary> {
    const delay = this.config.importDelayMs ?? 250;
    const sleep = () => new Promise((r) => setTimeout(r, delay));
    const total = paths.length;
    const summary: ImportSummary = { imported: 0, duplicates: 0, failed: 0, cancelled: false, not_started: 0 };
    this.cancelImports = false;
    // As the backend: only the files the page lists are reported queued.
    paths.slice(0, listed).forEach((path, index) => this.send(channel, { kind: 'queued', index, total, path, file_name: path.split(/[\\/]/).pop()! }));
    for (const [index, path] of paths.entries()) {
      await sleep();
      const file_name = path.split(/[\\/]/).pop()!;
      const base = { index, total, path, file_name };
      if (this.cancelImports) {
        summary.cancelled = true;
        summary.not_started++;
        this.send(channel, { ...base, kind: 'not_started' });
        continue;
      }
      if (this.config.diskFullAfter !== undefined && index >= this.config.diskFullAfter) {
        summary.failed++;
        summary.stopped_by = 'disk_full';
        const advice = 'Free some space on the disk that holds the library, then add the same files again: what is stored is kept and duplicates are skipped.';
        this.send(channel, { ...base, kind: 'failed', error: { code: 'disk_full', message: 'the disk holding the library is full (database or disk is full)', advice } });
        continue;
      }
      const ext = file_name.includes('.') ? file_name.split('.').pop()!.toLowerCase() : '';
      if (!ARTICLE_EXTENSIONS.includes(ext)) {
        summary.failed++;
        // The core's advice for the code (ErrorCode::advice).
        const listed = ARTICLE_FORMATS.map((f) => `.${f.extensions[0]}`);
        const advice = `Save it as ${listed.slice(0, -1).join(', ')} or ${listed[listed.length - 1]} and add it again.`;
        this.send(channel, { ...base, kind: 'failed', error: { code: 'unsupported_format', message: `“.${ext || '(none)'}” files are not supported`, advice } });
        continue;
      }
      if (/broken|corrupt/.test(file_name)) {
        summary.failed++;
        const advice = 'Run it through OCR or copy the text into a .txt file.';
        this.send(channel, { ...base, kind: 'failed', error: { code: 'empty_file', message: 'The PDF has no text on its pages: it looks scanned', advice } });
        continue;
      }
      const dup = this.importedPaths.get(file_name);
      if (dup !== undefined && this.articles.has(dup)) {
        summary.duplicates++;
        this.send(channel, { ...base, kind: 'duplicate', article_id: dup, title: this.articles.get(dup)!.summary.title });
        continue;
      }
      const a = this.add(IMPORT_TEMPLATES[this.importedPaths.size % IMPORT_TEMPLATES.length](file_name));
      this.importedPaths.set(file_name, a.summary.id);
      summary.imported++;
      const packOf = new Map(this.packs.flatMap(({ pack }) => pack.places.features.map((f) => [f.properties.id, f.properties.pack] as const)));
      const disputes = [...new Set(a.mentions.flatMap((m) => packOf.get(m.feature) ?? []))];
      this.send(channel, { ...base, kind: 'done', article_id: a.summary.id, title: a.summary.title, mentions: a.mentions.length, events: this.eventsOf(a).length, disputes });
    }
    if (summary.imported > 0) this.changed();
    return summary;
  }

  /** Relinks (or unlinks, `null`) a mention; the linker's place removes the correction. */
  private correctMention(articleId: number, start: number, feature: string | null): ArticleDetail {
    const a = this.articles.get(articleId);
    if (!a) throw { code: 'not_found', message: `article #${articleId} is not in the library` };
    const original = a.linked.find((m) => m.start === start);
    if (!original) throw { code: 'not_found', message: `article #${articleId} has no mention at character ${start}` };
    if (feature !== null && !seedById.has(feature) && !this.packs.some((p) => p.pack.places.features.some((f) => f.properties.id === feature))) throw { code: 'not_found', message: `there is no place ${JSON.stringify(feature)} in the dispute packs` };
    if (feature === original.feature) a.corrections.delete(start);
    else a.corrections.set(start, { start, end: original.end, text: original.text, linked: original.feature, ...(feature === null ? {} : { feature }), at: new Date().toISOString() });
    a.mentions = a.linked.flatMap((m) => {
      const c = a.corrections.get(m.start);
      if (!c) return [m];
      return c.feature === undefined ? [] : [{ ...m, feature: c.feature, corrected: true }];
    });
    a.summary = { ...a.summary, mention_count: a.mentions.length, places: [...new Set(a.mentions.map((m) => m.island ?? m.feature))] };
    this.changed();
    return this.articleDto(articleId);
  }

  /** Dates an article event as typed (the core's rules: YYYY, YYYY-MM or YYYY-MM-DD). */
  private correctEventDate(id: string, typed: string): TimelineEvent {
    const date = typed.trim();
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
    const valid = m && (!m[2] || (Number(m[2]) >= 1 && Number(m[2]) <= 12)) && (!m[3] || (Number(m[3]) >= 1 && Number(m[3]) <= new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate()));
    if (!valid) throw { code: 'invalid_input', message: `invalid date ${JSON.stringify(date)}: expected YYYY, YYYY-MM or YYYY-MM-DD` };
    if (id.startsWith('history:')) throw { code: 'invalid_input', message: `${id} is part of the pack's curated history, which cannot be corrected` };
    for (const a of this.articles.values()) {
      const found = this.eventsOf(a).find((e) => e.id === id);
      if (!found) continue;
      const extracted = found.correction?.extracted ?? found.date;
      if (date === extracted) a.dates.delete(id);
      else a.dates.set(id, { date, at: new Date().toISOString() });
      this.changed();
      return this.eventsOf(a).find((e) => e.id === id)!;
    }
    throw { code: 'not_found', message: `event ${id} is not in the library` };
  }

  /** Goes through every article (corrections kept), one progress message each; stoppable. */
  private async reanalyse(channel: unknown): Promise<ReanalysisSummary> {
    this.stopReanalysis = false;
    const total = this.articles.size;
    const summary: ReanalysisSummary = { articles: 0, total, stopped: false, stale_corrections: [] };
    for (let i = 0; i < total; i++) {
      await new Promise((r) => setTimeout(r, this.config.delayMs?.reanalyse_article ?? 0));
      if (this.stopReanalysis) {
        summary.stopped = true;
        break;
      }
      summary.articles++;
      this.send(channel, { done: summary.articles, total });
    }
    if (summary.articles) this.changed();
    return summary;
  }

  async handle(cmd: string, args: Record<string, unknown> = {}): Promise<unknown> {
    this.calls.push({ cmd, args: cmd === 'import_files' ? { paths: args.paths } : args, at: performance.now() });
    const delay = this.config.delayMs?.[cmd];
    if (delay) await new Promise((r) => setTimeout(r, delay));
    const result = await this.answer(cmd, args);
    return this.config.ipcJson && result !== undefined ? JSON.parse(JSON.stringify(result)) : result;
  }

  /** The URL of a kept picture (the app's `map-snapshot` protocol): here its data URL. */
  snapshotPictureUrl(picture: string): string {
    const kept = JSON.parse(localStorage.getItem(MOCK_SNAPSHOT_KEY) ?? 'null') as { picture: string } | null;
    return picture === MOCK_PICTURE && kept ? kept.picture : 'data:,';
  }

  /** The map's snapshot kept under `key` (the app keeps it in its data folder; the mock in local storage, so it outlives a reload). */
  mapSnapshot(key: string): { view: MapSnapshotView; picture: string } | null {
    try {
      const kept = JSON.parse(localStorage.getItem(MOCK_SNAPSHOT_KEY) ?? 'null') as { view: MapSnapshotView; picture: string } | null;
      return kept && kept.view.key === key ? kept : null;
    } catch {
      return null;
    }
  }

  private async answer(cmd: string, args: Record<string, unknown>): Promise<unknown> {
    switch (cmd) {
      case 'library_status':
        return this.status;
      case 'restore_latest_backup':
      case 'start_new_library': {
        if (this.status.state !== 'damaged') throw { code: 'invalid_input', message: 'the library is open: there is nothing to recover' };
        const set_aside = this.status.path.replace(/\.sqlite3$/, '-damaged-20261205T100000Z.sqlite3');
        const restored_from = cmd === 'restore_latest_backup' ? this.status.backup?.path : undefined;
        if (cmd === 'restore_latest_backup' && !restored_from) throw { code: 'not_found', message: 'there is no automatic backup', advice: 'Start a new library instead; the damaged file is kept.' };
        this.status = { state: 'open' };
        return restored_from ? { set_aside, restored_from } : { set_aside };
      }
      case 'get_pack': {
        const found = this.packs.find((p) => p.pack.id === args.id);
        if (!found) throw { code: 'not_found', message: `There is no dispute pack ${JSON.stringify(args.id)}.` };
        return found.pack;
      }
      case 'list_disputes':
        return this.disputes();
      case 'dispute_histogram':
        return this.disputeHistogram((args.dispute as string | null) ?? null);
      case 'map_counts':
        return this.mapCounts((args.dispute as string | null) ?? null, Number(args.from), Number(args.to));
      case 'timeline_page':
        return this.timelinePage((args.dispute as string | null) ?? null, Number(args.from), Number(args.to), Number(args.offset), Number(args.limit));
      case 'event_index': {
        const i = this.listOf((args.dispute as string | null) ?? null, Number(args.from), Number(args.to)).findIndex((e) => e.id === args.id);
        return i < 0 ? null : i;
      }
      case 'article_page':
        return this.articlePage((args.filter ?? {}) as SearchFilter, Number(args.offset), Number(args.limit));
      case 'article_facets':
        return this.articleFacets();
      case 'get_article':
        return this.articleDto(Number(args.id));
      case 'excerpts_page': {
        const offset = Number(args.offset);
        return this.excerpts(String(args.feature)).slice(offset, offset + Number(args.limit));
      }
      case 'island_article_counts':
        return this.counts();
      case 'search':
        return this.search(String(args.query ?? ''), (args.filter ?? {}) as SearchFilter);
      case 'delete_article': {
        const id = Number(args.id);
        const a = this.articles.get(id);
        if (!a) throw { code: 'not_found', message: `No article with id ${id}.` };
        this.articles.delete(id);
        this.deleted.set(id, a);
        this.changed();
        return null;
      }
      case 'restore_article': {
        const id = Number(args.id);
        const a = this.deleted.get(id);
        if (!a) throw { code: 'not_found', message: 'That article can no longer be restored.' };
        this.deleted.delete(id);
        this.articles.set(id, a);
        this.changed();
        return a.summary;
      }
      case 'set_published': {
        const id = Number(args.id);
        const a = this.articles.get(id);
        if (!a) throw { code: 'not_found', message: `No article with id ${id}.` };
        const p = args.published as string | null;
        if (p !== null && !/^\d{4}-\d{2}-\d{2}$/.test(p)) throw { code: 'invalid_input', message: 'Use the form YYYY-MM-DD.' };
        a.summary = { ...a.summary, published: p ?? undefined };
        this.changed();
        return this.articleDto(id);
      }
      case 'set_source': {
        const id = Number(args.id);
        const a = this.articles.get(id);
        if (!a) throw { code: 'not_found', message: `No article with id ${id}.` };
        const source = (args.source as string | null)?.trim() || undefined;
        if (source && source.length > 200) throw { code: 'invalid_input', message: 'A source is at most 200 characters.' };
        a.summary = { ...a.summary, source };
        this.changed();
        return this.articleDto(id);
      }
      case 'load_sample': {
        if ([...this.articles.values()].some((a) => a.summary.file_name === SAMPLE_SEED.file_name)) return { imported: 0, duplicates: 1, failed: 0, cancelled: false, not_started: 0 };
        this.add(SAMPLE_SEED);
        this.changed();
        return { imported: 1, duplicates: 0, failed: 0, cancelled: false, not_started: 0 };
      }
      case 'cancel_import': {
        this.cancelImports = true;
        return 1;
      }
      case 'import_files':
        if (this.status.state === 'open' && this.status.read_only) throw { code: 'read_only', message: this.status.read_only.message };
        return this.importFiles(args.paths as string[], args.listed as number, args.onProgress);
      case 'coverage':
        return this.coverage(args.of as CoverageOf, String(args.period), String(args.split));
      case 'export_evidence':
        return this.exportEvidence(String(args.format), String(args.path), Boolean(args.replace));
      case 'default_export_folder':
        return '/home/analyst/Downloads';
      case 'plugin:dialog|save':
        return this.config.savePath === undefined ? '/home/analyst/Documents/evidence.geojson' : this.config.savePath;
      case 'correct_mention':
        return this.correctMention(Number(args.articleId), Number(args.start), (args.feature as string | null) ?? null);
      case 'correct_event_date':
        return this.correctEventDate(String(args.id), String(args.date ?? ''));
      case 'reanalyse_library':
        return this.reanalyse(args.onProgress);
      case 'stop_reanalysis':
        this.stopReanalysis = true;
        return null;
      case 'map_snapshot': {
        const kept = this.mapSnapshot(String(args.key));
        return kept ? { view: kept.view, picture: MOCK_PICTURE } : null;
      }
      case 'store_map_snapshot':
        if (!String(args.picture).startsWith('data:image/jpeg;base64,')) throw { code: 'invalid_input', message: "the map's snapshot is not a JPEG picture" };
        localStorage.setItem(MOCK_SNAPSHOT_KEY, JSON.stringify({ view: args.view, picture: args.picture }));
        return null;
      case 'plugin:dialog|open':
        return this.config.dialogPaths ?? ['/home/analyst/Downloads/quota-talks.txt'];
      default:
        throw { code: 'internal', message: `The mock has no command ${cmd}.` };
    }
  }
}
