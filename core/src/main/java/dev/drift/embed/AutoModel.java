package dev.drift.embed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The model {@code --model auto} stands for: the bundled all-MiniLM-L6-v2 quantised to int8 where
 * the CPU has int8 dot-product instructions, which make int8 pay, and the fp32 model everywhere
 * else. The choice is {@link #choose(String)}, a function of the CPU's flags (and, for one
 * microarchitecture, its vendor and family); {@link #forThisCpu()} reads them, once a process, from
 * Linux's {@code /proc/cpuinfo}.
 *
 * <p>Without an int8 dot product, ONNX Runtime's quantised kernels need three instructions for what
 * one fp32 FMA does, so int8 gains nothing on most cores (README, Performance: 0.96× on an
 * AVX2-only Zen 2). The instructions counted:
 *
 * <ul>
 *   <li>{@code avx512_vnni} and {@code avx_vnni} (x86): {@code vpdpbusd}, four u8 × s8
 *       multiply-accumulates per 32-bit lane in one instruction; measured: int8 embeds faster on an
 *       AMD Zen 5 with AVX-512 VNNI.
 *   <li>{@code asimddp} (aarch64): {@code udot}/{@code sdot}, four 8-bit multiply-accumulates per
 *       32-bit lane, for which ONNX Runtime's MLAS has an int8 matrix kernel of its own; counted by
 *       the same reasoning, not measured (no ARM machine here).
 * </ul>
 *
 * <p>One microarchitecture without those instructions gains too, measured: AMD's Zen 3 (family 25
 * without VNNI; its Zen 4 siblings have {@code avx512_vnni}), whose vector integer multiplies do
 * not take turns with its two FMA pipes as Zen 2's do: one core retires 1.8 int8
 * multiply-accumulates per fp32 FMA there ({@code bench/src/main/c/macpeak.c}; 0.97 on a Zen 2),
 * and the int8 model embeds 1.36× as fast as fp32 (README, Performance). {@link #choose(String)}
 * reads the vendor and family for it.
 *
 * <p>Flags that cannot be read (another operating system, a sandbox) choose fp32. Thread-safe.
 */
public final class AutoModel {
  /** The option value, {@code --model auto}. */
  public static final String NAME = "auto";

  /** The flags that make int8 pay, in the order they are named as the reason. */
  static final List<String> DOT_PRODUCT_FLAGS = List.of("avx512_vnni", "avx_vnni", "asimddp");

  private static final Path CPUINFO = Path.of("/proc/cpuinfo");
  private static final Logger LOG = LoggerFactory.getLogger(AutoModel.class);
  private static Choice thisCpu;

  private AutoModel() {}

  /**
   * What {@code auto} chose, and why.
   *
   * @param model the bundled model chosen
   * @param reason why, for {@code --verbose} ("the CPU has avx512_vnni")
   */
  public record Choice(ModelSource.Bundled model, String reason) {}

  /**
   * The model for a CPU with these flags: int8 with an int8 dot-product instruction, else fp32.
   *
   * @param flags the CPU's feature flags as {@code /proc/cpuinfo} spells them; empty if unknown
   * @return the choice
   */
  public static Choice choose(Set<String> flags) {
    for (String flag : DOT_PRODUCT_FLAGS) {
      if (flags.contains(flag)) {
        return new Choice(ModelSource.Bundled.MINILM_INT8, "the CPU has " + flag);
      }
    }
    return new Choice(
        ModelSource.Bundled.MINILM,
        flags.isEmpty()
            ? "the CPU's flags could not be read"
            : "the CPU has no int8 dot product (" + String.join(", ", DOT_PRODUCT_FLAGS) + ")");
  }

  /**
   * The model for the CPU a {@code /proc/cpuinfo} text describes: {@link #choose(Set)} by its
   * flags, and int8 also on an AMD Zen 3 (vendor {@code AuthenticAMD}, family 25, with {@code
   * avx2}), where int8 pays without a dot-product instruction.
   *
   * @param cpuinfo the text of {@code /proc/cpuinfo}
   * @return the choice
   */
  public static Choice choose(String cpuinfo) {
    Set<String> flags = flags(cpuinfo);
    Choice byFlags = choose(flags);
    if (byFlags.model() == ModelSource.Bundled.MINILM
        && flags.contains("avx2")
        && "AuthenticAMD".equals(field(cpuinfo, "vendor_id"))
        && "25".equals(field(cpuinfo, "cpu family"))) {
      return new Choice(
          ModelSource.Bundled.MINILM_INT8,
          "the CPU is an AMD Zen 3 (family 25), where int8 pays without VNNI");
    }
    return byFlags;
  }

  /** The value of a {@code /proc/cpuinfo} field as its first processor gives it, or null. */
  private static String field(String cpuinfo, String name) {
    List<String> values = values(cpuinfo, Set.of(name));
    return values.isEmpty() ? null : values.get(0);
  }

  /** The values of a {@code /proc/cpuinfo} text's lines whose key is one of {@code keys}. */
  private static List<String> values(String cpuinfo, Set<String> keys) {
    List<String> values = new ArrayList<>();
    for (String line : cpuinfo.split("\n")) {
      int colon = line.indexOf(':');
      if (colon >= 0 && keys.contains(line.substring(0, colon).strip())) {
        values.add(line.substring(colon + 1).strip());
      }
    }
    return values;
  }

  /**
   * The flags every processor in a {@code /proc/cpuinfo} text has: its {@code flags} lines (x86) or
   * {@code Features} lines (aarch64), intersected, since a thread may run on any of them.
   *
   * @param cpuinfo the text of {@code /proc/cpuinfo}
   * @return the flags, empty if the text lists none
   */
  public static Set<String> flags(String cpuinfo) {
    Set<String> common = null;
    for (String line : values(cpuinfo, Set.of("flags", "Features"))) {
      Set<String> these = new LinkedHashSet<>();
      for (String flag : line.split("\\s+")) {
        if (!flag.isEmpty()) {
          these.add(flag);
        }
      }
      if (common == null) {
        common = these;
      } else {
        common.retainAll(these);
      }
    }
    return common == null ? Set.of() : Set.copyOf(common);
  }

  /**
   * The choice for the CPU this process runs on, read once from {@code /proc/cpuinfo} (fp32 when it
   * cannot be read) and logged at info level, which {@code --verbose} shows.
   *
   * @return the choice
   */
  public static synchronized Choice forThisCpu() {
    if (thisCpu == null) {
      String text;
      try {
        text = Files.isReadable(CPUINFO) ? Files.readString(CPUINFO, StandardCharsets.UTF_8) : "";
      } catch (IOException | RuntimeException e) {
        text = "";
      }
      thisCpu = choose(text);
      LOG.info(
          "model auto: {} ({}, {})",
          thisCpu.model().optionName(),
          thisCpu.model().displayName(),
          thisCpu.reason());
    }
    return thisCpu;
  }
}
