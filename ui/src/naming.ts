// Label text for a place under each naming convention of its dispute. The
// conventions are the pack's usages (`Usage`: Japanese, Chinese, Taiwanese for
// the Senkakus; British, Argentine for the Falklands; …); `both` shows the
// sides' names together.
import type { Names, Usage } from './types';

/** `both`, or the id of one of the dispute's usages (`jp`, `cn`). */
export type NamingMode = string;

/** How names are shown: the mode and the usages of the dispute on screen. */
export interface Naming {
  mode: NamingMode;
  usages: readonly Usage[];
}

/** The switch's choices for `usages`: both (all) sides first, then one per usage. */
export function namingModes(usages: readonly Usage[]): { mode: NamingMode; label: string; title: string }[] {
  const both = usages.length > 2 ? 'All' : 'Both';
  return [
    { mode: 'both', label: both, title: 'Show the names every side uses' },
    ...usages.map((u) => ({ mode: u.id, label: shortUsageLabel(u.label), title: `Names in ${u.label}` })),
  ];
}

/** "Japanese usage" → "Japanese"; "Neutral usage (Liancourt Rocks)" → "Neutral". */
export function shortUsageLabel(label: string): string {
  return label.replace(/\s*\(.*\)\s*/g, ' ').replace(/\s+usage\b/i, '').trim() || label;
}

/** `mode` if the usages have it, else `both`. */
export function modeFor(mode: string | null, usages: readonly Usage[]): NamingMode {
  return mode && usages.some((u) => u.id === mode) ? mode : 'both';
}

/** At most this many Latin forms and native names on a label showing every side's names (the rest is in `full`). */
const BOTH_LATIN = 2;
const BOTH_NATIVE = 3;

export interface LabelText {
  /** Latin-script line. */
  primary: string;
  /** Native-script line (may be empty). */
  secondary: string;
  /** Everything, for tooltips and accessible names. */
  full: string;
}

/** The Japanese-usage romanisation where a pack gives none: the first alternative spelling, else the English name. */
export function japaneseRomanisation(names: Names): string {
  const en = names.en.toLowerCase();
  // An alternative contained in the English name ("Habomai" in "Habomai Islands") adds nothing.
  return names.en_alt?.find((s) => s.trim() !== '' && !en.includes(s.trim().toLowerCase())) ?? names.en;
}

/** The Latin-script name under `usage`: the pack's `en_usage`, else (Japanese usage) the romanisation, else English. */
export function usageLatin(names: Names, usage: Usage): string {
  return names.en_usage?.[usage.id] ?? (usage.names === 'ja' ? japaneseRomanisation(names) : names.en);
}

/** The native-script name under `usage` (empty when the usage writes English or the pack has none). */
export function usageNative(names: Names, usage: Usage): string {
  if (usage.names === 'en' || usage.names.startsWith('en_')) return '';
  const value = (names as Record<string, unknown>)[usage.names];
  return typeof value === 'string' ? value : '';
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

/** Label text for `names` under `naming`. */
export function labelText(names: Names, naming: Naming): LabelText {
  const { usages } = naming;
  const latin = usages.map((u) => usageLatin(names, u));
  const native = usages.map((u) => usageNative(names, u));
  const full = uniq([names.en, ...latin, ...native]).join(' / ');
  const i = usages.findIndex((u) => u.id === naming.mode);
  const shown = i >= 0 ? [latin[i]] : uniq([names.en, ...latin]).slice(0, BOTH_LATIN);
  // A native name the Latin line already has (Spanish "Islas Malvinas") is not repeated.
  const onLine = new Set(shown.map((s) => s.trim().toLowerCase()));
  const natives = uniq(i >= 0 ? [native[i]] : native).filter((s) => !onLine.has(s.trim().toLowerCase()));
  return { primary: shown.join(' / '), secondary: natives.slice(0, BOTH_NATIVE).join(' · '), full };
}
