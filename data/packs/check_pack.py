#!/usr/bin/env python3
"""Checks dispute packs against the pack format (data/README.md): unique ids, known
`covers`/`island`/history places, `YYYY[-MM[-DD]]` dates, the required properties,
geometry types that fit the kind, 5-decimal coordinates, labels of disputed places
inside `bounds`, `generic_mentions.place`,
and aliases that two places share (within a pack and across all packs given).

    python3 check_pack.py kuril crimea falklands      # folders under data/packs/

Prints one line per problem and exits 1 if there is any. Aliases are compared after
the linker's folding (case, ё=е, dashes and spaces alike, "=" prefix dropped).
"""
import json
import os
import re
import sys
import unicodedata

DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
KINDS = {"island": {"Polygon", "MultiPolygon", "Point"}, "group": {None}, "place": {"Point"},
         "area": {"Polygon", "MultiPolygon", None}}
LANGS = {"en", "ru", "ja", "zh", "ko", "uk", "es", "vi", "fil"}


def fold(alias):
    """The form the linker compares: lower case, ё=е, dashes and spaces alike."""
    a = alias.lstrip("=").lower().replace("ё", "е")
    a = "".join("-" if unicodedata.category(c) == "Pd" else c for c in a)
    return re.sub(r"[\s-]+", " ", a).strip()


def coords(geom):
    if geom is None:
        return
    stack = [geom["coordinates"]]
    while stack:
        c = stack.pop()
        if c and isinstance(c[0], (int, float)):
            yield c
        else:
            stack.extend(c)


def check(folder, problems, owners):
    pack = json.load(open(os.path.join(folder, "pack.json"), encoding="utf-8"))
    places = json.load(open(os.path.join(folder, pack.get("places", "places.geojson")), encoding="utf-8"))
    history = json.load(open(os.path.join(folder, pack.get("history", "history.json")), encoding="utf-8"))
    name = pack["id"]

    def bad(path, msg):
        problems.append(f"{name}: {path}: {msg}")

    ids = [f.get("id") for f in places["features"]]
    for i in {i for i in ids if ids.count(i) > 1}:
        bad("features", f"duplicate id {i}")
    known = set(ids)
    for usage in pack.get("usages", []):
        for k in ("id", "label", "names"):
            if k not in usage:
                bad(f"usages[{usage.get('id')}]", f"missing {k}")
    w, s, e, n = pack["bounds"]
    for n_, f in enumerate(places["features"]):
        p, fid = f["properties"], f.get("id")
        path = f"features[{n_}] ({fid})"
        if not isinstance(fid, str) or not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", fid or ""):
            bad(path, "id is not a kebab-case string")
        for k in ("kind", "role", "names", "label", "aliases"):
            if k not in p:
                bad(path, f"missing {k}")
        if "en" not in p.get("names", {}):
            bad(path, "missing names.en")
        kind = p.get("kind")
        gtype = f["geometry"]["type"] if f["geometry"] else None
        if gtype not in KINDS.get(kind, set()):
            bad(path, f"geometry {gtype} does not fit kind {kind}")
        if p.get("role") not in ("disputed", "context"):
            bad(path, f"role {p.get('role')}")
        if kind == "group" and not p.get("covers"):
            bad(path, "group without covers")
        for member in p.get("covers", []):
            if member not in known:
                bad(path, f"covers unknown place {member}")
        if "island" in p and p["island"] not in known:
            bad(path, f"island {p['island']} unknown")
        for c in p.get("claims", []):
            if not DATE.match(c.get("since", "")):
                bad(path, f"claim date {c.get('since')}")
            if c.get("status") not in ("administers", "claims") or not re.fullmatch(r"[A-Z]{2}", c.get("claimant", "")):
                bad(path, f"claim {c}")
        for xy in list(coords(f["geometry"])) + [p.get("label", [0, 0])]:
            if any(round(v, 5) != v for v in xy):
                bad(path, f"coordinate {xy} has more than 5 decimals")
        lx, ly = p.get("label", [0, 0])
        if p.get("role") == "disputed" and not (w <= lx <= e and s <= ly <= n):
            bad(path, f"label {p.get('label')} outside bounds")
        for lang, forms in p.get("aliases", {}).items():
            if lang not in LANGS:
                bad(path, f"aliases language {lang}")
            for a in forms:
                owners.setdefault(fold(a), set()).add((name, fid))
    gm = places.get("generic_mentions")
    if gm is not None and gm.get("place") not in known:
        bad("generic_mentions.place", f"unknown place {gm.get('place')}")
    hids = [h["id"] for h in history]
    for i in {i for i in hids if hids.count(i) > 1}:
        bad("history", f"duplicate id {i}")
    for h in history:
        if not DATE.match(h.get("date", "")):
            bad(f"history[{h['id']}]", f"date {h.get('date')}")
        for k in ("title", "description", "source", "places"):
            if not h.get(k):
                bad(f"history[{h['id']}]", f"missing {k}")
        for pl in h.get("places", []):
            if pl not in known:
                bad(f"history[{h['id']}]", f"unknown place {pl}")
    if len(history) < 15:
        bad("history", f"only {len(history)} events")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    problems, owners = [], {}
    for arg in sys.argv[1:] or sorted(d for d in os.listdir(here) if os.path.isdir(os.path.join(here, d))):
        check(arg if os.path.isdir(arg) else os.path.join(here, arg), problems, owners)
    for alias, who in sorted(owners.items()):
        if len(who) > 1:
            problems.append(f"alias {alias!r} belongs to {sorted(who)}")
    print("\n".join(problems) or "ok")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
