package dev.drift.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.drift.DriftChecker;
import dev.drift.DriftOptions;
import dev.drift.report.DriftReport;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.security.Permission;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full comparison with empty caches (so DJL extracts its native libraries and drift its model for
 * the first time) must not touch the network. A security manager sees every connection and name
 * lookup the JVM makes, including DJL's own {@code Proxy.NO_PROXY} connections that a proxy setting
 * would miss; it records and refuses them. A proxy pointing at a dead local port backs it up. Runs
 * in its own JVM (failsafe does not reuse forks, and passes {@code -Djava.security.manager=allow}),
 * so no earlier test has warmed DJL up. Java 24 and later have no security manager: skipped there.
 */
class OfflineIT {

  /** Refuses and records network access; allows everything else. */
  static final class NoNetwork extends SecurityManager {
    final List<String> attempts = new CopyOnWriteArrayList<>();

    @Override
    public void checkPermission(Permission perm) {}

    @Override
    public void checkPermission(Permission perm, Object context) {}

    @Override
    public void checkConnect(String host, int port) {
      attempts.add(host + ":" + port);
      throw new SecurityException("network access refused in this test: " + host + ":" + port);
    }

    @Override
    public void checkConnect(String host, int port, Object context) {
      checkConnect(host, port);
    }
  }

  @Test
  @SuppressWarnings("removal")
  void full_run_with_cold_caches_never_touches_the_network(@TempDir Path cache) {
    // Not a missing tool: the JVM has no security manager to install.
    assumeTrue(
        Runtime.version().feature() < 24,
        "skipped: Java 24 and later have no security manager; PackagedCliIT proves a cold run"
            + " offline under strace on any Java");
    ProxySelector previousProxy = ProxySelector.getDefault();
    ProxySelector.setDefault(
        new ProxySelector() {
          @Override
          public List<Proxy> select(URI uri) {
            return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", 9)));
          }

          @Override
          public void connectFailed(URI uri, SocketAddress sa, java.io.IOException ioe) {}
        });
    System.setProperty("DJL_CACHE_DIR", cache.resolve("djl").toString());
    NoNetwork guard = new NoNetwork();
    System.setSecurityManager(guard);
    try (DriftChecker checker =
        DriftChecker.create(
            DriftOptions.builder().optCacheDirectory(cache.resolve("drift")).build())) {
      DriftReport report =
          checker.compare(
              Path.of("../examples/g20/original.txt"), Path.of("../examples/g20/translation.txt"));
      assertThat(report.pairs()).isNotEmpty();
    } finally {
      System.setSecurityManager(null);
      ProxySelector.setDefault(previousProxy);
    }
    assertThat(guard.attempts).as("network access attempted").isEmpty();
    assertThat(System.getProperty("ai.djl.offline")).isEqualTo("true");
    assertThat(System.getProperty("OPT_OUT_TRACKING")).isEqualTo("true");
  }

  @Test
  @SuppressWarnings("removal")
  void djl_asked_for_a_hub_model_is_refused_before_it_connects(@TempDir Path cache) {
    assumeTrue(
        Runtime.version().feature() < 24,
        "skipped: Java 24 and later have no security manager; PackagedCliIT proves a cold run"
            + " offline under strace on any Java");
    System.setProperty("DJL_CACHE_DIR", cache.resolve("djl").toString());
    DjlEnvironment.prepare();
    NoNetwork guard = new NoNetwork();
    System.setSecurityManager(guard);
    try {
      // A name, not a path: DJL would fetch tokenizer.json from the Hugging Face hub.
      assertThatThrownBy(
              () -> HuggingFaceTokenizer.newInstance("sentence-transformers/all-MiniLM-L6-v2"))
          .isNotInstanceOf(SecurityException.class);
    } finally {
      System.setSecurityManager(null);
    }
    assertThat(guard.attempts).as("network access attempted").isEmpty();
  }
}
