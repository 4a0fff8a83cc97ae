package dev.drift.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --model auto}'s choice from given flag sets: the same on every machine. */
class AutoModelTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Zen 5 (this project's machine): both VNNI flags
        "fpu sse2 avx2 fma avx512f avx512bw avx_vnni avx512_vnni | minilm-int8 | avx512_vnni",
        // Cascade Lake and Zen 4: AVX-512 VNNI only
        "sse2 avx2 avx512f avx512_vnni | minilm-int8 | avx512_vnni",
        // Alder Lake: AVX-VNNI on 256-bit vectors, no AVX-512
        "sse2 avx2 fma avx_vnni | minilm-int8 | avx_vnni",
        // aarch64 with the dot product (Neoverse N1, Graviton 2 and later)
        "fp asimd aes pmull crc32 atomics asimdrdm asimddp | minilm-int8 | asimddp",
        // Zen 2, Skylake client: AVX2 without VNNI (the README's older figures)
        "fpu sse2 avx avx2 fma | minilm | no int8 dot product",
        // Skylake-SP: AVX-512 without VNNI
        "sse2 avx2 avx512f avx512bw avx512vl | minilm | no int8 dot product",
        // aarch64 without the dot product (Cortex-A72, Graviton 1)
        "fp asimd evtstrm aes pmull sha1 sha2 crc32 cpuid | minilm | no int8 dot product",
        // neighbours of the names are not the names
        "avx512vnni avx_vnni_int8 avx512_vnni2 | minilm | no int8 dot product",
      })
  void choose_should_pick_int8_only_with_an_int8_dot_product(
      String flags, String model, String reason) {
    AutoModel.Choice choice = AutoModel.choose(Set.of(flags.split(" ")));
    assertThat(choice.model().optionName()).isEqualTo(model);
    assertThat(choice.reason()).contains(reason);
  }

  @Test
  void choose_should_pick_fp32_when_the_flags_are_unknown() {
    AutoModel.Choice choice = AutoModel.choose(Set.of());
    assertThat(choice.model()).isEqualTo(ModelSource.Bundled.MINILM);
    assertThat(choice.reason()).isEqualTo("the CPU's flags could not be read");
  }

  @Test
  void flags_should_read_every_processor_and_keep_what_all_have() {
    String cpuinfo =
        """
        processor\t: 0
        vendor_id\t: AuthenticAMD
        model name\t: AMD EPYC
        flags\t\t: fpu sse2 avx2 avx512f avx512_vnni
        bugs\t\t: sysret_ss_attrs

        processor\t: 1
        vendor_id\t: AuthenticAMD
        flags\t\t: fpu sse2 avx2 avx512f
        """;
    // A thread may run on either processor: only what both have counts.
    assertThat(AutoModel.flags(cpuinfo))
        .containsExactlyInAnyOrder("fpu", "sse2", "avx2", "avx512f");
    assertThat(AutoModel.choose(AutoModel.flags(cpuinfo)).model())
        .isEqualTo(ModelSource.Bundled.MINILM);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // Zen 3 (EPYC 7003, family 25 model 1): AVX2, no VNNI; int8 measured 1.3x fp32
        "AuthenticAMD | 25 | fpu sse2 avx avx2 fma sha_ni | minilm-int8 | AMD Zen 3",
        // Zen 4 (family 25 model 17): the VNNI flag decides first
        "AuthenticAMD | 25 | fpu sse2 avx2 fma avx512f avx512_vnni | minilm-int8 | avx512_vnni",
        // Zen 2 (EPYC 7002, family 23): int8 measured 0.96x fp32
        "AuthenticAMD | 23 | fpu sse2 avx avx2 fma | minilm | no int8 dot product",
        // Intel Skylake client (family 6): AVX2 without VNNI
        "GenuineIntel | 6 | fpu sse2 avx avx2 fma | minilm | no int8 dot product",
        // family 25 without AVX2 (a hypervisor hiding it): ONNX Runtime runs SSE kernels
        "AuthenticAMD | 25 | fpu sse2 sse4_2 | minilm | no int8 dot product",
        // another vendor's family 25
        "HygonGenuine | 25 | fpu sse2 avx avx2 fma | minilm | no int8 dot product",
      })
  void choose_should_read_the_vendor_and_family_for_zen_3(
      String vendor, String family, String flags, String model, String reason) {
    String cpuinfo =
        String.join(
            "\n",
            "processor\t: 0",
            "vendor_id\t: " + vendor,
            "cpu family\t: " + family,
            "model\t\t: 1",
            "model name\t: some CPU",
            "flags\t\t: " + flags,
            "",
            "processor\t: 1",
            "vendor_id\t: " + vendor,
            "cpu family\t: " + family,
            "flags\t\t: " + flags);
    AutoModel.Choice choice = AutoModel.choose(cpuinfo);
    assertThat(choice.model().optionName()).isEqualTo(model);
    assertThat(choice.reason()).contains(reason);
  }

  @Test
  void flags_should_read_the_features_line_of_aarch64() {
    String cpuinfo =
        """
        processor\t: 0
        BogoMIPS\t: 243.75
        Features\t: fp asimd evtstrm aes pmull sha1 sha2 crc32 atomics fphp asimdhp cpuid asimdrdm lrcpc dcpop asimddp
        CPU implementer\t: 0x41
        """;
    assertThat(AutoModel.flags(cpuinfo)).contains("asimd", "asimddp").doesNotContain("0x41");
    assertThat(AutoModel.choose(AutoModel.flags(cpuinfo)).model())
        .isEqualTo(ModelSource.Bundled.MINILM_INT8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "processor : 0\nmodel name : something\n", "flags :\n", "garbage"})
  void flags_should_be_empty_when_none_are_listed(String cpuinfo) {
    assertThat(AutoModel.flags(cpuinfo)).isEmpty();
    assertThat(AutoModel.choose(AutoModel.flags(cpuinfo)).model())
        .isEqualTo(ModelSource.Bundled.MINILM);
  }

  @Test
  void for_this_cpu_should_be_one_of_the_two_bundled_models_and_stable() {
    AutoModel.Choice choice = AutoModel.forThisCpu();
    assertThat(choice.model()).isIn(ModelSource.Bundled.MINILM, ModelSource.Bundled.MINILM_INT8);
    assertThat(AutoModel.forThisCpu()).isSameAs(choice);
  }
}
