#!/usr/bin/env python3
"""Appends WordNet named instances to Sources/DossierKit/Resources/gazetteers-large.tsv: people
(`wnperson`: "Abraham Lincoln", "Lincoln"), places (`wnplace`: "Mississippi") and organisations and
other groups (`wnorg`: "Abu Sayyaf"), for the entity tagger's gazetteer features.

Source: Debian package `wordnet-base` 1:3.0 (WordNet 3.0, Princeton University; WordNet licence, a
permissive BSD-style licence), /usr/share/wordnet/data.noun. A named instance is a noun synset with an
instance-hypernym pointer (`@i`) whose words start with a capital letter; its kind comes from the
synset's lexicographer file (noun.person, noun.location, noun.group). Run after
build-large-gazetteers.py (it rewrites the whole file, sorted, so the result is byte for byte the same):
    apt-get install -y wordnet-base
    /usr/bin/python3 Scripts/build-wordnet-gazetteers.py
"""
import os, sys

DATA = "/usr/share/wordnet/data.noun"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "DossierKit", "Resources",
                   "gazetteers-large.tsv")
KINDS = {18: "wnperson", 15: "wnplace", 14: "wnorg"}


def instances():
    with open(DATA, encoding="utf-8") as f:
        for line in f:
            if line.startswith("  "):
                continue                      # licence header
            fields = line.split(" | ")[0].split()
            lex, count = int(fields[1]), int(fields[3], 16)
            kind = KINDS.get(lex)
            words = [fields[4 + 2 * k].replace("_", " ") for k in range(count)]
            pointers = fields[4 + 2 * count + 1:]
            if kind is None or "@i" not in pointers[0::4]:
                continue
            for w in words:
                w = w.split("(")[0]           # "Pan(p)" markers are adjectives only, but be safe
                if w[:1].isupper() and len(w) > 2 and len(w.split()) <= 4:
                    yield kind, w


def main():
    rows = set()
    with open(OUT, encoding="utf-8") as f:
        for line in f:
            kind, phrase, canonical = line.rstrip("\n").split("\t")
            if not kind.startswith("wn"):
                rows.add((kind, phrase, canonical))
    for kind, w in instances():
        rows.add((kind, w, w))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for kind, phrase, canonical in sorted(rows):
            f.write(f"{kind}\t{phrase}\t{canonical}\n")
    print(f"wrote {len(rows)} entries to {os.path.normpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
