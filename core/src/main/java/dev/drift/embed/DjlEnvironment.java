package dev.drift.embed;

import dev.drift.DriftException;

/**
 * Keeps DJL off the network. DJL reads these switches from system properties (or the environment)
 * the first time its engine or tokenizer classes initialise, so they are set before any DJL class
 * is touched:
 *
 * <ul>
 *   <li>{@code ai.djl.offline}: no model-zoo, hub or native-library downloads;
 *   <li>{@code OPT_OUT_TRACKING}: no EC2 metadata probe and telemetry call ({@code
 *       Ec2Utils.callHome});
 *   <li>{@code ai.djl.onnx.disable_alternative}: no search for a second engine;
 *   <li>{@code ai.djl.default_engine}: ONNX Runtime, the only engine on the class path.
 * </ul>
 *
 * A system property the user set explicitly is left alone, except the offline switch, which is
 * always on. Environment variables override system properties in DJL, so {@code DJL_OFFLINE=false}
 * or {@code OPT_OUT_TRACKING=false} in the environment would let DJL reach the network; drift
 * refuses to start under them.
 */
final class DjlEnvironment {
  private DjlEnvironment() {}

  static synchronized void prepare() {
    for (String variable : new String[] {"DJL_OFFLINE", "OPT_OUT_TRACKING"}) {
      String value = System.getenv(variable);
      if (value != null && !Boolean.parseBoolean(value)) {
        throw new DriftException(
            "the environment variable "
                + variable
                + "="
                + value
                + " would let DJL reach the network; unset it (drift runs offline)");
      }
    }
    System.setProperty("ai.djl.offline", "true");
    setIfAbsent("OPT_OUT_TRACKING", "true");
    setIfAbsent("ai.djl.onnx.disable_alternative", "true");
    setIfAbsent("ai.djl.default_engine", "OnnxRuntime");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
