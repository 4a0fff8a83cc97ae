package dev.drift.load;

import dev.drift.DriftInputException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads documents: decodes the bytes, picks the format and extracts the prose blocks. Stateless and
 * thread-safe.
 */
public final class DocumentLoader {

  /** Files larger than this are refused rather than exhausting memory. */
  public static final long MAX_BYTES = 256L * 1024 * 1024;

  private static final Pattern MARKDOWN_SIGNS =
      Pattern.compile(
          "\\[[^\\]\\n]+\\]\\([^)\\s]*\\)" // [text](target)
              + "|<https?://[^>\\s]+>" // <https://autolink>
              + "|\\*\\*[^*\\n]+\\*\\*" // **strong**
              + "|(?m)^#{1,6} \\S" // # heading
              + "|(?m)^```");
  private static final Pattern HTML_START =
      Pattern.compile("^\\uFEFF?\\s*(?:<!doctype html|<html[\\s>])", Pattern.CASE_INSENSITIVE);

  private DocumentLoader() {}

  /**
   * Loads a file.
   *
   * @param path the file
   * @param format the format, or {@code null} to decide by extension and content
   * @return the document, named by {@code path} as given
   * @throws DriftInputException if the file is missing, a directory, unreadable, too large, binary
   *     or not valid UTF-8
   */
  public static SourceDocument load(Path path, InputFormat format) {
    return load(path.toString(), read(path), format);
  }

  /**
   * Reads a file's bytes, with the same checks and messages as {@link #load(Path, InputFormat)}.
   *
   * @param path the file
   * @return its content
   * @throws DriftInputException if the file is missing, a directory, unreadable or too large
   */
  public static byte[] read(Path path) {
    String name = path.toString();
    if (Files.isDirectory(path)) {
      throw new DriftInputException(name + ": is a directory, not a file");
    }
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        throw new DriftInputException(
            name + ": too large (" + size + " bytes; drift reads files up to " + MAX_BYTES + ")");
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new DriftInputException(name + ": no such file", e);
    } catch (AccessDeniedException e) {
      throw new DriftInputException(name + ": permission denied", e);
    } catch (IOException e) {
      throw new DriftInputException(name + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Loads a document from its bytes.
   *
   * @param name the name shown in reports and errors
   * @param bytes the raw content
   * @param format the format, or {@code null} to decide by the name's extension and the content
   * @return the document
   * @throws DriftInputException if the bytes are binary or not valid UTF-8
   */
  public static SourceDocument load(String name, byte[] bytes, InputFormat format) {
    return parse(name, TextDecoder.decode(name, bytes), format);
  }

  /**
   * Parses decoded text.
   *
   * @param name the name shown in reports and errors
   * @param text the document text
   * @param format the format, or {@code null} to decide by the name's extension and the content
   * @return the document
   */
  public static SourceDocument parse(String name, String text, InputFormat format) {
    InputFormat actual = format != null ? format : detect(name, text);
    var blocks =
        switch (actual) {
          case TEXT -> TextParser.parse(text);
          case MARKDOWN -> MarkdownParser.parse(text);
          case HTML -> HtmlParser.parse(text);
          // Translation files have units, not prose: dev.drift.bundle reads them.
          case XLIFF, PO, PROPERTIES, JSON -> List.<Block>of();
        };
    return new SourceDocument(name, text, actual, blocks, new LineIndex(text));
  }

  /**
   * The format a document is read as when none is given: by extension ({@code .md}, {@code .html},
   * ...); a {@code .txt} or extension-less file is read as HTML when it starts like an HTML page,
   * as Markdown when it contains Markdown links, autolinks, strong emphasis, ATX headings or code
   * fences, and as plain text otherwise.
   *
   * @param name the file name
   * @param text the content
   * @return the format
   */
  public static InputFormat detect(String name, String text) {
    InputFormat byName = InputFormat.byExtension(name);
    if (byName != null) {
      return byName;
    }
    if (HTML_START.matcher(text).find()) {
      return InputFormat.HTML;
    }
    return MARKDOWN_SIGNS.matcher(text).find() ? InputFormat.MARKDOWN : InputFormat.TEXT;
  }
}
