package dev.drift.load;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown through commonmark-java with source spans. Paragraphs, headings, list items, quotes and
 * table cells are blocks; their prose is the text of the inline nodes, so emphasis markers, link
 * targets, autolinks, images, inline HTML and code are left out (code and link targets are kept as
 * {@link Verbatim}). Code blocks, HTML blocks and YAML front matter are not prose. The tree is
 * walked with explicit stacks, so deeply nested input cannot overflow the call stack.
 */
final class MarkdownParser {
  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private MarkdownParser() {}

  static List<Block> parse(String raw) {
    // A byte-order mark is not markup: commonmark would read "\uFEFF# Title" as a paragraph, so
    // it is left out of the parse and every source position is shifted past it.
    String source = withoutFrontMatter(raw);
    int shift = source.startsWith("\uFEFF") ? 1 : 0;
    Node document = PARSER.parse(source.substring(shift));
    List<Block> blocks = new ArrayList<>();
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(document);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      if (node instanceof Paragraph || node instanceof Heading || node instanceof TableCell) {
        Block block = leaf(raw, node, shift);
        if (!ProseText.isBlank(block.prose().text())) {
          blocks.add(block);
        }
        continue;
      }
      pushChildren(node, stack);
    }
    return blocks;
  }

  private static void pushChildren(Node node, Deque<Node> stack) {
    List<Node> children = new ArrayList<>();
    for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
      children.add(c);
    }
    for (int i = children.size() - 1; i >= 0; i--) {
      stack.push(children.get(i));
    }
  }

  private static Block leaf(String raw, Node leaf, int shift) {
    ProseText.Builder prose = new ProseText.Builder(raw);
    List<Verbatim> verbatim = new ArrayList<>();
    int[] cursor = {earliest(leaf, shift)};
    Deque<Node> stack = new ArrayDeque<>();
    pushChildren(leaf, stack);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      int from = start(node, cursor[0], shift);
      int to = end(node, from, shift);
      boolean descends = false;
      if (node instanceof Text text) {
        prose.appendDecoded(text.getLiteral(), from, to);
      } else if (node instanceof SoftLineBreak) {
        prose.appendSeparator(' ', from, to);
      } else if (node instanceof HardLineBreak) {
        prose.appendSeparator('\n', from, to);
      } else if (node instanceof Code code) {
        verbatim.add(new Verbatim(Verbatim.Kind.CODE, code.getLiteral(), from, to));
        prose.appendSeparator(' ', from, to);
      } else if (node instanceof HtmlInline html) {
        if (html.getLiteral().toLowerCase(Locale.ROOT).startsWith("<br")) {
          prose.appendSeparator('\n', from, to);
        }
      } else if (node instanceof Image image) {
        verbatim.add(new Verbatim(Verbatim.Kind.LINK, image.getDestination(), from, to));
        prose.appendSeparator(' ', from, to);
      } else if (node instanceof Link link) {
        verbatim.add(new Verbatim(Verbatim.Kind.LINK, link.getDestination(), from, to));
        if (from < raw.length() && raw.charAt(from) == '<') {
          prose.appendSeparator(' ', from, to); // an autolink: the URL is not prose
        } else {
          pushChildren(node, stack);
          descends = true;
        }
      } else {
        pushChildren(node, stack); // emphasis, strong emphasis and other containers
        descends = true;
      }
      // The cursor places the nodes commonmark gives no source span (soft line breaks). A
      // container's children come next and lie inside it, so it must not move the cursor past
      // its end: emphasis spanning a line break would otherwise place that break after the words
      // following it, and the prose would run backwards through the file.
      cursor[0] = Math.max(cursor[0], descends ? from : to);
    }
    return new Block(kindOf(leaf), prose.build(), List.copyOf(verbatim));
  }

  private static BlockKind kindOf(Node leaf) {
    if (leaf instanceof Heading) {
      return BlockKind.HEADING;
    }
    if (leaf instanceof TableCell) {
      return BlockKind.TABLE_CELL;
    }
    for (Node p = leaf.getParent(); p != null; p = p.getParent()) {
      if (p instanceof ListItem) {
        return BlockKind.LIST_ITEM;
      }
      if (p instanceof BlockQuote) {
        return BlockKind.QUOTE;
      }
    }
    return BlockKind.PARAGRAPH;
  }

  /**
   * Where a leaf's inlines begin. Usually the leaf's own start; but when a link reference
   * definition with a broken title falls back to a paragraph, commonmark gives the paragraph only
   * its last line's span while its inlines keep their own earlier spans.
   */
  private static int earliest(Node leaf, int shift) {
    int earliest = start(leaf, Integer.MAX_VALUE, shift);
    Deque<Node> stack = new ArrayDeque<>();
    pushChildren(leaf, stack);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      earliest = Math.min(earliest, start(node, Integer.MAX_VALUE, shift));
      pushChildren(node, stack);
    }
    return earliest == Integer.MAX_VALUE ? 0 : earliest;
  }

  private static int start(Node node, int fallback, int shift) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? fallback : spans.get(0).getInputIndex() + shift;
  }

  private static int end(Node node, int start, int shift) {
    List<SourceSpan> spans = node.getSourceSpans();
    if (spans.isEmpty()) {
      return start;
    }
    SourceSpan last = spans.get(spans.size() - 1);
    return last.getInputIndex() + last.getLength() + shift;
  }

  /**
   * Blanks a leading YAML front matter block ({@code ---} ... {@code ---}) so it is not read as
   * prose; line breaks stay, so offsets do not move.
   */
  static String withoutFrontMatter(String raw) {
    int start = raw.startsWith("\uFEFF") ? 1 : 0;
    if (!raw.startsWith("---", start)) {
      return raw;
    }
    List<int[]> lines = TextParser.lines(raw);
    if (lines.isEmpty()
        || !raw.substring(lines.get(0)[0], lines.get(0)[1]).strip().equals("---")
            && !raw.substring(lines.get(0)[0], lines.get(0)[1]).strip().equals("\uFEFF---")) {
      return raw;
    }
    for (int i = 1; i < lines.size(); i++) {
      String line = raw.substring(lines.get(i)[0], lines.get(i)[1]).strip();
      if (line.equals("---") || line.equals("...")) {
        char[] chars = raw.toCharArray();
        for (int k = start; k < lines.get(i)[1]; k++) {
          if (chars[k] != '\n' && chars[k] != '\r') {
            chars[k] = ' ';
          }
        }
        return new String(chars);
      }
    }
    return raw;
  }
}
