package dev.drift.segment;

import dev.drift.load.Block;
import dev.drift.load.ProseText;
import dev.drift.load.SourceDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * The segment stage for translation units (XLIFF, PO, message bundles): every block is one unit and
 * stays one sentence, never split, since units are already paired. A block with nothing but
 * whitespace has no sentence. Stateless and thread-safe.
 */
public final class UnitSegmenter {
  private UnitSegmenter() {}

  /**
   * Makes one sentence of every non-blank block, whitespace collapsed in its content.
   *
   * @param doc the document, one block per unit
   * @param language the language the units are written in
   * @return the document with at most one sentence per block, in block order
   */
  public static SegmentedDocument segment(SourceDocument doc, String language) {
    List<Sentence> out = new ArrayList<>();
    List<Block> blocks = doc.blocks();
    for (int b = 0; b < blocks.size(); b++) {
      ProseText prose = blocks.get(b).prose();
      String text = prose.text();
      int s = 0;
      int e = text.length();
      while (s < e && SentenceSegmenter.isSpace(text.charAt(s))) {
        s++;
      }
      while (e > s && SentenceSegmenter.isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (s == e) {
        continue;
      }
      int start = prose.rawStart(s);
      int end = Math.max(start, prose.rawEnd(e - 1));
      out.add(
          SentenceSegmenter.sentence(
              doc, out.size(), b, start, end, SentenceSegmenter.collapse(prose, s, e)));
    }
    return new SegmentedDocument(doc, language, out);
  }
}
