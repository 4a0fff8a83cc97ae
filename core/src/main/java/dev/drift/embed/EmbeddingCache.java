package dev.drift.embed;

import dev.drift.translate.RenderingStore;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.JDBC;

/**
 * A persistent store of embeddings, of model descriptions, of machine renderings and of whole
 * reports, in one SQLite file ({@code embeddings.sqlite} in drift's cache directory). Keys are the
 * model's identity (hash, pooling, normalisation) and a SHA-256 of the text, so an unchanged
 * sentence is never embedded twice, across runs and processes.
 *
 * <p>Several processes may use one file at once (parallel Maven modules): SQLite's write-ahead log
 * and a busy timeout serialise writers, and every write is one transaction. A file that is not a
 * database or is corrupt (a crash mid-write, a truncated copy) is moved aside and rebuilt. The
 * cache never fails a comparison: when it cannot be used, it turns itself off and drift computes
 * everything. Thread-safe.
 */
public final class EmbeddingCache implements AutoCloseable, RenderingStore {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddingCache.class);
  private static final String FILE = "embeddings.sqlite";
  private static final int CHUNK = 400;
  private static final long OPEN_PATIENCE_NANOS = 30_000_000_000L;

  private final Path file;
  private Connection connection;

  private EmbeddingCache(Path file) {
    this.file = file;
  }

  /**
   * Opens (or creates) the cache in a directory.
   *
   * @param directory drift's cache directory
   * @return the cache; when it cannot be opened, a cache that stores nothing
   */
  public static EmbeddingCache open(Path directory) {
    EmbeddingCache cache = new EmbeddingCache(directory.resolve(FILE));
    cache.connect();
    return cache;
  }

  /**
   * Whether the cache is working.
   *
   * @return false when it could not be opened or was turned off after an error
   */
  public synchronized boolean enabled() {
    return connection != null;
  }

  /**
   * Returns the database file.
   *
   * @return the SQLite file
   */
  public Path file() {
    return file;
  }

  private void connect() {
    try {
      Files.createDirectories(file.getParent());
      NativeLibraries.sqlite(file.getParent());
      connection = openPatiently();
    } catch (IOException | SQLException e) {
      if (isCorrupt(e)) {
        rebuild(e);
      } else {
        disable("cannot open the embedding cache " + file, e);
      }
    }
  }

  /**
   * Opens the file, trying again while another process holds it. The busy timeout covers most
   * waits, but SQLite answers busy at once, without waiting, where waiting could deadlock: when two
   * processes create the file and switch it to write-ahead logging together, or one upgrades a
   * schema read to a write while the other writes (seen with four modules of a {@code -T 4} build
   * starting on an empty cache).
   */
  private Connection openPatiently() throws SQLException {
    long deadline = System.nanoTime() + OPEN_PATIENCE_NANOS;
    for (int attempt = 0; ; attempt++) {
      try {
        return open();
      } catch (SQLException e) {
        if (!isBusy(e) || System.nanoTime() > deadline) {
          throw e;
        }
        try {
          Thread.sleep(ThreadLocalRandom.current().nextLong(5, 20L << Math.min(attempt, 6)));
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }

  private static boolean isBusy(SQLException e) {
    String m = String.valueOf(e.getMessage());
    return m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED");
  }

  private Connection open() throws SQLException {
    // The driver itself: DriverManager would first read every jar on the class path for drivers.
    Connection c = JDBC.createConnection("jdbc:sqlite:" + file.toAbsolutePath(), new Properties());
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA busy_timeout = 30000");
      s.execute("PRAGMA journal_mode = WAL");
      s.execute("PRAGMA synchronous = NORMAL");
      s.execute(
          "CREATE TABLE IF NOT EXISTS embeddings (model TEXT NOT NULL, text_hash BLOB NOT NULL,"
              + " tokens INTEGER NOT NULL, vector BLOB NOT NULL, token_vectors BLOB,"
              + " PRIMARY KEY (model, text_hash)) WITHOUT ROWID");
      s.execute(
          "CREATE TABLE IF NOT EXISTS models (model TEXT PRIMARY KEY, name TEXT NOT NULL,"
              + " sha256 TEXT NOT NULL, dimension INTEGER NOT NULL, max_tokens INTEGER NOT NULL)");
      s.execute(
          "CREATE TABLE IF NOT EXISTS reports (report_key BLOB PRIMARY KEY, json TEXT NOT NULL)");
      s.execute(
          "CREATE TABLE IF NOT EXISTS renderings (translator TEXT NOT NULL, text_hash BLOB NOT"
              + " NULL, rendering TEXT NOT NULL, PRIMARY KEY (translator, text_hash)) WITHOUT"
              + " ROWID");
      // Reading a page proves the file is a database.
      s.executeQuery("SELECT count(*) FROM models").close();
    } catch (SQLException e) {
      c.close();
      throw e;
    }
    return c;
  }

  /**
   * The embeddings stored for texts.
   *
   * @param model the model's identity key
   * @param texts the texts
   * @return the stored embeddings by position in {@code texts}
   */
  public synchronized Map<Integer, Embedding> get(String model, List<String> texts) {
    return select(
        "embeddings",
        "model",
        model,
        texts,
        "tokens, vector, token_vectors",
        r ->
            new Embedding(
                TokenCodec.decodeVector(r.getBytes(3)),
                r.getInt(2),
                TokenCodec.decode(r.getBytes(4))));
  }

  /**
   * Whether an embedding is stored for every one of the texts; decodes no vector.
   *
   * @param model the model's identity key
   * @param texts the texts
   * @return true if none is missing (also for no texts)
   */
  public synchronized boolean containsAll(String model, List<String> texts) {
    return select("embeddings", "model", model, texts, "1", r -> Boolean.TRUE).size()
        == texts.size();
  }

  /** Reads one selected row into a value; column 1 is the text's hash. */
  private interface RowReader<T> {
    T read(ResultSet r) throws SQLException;
  }

  /**
   * The rows of {@code table} stored for texts under one key ({@code keyColumn = key}), read by
   * {@code reader} from {@code columns} (column 2 on), by position in {@code texts}: each distinct
   * text is looked up once, in chunks of bound parameters. Empty if the cache cannot be read.
   */
  private <T> Map<Integer, T> select(
      String table,
      String keyColumn,
      String key,
      List<String> texts,
      String columns,
      RowReader<T> reader) {
    Map<Integer, T> found = new HashMap<>();
    if (connection == null || texts.isEmpty()) {
      return found;
    }
    try {
      Map<ByteBuffer, List<Integer>> byHash = new HashMap<>();
      List<byte[]> hashes = new ArrayList<>();
      for (int k = 0; k < texts.size(); k++) {
        byte[] h = sha256(texts.get(k));
        List<Integer> positions =
            byHash.computeIfAbsent(ByteBuffer.wrap(h), x -> new ArrayList<>());
        if (positions.isEmpty()) {
          hashes.add(h);
        }
        positions.add(k);
      }
      for (int from = 0; from < hashes.size(); from += CHUNK) {
        List<byte[]> chunk = hashes.subList(from, Math.min(hashes.size(), from + CHUNK));
        String sql =
            String.format(
                "SELECT text_hash, %s FROM %s WHERE %s = ? AND text_hash IN (%s?)",
                columns, table, keyColumn, "?,".repeat(chunk.size() - 1));
        try (PreparedStatement q = connection.prepareStatement(sql)) {
          q.setString(1, key);
          for (int k = 0; k < chunk.size(); k++) {
            q.setBytes(k + 2, chunk.get(k));
          }
          try (ResultSet r = q.executeQuery()) {
            while (r.next()) {
              T value = reader.read(r);
              for (int position : byHash.get(ByteBuffer.wrap(r.getBytes(1)))) {
                found.put(position, value);
              }
            }
          }
        }
      }
    } catch (SQLException e) {
      failed("reading", e);
      found.clear();
    }
    return found;
  }

  /**
   * Stores embeddings.
   *
   * @param model the model's identity key
   * @param texts the texts
   * @param embeddings their embeddings, token vectors already in stored precision
   */
  public synchronized void put(String model, List<String> texts, List<Embedding> embeddings) {
    if (connection == null || texts.isEmpty()) {
      return;
    }
    inTransaction(
        () -> {
          try (PreparedStatement u =
              connection.prepareStatement(
                  "INSERT OR REPLACE INTO embeddings (model, text_hash, tokens, vector, token_vectors)"
                      + " VALUES (?, ?, ?, ?, ?)")) {
            for (int k = 0; k < texts.size(); k++) {
              Embedding e = embeddings.get(k);
              u.setString(1, model);
              u.setBytes(2, sha256(texts.get(k)));
              u.setInt(3, e.tokenCount());
              u.setBytes(4, TokenCodec.encodeVector(e.vector()));
              u.setBytes(5, TokenCodec.encode(e.tokens()));
              u.addBatch();
            }
            u.executeBatch();
          }
        });
  }

  /**
   * The stored description of a model, so a warm run need not load it.
   *
   * @param model the model's identity key
   * @return the description, if stored
   */
  public synchronized Optional<ModelInfo> modelInfo(String model) {
    if (connection == null) {
      return Optional.empty();
    }
    try (PreparedStatement q =
        connection.prepareStatement(
            "SELECT name, sha256, dimension, max_tokens FROM models WHERE model = ?")) {
      q.setString(1, model);
      try (ResultSet r = q.executeQuery()) {
        return r.next()
            ? Optional.of(new ModelInfo(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      failed("reading", e);
      return Optional.empty();
    }
  }

  /**
   * Stores a model's description.
   *
   * @param model the model's identity key
   * @param info its description
   */
  public synchronized void putModelInfo(String model, ModelInfo info) {
    if (connection == null) {
      return;
    }
    try (PreparedStatement u =
        connection.prepareStatement("INSERT OR REPLACE INTO models VALUES (?, ?, ?, ?, ?)")) {
      u.setString(1, model);
      u.setString(2, info.name());
      u.setString(3, info.sha256());
      u.setInt(4, info.dimension());
      u.setInt(5, info.maxTokens());
      u.executeUpdate();
    } catch (SQLException e) {
      failed("writing", e);
    }
  }

  @Override
  public synchronized Map<Integer, String> renderings(String translator, List<String> texts) {
    return select("renderings", "translator", translator, texts, "rendering", r -> r.getString(2));
  }

  @Override
  public synchronized void putRenderings(
      String translator, List<String> texts, List<String> renderings) {
    if (connection == null || texts.isEmpty()) {
      return;
    }
    inTransaction(
        () -> {
          try (PreparedStatement u =
              connection.prepareStatement("INSERT OR REPLACE INTO renderings VALUES (?, ?, ?)")) {
            for (int k = 0; k < texts.size(); k++) {
              u.setString(1, translator);
              u.setBytes(2, sha256(texts.get(k)));
              u.setString(3, renderings.get(k));
              u.addBatch();
            }
            u.executeBatch();
          }
        });
  }

  /**
   * A stored report.
   *
   * @param key the report's key (a hash of everything it depends on)
   * @return its JSON, if stored
   */
  public synchronized Optional<String> report(byte[] key) {
    if (connection == null) {
      return Optional.empty();
    }
    try (PreparedStatement q =
        connection.prepareStatement("SELECT json FROM reports WHERE report_key = ?")) {
      q.setBytes(1, key);
      try (ResultSet r = q.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      failed("reading", e);
      return Optional.empty();
    }
  }

  /**
   * Stores a report.
   *
   * @param key the report's key
   * @param json its JSON
   */
  public synchronized void putReport(byte[] key, String json) {
    if (connection == null) {
      return;
    }
    try (PreparedStatement u =
        connection.prepareStatement("INSERT OR REPLACE INTO reports VALUES (?, ?)")) {
      u.setBytes(1, key);
      u.setString(2, json);
      u.executeUpdate();
    } catch (SQLException e) {
      failed("writing", e);
    }
  }

  @Override
  public synchronized void close() {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException e) {
        LOG.debug("closing the embedding cache", e);
      }
      connection = null;
    }
  }

  // ---- failures ----

  private void failed(String what, SQLException e) {
    if (isCorrupt(e)) {
      rebuild(e);
    } else {
      disable("embedding cache error while " + what + " " + file, e);
    }
  }

  private static boolean isCorrupt(Exception e) {
    String m = String.valueOf(e.getMessage());
    return m.contains("SQLITE_CORRUPT")
        || m.contains("SQLITE_NOTADB")
        || m.contains("malformed")
        || m.contains("not a database");
  }

  /** Moves a damaged file aside and starts afresh; turns the cache off if that fails too. */
  private void rebuild(Exception cause) {
    close();
    LOG.warn("the embedding cache {} is damaged ({}); rebuilding it", file, cause.getMessage());
    try {
      String aside = ".damaged-" + System.currentTimeMillis();
      for (String suffix : new String[] {"", "-wal", "-shm"}) {
        Path f = file.resolveSibling(file.getFileName() + suffix);
        if (Files.exists(f)) {
          Files.move(f, f.resolveSibling(f.getFileName() + aside));
        }
      }
      connection = openPatiently();
    } catch (IOException | SQLException e) {
      disable("cannot rebuild the embedding cache " + file, e);
    }
  }

  private void disable(String message, Exception e) {
    LOG.warn("{}: {}; continuing without it", message, e.getMessage());
    close();
  }

  /** Work against the connection that may throw {@link SQLException}. */
  private interface SqlWork {
    void run() throws SQLException;
  }

  /** Runs writes in one transaction; a failure rolls them back and turns the cache off. */
  private void inTransaction(SqlWork work) {
    try {
      connection.setAutoCommit(false);
      work.run();
      connection.commit();
    } catch (SQLException e) {
      rollback();
      failed("writing", e);
    } finally {
      autoCommit();
    }
  }

  private void rollback() {
    try {
      if (connection != null) {
        connection.rollback();
      }
    } catch (SQLException e) {
      LOG.debug("rollback", e);
    }
  }

  private void autoCommit() {
    try {
      if (connection != null) {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      LOG.debug("autocommit", e);
    }
  }

  // ---- encoding ----

  static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
