package archfixture;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.assertj.core.api.Assertions;

/**
 * Breaks the charset rule on purpose, outside drift's packages, so that ArchitectureTest can show
 * the rule catches each kind of call. Never run.
 */
public final class PlatformCharsetUser {
  private PlatformCharsetUser() {}

  static String decode(byte[] bytes) {
    return new String(bytes);
  }

  static byte[] encode(String text) {
    return text.getBytes();
  }

  static String drain(ByteArrayOutputStream out) {
    return out.toString();
  }

  static void check(Path file) {
    Assertions.assertThat(file).content().isEqualTo("x");
  }
}
