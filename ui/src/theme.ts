// Colours shared by the map, the timeline and the text highlights.

export type ThemeName = 'light' | 'dark';

export interface Palette {
  ocean: string;
  land: string;
  landLine: string;
  boundary: string;
  /** Fill per administering claimant (every claimant of the six packs). */
  administers: Record<string, string>;
  /** Hatching colour per claimant that claims without administering. */
  claims: Record<string, string>;
  contextFill: string;
  outline: string;
  hover: string;
  articleEvents: string;
  curatedEvents: string;
  markerStroke: string;
  placeDot: string;
}

export const PALETTES: Record<ThemeName, Palette> = {
  light: {
    ocean: '#d7e3ec',
    land: '#f7f5f0',
    landLine: '#b9c2c9',
    boundary: '#9aa3ab',
    administers: { RU: '#e7b3a1', JP: '#b9c8f0', CN: '#f3d28a', TW: '#bfe3c6', KR: '#c9bff0', VN: '#f5b8c8', PH: '#a9e2e8', MY: '#e0d4b0', BN: '#d6d9dc', UA: '#f4e19a', GB: '#c5cbe8', AR: '#b8e1f0' },
    claims: { JP: '#2f4ac0', RU: '#b4432a', CN: '#b07d00', TW: '#2b8a3e', KR: '#6741d9', VN: '#c2255c', PH: '#0b7285', MY: '#8d6e00', BN: '#5f6b76', UA: '#1971c2', GB: '#364fc7', AR: '#1098ad' },
    contextFill: '#ece8df',
    outline: '#6b4a3f',
    hover: '#1f2937',
    articleEvents: '#3d4b5c',
    curatedEvents: '#e59400',
    markerStroke: '#ffffff',
    placeDot: '#3d4b5c',
  },
  dark: {
    ocean: '#0e1621',
    land: '#232a33',
    landLine: '#3a4552',
    boundary: '#56616d',
    administers: { RU: '#8a4a3a', JP: '#33477f', CN: '#7a6320', TW: '#2f6b3c', KR: '#4f3f8f', VN: '#7f3350', PH: '#1f6570', MY: '#6b5f3a', BN: '#4a525b', UA: '#6e6420', GB: '#3b4474', AR: '#245e70' },
    claims: { JP: '#a9b9ff', RU: '#ff9e85', CN: '#ffd25e', TW: '#8ce99a', KR: '#c0a8ff', VN: '#ff8fb3', PH: '#66d9e8', MY: '#e6c767', BN: '#c5ccd3', UA: '#74c0fc', GB: '#a5b4fc', AR: '#66d9e8' },
    contextFill: '#2b323c',
    outline: '#e7c0b2',
    hover: '#f8fafc',
    articleEvents: '#c5d0dc',
    curatedEvents: '#ffb938',
    markerStroke: '#0e1621',
    placeDot: '#c5d0dc',
  },
};

export const CLAIMANT_NAMES: Record<string, string> = {
  RU: 'Russia',
  JP: 'Japan',
  CN: 'China',
  TW: 'Taiwan',
  KR: 'South Korea',
  VN: 'Vietnam',
  PH: 'the Philippines',
  MY: 'Malaysia',
  BN: 'Brunei',
  UA: 'Ukraine',
  GB: 'the United Kingdom',
  AR: 'Argentina',
};

/** Distinct colours for the places of a pack, in order of appearance. */
const PLACE_COLOURS = ['#2f9e44', '#1098ad', '#d6336c', '#7048e8', '#e8590c', '#5c940d', '#1c7ed6', '#ae3ec9'];
export const GROUP_COLOUR = '#a0672c';
export const CONTEXT_COLOUR = '#7a8590';

export function currentTheme(): ThemeName {
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function onThemeChange(cb: (t: ThemeName) => void): void {
  window.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', () => cb(currentTheme()));
}

/** Colour of each place: disputed islands get their own, sub-places their island's, groups and context a neutral one. */
export function placeColours(places: { id: string; kind: string; role: string; island?: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  let k = 0;
  for (const p of places) {
    if (p.kind === 'island') out.set(p.id, p.role === 'disputed' ? PLACE_COLOURS[k++ % PLACE_COLOURS.length] : CONTEXT_COLOUR);
  }
  for (const p of places) {
    if (p.kind === 'group') out.set(p.id, GROUP_COLOUR);
    else if (p.kind === 'place') out.set(p.id, (p.island && out.get(p.island)) || CONTEXT_COLOUR);
  }
  return out;
}
