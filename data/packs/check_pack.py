#!/usr/bin/env python3
"""Checks dispute packs (data/packs/<id>/) before they are committed. Usage:

    python3 check_pack.py senkaku dokdo kuril      # folders, relative to this file or absolute

For each pack: pack.json has its fields; feature ids are unique
strings; every feature has `kind`, `role`, `names.en` and `label`; geometry types fit the kind;
coordinates have at most 5 decimals; the labels of disputed places lie within `bounds`; every `covers`, `island` and history place exists; history
and claim dates match YYYY[-MM[-DD]]; history has at least 15 events, each with a source.
Across all the packs given: no alias (case-folded, dashes as hyphens) belongs to two places.
With shapely installed, polygon validity is checked too. Prints each problem with its JSON
path and exits 1 if there is any.
"""
import json
import os
import re
import sys

DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"), "-")
GEOMETRY = {"island": {"Polygon", "MultiPolygon", "Point"}, "group": {None},
            "place": {"Point"}, "area": {"Polygon", "MultiPolygon", None}}
USAGE_NAME_KEYS = {"en", "ja", "ru", "zh-Hans", "zh-Hant", "ko", "uk", "es", "vi", "fil"}


def norm(alias):
    """The form under which two aliases collide: case-folded, ё as е, any dash a hyphen, no leading '='."""
    return alias.lstrip("=").translate(DASHES).casefold().replace("ё", "е")


def coords(geom):
    """Every [lon, lat] of a geometry."""
    if geom is None:
        return
    stack = [geom["coordinates"]]
    while stack:
        c = stack.pop()
        if c and isinstance(c[0], (int, float)):
            yield c
        else:
            stack.extend(c)


def decimals(x):
    s = repr(float(x))
    return len(s.split(".")[1]) if "." in s and "e" not in s else 0


def check(folder, problems, owners):
    pid = os.path.basename(os.path.normpath(folder))
    err = lambda path, msg: problems.append(f"{pid}: {path}: {msg}")
    pack = json.load(open(os.path.join(folder, "pack.json"), encoding="utf-8"))
    for key in ("id", "name", "description", "bounds", "attribution", "places", "history"):
        if key not in pack:
            err(f"pack.json/{key}", "missing")
    places = json.load(open(os.path.join(folder, pack.get("places", "places.geojson")), encoding="utf-8"))
    history = json.load(open(os.path.join(folder, pack.get("history", "history.json")), encoding="utf-8"))
    if "attribution" not in places:
        err("places/attribution", "missing")
    feats = places["features"]
    ids = [f.get("id") for f in feats]
    for i, fid in enumerate(ids):
        if not isinstance(fid, str) or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", fid):
            err(f"features[{i}]/id", f"not a kebab-case string: {fid!r}")
        if ids.count(fid) > 1:
            err(f"features[{i}]/id", f"duplicate id {fid!r}")
    known = set(ids)
    w, s, e, n = pack.get("bounds", [-180, -90, 180, 90])
    for i, f in enumerate(feats):
        p, path = f.get("properties", {}), f"features[{i}] ({f.get('id')})"
        kind = p.get("kind")
        for key in ("kind", "role", "label"):
            if key not in p:
                err(f"{path}/properties/{key}", "missing")
        if not p.get("names", {}).get("en"):
            err(f"{path}/properties/names/en", "missing")
        if p.get("role") not in ("disputed", "context"):
            err(f"{path}/properties/role", f"{p.get('role')!r}")
        gtype = f.get("geometry") and f["geometry"].get("type")
        if kind not in GEOMETRY or gtype not in GEOMETRY[kind]:
            err(f"{path}/geometry", f"{gtype} does not fit kind {kind!r}")
        if kind == "group" and not p.get("covers"):
            err(f"{path}/properties/covers", "a group needs covers")
        for c in p.get("covers", []):
            if c not in known:
                err(f"{path}/properties/covers", f"unknown place {c!r}")
        if "island" in p and p["island"] not in known:
            err(f"{path}/properties/island", f"unknown place {p['island']!r}")
        label = p.get("label")
        if label and p.get("role") == "disputed" and not (w <= label[0] <= e and s <= label[1] <= n):
            err(f"{path}/properties/label", f"{label} outside pack bounds {pack.get('bounds')}")
        for c in list(coords(f.get("geometry"))) + ([label] if label else []):
            if max(decimals(c[0]), decimals(c[1])) > 5:
                err(f"{path}/geometry", f"more than 5 decimals: {c}")
                break
        for j, claim in enumerate(p.get("claims", [])):
            if not DATE.match(str(claim.get("since", ""))):
                err(f"{path}/properties/claims[{j}]/since", f"bad date {claim.get('since')!r}")
            if claim.get("status") not in ("administers", "claims"):
                err(f"{path}/properties/claims[{j}]/status", f"{claim.get('status')!r}")
        for lang, aliases in p.get("aliases", {}).items():
            for a in aliases:
                owner = owners.setdefault(norm(a), (pid, f.get("id"), lang))
                if owner[:2] != (pid, f.get("id")):
                    err(f"{path}/properties/aliases/{lang}", f"{a!r} is also an alias of {owner[0]}/{owner[1]}")
        if shapely_shape and f.get("geometry") and gtype != "Point":
            geom = shapely_shape(f["geometry"])
            if not geom.is_valid:
                err(f"{path}/geometry", f"invalid: {shapely_explain(geom)}")
    for u, usage in enumerate(pack.get("usages", [])):
        if usage.get("names") not in USAGE_NAME_KEYS:
            err(f"pack.json/usages[{u}]/names", f"{usage.get('names')!r}")
    if len(history) < 15:
        err("history", f"{len(history)} events, at least 15 wanted")
    hids = [h.get("id") for h in history]
    for k, h in enumerate(history):
        if hids.count(h.get("id")) > 1:
            err(f"history[{k}]/id", f"duplicate {h.get('id')!r}")
        if not DATE.match(str(h.get("date", ""))):
            err(f"history[{k}]/date", f"bad date {h.get('date')!r}")
        for place in h.get("places", []):
            if place not in known:
                err(f"history[{k}]/places", f"unknown place {place!r}")
        for key in ("title", "description", "source"):
            if not h.get(key):
                err(f"history[{k}]/{key}", "missing")
    generic = places.get("generic_mentions")
    if generic and generic.get("place") not in known:
        err("places/generic_mentions/place", f"unknown place {generic.get('place')!r}")


try:
    from shapely.geometry import shape as shapely_shape
    from shapely.validation import explain_validity as shapely_explain
except ImportError:
    shapely_shape = None


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    problems, owners = [], {}
    for arg in sys.argv[1:]:
        check(arg if os.path.isabs(arg) else os.path.join(here, arg), problems, owners)
    for p in problems:
        print(p)
    print(f"{len(sys.argv) - 1} packs checked, {len(problems)} problems"
          + ("" if shapely_shape else " (shapely not installed: polygon validity not checked)"))
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
