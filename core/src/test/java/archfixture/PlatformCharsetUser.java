package archfixture;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.function.Function;
import org.assertj.core.api.Assertions;

/**
 * Breaks the charset rule on purpose, outside drift's packages, so that ArchitectureTest can show
 * the rule catches each kind of call. Never run.
 */
public final class PlatformCharsetUser {
  private PlatformCharsetUser() {}

  // Method references: the rule must catch them as it catches calls.
  static final Function<byte[], String> DECODE = String::new;
  static final Function<String, byte[]> ENCODE = String::getBytes;
  static final Function<ByteArrayOutputStream, String> DRAIN = ByteArrayOutputStream::toString;

  static void check(Path file) {
    Assertions.assertThat(file).content().isEqualTo("x");
  }
}
