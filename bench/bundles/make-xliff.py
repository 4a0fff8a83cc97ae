#!/usr/bin/env python3
"""Writes an XLIFF 1.2 file of N units for the bundle speed figure (README, Performance of
translation files): English KJV verses as sources and the same verses in the WEB as targets,
from eval/bible's verse alignments, cycled, each unit made unique by its number so that no
embedding is reused. Usage: make-xliff.py N OUT.xlf"""
import glob
import os
import sys
from xml.sax.saxutils import escape

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "eval", "bible")
pairs = []
for gold in sorted(glob.glob(os.path.join(root, "*", "*.gold.tsv"))):
    stem = gold[: -len(".gold.tsv")]
    with open(stem + ".kjv.txt", encoding="utf-8") as f:
        kjv = f.read()
    with open(stem + ".web.txt", encoding="utf-8") as f:
        web = f.read()
    with open(gold, encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) >= 5 and cols[1].isdigit() and cols[3].isdigit():
                a = kjv[int(cols[1]) : int(cols[2])].strip()
                b = web[int(cols[3]) : int(cols[4])].strip()
                if a and b:
                    pairs.append((a, b))

n = int(sys.argv[1])
with open(sys.argv[2], "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.write('<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n')
    out.write('<file source-language="en" target-language="en" original="bible"><body>\n')
    for i in range(n):
        a, b = pairs[i % len(pairs)]
        out.write(
            '<trans-unit id="u%d"><source>%s (%d)</source><target>%s (%d)</target></trans-unit>\n'
            % (i, escape(a), i, escape(b), i)
        )
    out.write("</body></file></xliff>\n")
print("%d units from %d verse pairs" % (n, len(pairs)), file=sys.stderr)
