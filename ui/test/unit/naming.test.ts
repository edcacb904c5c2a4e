import { expect, test } from 'vitest';
import { labelText, modeFor, namingModes, shortUsageLabel, type Naming } from '../../src/naming';
import type { Names, Usage } from '../../src/types';

const KURIL: Usage[] = [
  { id: 'jp', label: 'Japanese usage', names: 'ja' },
  { id: 'ru', label: 'Russian usage', names: 'ru' },
];
const SENKAKU: Usage[] = [
  { id: 'jp', label: 'Japanese usage', names: 'ja' },
  { id: 'cn', label: 'Chinese usage', names: 'zh-Hans' },
  { id: 'tw', label: 'Taiwanese usage', names: 'zh-Hant' },
];
const FALKLANDS: Usage[] = [
  { id: 'gb', label: 'British usage', names: 'en' },
  { id: 'ar', label: 'Argentine usage', names: 'es' },
];
const kuril = (mode: string): Naming => ({ mode, usages: KURIL });

const kunashir: Names = { en: 'Kunashir', ja: '国後島', ru: 'Кунашир', en_alt: ['Kunashiri'] };
const shikotan: Names = { en: 'Shikotan', ja: '色丹島', ru: 'Шикотан' };
const group: Names = { en: 'Southern Kurils', ja: '北方領土', ru: 'Южные Курилы', en_alt: ['Northern Territories'] };
const uotsuri: Names = { en: 'Uotsuri Island', en_usage: { jp: 'Uotsuri-jima', cn: 'Diaoyu Dao', tw: 'Diaoyutai' }, ja: '魚釣島', 'zh-Hans': '钓鱼岛', 'zh-Hant': '釣魚臺' };
const falklands: Names = { en: 'Falkland Islands', en_usage: { ar: 'Islas Malvinas' }, es: 'Islas Malvinas' };

test.each<[string, Names, Naming, string, string]>([
  ['both sides', kunashir, kuril('both'), 'Kunashir / Kunashiri', '国後島 · Кунашир'],
  ['japanese usage', kunashir, kuril('jp'), 'Kunashiri', '国後島'],
  ['russian usage', kunashir, kuril('ru'), 'Kunashir', 'Кунашир'],
  ['same romanisation not repeated', shikotan, kuril('both'), 'Shikotan', '色丹島 · Шикотан'],
  ['no alternative: japanese usage falls back to English', shikotan, kuril('jp'), 'Shikotan', '色丹島'],
  ['group: both', group, kuril('both'), 'Southern Kurils / Northern Territories', '北方領土 · Южные Курилы'],
  ['group: japanese usage', group, kuril('jp'), 'Northern Territories', '北方領土'],
  ['group: russian usage', group, kuril('ru'), 'Southern Kurils', 'Южные Курилы'],
  ['alternative inside the name is not repeated', { en: 'Habomai Islands', en_alt: ['Habomai'], ja: '歯舞群島', ru: 'острова Хабомаи' }, kuril('both'), 'Habomai Islands', '歯舞群島 · острова Хабомаи'],
  ['senkaku: chinese usage', uotsuri, { mode: 'cn', usages: SENKAKU }, 'Diaoyu Dao', '钓鱼岛'],
  ['senkaku: taiwanese usage', uotsuri, { mode: 'tw', usages: SENKAKU }, 'Diaoyutai', '釣魚臺'],
  ['senkaku: all sides (two Latin forms, three native)', uotsuri, { mode: 'both', usages: SENKAKU }, 'Uotsuri Island / Uotsuri-jima', '魚釣島 · 钓鱼岛 · 釣魚臺'],
  ['falklands: british usage writes English only', falklands, { mode: 'gb', usages: FALKLANDS }, 'Falkland Islands', ''],
  ['falklands: argentine usage', falklands, { mode: 'ar', usages: FALKLANDS }, 'Islas Malvinas', ''],
  ['falklands: both', falklands, { mode: 'both', usages: FALKLANDS }, 'Falkland Islands / Islas Malvinas', ''],
])('%s', (_name, names, naming, primary, secondary) => {
  const t = labelText(names, naming);
  expect(t.primary).toBe(primary);
  expect(t.secondary).toBe(secondary);
});

test('full text has every name once', () => {
  expect(labelText(kunashir, kuril('ru')).full).toBe('Kunashir / Kunashiri / 国後島 / Кунашир');
  expect(labelText(uotsuri, { mode: 'both', usages: SENKAKU }).full).toBe('Uotsuri Island / Uotsuri-jima / Diaoyu Dao / Diaoyutai / 魚釣島 / 钓鱼岛 / 釣魚臺');
});

test('the switch offers both sides and each usage of the dispute', () => {
  expect(namingModes(KURIL).map((m) => [m.mode, m.label])).toEqual([
    ['both', 'Both'],
    ['jp', 'Japanese'],
    ['ru', 'Russian'],
  ]);
  expect(namingModes(SENKAKU).map((m) => m.label)).toEqual(['All', 'Japanese', 'Chinese', 'Taiwanese']);
  expect(shortUsageLabel('Neutral usage (Liancourt Rocks)')).toBe('Neutral');
  expect(shortUsageLabel('International (English) usage')).toBe('International');
});

test('a remembered mode another dispute has not falls back to both', () => {
  expect(modeFor('cn', SENKAKU)).toBe('cn');
  expect(modeFor('cn', KURIL)).toBe('both');
  expect(modeFor(null, KURIL)).toBe('both');
});
