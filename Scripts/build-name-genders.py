#!/usr/bin/env python3
"""Builds Sources/DossierKit/Resources/first-name-genders.tsv: first names and the gender they are
usually given to, which the quote extractor uses to resolve "he"/"she" to a person.

Source: Debian package `python3-fake-factory` (Faker, MIT licence), person providers en_US and en_GB
(`first_names_male`, `first_names_female`). A name found in both lists is left out.
Output: `name<TAB>M|F`, sorted, UTF-8. Run:
    apt-get install -y python3-fake-factory
    /usr/bin/python3 Scripts/build-name-genders.py
"""
import importlib, os, sys

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "DossierKit", "Resources", "first-name-genders.tsv")


def main():
    male, female = set(), set()
    for locale in ("en_US", "en_GB"):
        person = importlib.import_module("faker.providers.person." + locale).Provider
        for attr, into in (("first_names_male", male), ("first_names_female", female)):
            names = getattr(person, attr, ())
            into.update(names.keys() if isinstance(names, dict) else names)
    rows = sorted([(n, "M") for n in male - female] + [(n, "F") for n in female - male])
    with open(OUT, "w", encoding="utf-8") as f:
        for name, g in rows:
            f.write(f"{name}\t{g}\n")
    print(f"wrote {len(rows)} names to {os.path.normpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
