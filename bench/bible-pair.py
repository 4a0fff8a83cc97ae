#!/usr/bin/python3
"""Writes a long real pair for the memory benchmark: whole books of the King James Version against
the World English Bible, from Debian's SWORD packages (apt-get install python3-sword
sword-text-kjv sword-text-web; run with /usr/bin/python3), each chapter one paragraph of flowing
verses, verse text as eval/bible/export.py reads it.

  /usr/bin/python3 bench/bible-pair.py OUT_DIR [BOOK ...]   (default: Genesis Exodus)

Writes OUT_DIR/kjv.txt and OUT_DIR/web.txt (UTF-8). Deterministic.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "eval", "bible"))
import Sword  # noqa: E402
import export  # noqa: E402


def chapters(mgr, modname, book):
    mod = mgr.getModule(modname)
    key = Sword.VerseKey()
    key.setVersificationSystem(mod.getConfigEntry("Versification"))
    key.setText("%s 1:1" % book)
    return key.getChapterMax()


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: /usr/bin/python3 bench/bible-pair.py OUT_DIR [BOOK ...]")
    out, books = sys.argv[1], sys.argv[2:] or ["Genesis", "Exodus"]
    os.makedirs(out, exist_ok=True)
    mgr = Sword.SWMgr()
    for side in ("kjv", "web"):
        modname = export.MODULES[side]
        paragraphs = []
        for book in books:
            for chapter in range(1, chapters(mgr, modname, book) + 1):
                _, verses = export.read_chapter(mgr, modname, book, chapter)
                text = " ".join(t for _, (t, _) in sorted(verses.items()) if t)
                if text:
                    paragraphs.append(text)
        with open(os.path.join(out, side + ".txt"), "w", encoding="utf-8", newline="\n") as f:
            f.write("\n\n".join(paragraphs) + "\n")


if __name__ == "__main__":
    main()
