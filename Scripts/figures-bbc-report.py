#!/usr/bin/env python3
"""How well figures say what they count and who said them, on the BBC corpus.

  python3 Scripts/figures-bbc-report.py .build/release/dossier ../shared/data/news/bbc [--sample 20] [--seed 13]

Runs `dossier extract --jsonl` over every article and prints, per kind, the share of figures with
`counts`, the sources that are lone function words, and a random sample to check by hand.
"""
import json, os, random, subprocess, sys

FUNCTION = set("a an the and or but of in on at to for from by with as that this these those which who what it its "
               "there here already also still just only even now then so not no yet never often again some many most "
               "all both each few such more less much other one has have had is are was were be been will would could "
               "can may might should must if when while because than about after before earlier later".split())

def main():
    args = sys.argv[1:]
    sample, seed = 20, 13
    if "--sample" in args: i = args.index("--sample"); sample = int(args[i + 1]); del args[i:i + 2]
    if "--seed" in args: i = args.index("--seed"); seed = int(args[i + 1]); del args[i:i + 2]
    binary, corpus = args[0], args[1]
    lines, texts = [], {}
    for root, _, files in os.walk(corpus):
        for name in sorted(files):
            if not name.endswith(".txt"): continue
            path = os.path.join(root, name)
            text = open(path, encoding="utf-8", errors="replace").read()
            key = os.path.relpath(path, corpus)
            texts[key] = text
            lines.append(json.dumps({"id": key, "text": text}))
    lines.sort()
    out = subprocess.run([binary, "extract", "--jsonl"], input="\n".join(lines) + "\n", capture_output=True, text=True, check=True).stdout
    figures = []
    for l in out.splitlines():
        r = json.loads(l)
        for f in r["figures"]: figures.append((r["id"], f))
    kinds = {}
    for _, f in figures:
        k = kinds.setdefault(f["kind"], [0, 0, 0])
        k[0] += 1; k[1] += "counts" in f; k[2] += "change" in f
    print(f"{len(texts)} articles, {len(figures)} figures")
    print(f"{'kind':10} {'figures':>8} {'counts':>8} {'share':>6} {'change':>7}")
    for kind, (n, c, ch) in sorted(kinds.items(), key=lambda x: -x[1][0]):
        print(f"{kind:10} {n:8} {c:8} {c / n:6.1%} {ch:7}")
    sources = [f.get("source") for _, f in figures if f.get("source")]
    bad = [s for s in sources if s.lower() in FUNCTION]
    print(f"sources: {len(sources)}, lone function words: {len(bad)} {sorted(set(bad))[:10]}")
    rng = random.Random(seed)
    pool = [(d, f) for d, f in figures if f["kind"] in ("money", "percent", "measure")]
    print(f"\n{sample} random money/percent/measure figures (seed {seed}):")
    for d, f in rng.sample(pool, min(sample, len(pool))):
        text = texts[d]
        a = max(0, text.rfind("\n", 0, f["start"]) + 1, f["start"] - 160)
        b = min(len(text), f["end"] + 100)
        nl = text.find("\n", f["end"])
        if nl != -1: b = min(b, nl)
        context = text[a:f["start"]] + "«" + text[f["start"]:f["end"]] + "»" + text[f["end"]:b]
        extra = {k: f[k] for k in ("counts", "change", "from", "to", "source") if k in f}
        print(f"- {d}: {context.strip()}\n    {f['kind']} {f.get('value')} {f.get('currency', f.get('unit', ''))} {extra}")

if __name__ == "__main__":
    main()
