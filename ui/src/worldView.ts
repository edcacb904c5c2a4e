// The world view: every disputed area Natural Earth lists (80, with its note,
// "Admin. by …; Claimed by …"), filled by the country that administers it;
// the areas a dispute pack covers stand out, with a badge (the dispute's name
// and how many articles mention it) that enters the dispute. Clicking another
// area shows its note and says no pack covers it yet. The areas are read the
// first time the view is shown (not at start-up).
import * as maplibregl from 'maplibre-gl';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import disputedAreasUrl from '../../data/world/disputed-areas.geojson?url';
import { shortDisputeName } from './disputeSwitcher';
import { h, plural } from './dom';
import type { LegendEntry } from './mapView';
import { PALETTES, type ThemeName } from './theme';
import type { Dispute } from './types';

/** What the world view tells the app: a dispute was chosen. */
export interface WorldCallbacks {
  onEnterDispute(id: string): void;
}

/** The properties the world layers read from an area. */
export interface WorldArea {
  /** Natural Earth's `BRK_A3` (`B29`). */
  code: string;
  /** Its name (`Kuril Is.`). */
  name: string;
  /** Who administers and claims it (`Admin. by Russia; Claimed by Japan`). */
  note: string;
  /** The index of its fill in `WORLD_FILLS` (by the administering country). */
  fill: number;
  /** The dispute pack that covers it, or empty. */
  pack: string;
}

/** Fills for the areas, one per administering country (by a hash of its code), muted so the packs' outlines stand out. */
export const WORLD_FILLS: Record<ThemeName, string[]> = {
  light: ['#e7b3a1', '#b9c8f0', '#f3d28a', '#bfe3c6', '#c9bff0', '#f5b8c8', '#a9e2e8', '#e0d4b0'],
  dark: ['#8a4a3a', '#33477f', '#7a6320', '#2f6b3c', '#4f3f8f', '#7f3350', '#1f6570', '#6b5f3a'],
};

/** The fill index of an administering country's code (the same country, the same fill). */
export function fillIndex(country: string): number {
  let h = 0;
  for (const c of country) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h % WORLD_FILLS.light.length;
}

/** The dispute whose pack covers the area `code`, if any. */
export function disputeOfArea(code: string, disputes: readonly Dispute[]): Dispute | undefined {
  return disputes.find((d) => d.natural_earth.includes(code));
}

/** Natural Earth's areas with what the world layers read (`WorldArea`), each tied to the pack that covers it. */
export function worldAreas(fc: FeatureCollection, disputes: readonly Dispute[]): FeatureCollection<Geometry, WorldArea> {
  const features: Feature<Geometry, WorldArea>[] = [];
  for (const f of fc.features) {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    const code = String(p.BRK_A3 ?? f.id ?? '');
    if (!f.geometry || !code) continue;
    const note = typeof p.NOTE_BRK === 'string' && p.NOTE_BRK !== 'None' ? p.NOTE_BRK : '';
    features.push({
      type: 'Feature',
      id: code,
      geometry: f.geometry,
      properties: { code, name: String(p.BRK_NAME ?? code), note, fill: fillIndex(String(p.SOV_A3 ?? p.ADM0_A3 ?? code)), pack: disputeOfArea(code, disputes)?.id ?? '' },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** The world view on a map: its layers (added the first time it is shown), badges and note popup. */
export class WorldView {
  private areas: Promise<FeatureCollection> | null = null;
  private layersAdded = false;
  private shown = false;
  private theme: ThemeName = 'light';
  private badges = new Map<string, { marker: maplibregl.Marker; el: HTMLButtonElement }>();
  private popup: maplibregl.Popup | null = null;

  /** @param styleLoaded Resolves once the map's style (the basemap) is in: the world's layers go on top of it. */
  constructor(
    private map: maplibregl.Map,
    private cb: WorldCallbacks,
    private styleLoaded: Promise<void>,
  ) {}

  /** Shows the world with the disputes' badges, or (null) hides it. Resolves once its layers are in. */
  async show(disputes: readonly Dispute[] | null, theme: ThemeName): Promise<void> {
    this.theme = theme;
    this.shown = disputes !== null;
    this.popup?.remove();
    if (!disputes) {
      delete this.map.getContainer().dataset.worldAreas;
      this.setVisible(false);
      for (const b of this.badges.values()) b.marker.remove();
      this.badges.clear();
      return;
    }
    this.areas ??= fetch(new URL(disputedAreasUrl, document.baseURI).href).then((r) => r.json() as Promise<FeatureCollection>);
    const fc = await this.areas;
    if (!this.shown) return;
    await this.styleLoaded;
    const areas = worldAreas(fc, disputes);
    this.addLayers(areas);
    this.setVisible(true);
    // How many areas the view draws, on the map's element (the end-to-end tests read it).
    this.map.getContainer().dataset.worldAreas = String(areas.features.length);
    this.addBadges(disputes);
  }

  /** Whether the world view is on screen. */
  get isShown(): boolean {
    return this.shown;
  }

  /** The badges' article counts. */
  setCounts(disputes: readonly Dispute[]) {
    for (const d of disputes) {
      const b = this.badges.get(d.id);
      if (b) fillBadge(b.el, d);
    }
  }

  private addLayers(data: FeatureCollection<Geometry, WorldArea>) {
    const m = this.map;
    const source = m.getSource('world-areas') as maplibregl.GeoJSONSource | undefined;
    if (source) {
      void source.setData(data);
      return;
    }
    m.addSource('world-areas', { type: 'geojson', data });
    const before = m.getLayer('island-fill') ? 'island-fill' : undefined;
    m.addLayer({ id: 'world-fill', type: 'fill', source: 'world-areas', paint: this.fillPaint() }, before);
    m.addLayer({ id: 'world-outline', type: 'line', source: 'world-areas', paint: this.outlinePaint() }, before);
    this.layersAdded = true;
    m.on('click', 'world-fill', (e) => {
      if (!this.shown) return;
      const f = e.features?.[0];
      if (!f) return;
      const area = f.properties as unknown as WorldArea;
      if (area.pack) this.cb.onEnterDispute(area.pack);
      else this.showNote(area, e.lngLat);
    });
    m.on('mouseenter', 'world-fill', () => this.shown && (m.getCanvas().style.cursor = 'pointer'));
    m.on('mouseleave', 'world-fill', () => (m.getCanvas().style.cursor = ''));
  }

  private fillPaint(): maplibregl.FillLayerSpecification['paint'] {
    return {
      'fill-color': fillMatch(WORLD_FILLS[this.theme]),
      'fill-opacity': ['case', ['!=', ['get', 'pack'], ''], 0.95, 0.7],
    };
  }

  private outlinePaint(): maplibregl.LineLayerSpecification['paint'] {
    const p = PALETTES[this.theme];
    return {
      'line-color': ['case', ['!=', ['get', 'pack'], ''], p.curatedEvents, p.outline],
      'line-width': ['case', ['!=', ['get', 'pack'], ''], 2.5, 0.6],
    };
  }

  setTheme(theme: ThemeName) {
    this.theme = theme;
    if (!this.layersAdded) return;
    this.map.setPaintProperty('world-fill', 'fill-color', this.fillPaint()!['fill-color']);
    this.map.setPaintProperty('world-outline', 'line-color', this.outlinePaint()!['line-color']);
  }

  private setVisible(visible: boolean) {
    if (!this.layersAdded) return;
    for (const l of ['world-fill', 'world-outline']) this.map.setLayoutProperty(l, 'visibility', visible ? 'visible' : 'none');
  }

  private addBadges(disputes: readonly Dispute[]) {
    for (const b of this.badges.values()) b.marker.remove();
    this.badges.clear();
    for (const d of disputes) {
      const [w, s, e, n] = d.bounds;
      const el = h('button', { type: 'button', class: 'world-badge', 'data-dispute': d.id });
      fillBadge(el, d);
      el.addEventListener('click', (ev) => {
        ev.stopPropagation();
        this.cb.onEnterDispute(d.id);
      });
      // East of 90°E the badge sits left of its point, clear of the map's right edge.
      const east = (w + e) / 2 > 90;
      const marker = new maplibregl.Marker({ element: el, anchor: east ? 'right' : 'left', offset: [east ? -6 : 6, 0] }).setLngLat([(w + e) / 2, (s + n) / 2]).addTo(this.map);
      this.badges.set(d.id, { marker, el });
    }
  }

  /** The note of an area no pack covers, in a popup (text only). */
  private showNote(area: WorldArea, at: maplibregl.LngLat) {
    this.popup?.remove();
    const content = h(
      'div',
      { class: 'world-note', role: 'status' },
      h('strong', {}, area.name),
      h('p', {}, area.note || 'Natural Earth gives no note on who administers or claims it.'),
      h('p', { class: 'hint' }, 'No dispute pack covers it yet.'),
    );
    this.popup = new maplibregl.Popup({ closeButton: true, closeOnClick: false, maxWidth: '280px' }).setLngLat(at).setDOMContent(content).addTo(this.map);
  }

  /** The world view's legend: what the fills, the outlines and the badges say. */
  legendEntries(theme: ThemeName): LegendEntry[] {
    const p = PALETTES[theme];
    return [
      { kind: 'world', colour: WORLD_FILLS[theme][0], label: 'Disputed area (Natural Earth), coloured by who administers it' },
      { kind: 'world-pack', colour: p.curatedEvents, label: 'Covered by a dispute pack: click to enter' },
    ];
  }
}

/** The fill of an area by its `fill` index. */
function fillMatch(colours: string[]): maplibregl.ExpressionSpecification {
  const match: unknown[] = ['match', ['get', 'fill']];
  colours.forEach((c, i) => match.push(i, c));
  match.push(colours[0]);
  return match as maplibregl.ExpressionSpecification;
}

/** A badge's text: the dispute's short name and article count. */
function fillBadge(el: HTMLButtonElement, d: Dispute) {
  el.replaceChildren(h('span', { class: 'world-badge-name' }, shortDisputeName(d.name)), h('span', { class: 'badge' }, String(d.articles)));
  el.title = `${d.name}: ${plural(d.articles, 'article')}. Enter this dispute.`;
  el.setAttribute('aria-label', el.title);
}
