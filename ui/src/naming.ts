// Label text for a place under each naming convention.
import type { Names } from './types';

export type NamingMode = 'both' | 'ja' | 'ru';

export const NAMING_MODES: { mode: NamingMode; label: string; title: string }[] = [
  { mode: 'both', label: 'Both', title: 'Show both sides’ names' },
  { mode: 'ja', label: 'Japanese usage', title: 'Names as used in Japan' },
  { mode: 'ru', label: 'Russian usage', title: 'Names as used in Russia' },
];

export interface LabelText {
  /** Latin-script line. */
  primary: string;
  /** Native-script line (may be empty). */
  secondary: string;
  /** Everything, for tooltips and accessible names. */
  full: string;
}

/** The Japanese-usage romanisation: the first alternative spelling, else the English name. */
export function japaneseRomanisation(names: Names): string {
  const en = names.en.toLowerCase();
  // An alternative contained in the English name ("Habomai" in "Habomai Islands") adds nothing.
  return names.en_alt?.find((s) => s.trim() !== '' && !en.includes(s.trim().toLowerCase())) ?? names.en;
}

function uniq(parts: string[]): string[] {
  const seen = new Set<string>();
  return parts.filter((p) => {
    const k = p.trim().toLowerCase();
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Label text for `names` in `mode`. */
export function labelText(names: Names, mode: NamingMode): LabelText {
  const ja = japaneseRomanisation(names);
  // A pack may leave a language's name out.
  const native = { ja: names.ja ?? '', ru: names.ru ?? '' };
  let primary: string;
  let secondary: string;
  if (mode === 'ja') {
    primary = ja;
    secondary = native.ja;
  } else if (mode === 'ru') {
    primary = names.en;
    secondary = native.ru;
  } else {
    primary = uniq([names.en, ja]).join(' / ');
    secondary = uniq([native.ja, native.ru]).join(' · ');
  }
  const full = uniq([names.en, ja, native.ja, native.ru]).join(' / ');
  return { primary, secondary, full };
}
