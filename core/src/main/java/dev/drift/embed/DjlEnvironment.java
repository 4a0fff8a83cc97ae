package dev.drift.embed;

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
 * A value the user set explicitly is left alone, except the offline switch, which is always on.
 */
final class DjlEnvironment {
  private DjlEnvironment() {}

  static synchronized void prepare() {
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
