// The map: basemap from bundled Natural Earth data (the whole world), the
// dispute on screen's islands and areas filled by claim, its points (towns,
// bridges, reefs), clustered event markers with their counts, hover and
// selection through feature-state; or the world view (worldView.ts). The
// HTML labels with article badges, and where they go, are in mapLabels.ts.
// No network: no tiles, glyphs or sprites.
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { Feature, FeatureCollection, Geometry, Point, Position } from 'geojson';
import land50Url from '../../data/basemap/basemap-land.geojson?url';
import boundaries50Url from '../../data/basemap/basemap-boundaries.geojson?url';
import land10Url from '../../data/basemap/basemap-land-10m-eastasia.geojson?url';
import boundaries10Url from '../../data/basemap/basemap-boundaries-10m-eastasia.geojson?url';
import { compactCount, h, plural } from './dom';
import { claimKeys, disputedClaimFilter, clusterFilter, countRadius, hasCuratedFilter, HISTORY_RING, markerExtent, placeMarkerFilter } from './filters';
import { MapLabels, type MarkerDisc } from './mapLabels';
import type { Naming } from './naming';
import { CLAIMANT_NAMES, PALETTES, type Palette, type ThemeName } from './theme';
import { WorldView, type WorldCallbacks } from './worldView';
import type { Dispute, Pack, PlaceEvents, PlaceProperties } from './types';

maplibregl.setWorkerUrl(new URL(workerUrl, document.baseURI).href);

const NATURAL_EARTH = 'Made with Natural Earth';
/** What the world view frames: every disputed area, from the Falklands to the Kurils (the 1:50m layers cover the whole world). */
export const WORLD_BOUNDS: [number, number, number, number] = [-170, -60, 180, 72];

/** A bundled asset's absolute URL, for MapLibre's worker to fetch and parse itself. */
function assetUrl(url: string): string {
  return new URL(url, document.baseURI).href;
}

/** A diagonal hatching tile drawn at runtime (no sprite download). */
function hatchImage(colour: string, ratio: number): ImageData {
  const size = Math.round(10 * ratio);
  const c = document.createElement('canvas');
  c.width = c.height = size;
  const g = c.getContext('2d')!;
  g.strokeStyle = colour;
  g.lineWidth = 1.6 * ratio;
  g.lineCap = 'square';
  for (const o of [-size, 0, size]) {
    g.beginPath();
    g.moveTo(o, size);
    g.lineTo(o + size, 0);
    g.stroke();
  }
  return g.getImageData(0, 0, size, size);
}

/**
 * The ocean and the Natural Earth layers. The layers are given to MapLibre as
 * URLs: its worker fetches and parses them, so the page's thread never holds the basemap.
 */
function basemapStyle(p: Palette): maplibregl.StyleSpecification {
  return {
    version: 8,
    sources: {
      'land-50m': { type: 'geojson', data: assetUrl(land50Url), attribution: '' },
      'land-10m': { type: 'geojson', data: assetUrl(land10Url) },
      'boundaries-50m': { type: 'geojson', data: assetUrl(boundaries50Url) },
      'boundaries-10m': { type: 'geojson', data: assetUrl(boundaries10Url) },
    },
    layers: [
      { id: 'ocean', type: 'background', paint: { 'background-color': p.ocean } },
      { id: 'land-50m', type: 'fill', source: 'land-50m', paint: { 'fill-color': p.land } },
      { id: 'land-10m', type: 'fill', source: 'land-10m', paint: { 'fill-color': p.land, 'fill-antialias': true } },
      { id: 'coast-10m', type: 'line', source: 'land-10m', paint: { 'line-color': p.landLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 4, 0.4, 9, 1.2] } },
      { id: 'boundaries-50m', type: 'line', source: 'boundaries-50m', maxzoom: 5, paint: { 'line-color': p.boundary, 'line-width': 0.8, 'line-dasharray': [3, 2] } },
      { id: 'boundaries-10m', type: 'line', source: 'boundaries-10m', minzoom: 5, paint: { 'line-color': p.boundary, 'line-width': 1, 'line-dasharray': [3, 2] } },
    ],
  };
}

function extendBounds(b: maplibregl.LngLatBounds, g: Geometry | null) {
  if (!g) return;
  const walk = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') b.extend(c as [number, number]);
    else (c as unknown[]).forEach(walk);
  };
  if (g.type === 'GeometryCollection') g.geometries.forEach((x) => extendBounds(b, x));
  else walk((g as { coordinates: unknown }).coordinates);
}

export interface MapCallbacks extends WorldCallbacks {
  onPlaceClick(id: string): void;
}

export class MapView {
  readonly map: maplibregl.Map;
  private places = new Map<string, Feature<Geometry | null, PlaceProperties>>();
  private labels: MapLabels;
  private countMarkers = new Map<string, maplibregl.Marker>();
  private hovered: string | null = null;
  private selected = new Set<string>();
  /** The event markers drawn now (places and clusters), which the island labels keep clear of. */
  private markerDiscs: MarkerDisc[] = [];
  private markerSignature = '';
  private ready: Promise<void>;
  private drawn: Promise<void>;
  private theme: ThemeName;
  /** The dispute on screen (null in the world view). */
  private pack: Pack | null = null;
  private colours: ReadonlyMap<string, string> = new Map();
  /** Every claimant with a hatch layer (the palette's). */
  private claimants: string[] = Object.keys(PALETTES.light.claims);
  private naming: Naming = { mode: 'both', usages: [] };
  private packShown!: () => void;
  private shownOnce = false;
  /** The map is moving to a dispute's framing (`show`). */
  private framing = false;
  /** The map shows the dispute as `show` framed it (no pan, zoom or fly since). */
  private framed = false;
  private world: WorldView;

  /**
   * The map with its basemap, before the pack is known: MapLibre starts and its
   * worker fetches and parses the basemap while the page asks for the pack.
   * The islands, labels and handlers come with [`show`].
   */
  constructor(
    container: HTMLElement,
    theme: ThemeName,
    private cb: MapCallbacks,
  ) {
    this.theme = theme;
    this.map = new maplibregl.Map({
      container,
      style: basemapStyle(PALETTES[theme]),
      bounds: WORLD_BOUNDS,
      attributionControl: false,
      renderWorldCopies: false,
      dragRotate: false,
      pitchWithRotate: false,
      cancelPendingTileRequestsWhileZooming: false,
      fadeDuration: 0,
      // The styles are written here and checked by the type system and the tests.
      validateStyle: false,
    });
    this.labels = new MapLabels(this.map, { onPlaceClick: (id) => cb.onPlaceClick(id), onHover: (ids) => this.setHover(ids) });

    this.map.touchZoomRotate.disableRotation();
    // MapLibre's keyboard handler listens on the whole container (the labels too) and
    // rotates with Shift+arrows; the arrow keys drive the timeline elsewhere. Only
    // the focused map itself takes + and − (zoom) and the arrows (pan).
    this.map.keyboard.disable();
    const canvas = this.map.getCanvas();
    canvas.setAttribute('aria-label', 'Map: + and − zoom, arrow keys pan');
    canvas.addEventListener('keydown', (e) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const step = e.shiftKey ? 300 : 100;
      const pan: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
      if (e.key === '+' || e.key === '=') this.map.zoomIn();
      else if (e.key === '-' || e.key === '_') this.map.zoomOut();
      else if (pan[e.key]) this.map.panBy(pan[e.key]);
      else return;
      e.preventDefault();
      e.stopPropagation();
    });
    this.map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-right');
    this.map.on('movestart', () => {
      if (!this.framing) this.framed = false;
    });
    this.map.on('moveend', () => {
      if (!this.framing) return;
      this.framing = false;
      this.framed = true;
    });
    const styleLoaded = new Promise<void>((resolve) => this.map.once('style.load', () => resolve()));
    // Start-up phases for tests/bench/startup.sh: MapLibre's WebGL context and style, its first frame.
    void styleLoaded.then(() => performance.mark('atlas:style'));
    this.map.once('render', () => performance.mark('atlas:first-frame'));
    this.world = new WorldView(this.map, cb, styleLoaded);
    const packShown = new Promise<void>((resolve) => (this.packShown = resolve));
    this.ready = Promise.all([styleLoaded, packShown]).then(() => {
      this.addPlaces();
      if (this.pack) this.labels.add(this.pack, this.colours);
      this.setNaming(this.naming);
      this.bindEvents();
      this.readyNow = true;
    });
    // 'idle' after the sources were added: the basemap and the islands are parsed and drawn.
    this.drawn = this.ready.then(() => new Promise<void>((resolve) => this.map.once('idle', () => resolve())));
  }

  /**
   * Shows a dispute's pack, or the world view (`pack` null, with the disputes
   * for its badges): the first time it frames it at once and the islands,
   * places, event layers and labels come once the style is in; after that the
   * map flies there and the sources' data and the labels are replaced.
   */
  show(pack: Pack | null, colours: ReadonlyMap<string, string>, disputes: readonly Dispute[]) {
    const first = !this.shownOnce;
    this.shownOnce = true;
    this.pack = pack;
    this.colours = colours;
    this.places.clear();
    this.selected.clear();
    this.hovered = null;
    if (pack) for (const f of pack.places.features) this.places.set(f.properties.id, f);
    const bounds = pack?.bounds ?? WORLD_BOUNDS;
    const instant = first || matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.framing = true;
    // A dispute keeps room across for the labels of the islands at its edges (they sit beside their islands).
    this.map.fitBounds(bounds, { padding: pack ? { top: 32, bottom: 32, left: 72, right: 72 } : 8, animate: !instant, duration: 1200 });
    const attribution = [NATURAL_EARTH, ...(pack ? [escapeText(pack.attribution)] : [])];
    if (this.attribution) this.map.removeControl(this.attribution);
    // A long credit (a pack's) folds behind the ⓘ button, clear of the legend and the labels.
    this.attribution = new maplibregl.AttributionControl({ compact: attribution.join(' | ').length > 90, customAttribution: attribution });
    this.map.addControl(this.attribution, 'bottom-right');
    // MapLibre opens a compact credit at first; folded, it leaves the legend and the labels alone.
    const folded = () => this.map.getContainer().querySelector('.maplibregl-ctrl-attrib.maplibregl-compact')?.classList.remove('maplibregl-compact-show');
    folded();
    this.map.once('idle', folded);
    void this.world.show(pack ? null : disputes, this.theme);
    // A dispute without islands (Crimea) is its points: they show at any zoom; elsewhere from a closer zoom.
    const islands = pack?.places.features.some((f) => f.properties.kind === 'island' && f.geometry && f.geometry.type !== 'Point') ?? false;
    this.pointsMinZoom = islands ? 6.5 : 0;
    this.map.getContainer().classList.toggle('places-always', pack !== null && !islands);
    if (first) {
      this.packShown();
      return;
    }
    if (!this.map.getSource('islands')) return;
    this.map.setLayerZoomRange('sub-places', this.pointsMinZoom, 24);
    (this.map.getSource('islands') as maplibregl.GeoJSONSource).setData(this.islandCollection());
    (this.map.getSource('sub-places') as maplibregl.GeoJSONSource).setData(this.pointCollection());
    (this.map.getSource('events') as maplibregl.GeoJSONSource).setData({ type: 'FeatureCollection', features: [] });
    this.labels.clear();
    if (pack) this.labels.add(pack, this.colours);
    this.setNaming(this.naming);
  }

  /** The world view's badges' article counts (after an import). */
  setDisputeCounts(disputes: readonly Dispute[]) {
    if (!this.pack) this.world.setCounts(disputes);
  }

  private attribution: maplibregl.AttributionControl | null = null;
  private pointsMinZoom = 6.5;
  private readyNow = false;

  /** Sources, layers, labels and handlers are in place (`whenReady` has resolved). */
  get isReady(): boolean {
    return this.readyNow;
  }

  /** Sources, layers, labels and handlers are in place. */
  whenReady(): Promise<void> {
    return this.ready;
  }

  /** The map shows the dispute (or the world) as it is first framed, nothing selected: the view the next start opens on. */
  get showsFirstView(): boolean {
    return this.framed && this.selected.size === 0 && this.hovered === null;
  }

  /**
   * A picture of the map as drawn now (a JPEG data URL). MapLibre clears its
   * drawing buffer after each frame, so the copy is taken in the `render`
   * event of a frame drawn for it.
   */
  picture(): Promise<string> {
    return new Promise((resolve) => {
      this.map.once('render', () => resolve(this.map.getCanvas().toDataURL('image/jpeg', 0.85)));
      this.map.triggerRepaint();
    });
  }

  /** The map has drawn the basemap and the islands, and the labels are placed (collisions resolved). */
  whenDrawn(): Promise<void> {
    return this.drawn.then(
      () =>
        new Promise<void>((resolve) =>
          requestAnimationFrame(() => {
            this.resolveLabelCollisions();
            resolve();
          }),
        ),
    );
  }

  /** The islands and areas with an outline (Crimea), filled by who administers them. */
  private islandCollection(): FeatureCollection {
    const features: Feature[] = [];
    for (const f of this.pack?.places.features ?? []) {
      const pr = f.properties;
      if (!f.geometry || f.geometry.type === 'Point' || (pr.kind !== 'island' && pr.kind !== 'area')) continue;
      const admin = pr.claims.find((c) => c.status === 'administers')?.claimant ?? '';
      features.push({ type: 'Feature', geometry: f.geometry, properties: { id: pr.id, role: pr.role, admin, claimKeys: claimKeys(pr.claims), colour: this.colours.get(pr.id) ?? '#888' } });
    }
    return { type: 'FeatureCollection', features };
  }

  private addPlaces() {
    const m = this.map;
    const p = PALETTES[this.theme];
    m.addSource('islands', { type: 'geojson', data: this.islandCollection(), promoteId: 'id' });
    m.addLayer({ id: 'island-fill', type: 'fill', source: 'islands', paint: this.islandFillPaint(p) });
    for (const c of this.claimants) {
      m.addImage(`hatch-${c}`, hatchImage(p.claims[c] ?? '#444', 2), { pixelRatio: 2 });
      m.addLayer({ id: `island-hatch-${c}`, type: 'fill', source: 'islands', filter: disputedClaimFilter(c), paint: { 'fill-pattern': `hatch-${c}`, 'fill-opacity': 0.85 } });
    }
    m.addLayer({ id: 'island-outline', type: 'line', source: 'islands', paint: this.outlinePaint(p) });

    m.addSource('sub-places', { type: 'geojson', data: this.pointCollection() });
    m.addLayer({ id: 'sub-places', type: 'circle', source: 'sub-places', minzoom: this.pointsMinZoom, paint: { 'circle-radius': 3, 'circle-color': p.placeDot, 'circle-stroke-color': p.markerStroke, 'circle-stroke-width': 1 } });

    m.addSource('events', {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
      cluster: true,
      clusterRadius: 36,
      clusterMaxZoom: 8,
      clusterProperties: { curated: ['+', ['get', 'curated']], articles: ['+', ['get', 'articles']] },
    });
    const circle = { 'circle-radius': countRadius(), 'circle-color': p.articleEvents, 'circle-opacity': 0.92, 'circle-stroke-color': p.markerStroke, 'circle-stroke-width': 1.5 };
    m.addLayer({ id: 'event-history', type: 'circle', source: 'events', filter: hasCuratedFilter(), paint: { 'circle-radius': ['+', countRadius(), HISTORY_RING.gap], 'circle-color': 'rgba(0,0,0,0)', 'circle-stroke-color': p.curatedEvents, 'circle-stroke-width': HISTORY_RING.width } });
    m.addLayer({ id: 'event-clusters', type: 'circle', source: 'events', filter: clusterFilter(), paint: circle });
    m.addLayer({ id: 'event-places', type: 'circle', source: 'events', filter: placeMarkerFilter(), paint: circle });
  }

  /** The places drawn as points: towns, capes, bridges, reefs, and islands the pack has no outline for. */
  private pointCollection(): FeatureCollection<Point> {
    const points: Feature<Point>[] = [];
    for (const f of this.pack?.places.features ?? []) {
      if (f.geometry?.type === 'Point') points.push({ type: 'Feature', geometry: f.geometry, properties: { id: f.properties.id } });
    }
    return { type: 'FeatureCollection', features: points };
  }

  private islandFillPaint(p: Palette): maplibregl.FillLayerSpecification['paint'] {
    const admin: unknown[] = ['match', ['get', 'admin']];
    for (const [c, colour] of Object.entries(p.administers)) admin.push(c, colour);
    admin.push(p.contextFill);
    return {
      'fill-color': ['case', ['==', ['get', 'role'], 'disputed'], admin as maplibregl.ExpressionSpecification, p.contextFill],
      'fill-opacity': ['case', ['boolean', ['feature-state', 'hover'], false], 1, 0.9],
    };
  }

  private outlinePaint(p: Palette): maplibregl.LineLayerSpecification['paint'] {
    return {
      'line-color': ['case', ['boolean', ['feature-state', 'selected'], false], ['get', 'colour'], ['boolean', ['feature-state', 'hover'], false], p.hover, ['==', ['get', 'role'], 'disputed'], p.outline, p.landLine],
      'line-width': ['case', ['boolean', ['feature-state', 'selected'], false], 3, ['boolean', ['feature-state', 'hover'], false], 2, 0.8],
    };
  }

  private bindEvents() {
    const m = this.map;
    m.on('mousemove', 'island-fill', (e) => {
      const id = e.features?.[0]?.properties?.id as string | undefined;
      m.getCanvas().style.cursor = 'pointer';
      this.setHover(id ? [id] : []);
    });
    m.on('mouseleave', 'island-fill', () => {
      m.getCanvas().style.cursor = '';
      this.setHover([]);
    });
    m.on('click', (e) => {
      const hits = m.queryRenderedFeatures(e.point, { layers: ['event-clusters', 'event-places', 'island-fill'] });
      const cluster = hits.find((f) => f.layer.id === 'event-clusters');
      if (cluster) {
        const src = m.getSource('events') as maplibregl.GeoJSONSource;
        void src.getClusterExpansionZoom(cluster.properties.cluster_id as number).then((z) => m.easeTo({ center: (cluster.geometry as Point).coordinates as [number, number], zoom: z + 0.5 }));
        return;
      }
      const place = hits.find((f) => f.layer.id === 'event-places');
      const island = hits.find((f) => f.layer.id === 'island-fill');
      const id = (place?.properties.id ?? island?.properties.id) as string | undefined;
      if (id) this.cb.onPlaceClick(id);
    });
    for (const layer of ['event-clusters', 'event-places']) {
      m.on('mouseenter', layer, () => (m.getCanvas().style.cursor = 'pointer'));
      m.on('mouseleave', layer, () => (m.getCanvas().style.cursor = ''));
    }
    m.on('sourcedata', (e) => {
      if (e.sourceId === 'events' && e.isSourceLoaded) this.scheduleCountSync();
    });
    m.on('moveend', () => {
      this.scheduleCountSync();
      this.resolveLabelCollisions();
    });
    m.on('zoom', () => this.updateZoomClasses());
    this.updateZoomClasses();
    requestAnimationFrame(() => this.resolveLabelCollisions());
  }

  private updateZoomClasses() {
    const z = this.map.getZoom();
    this.map.getContainer().classList.toggle('zoom-near', z >= 7.2);
    this.map.getContainer().classList.toggle('zoom-far', z < 5.5);
  }

  /** Places the island labels and hides lesser labels that collide (see `MapLabels.resolveCollisions`). */
  resolveLabelCollisions() {
    this.labels.resolveCollisions(this.markerDiscs);
  }

  private countSyncPending = false;
  private scheduleCountSync() {
    if (this.countSyncPending) return;
    this.countSyncPending = true;
    requestAnimationFrame(() => {
      this.countSyncPending = false;
      this.syncCountMarkers();
    });
  }

  /** Event counts drawn as HTML over the circles (no glyphs are loaded). */
  private syncCountMarkers() {
    const m = this.map;
    if (!m.getSource('events')) return;
    const seen = new Set<string>();
    const discs: MarkerDisc[] = [];
    for (const f of m.querySourceFeatures('events')) {
      const pr = f.properties;
      const total = Number(pr.curated ?? 0) + Number(pr.articles ?? 0);
      if (total <= 0) continue;
      const key = pr.cluster ? `c${pr.cluster_id}` : `p${pr.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const coords = (f.geometry as Point).coordinates as [number, number];
      discs.push({ at: coords, radius: markerExtent(Number(pr.curated ?? 0), Number(pr.articles ?? 0)) });
      const text = compactCount(total);
      let marker = this.countMarkers.get(key);
      if (!marker) {
        marker = new maplibregl.Marker({ element: h('div', { class: 'event-count', 'aria-hidden': 'true' }) }).setLngLat(coords).addTo(m);
        this.countMarkers.set(key, marker);
      }
      marker.setLngLat(coords);
      const el = marker.getElement();
      if (el.textContent !== text) el.textContent = text;
      el.title = `${plural(Number(pr.articles ?? 0), 'event')} from articles, ${plural(Number(pr.curated ?? 0), 'history event')}`;
    }
    for (const [key, marker] of this.countMarkers) {
      if (!seen.has(key)) {
        marker.remove();
        this.countMarkers.delete(key);
      }
    }
    const signature = discs.map((d) => `${d.at[0]},${d.at[1]},${d.radius}`).join(';');
    if (signature !== this.markerSignature) {
      this.markerSignature = signature;
      this.markerDiscs = discs;
      this.resolveLabelCollisions();
    }
  }

  /** Position of an event marker for a place. */
  private markerPosition(id: string): Position | null {
    const f = this.places.get(id);
    if (!f) return null;
    if (f.geometry?.type === 'Point') return f.geometry.coordinates;
    return f.properties.label;
  }

  /** Replaces the event markers' counts (one feature per place). */
  setEventCounts(places: readonly PlaceEvents[]) {
    const features: Feature[] = [];
    for (const c of places) {
      if (c.curated + c.articles === 0) continue;
      const pos = this.markerPosition(c.place);
      if (!pos) continue;
      features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: pos }, properties: { id: c.place, curated: c.curated, articles: c.articles } });
    }
    const src = this.map.getSource('events') as maplibregl.GeoJSONSource | undefined;
    void src?.setData({ type: 'FeatureCollection', features });
  }

  /** Article counts on the island badges; `note` ends each label's accessible name. */
  setBadges(counts: ReadonlyMap<string, number>, note: string) {
    this.labels.setBadges(counts, note);
  }

  setNaming(naming: Naming) {
    this.naming = naming;
    this.labels.setNaming(naming);
    requestAnimationFrame(() => this.resolveLabelCollisions());
  }

  private setHover(ids: string[]) {
    const key = ids.join(',');
    if (key === (this.hovered ?? '')) return;
    for (const id of (this.hovered ?? '').split(',').filter(Boolean)) this.featureState(id, { hover: false });
    for (const id of ids) this.featureState(id, { hover: true });
    this.hovered = key || null;
    this.labels.mark('is-hover', (id) => ids.includes(id));
  }

  private featureState(id: string, state: Record<string, boolean>) {
    const f = this.places.get(id);
    const drawn = f?.properties.kind === 'island' || f?.properties.kind === 'area';
    if (drawn && f?.geometry && f.geometry.type !== 'Point' && this.map.getSource('islands')) this.map.setFeatureState({ source: 'islands', id }, state);
  }

  /** Islands a place stands for: itself, its island, or a group's islands. */
  islandsOf(id: string): string[] {
    const pr = this.places.get(id)?.properties;
    if (!pr) return [];
    if (pr.kind === 'group') return pr.covers;
    if (pr.kind === 'place') return pr.island ? [pr.island] : [];
    return [id];
  }

  /** Marks places as selected (outline in their colour). */
  select(ids: string[]) {
    const islands = new Set(ids.flatMap((id) => this.islandsOf(id)));
    for (const id of this.selected) if (!islands.has(id)) this.featureState(id, { selected: false });
    for (const id of islands) this.featureState(id, { selected: true });
    this.selected = islands;
    this.labels.mark('is-selected', (id) => ids.includes(id) || islands.has(id));
  }

  /** Flies to places (a group flies to all its islands) and selects them. */
  flyTo(ids: string[], padding: maplibregl.PaddingOptions | number = 80) {
    const b = new maplibregl.LngLatBounds();
    for (const id of ids) {
      const f = this.places.get(id);
      if (!f) continue;
      if (f.properties.kind === 'group') for (const i of f.properties.covers) extendBounds(b, this.places.get(i)?.geometry ?? null);
      else if (f.geometry) extendBounds(b, f.geometry);
      else b.extend(f.properties.label);
    }
    this.select(ids);
    if (b.isEmpty()) return;
    this.map.fitBounds(b, { padding, maxZoom: 9, duration: matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 900 });
  }

  setTheme(theme: ThemeName) {
    this.theme = theme;
    const p = PALETTES[theme];
    const m = this.map;
    if (!m.getLayer('island-fill')) return;
    m.setPaintProperty('ocean', 'background-color', p.ocean);
    for (const l of ['land-50m', 'land-10m']) m.setPaintProperty(l, 'fill-color', p.land);
    m.setPaintProperty('coast-10m', 'line-color', p.landLine);
    for (const l of ['boundaries-50m', 'boundaries-10m']) m.setPaintProperty(l, 'line-color', p.boundary);
    const fill = this.islandFillPaint(p)!;
    m.setPaintProperty('island-fill', 'fill-color', fill['fill-color']);
    const outline = this.outlinePaint(p)!;
    m.setPaintProperty('island-outline', 'line-color', outline['line-color']);
    for (const c of this.claimants) m.updateImage(`hatch-${c}`, hatchImage(p.claims[c] ?? '#444', 2));
    m.setPaintProperty('sub-places', 'circle-color', p.placeDot);
    m.setPaintProperty('sub-places', 'circle-stroke-color', p.markerStroke);
    for (const l of ['event-clusters', 'event-places']) {
      m.setPaintProperty(l, 'circle-color', p.articleEvents);
      m.setPaintProperty(l, 'circle-stroke-color', p.markerStroke);
    }
    m.setPaintProperty('event-history', 'circle-stroke-color', p.curatedEvents);
    this.world.setTheme(theme);
  }

  /**
   * The legend of the dispute on screen: its claimants and how they are drawn,
   * then a symbol per kind of place it has (island, point, area); in the world
   * view, what its colours and outlines say.
   */
  legendEntries(): LegendEntry[] {
    const p = PALETTES[this.theme];
    if (!this.pack) return this.world.legendEntries(this.theme);
    return legendFor(this.pack, p);
  }

  resize() {
    this.map.resize();
  }
}

function escapeText(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** One line of the map's legend: a swatch (`kind` says its shape) and its text. */
export interface LegendEntry {
  kind: 'fill' | 'hatch' | 'island' | 'point' | 'area' | 'world' | 'world-pack';
  colour: string;
  label: string;
  /** A fill's hatch too: its claimant also claims places it does not administer. */
  hatch?: string;
}

/** The legend of `pack`: who administers and who claims its disputed places, then the kinds of place it draws. */
export function legendFor(pack: Pack, p: Palette): LegendEntry[] {
  const out: LegendEntry[] = [];
  const admins = new Set<string>();
  const claimants = new Set<string>();
  const kinds = new Set<'island' | 'point' | 'area'>();
  const claims = (c: string) => (claimants.has(c) ? 'Administered or claimed' : 'Administered');
  for (const f of pack.places.features) {
    const pr = f.properties;
    if (pr.pack !== pack.id) continue;
    if (f.geometry?.type === 'Point') kinds.add('point');
    else if (pr.kind === 'island' && f.geometry) kinds.add('island');
    else if (pr.kind === 'area' && f.geometry) kinds.add('area');
    if (pr.role !== 'disputed') continue;
    for (const c of pr.claims) (c.status === 'administers' ? admins : claimants).add(c.claimant);
  }
  // A claimant that both administers some places and claims others (China in the South China Sea) is one line.
  for (const c of admins) out.push({ kind: 'fill', colour: p.administers[c] ?? '#999', label: `${claims(c)} by ${CLAIMANT_NAMES[c] ?? c}`, hatch: claimants.has(c) ? p.claims[c] ?? '#444' : undefined });
  for (const c of claimants) if (!admins.has(c)) out.push({ kind: 'hatch', colour: p.claims[c] ?? '#444', label: `Claimed by ${CLAIMANT_NAMES[c] ?? c}` });
  if (kinds.has('island')) out.push({ kind: 'island', colour: p.outline, label: 'Island' });
  if (kinds.has('area')) out.push({ kind: 'area', colour: p.outline, label: 'Area' });
  if (kinds.has('point')) out.push({ kind: 'point', colour: p.placeDot, label: 'Point (town, bridge, reef)' });
  return out;
}
