package dev.drift.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * A page's one style sheet and (for the report page) one script, inlined from class-path resources,
 * and the Content-Security-Policy that allows exactly these blocks by their SHA-256 hashes and
 * nothing else: no other script or style, no fetch, no image, no frame, no form target, no base
 * URL. Immutable and thread-safe.
 *
 * @param css the style sheet, as it goes between {@code <style>} and {@code </style>}
 * @param js the script, as it goes between {@code <script>} and {@code </script>}; empty for a page
 *     without script
 * @param contentSecurityPolicy the policy for the page's {@code <meta http-equiv>} tag
 */
record PageAssets(String css, String js, String contentSecurityPolicy) {

  /** The report page's assets shipped with drift. */
  static final PageAssets BUNDLED = load("report.css", "report.js");

  /** The run index page's style shipped with drift; the index page runs no script. */
  static final PageAssets INDEX = loadStyle("index.css");

  static PageAssets load(String cssResource, String jsResource) {
    String css = resource(cssResource);
    String js = resource(jsResource);
    String csp =
        "default-src 'none'; style-src '"
            + sha256(css)
            + "'; script-src '"
            + sha256(js)
            + "'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script';"
            + " trusted-types 'none'";
    return new PageAssets(css, js, csp);
  }

  /** A page with a style sheet and no script: the policy allows no script at all. */
  static PageAssets loadStyle(String cssResource) {
    String css = resource(cssResource);
    String csp =
        "default-src 'none'; style-src '"
            + sha256(css)
            + "'; base-uri 'none'; form-action 'none'; require-trusted-types-for 'script';"
            + " trusted-types 'none'";
    return new PageAssets(css, "", csp);
  }

  /** The CSP source expression for a block: {@code sha256-} and the Base64 of its UTF-8 hash. */
  static String sha256(String block) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(block.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = PageAssets.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      // The HTML parser turns CR LF into LF before the browser hashes a block, so hash that.
      String text =
          new String(in.readAllBytes(), StandardCharsets.UTF_8)
              .replace("\r\n", "\n")
              .replace('\r', '\n');
      String lower = text.toLowerCase(Locale.ROOT);
      if (lower.contains("</style") || lower.contains("</script") || lower.contains("<!--")) {
        throw new IllegalStateException(name + " would end its own block");
      }
      return text;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }
}
