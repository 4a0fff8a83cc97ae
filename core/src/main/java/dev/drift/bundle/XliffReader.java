package dev.drift.bundle;

import com.ctc.wstx.stax.WstxInputFactory;
import dev.drift.load.InputFormat;
import dev.drift.load.ProseText;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.LocationInfo;
import org.codehaus.stax2.XMLStreamReader2;

/**
 * Reads XLIFF 1.2 ({@code <trans-unit>}) and 2.0 ({@code <unit>}/{@code <segment>}) with Woodstox,
 * whose event locations are exact character offsets. Each {@code <source>} and {@code <target>}
 * keeps the raw range of its content; inline elements are left out of the text but stay in the raw
 * range, and the content of native-code elements ({@code <ph>}, {@code <bpt>}, {@code <ept>},
 * {@code <it>}) is not text. {@code <alt-trans>} proposals are skipped. DTDs are refused (no
 * external entities). Stateless.
 */
final class XliffReader {
  /** Inline elements whose content is native code, not translatable text. */
  private static final Set<String> CODE = Set.of("ph", "bpt", "ept", "it");

  /** XLIFF 1.2 target states that mean the target still needs work. */
  private static final Set<String> UNFINISHED =
      Set.of("new", "needs-translation", "needs-review-translation", "needs-adaptation", "initial");

  private static final XMLInputFactory FACTORY = factory();

  private XliffReader() {}

  private static XMLInputFactory factory() {
    XMLInputFactory f = new WstxInputFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    return f;
  }

  /** Where the reader is while walking the file. */
  private static final class State {
    String sourceLanguage;
    String targetLanguage;
    String unitId;
    int segment;
    UnitText source;
    UnitText target;
    boolean fuzzy;
  }

  static Bundle read(String name, String text) {
    List<Unit> units = new ArrayList<>();
    State st = new State();
    try {
      XMLStreamReader2 r = (XMLStreamReader2) FACTORY.createXMLStreamReader(new StringReader(text));
      boolean root = true;
      int skipDepth = 0;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.DTD) {
          throw BundleInputException.at(name, line(r), "a DTD is not allowed in XLIFF");
        }
        if (event == XMLStreamConstants.END_ELEMENT && skipDepth > 0) {
          skipDepth--;
          continue;
        }
        if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
          continue;
        }
        String local = r.getLocalName();
        if (event == XMLStreamConstants.END_ELEMENT) {
          if (local.equals("trans-unit") || local.equals("segment")) {
            flush(st, units);
          }
          continue;
        }
        if (skipDepth > 0) {
          skipDepth++;
          continue;
        }
        if (root) {
          root = false;
          if (!local.equals("xliff")) {
            throw BundleInputException.at(
                name, line(r), "not XLIFF: the root element is <" + local + ">, not <xliff>");
          }
          st.sourceLanguage = r.getAttributeValue(null, "srcLang");
          st.targetLanguage = r.getAttributeValue(null, "trgLang");
          continue;
        }
        switch (local) {
          case "file" -> {
            String s = r.getAttributeValue(null, "source-language");
            String t = r.getAttributeValue(null, "target-language");
            st.sourceLanguage = s != null ? s : st.sourceLanguage;
            st.targetLanguage = t != null ? t : st.targetLanguage;
          }
          case "trans-unit", "unit" -> {
            st.unitId = id(r, units.size());
            st.segment = 0;
          }
          case "segment" -> {
            st.segment++;
            String state = r.getAttributeValue(null, "state");
            st.fuzzy = "initial".equals(state);
          }
          case "alt-trans", "ignorable", "notes", "note", "seg-source", "originalData" ->
              skipDepth = 1;
          case "source" -> st.source = content(name, text, r);
          case "target" -> {
            String state = r.getAttributeValue(null, "state");
            if (state != null && UNFINISHED.contains(state)) {
              st.fuzzy = true;
            }
            st.target = content(name, text, r);
          }
          default -> {}
        }
      }
      r.close();
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? 1 : e.getLocation().getLineNumber();
      throw BundleInputException.at(name, line, "malformed XML: " + firstLine(e.getMessage()));
    }
    return new Bundle(
        InputFormat.XLIFF, name, text, name, text, st.sourceLanguage, st.targetLanguage, units);
  }

  private static String id(XMLStreamReader2 r, int index) {
    String id = r.getAttributeValue(null, "id");
    String resname = r.getAttributeValue(null, "resname");
    return resname != null ? resname : id != null ? id : "#" + (index + 1);
  }

  private static void flush(State st, List<Unit> units) {
    if (st.source != null || st.target != null) {
      String id = st.unitId == null ? "#" + (units.size() + 1) : st.unitId;
      if (st.segment > 1) {
        id = id + "/" + st.segment; // the second and later segments of an XLIFF 2.0 unit
      }
      units.add(new Unit(id, st.source, st.target, st.fuzzy));
    }
    st.source = null;
    st.target = null;
    st.fuzzy = false;
  }

  /**
   * Reads the content of the element the reader is on, up to its end tag: the raw range, the text
   * of its character events, the inline elements skipped.
   */
  private static UnitText content(String name, String text, XMLStreamReader2 r)
      throws XMLStreamException {
    int start = (int) r.getLocationInfo().getEndingCharOffset();
    ProseText.Builder prose = new ProseText.Builder(text);
    int depth = 0;
    int code = 0;
    while (true) {
      int event = r.next();
      LocationInfo at = r.getLocationInfo();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          if (code > 0 || CODE.contains(r.getLocalName())) {
            code++;
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          if (depth == 0) {
            int end = (int) at.getStartingCharOffset();
            if (end < start || end > text.length()) {
              throw BundleInputException.at(name, text, start, "cannot place the text");
            }
            return new UnitText(start, end, text.substring(start, end), prose.build());
          }
          depth--;
          if (code > 0) {
            code--;
          }
        }
        case XMLStreamConstants.CHARACTERS,
            XMLStreamConstants.CDATA,
            XMLStreamConstants.SPACE,
            XMLStreamConstants.ENTITY_REFERENCE -> {
          if (code == 0) {
            int from = (int) at.getStartingCharOffset();
            int to = (int) at.getEndingCharOffset();
            prose.appendDecoded(r.getText(), from, Math.min(to, text.length()));
          }
        }
        default -> {}
      }
    }
  }

  private static int line(XMLStreamReader2 r) {
    return r.getLocation().getLineNumber();
  }

  private static String firstLine(String message) {
    String m = message == null ? "unreadable" : message.strip();
    int nl = m.indexOf('\n');
    m = nl < 0 ? m : m.substring(0, nl);
    return m.replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
  }
}
