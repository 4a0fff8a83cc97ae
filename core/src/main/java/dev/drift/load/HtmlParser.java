package dev.drift.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * HTML through jsoup with position tracking. Every block-level element (paragraph, heading, list
 * item, table cell, caption, ...) starts a block of its own; text nodes carry their raw source
 * range, so entities map back to where they stand. Scripts, styles, templates, comments, code and
 * preformatted text are not prose; link targets and inline code are kept as {@link Verbatim}. jsoup
 * walks the tree iteratively, so deep nesting is safe.
 */
final class HtmlParser {
  private static final Set<String> SKIP =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "pre",
          "svg",
          "math",
          "textarea",
          "select",
          "iframe",
          "object",
          "embed",
          "canvas",
          "audio",
          "video",
          "kbd",
          "samp");
  private static final Set<String> BLOCK =
      Set.of(
          "html",
          "body",
          "p",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "dt",
          "dd",
          "td",
          "th",
          "caption",
          "figcaption",
          "blockquote",
          "title",
          "div",
          "section",
          "article",
          "header",
          "footer",
          "main",
          "aside",
          "nav",
          "summary",
          "details",
          "address",
          "legend",
          "ul",
          "ol",
          "dl",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "tr",
          "form",
          "fieldset",
          "figure",
          "hr",
          "center",
          "option",
          "label",
          "button");

  private HtmlParser() {}

  static List<Block> parse(String raw) {
    org.jsoup.nodes.Document doc = Jsoup.parse(raw, "", Parser.htmlParser().setTrackPosition(true));
    Collector collector = new Collector(raw);
    Element title = doc.head().selectFirst("title");
    if (title != null) {
      NodeTraversor.filter(collector, title);
      collector.flush();
    }
    NodeTraversor.filter(collector, doc.body());
    collector.flush();
    return collector.blocks;
  }

  private static final class Collector implements NodeFilter {
    private final String raw;
    private final List<Block> blocks = new ArrayList<>();
    private ProseText.Builder prose;
    private List<Verbatim> verbatim = new ArrayList<>();
    private BlockKind kind = BlockKind.PARAGRAPH;

    Collector(String raw) {
      this.raw = raw;
      this.prose = new ProseText.Builder(raw);
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode text) {
        Range range = text.sourceRange();
        if (range.isTracked()) {
          prose.appendDecoded(text.getWholeText(), pos(range.startPos()), pos(range.endPos()));
        }
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element element)) {
        return FilterResult.SKIP_ENTIRELY; // comments, doctype, data nodes
      }
      String tag = element.normalName();
      Range range = element.sourceRange();
      if (SKIP.contains(tag)) {
        if (range.isTracked()) {
          // Not prose, but it still keeps the words around it apart: "Press<kbd>Ctrl</kbd>now".
          Range end = element.endSourceRange();
          prose.appendSeparator(
              ' ',
              pos(range.startPos()),
              end.isTracked() ? pos(end.endPos()) : pos(range.endPos()));
        }
        return FilterResult.SKIP_ENTIRELY;
      }
      if (tag.equals("br")) {
        if (range.isTracked()) {
          prose.appendSeparator('\n', pos(range.startPos()), pos(range.endPos()));
        }
        return FilterResult.SKIP_ENTIRELY;
      }
      if (tag.equals("code") || tag.equals("img")) {
        if (range.isTracked()) {
          Range end = element.endSourceRange();
          // An element jsoup re-creates after misnested markup ("<b><code></b>x") starts where
          // it is re-created but keeps the original's end tag, which may lie before that start.
          int to =
              Math.max(
                  pos(range.startPos()), end.isTracked() ? pos(end.endPos()) : pos(range.endPos()));
          String literal = tag.equals("code") ? element.text() : element.attr("src");
          verbatim.add(
              new Verbatim(
                  tag.equals("code") ? Verbatim.Kind.CODE : Verbatim.Kind.LINK,
                  literal,
                  pos(range.startPos()),
                  to));
          prose.appendSeparator(' ', pos(range.startPos()), to);
        }
        return FilterResult.SKIP_ENTIRELY;
      }
      if (tag.equals("a") && element.hasAttr("href") && range.isTracked()) {
        verbatim.add(
            new Verbatim(
                Verbatim.Kind.LINK,
                element.attr("href"),
                pos(range.startPos()),
                pos(range.endPos())));
      }
      if (BLOCK.contains(tag)) {
        flush();
        kind = kindOf(tag);
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element element && BLOCK.contains(element.normalName())) {
        flush();
        kind = BlockKind.PARAGRAPH;
        for (Element p = element.parent(); p != null; p = p.parent()) {
          if (BLOCK.contains(p.normalName())) {
            kind = kindOf(p.normalName());
            break;
          }
        }
      }
      return FilterResult.CONTINUE;
    }

    /**
     * A position jsoup reports, kept inside the file: for an element left open at the end of the
     * input (an unclosed {@code <pre>}), jsoup puts the implied end one past the last character.
     */
    private int pos(int position) {
      return Math.min(Math.max(position, 0), raw.length());
    }

    void flush() {
      ProseText text = prose.build();
      if (!ProseText.isBlank(text.text())) {
        blocks.add(new Block(kind, text, List.copyOf(verbatim)));
      }
      prose = new ProseText.Builder(raw);
      verbatim = new ArrayList<>();
    }
  }

  private static BlockKind kindOf(String tag) {
    return switch (tag) {
      case "h1", "h2", "h3", "h4", "h5", "h6", "title" -> BlockKind.HEADING;
      case "li", "dt", "dd" -> BlockKind.LIST_ITEM;
      case "td", "th" -> BlockKind.TABLE_CELL;
      case "caption", "figcaption" -> BlockKind.CAPTION;
      case "blockquote" -> BlockKind.QUOTE;
      default -> BlockKind.PARAGRAPH;
    };
  }
}
