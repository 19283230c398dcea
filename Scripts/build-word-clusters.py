#!/usr/bin/env python3
"""Builds Sources/DossierKit/Resources/word-clusters.tsv: hierarchical word clusters in the spirit of
Brown clusters, learned from unlabelled text, for the entity tagger's cluster features.

Text: the BBC news corpus (../shared/data/news/bbc, 2004-2005, used here only as unlabelled text;
the articles themselves are not shipped) plus the words of ../shared/data/ner/eng.train (labels ignored).
Method: each word seen at least MIN_COUNT times is described by its left and right neighbours among
the most frequent words (log counts, reduced by SVD); recursive 2-means splits give each word a bit
path, like a Brown cluster path. Output: `word<TAB>path` lines, sorted. Needs python3-numpy. Run:
    apt-get install -y python3-numpy
    /usr/bin/python3 Scripts/build-word-clusters.py
"""
import collections, glob, os, re, sys
import numpy as np

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DATA = os.path.join(ROOT, "..", "shared", "data")
OUT = os.path.join(ROOT, "Sources", "DossierKit", "Resources", "word-clusters.tsv")
MIN_COUNT, CONTEXTS, DIMS, DEPTH = 4, 800, 80, 16
TOKEN = re.compile(r"[^\W_]+(?:[-'.&/][^\W_]+)*\.?|'s|n't|[^\w\s]", re.UNICODE)


def sentences():
    for path in sorted(glob.glob(os.path.join(DATA, "news", "bbc", "*", "*.txt"))):
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                words = []
                for w in TOKEN.findall(line):
                    if len(w) > 2 and w.lower().endswith("'s"):
                        words += [w[:-2], w[-2:]]
                    else:
                        words.append(w)
                if words:
                    yield words
    words = []
    with open(os.path.join(DATA, "ner", "eng.train"), encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if not fields or fields[0] == "-DOCSTART-":
                if words:
                    yield words
                words = []
            else:
                words.append(fields[0])


def bisect(vectors, depth, rng):
    """Bit paths from recursive 2-means (cosine) on unit vectors."""
    paths = [""] * len(vectors)
    stack = [(np.arange(len(vectors)), "")]
    while stack:
        idx, prefix = stack.pop()
        if len(idx) < 2 or len(prefix) >= depth:
            for i in idx:
                paths[i] = prefix
            continue
        x = vectors[idx]
        centers = x[rng.choice(len(idx), 2, replace=False)]
        for _ in range(12):
            side = (x @ centers[1] > x @ centers[0])
            if side.all() or (~side).all():
                break
            centers = np.stack([x[~side].mean(0), x[side].mean(0)])
            centers /= np.linalg.norm(centers, axis=1, keepdims=True) + 1e-9
        if side.all() or (~side).all():
            side = np.arange(len(idx)) % 2 == 1
        stack.append((idx[~side], prefix + "0"))
        stack.append((idx[side], prefix + "1"))
    return paths


def main():
    sents = list(sentences())
    counts = collections.Counter(w for s in sents for w in s)
    vocab = [w for w, c in counts.most_common() if c >= MIN_COUNT]
    index = {w: i for i, w in enumerate(vocab)}
    lower_counts = collections.Counter()
    for w, c in counts.items():
        lower_counts[w.lower()] += c
    contexts = [w for w, _ in lower_counts.most_common(CONTEXTS)]
    cindex = {w: i for i, w in enumerate(contexts)}
    m = np.zeros((len(vocab), 2 * CONTEXTS + 2), dtype=np.float32)
    for s in sents:
        padded = ["<s>"] + s + ["</s>"]
        for k in range(1, len(padded) - 1):
            i = index.get(padded[k])
            if i is None:
                continue
            left, right = padded[k - 1].lower(), padded[k + 1].lower()
            m[i, cindex[left] if left in cindex else (2 * CONTEXTS if left == "<s>" else -1)] += 1
            j = cindex.get(right)
            m[i, CONTEXTS + j if j is not None else 2 * CONTEXTS + 1] += 1
    m = np.log1p(m)
    m -= m.mean(0)
    u, sv, _ = np.linalg.svd(m, full_matrices=False)
    vec = u[:, :DIMS] * sv[:DIMS]
    vec /= np.linalg.norm(vec, axis=1, keepdims=True) + 1e-9
    paths = bisect(vec, DEPTH, np.random.default_rng(7))
    with open(OUT, "w", encoding="utf-8") as f:
        for w, p in sorted(zip(vocab, paths)):
            if "\t" not in w and p:
                f.write(f"{w}\t{p}\n")
    print(f"wrote {len(vocab)} words to {os.path.normpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
