package dev.drift.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.drift.DriftInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void utf8_is_decoded_exactly() {
    String text = "Caf\u00e9 \u2014 \uD83D\uDE00 \u4e2d\u6587\r\nline two\rline three\n";
    assertThat(TextDecoder.decode("a.txt", utf8(text))).isEqualTo(text);
  }

  @Test
  void empty_input_decodes_to_empty_text() {
    assertThat(TextDecoder.decode("empty.txt", new byte[0])).isEmpty();
  }

  @Test
  void utf8_bom_is_kept_as_u_feff() {
    byte[] input = concat(bytes(0xEF, 0xBB, 0xBF), utf8("Hello."));
    assertThat(TextDecoder.decode("bom.txt", input)).isEqualTo("\uFEFFHello.");
  }

  @Test
  void utf16le_with_bom_is_decoded() {
    byte[] input =
        concat(bytes(0xFF, 0xFE), "Caf\u00e9 \uD83D\uDE00\nx".getBytes(StandardCharsets.UTF_16LE));
    assertThat(TextDecoder.decode("le.txt", input)).isEqualTo("\uFEFFCaf\u00e9 \uD83D\uDE00\nx");
  }

  @Test
  void utf16be_with_bom_is_decoded() {
    byte[] input =
        concat(bytes(0xFE, 0xFF), "Caf\u00e9 \uD83D\uDE00\nx".getBytes(StandardCharsets.UTF_16BE));
    assertThat(TextDecoder.decode("be.txt", input)).isEqualTo("\uFEFFCaf\u00e9 \uD83D\uDE00\nx");
  }

  @Test
  void utf16_text_may_contain_nul_bytes_without_being_binary() {
    // Every ASCII character in UTF-16 has a zero byte; that is not a sign of a binary file.
    byte[] input = concat(bytes(0xFF, 0xFE), "ab".getBytes(StandardCharsets.UTF_16LE));
    assertThat(input).contains((byte) 0);
    assertThat(TextDecoder.decode("le.txt", input)).isEqualTo("\uFEFFab");
  }

  @Test
  void utf16_with_an_odd_trailing_byte_is_an_input_error() {
    byte[] input = concat(bytes(0xFF, 0xFE), "ab".getBytes(StandardCharsets.UTF_16LE), bytes(0x41));
    assertThatThrownBy(() -> TextDecoder.decode("odd.txt", input))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("odd.txt")
        .hasMessageContaining("UTF-16");
  }

  @Test
  void utf16_error_counts_lines_in_code_units_not_bytes() {
    // U+010A is the byte pair 0A 01 in UTF-16LE: its 0x0A byte is not a line feed.
    String text = "\u010A\u010A\u010A\nsecond line";
    byte[] input =
        concat(bytes(0xFF, 0xFE), text.getBytes(StandardCharsets.UTF_16LE), bytes(0x00, 0xD8));
    assertThatThrownBy(() -> TextDecoder.decode("lines16.txt", input))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("lines16.txt")
        .hasMessageContaining("line 2,");
  }

  @Test
  void nul_byte_means_a_binary_file() {
    byte[] input = concat(utf8("first line\nsecond "), bytes(0x00), utf8(" rest"));
    assertThatThrownBy(() -> TextDecoder.decode("image.png.txt", input))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("image.png.txt")
        .hasMessageContaining("binary")
        .hasMessageContaining("line 2")
        .hasMessageContaining("byte offset 18");
  }

  @Test
  void invalid_utf8_names_the_file_line_and_byte_offset() {
    // "ok\nok\n" then 0xC3 0x28: a lead byte followed by a byte that cannot continue it.
    byte[] input = concat(utf8("ok\nok\n"), bytes(0xC3, 0x28), utf8(" tail"));
    assertThatThrownBy(() -> TextDecoder.decode("latin1.txt", input))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("latin1.txt")
        .hasMessageContaining("UTF-8")
        .hasMessageContaining("line 3")
        .hasMessageContaining("byte offset 6")
        .hasMessageContaining("0xC3");
  }

  @Test
  void latin1_encoded_text_is_rejected_not_misread() {
    byte[] input = "Caf\u00e9 cr\u00e8me".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> TextDecoder.decode("old.txt", input))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("old.txt")
        .hasMessageContaining("line 1")
        .hasMessageContaining("byte offset 3");
  }

  @Test
  void truncated_utf8_sequence_at_the_end_is_rejected() {
    byte[] input = concat(utf8("one\ntwo "), bytes(0xE2, 0x82));
    assertThatThrownBy(() -> TextDecoder.decode("cut.txt", input))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("cut.txt")
        .hasMessageContaining("line 2");
  }

  @Test
  void encoded_surrogates_and_overlong_forms_are_rejected() {
    assertThatThrownBy(() -> TextDecoder.decode("s.txt", bytes(0x61, 0xED, 0xA0, 0x80)))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("s.txt");
    assertThatThrownBy(() -> TextDecoder.decode("o.txt", bytes(0xC0, 0xAF)))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("o.txt");
  }
}
