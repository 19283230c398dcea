#!/usr/bin/env python3
"""Builds Sources/DossierKit/Resources/stopwords.tsv: the commonest words of each language most web
pages are written in, which the plain-text page reader (`PageStopWords`) uses to measure how dense
a line is in its own language's function words, as jusText does.

Source: PyPI package `justext` 3.0.2 (BSD 2-Clause), its `stoplists/*.txt` (words of each language's
Wikipedia, commonest first). Each list is lower-cased, kept to words made of letters (with their
marks) and digits only, de-duplicated in order, and cut to its first `CAP` words.
Output: `Language<TAB>word word …`, one language a line, languages sorted, UTF-8. Run:
    pip install --no-deps justext==3.0.2
    python3 Scripts/build-stopwords.py
"""
import os, sys, unicodedata

import importlib.util

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "DossierKit", "Resources", "stopwords.tsv")
CAP = 1000
# The languages with the most web pages (of those jusText has a list for; CJK scripts are read
# without stop words).
LANGUAGES = [
    "Arabic", "Bulgarian", "Catalan", "Croatian", "Czech", "Danish", "Dutch", "English", "Estonian", "Finnish",
    "French", "German", "Greek", "Hebrew", "Hindi", "Hungarian", "Indonesian", "Italian", "Latvian", "Lithuanian",
    "Malay", "Norwegian_Bokmal", "Persian", "Polish", "Portuguese", "Romanian", "Russian", "Serbian", "Slovak",
    "Slovenian", "Spanish", "Swedish", "Turkish", "Ukrainian", "Vietnamese",
]


def is_word(w):
    """Made only of what Dossier reads as word characters (letters with their marks, digits, `_`)."""
    return bool(w) and all(c.isalpha() or c.isnumeric() or c == "_" or unicodedata.category(c).startswith("M") for c in w)


def main():
    spec = importlib.util.find_spec("justext")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("justext is not installed: pip install --no-deps justext==3.0.2")
    folder = os.path.join(list(spec.submodule_search_locations)[0], "stoplists")
    rows = []
    for language in sorted(LANGUAGES):
        seen, words = set(), []
        with open(os.path.join(folder, language + ".txt"), encoding="utf-8") as f:
            for line in f:
                w = line.strip().lower()
                if not is_word(w) or w in seen:
                    continue
                seen.add(w)
                words.append(w)
                if len(words) == CAP:
                    break
        rows.append(language + "\t" + " ".join(words))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    print(f"wrote {len(rows)} languages to {os.path.normpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
