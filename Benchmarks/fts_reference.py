#!/usr/bin/env python3
"""Independent reference for Dossier's full-text search.

Builds a plain SQLite FTS5 table (Python's own sqlite3 module, no external content, no query
rewriting) over the texts in TEXTS.jsonl ({"id": N, "title": ..., "text": ...} per line), runs every
query of QUERIES (one per line, '#' comments) exactly as written, and prints one JSON line per
query: {"query": Q, "ids": [matching document numbers, ascending]}.

Usage: python3 Benchmarks/fts_reference.py TEXTS.jsonl QUERIES.txt
"""
import json
import sqlite3
import sys


def main(texts_path, queries_path):
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE ref USING fts5(title, text, tokenize='unicode61 remove_diacritics 2')")
    with open(texts_path, encoding="utf-8") as f:
        rows = [json.loads(line) for line in f if line.strip()]
    db.executemany("INSERT INTO ref(rowid, title, text) VALUES(?, ?, ?)",
                   [(r["id"], r["title"], r["text"]) for r in rows])
    with open(queries_path, encoding="utf-8") as f:
        queries = [q.strip() for q in f if q.strip() and not q.strip().startswith("#")]
    for q in queries:
        ids = [row[0] for row in db.execute("SELECT rowid FROM ref WHERE ref MATCH ? ORDER BY rowid", (q,))]
        print(json.dumps({"query": q, "ids": ids}))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
