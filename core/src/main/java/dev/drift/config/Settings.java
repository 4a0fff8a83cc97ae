package dev.drift.config;

import dev.drift.DriftInputException;
import dev.drift.DriftOptions;
import dev.drift.batch.BatchRequest;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one source of settings sets — the command line, a Maven pom, a configuration file — and,
 * merged, what every source together sets. There is one merge and one precedence: {@link
 * #over(Settings)} lets this layer's values win over a lower layer's, so a shell merges {@code
 * commandLine.over(file)} and the defaults fill the rest when the result becomes {@link
 * DriftOptions} or a {@link BatchRequest}. A setting that {@linkplain Setting#describes()
 * describes} another is not taken from a layer below one that sets the other (a directory given on
 * the command line does not inherit the file's language for its directory). Immutable.
 */
public final class Settings {
  private final Map<Setting<?>, Value> values;
  private final Path file;

  /** A value and where it came from, for messages. */
  private record Value(Object value, String origin) {}

  private Settings(Map<Setting<?>, Value> values, Path file) {
    this.values = values;
    this.file = file;
  }

  /**
   * Settings that set nothing.
   *
   * @return the empty layer
   */
  public static Settings none() {
    return new Settings(Map.of(), null);
  }

  /**
   * A builder of one layer.
   *
   * @param origin how messages name the source, such as {@code drift.yaml} or {@code pom.xml}
   * @return the builder
   */
  public static Builder builder(String origin) {
    return new Builder(origin, null);
  }

  /**
   * A builder of a configuration file's layer.
   *
   * @param file the file, against whose directory its patterns resolve
   * @return the builder
   */
  static Builder builder(Path file) {
    return new Builder(file.toString(), file);
  }

  /**
   * The value of a setting.
   *
   * @param <T> its type
   * @param setting the setting
   * @return the value, or {@code null} when no layer sets it
   */
  public <T> T get(Setting<T> setting) {
    Value v = values.get(setting);
    return v == null ? null : setting.type().cast(v.value());
  }

  /**
   * The value of a setting, if set.
   *
   * @param <T> its type
   * @param setting the setting
   * @return the value
   */
  public <T> Optional<T> find(Setting<T> setting) {
    return Optional.ofNullable(get(setting));
  }

  /**
   * Where a setting's value came from.
   *
   * @param setting the setting
   * @return the origin, such as {@code --max-drift} or {@code drift.yaml}, or {@code null}
   */
  public String origin(Setting<?> setting) {
    Value v = values.get(setting);
    return v == null ? null : v.origin();
  }

  /**
   * The configuration file these settings were read from, when one was.
   *
   * @return the file, or {@code null}
   */
  public Path file() {
    return file;
  }

  /**
   * The one merge: this layer over a lower one. Every setting this layer sets wins; the others come
   * from below, except those that describe a setting this layer sets.
   *
   * @param lower the lower layer (a configuration file, or the merge of several)
   * @return the merged settings
   */
  public Settings over(Settings lower) {
    Map<Setting<?>, Value> merged = new LinkedHashMap<>();
    for (Map.Entry<Setting<?>, Value> e : lower.values.entrySet()) {
      Setting<?> described = e.getKey().describes();
      if (described == null || !values.containsKey(described)) {
        merged.put(e.getKey(), e.getValue());
      }
    }
    merged.putAll(values);
    return new Settings(Map.copyOf(merged), file != null ? file : lower.file);
  }

  /**
   * The comparison options these settings make, over the defaults.
   *
   * @return the options
   * @throws DriftInputException naming the settings that do not go together
   */
  public DriftOptions toOptions() {
    Double warning = get(Setting.WARNING_SCORE);
    Double error = get(Setting.ERROR_SCORE);
    if (warning != null && error != null && warning > error) {
      throw new DriftInputException(
          "warningScore "
              + warning
              + " ("
              + origin(Setting.WARNING_SCORE)
              + ") must not be above errorScore "
              + error
              + " ("
              + origin(Setting.ERROR_SCORE)
              + ")");
    }
    DriftOptions.Builder builder = DriftOptions.builder();
    values.forEach((setting, value) -> setting.applyTo(builder, value.value()));
    return builder.build();
  }

  /**
   * The batch request these settings make: the trees, files, baseline and reports, with {@link
   * #toOptions()} for the comparisons.
   *
   * @return the request
   * @throws DriftInputException if neither a source directory nor bundle directories are set, or as
   *     {@link BatchRequest}
   */
  public BatchRequest toBatchRequest() {
    List<Path> bundles = get(Setting.BUNDLE_DIRECTORIES);
    if (get(Setting.SOURCE_DIRECTORY) == null && (bundles == null || bundles.isEmpty())) {
      throw new DriftInputException(
          "no sourceDirectory (nor bundleDirectories): set it in the build, on the command line"
              + " or in the configuration file"
              + (file == null ? "" : " (" + file + " sets none)"));
    }
    BatchRequest.Builder builder = BatchRequest.builder();
    values.forEach((setting, value) -> setting.applyTo(builder, value.value()));
    return builder.optOptions(toOptions()).build();
  }

  /** Builds one layer. Not thread-safe. */
  public static final class Builder {
    private final String origin;
    private final Path file;
    private final Map<Setting<?>, Value> values = new LinkedHashMap<>();

    private Builder(String origin, Path file) {
      this.origin = origin;
      this.file = file;
    }

    /**
     * Sets a value; {@code null} and empty collections set nothing.
     *
     * @param <T> its type
     * @param setting the setting
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException saying what is wrong with the value (without the setting's
     *     name, which the caller spells its own way)
     */
    public <T> Builder set(Setting<T> setting, T value) {
      return set(setting, value, origin);
    }

    /**
     * Sets a value, naming where it came from (an option such as {@code --max-drift}).
     *
     * @param <T> its type
     * @param setting the setting
     * @param value the value
     * @param from the value's origin, for messages
     * @return this builder
     * @throws IllegalArgumentException saying what is wrong with the value
     */
    public <T> Builder set(Setting<T> setting, T value, String from) {
      if (value == null || (value instanceof Collection<?> c && c.isEmpty())) {
        return this;
      }
      values.put(setting, new Value(setting.checked(value), from));
      return this;
    }

    /**
     * Builds the layer.
     *
     * @return the settings
     */
    public Settings build() {
      return new Settings(Map.copyOf(values), file);
    }
  }
}
