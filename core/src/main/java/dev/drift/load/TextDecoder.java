package dev.drift.load;

import dev.drift.DriftInputException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes file bytes strictly: UTF-8 (a byte-order mark is kept as U+FEFF, so offsets match what
 * any UTF-8 reader sees), or UTF-16 when a UTF-16 byte-order mark says so. Binary content and
 * invalid byte sequences are input errors that say where the problem is.
 */
final class TextDecoder {
  private TextDecoder() {}

  static String decode(String name, byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return strict(name, bytes, CharsetKind.UTF_16LE);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return strict(name, bytes, CharsetKind.UTF_16BE);
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        if (looksLikeUtf16(bytes)) {
          throw new DriftInputException(
              name
                  + ": looks like UTF-16 without a byte-order mark (NUL bytes between the"
                  + " characters); save it as UTF-8, or as UTF-16 with a byte-order mark");
        }
        throw new DriftInputException(
            name
                + ": binary file (NUL byte at "
                + where(bytes, i, CharsetKind.UTF_8)
                + "), not a text document");
      }
    }
    return strict(name, bytes, CharsetKind.UTF_8);
  }

  /**
   * Whether bytes read as UTF-16 text without a byte-order mark: in the first few hundred code
   * units, every high byte (even bytes in big-endian, odd in little-endian) is NUL while the low
   * bytes are not, as in ASCII or Latin-1 text saved by a Windows editor as "Unicode".
   */
  private static boolean looksLikeUtf16(byte[] bytes) {
    int units = Math.min(bytes.length / 2, 512);
    if (units < 2) {
      return false;
    }
    for (int high = 0; high <= 1; high++) {
      boolean allNul = true;
      boolean lowNul = false;
      for (int u = 0; u < units && allNul; u++) {
        allNul = bytes[2 * u + high] == 0;
        lowNul |= bytes[2 * u + 1 - high] == 0;
      }
      if (allNul && !lowNul) {
        return true;
      }
    }
    return false;
  }

  private enum CharsetKind {
    UTF_8,
    UTF_16LE,
    UTF_16BE
  }

  private static String strict(String name, byte[] bytes, CharsetKind kind) {
    CharsetDecoder decoder =
        (switch (kind) {
              case UTF_8 -> StandardCharsets.UTF_8;
              case UTF_16LE -> StandardCharsets.UTF_16LE;
              case UTF_16BE -> StandardCharsets.UTF_16BE;
            })
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, bytes.length + 1L));
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      String label = kind == CharsetKind.UTF_8 ? "UTF-8" : "UTF-16";
      int at = in.position();
      throw new DriftInputException(
          name
              + ": not valid "
              + label
              + " (bad byte 0x"
              + String.format("%02X", bytes[at] & 0xFF)
              + " at "
              + where(bytes, at, kind)
              + ")");
    }
    try {
      CoderResult flush = decoder.flush(out);
      if (flush.isError()) {
        flush.throwException();
      }
    } catch (CharacterCodingException e) {
      throw new DriftInputException(name + ": truncated character at the end of the file", e);
    }
    out.flip();
    return out.toString();
  }

  /**
   * "line L, byte offset B" for a byte position, counting LF-terminated lines. In UTF-16 a line
   * feed is the code unit 0x000A, not every 0x0A byte (U+010A is the bytes 0A 01 in UTF-16LE).
   */
  private static String where(byte[] bytes, int at, CharsetKind kind) {
    int line = 1;
    if (kind == CharsetKind.UTF_8) {
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
    } else {
      int low = kind == CharsetKind.UTF_16LE ? 0 : 1;
      for (int i = 0; i + 1 < at; i += 2) {
        if (bytes[i + low] == '\n' && bytes[i + 1 - low] == 0) {
          line++;
        }
      }
    }
    return "line " + line + ", byte offset " + at;
  }
}
