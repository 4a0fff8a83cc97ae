"""Segmentation-relative alignment score for a set of verse-aligned chapters (eval/bible/dev or eval/bible/test).

  score.py SET_DIR PRED_DIR [web|es] [-v]

PRED_DIR/NAME.json is a drift-report/1 JSON for NAME.kjv.txt (original) vs NAME.web.txt or NAME.es.txt (translation).
The tool is judged on its own sentences: gold links are the (original sentence, translation sentence) pairs that
share a verse, where a sentence "covers" a verse when they overlap by at least half of the shorter of the two
(non-space characters). Predicted links are the cross products of the sentences in each "match" pair.
precision = |pred & gold| / |pred|, recall = |pred & gold| / |gold|, micro-averaged over chapters.
Guard: a tool that merges whole chapters into a few segments is not rewarded: the number of segments on the
original side must be at least 60 % of the number of .?! sentence ends, else that chapter scores 0 recall.
Prints: precision=.. recall=.. f1=.. chapters=N"""
import glob, json, os, re, sys

def nonspace(t, s, e):
    return sum(1 for ch in t[s:e] if not ch.isspace())

def covers(text, a, b):
    s, e = max(a[0], b[0]), min(a[1], b[1])
    if e <= s:
        return False
    inter = nonspace(text, s, e)
    return inter >= 0.5 * min(nonspace(text, *a), nonspace(text, *b)) and inter > 0

def main(gold_dir, pred_dir):
    tp = npred = ngold = 0
    n = 0
    for gpath in sorted(glob.glob(os.path.join(gold_dir, "*.gold.tsv"))):
        name = os.path.basename(gpath)[:-len(".gold.tsv")]
        kjv = open(os.path.join(gold_dir, name + ".kjv.txt"), encoding="utf-8").read()
        web = open(os.path.join(gold_dir, name + "." + SUFFIX + ".txt"), encoding="utf-8").read()
        verses = []
        for line in open(gpath, encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            c = 3 if SUFFIX == "web" else 5
            if f[1] and f[c]:
                verses.append(((int(f[1]), int(f[2])), (int(f[c]), int(f[c + 1]))))
        n += 1
        ppath = os.path.join(pred_dir, name + ".json")
        try:
            rep = json.load(open(ppath, encoding="utf-8"))
        except (OSError, ValueError):
            print(f"warning: no report for {name}", file=sys.stderr)
            rep = {"pairs": []}
        osents, tsents, pred = [], [], set()
        for p in rep.get("pairs", []):
            os_ = [(s["start"], s["end"]) for s in p.get("original") or []]
            ts_ = [(s["start"], s["end"]) for s in p.get("translation") or []]
            osents += os_; tsents += ts_
            if p.get("kind") == "match":
                pred |= {(a, b) for a in os_ for b in ts_}
        ov = {o: {i for i, v in enumerate(verses) if covers(kjv, o, v[0])} for o in osents}
        tv = {t: {i for i, v in enumerate(verses) if covers(web, t, v[1])} for t in tsents}
        gold = {(o, t) for o in osents for t in tsents if ov[o] & tv[t]}
        ends = len(re.findall(r"[.?!][\"'’”)]*\s", kjv + " "))
        if len(osents) < 0.6 * ends:
            gold_count_for_recall = max(len(gold), ends)
            tp_c = 0
        else:
            gold_count_for_recall = len(gold)
            tp_c = len(pred & gold)
        tp += tp_c; npred += len(pred); ngold += gold_count_for_recall
        if "-v" in sys.argv:
            p_ = tp_c / len(pred) if pred else 0; r_ = tp_c / gold_count_for_recall if gold_count_for_recall else 0
            print(f"{name}: p={p_:.3f} r={r_:.3f} segs={len(osents)}/{len(tsents)} ends={ends}", file=sys.stderr)
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"precision={p:.3f} recall={r:.3f} f1={f:.3f} chapters={n}")

if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "-v"]
    if len(args) not in (2, 3) or (len(args) == 3 and args[2] not in ("web", "es")):
        sys.exit("usage: score.py SET_DIR PRED_DIR [web|es] [-v]")
    SUFFIX = args[2] if len(args) > 2 else "web"
    main(args[0], args[1])
