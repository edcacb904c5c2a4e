#!/usr/bin/env python3
"""Clips the 1:50m world basemap layers to the region the app can show.

    python3 data/basemap/clip_basemap.py [--bbox W,S,E,N] [FILE ...]

Default: basemap-land.geojson and basemap-boundaries.geojson next to this
script, clipped in place to lon 120..170, lat 30..60 (the map's maxBounds in
ui/src/mapView.ts must stay inside this box). Python 3 standard library only.

- Polygons: each ring is clipped to the box (Sutherland-Hodgman). A ring that
  crosses the box keeps its vertices inside and gains points on the box edge;
  concave land cut by the box may get zero-width spurs along the edge, which
  fill invisibly. Rings left with fewer than 3 distinct points are dropped,
  polygons whose exterior vanishes are dropped (with their holes).
- Lines: each segment is clipped (Liang-Barsky); a line leaving and re-entering
  the box becomes several parts of a MultiLineString.
- Features with nothing left are dropped. Properties and the collection's
  top-level members (attribution, name) are kept. Vertices inside the box are
  unchanged; new edge points are rounded to 5 decimals like the rest of the data.
  Clipping an already clipped file with the same box changes nothing.
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FILES = ["basemap-land.geojson", "basemap-boundaries.geojson"]
DEFAULT_BBOX = (120.0, 30.0, 170.0, 60.0)


def r5(v):
    return round(v, 5)


def clip_ring(ring, bbox):
    w, s, e, n = bbox
    edges = [
        (lambda p: p[0] >= w, lambda a, b: (w, a[1] + (b[1] - a[1]) * (w - a[0]) / (b[0] - a[0]))),
        (lambda p: p[0] <= e, lambda a, b: (e, a[1] + (b[1] - a[1]) * (e - a[0]) / (b[0] - a[0]))),
        (lambda p: p[1] >= s, lambda a, b: (a[0] + (b[0] - a[0]) * (s - a[1]) / (b[1] - a[1]), s)),
        (lambda p: p[1] <= n, lambda a, b: (a[0] + (b[0] - a[0]) * (n - a[1]) / (b[1] - a[1]), n)),
    ]
    pts = [tuple(p[:2]) for p in ring]
    if len(pts) > 1 and pts[0] == pts[-1]:
        pts = pts[:-1]
    for inside, cross in edges:
        if not pts:
            break
        out = []
        prev = pts[-1]
        for cur in pts:
            if inside(cur):
                if not inside(prev):
                    out.append(cross(prev, cur))
                out.append(cur)
            elif inside(prev):
                out.append(cross(prev, cur))
            prev = cur
        pts = out
    res = []
    for p in pts:
        q = [r5(p[0]), r5(p[1])]
        if not res or res[-1] != q:
            res.append(q)
    if len(res) > 1 and res[0] == res[-1]:
        res.pop()
    if len({tuple(p) for p in res}) < 3:
        return None
    return res + [res[0]]


def clip_polygon(rings, bbox):
    exterior = clip_ring(rings[0], bbox)
    if exterior is None:
        return None
    holes = [h for h in (clip_ring(r, bbox) for r in rings[1:]) if h is not None]
    return [exterior] + holes


def clip_segment(a, b, bbox):
    """Liang-Barsky: the part of segment a-b inside bbox, or None."""
    w, s, e, n = bbox
    x0, y0 = a[0], a[1]
    dx, dy = b[0] - x0, b[1] - y0
    t0, t1 = 0.0, 1.0
    for p, q in ((-dx, x0 - w), (dx, e - x0), (-dy, y0 - s), (dy, n - y0)):
        if p == 0:
            if q < 0:
                return None
            continue
        t = q / p
        if p < 0:
            if t > t1:
                return None
            t0 = max(t0, t)
        else:
            if t < t0:
                return None
            t1 = min(t1, t)
    pa = a if t0 == 0.0 else [r5(x0 + t0 * dx), r5(y0 + t0 * dy)]
    pb = b if t1 == 1.0 else [r5(x0 + t1 * dx), r5(y0 + t1 * dy)]
    return list(pa[:2]), list(pb[:2])


def clip_line(line, bbox):
    parts, cur = [], []
    for a, b in zip(line, line[1:]):
        seg = clip_segment(a, b, bbox)
        if seg is None:
            if len(cur) > 1:
                parts.append(cur)
            cur = []
            continue
        pa, pb = seg
        if cur and cur[-1] != pa:
            if len(cur) > 1:
                parts.append(cur)
            cur = []
        if not cur:
            cur = [pa]
        if pb != cur[-1]:
            cur.append(pb)
    if len(cur) > 1:
        parts.append(cur)
    return parts


def clip_geometry(g, bbox):
    t, c = g["type"], g["coordinates"]
    if t == "Polygon":
        polys = [p for p in [clip_polygon(c, bbox)] if p]
    elif t == "MultiPolygon":
        polys = [p for p in (clip_polygon(x, bbox) for x in c) if p]
    elif t == "LineString":
        lines = clip_line(c, bbox)
    elif t == "MultiLineString":
        lines = [part for x in c for part in clip_line(x, bbox)]
    else:
        raise SystemExit(f"unsupported geometry type {t}")
    if t in ("Polygon", "MultiPolygon"):
        if not polys:
            return None
        return {"type": "Polygon", "coordinates": polys[0]} if len(polys) == 1 else {"type": "MultiPolygon", "coordinates": polys}
    if not lines:
        return None
    return {"type": "LineString", "coordinates": lines[0]} if len(lines) == 1 else {"type": "MultiLineString", "coordinates": lines}


def clip_file(path, bbox):
    with open(path, encoding="utf-8") as f:
        fc = json.load(f)
    before = os.path.getsize(path)
    features = []
    for feat in fc["features"]:
        g = clip_geometry(feat["geometry"], bbox) if feat.get("geometry") else None
        if g is not None:
            features.append({**feat, "geometry": g})
    n0 = len(fc["features"])
    fc["features"] = features
    with open(path, "w", encoding="utf-8") as f:
        json.dump(fc, f, ensure_ascii=False, separators=(",", ":"))
    print(f"{os.path.basename(path)}: {n0} -> {len(features)} features, {before:,} -> {os.path.getsize(path):,} bytes", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bbox", default=",".join(str(v) for v in DEFAULT_BBOX), help="W,S,E,N in degrees")
    ap.add_argument("files", nargs="*", default=[os.path.join(HERE, f) for f in DEFAULT_FILES])
    args = ap.parse_args()
    bbox = tuple(float(v) for v in args.bbox.split(","))
    if len(bbox) != 4 or not (bbox[0] < bbox[2] and bbox[1] < bbox[3]):
        raise SystemExit("--bbox must be W,S,E,N with W<E and S<N")
    for path in args.files:
        clip_file(path, bbox)


if __name__ == "__main__":
    main()
