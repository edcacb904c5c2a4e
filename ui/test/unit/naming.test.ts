import { expect, test } from 'vitest';
import { labelText, type NamingMode } from '../../src/naming';
import type { Names } from '../../src/types';

const kunashir: Names = { en: 'Kunashir', ja: '国後島', ru: 'Кунашир', en_alt: ['Kunashiri'] };
const shikotan: Names = { en: 'Shikotan', ja: '色丹島', ru: 'Шикотан' };
const group: Names = { en: 'Southern Kurils', ja: '北方領土', ru: 'Южные Курилы', en_alt: ['Northern Territories'] };

test.each<[string, Names, NamingMode, string, string]>([
  ['both sides', kunashir, 'both', 'Kunashir / Kunashiri', '国後島 · Кунашир'],
  ['japanese usage', kunashir, 'ja', 'Kunashiri', '国後島'],
  ['russian usage', kunashir, 'ru', 'Kunashir', 'Кунашир'],
  ['same romanisation not repeated', shikotan, 'both', 'Shikotan', '色丹島 · Шикотан'],
  ['no alternative: japanese usage falls back to English', shikotan, 'ja', 'Shikotan', '色丹島'],
  ['group: both', group, 'both', 'Southern Kurils / Northern Territories', '北方領土 · Южные Курилы'],
  ['group: japanese usage', group, 'ja', 'Northern Territories', '北方領土'],
  ['group: russian usage', group, 'ru', 'Southern Kurils', 'Южные Курилы'],
  ['alternative inside the name is not repeated', { en: 'Habomai Islands', en_alt: ['Habomai'], ja: '歯舞群島', ru: 'острова Хабомаи' }, 'both', 'Habomai Islands', '歯舞群島 · острова Хабомаи'],
])('%s', (_name, names, mode, primary, secondary) => {
  const t = labelText(names, mode);
  expect(t.primary).toBe(primary);
  expect(t.secondary).toBe(secondary);
});

test('full text has every name once', () => {
  expect(labelText(kunashir, 'ru').full).toBe('Kunashir / Kunashiri / 国後島 / Кунашир');
});
