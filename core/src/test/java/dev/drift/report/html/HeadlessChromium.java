package dev.drift.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's Chromium, headless, driven over the Chrome DevTools Protocol with the JDK's WebSocket
 * client: one browser with a fresh profile, one page attached as a flat session. Records every
 * event (network requests, console entries, exceptions) for the test to inspect.
 */
final class HeadlessChromium implements AutoCloseable {
  static final Path BINARY = Path.of("/usr/bin/chromium");
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

  private final ObjectMapper json = new ObjectMapper();
  private final Process process;
  private final Path profile;
  private final List<String> log = new CopyOnWriteArrayList<>();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();
  private final AtomicInteger ids = new AtomicInteger();
  private WebSocket socket;
  private String session;

  private HeadlessChromium(Process process, Path profile) {
    this.process = process;
    this.profile = profile;
  }

  /** Starts the browser with a window of the given size and opens a blank page. */
  static HeadlessChromium start(int width, int height) throws Exception {
    Path profile = Files.createTempDirectory("drift-chromium-");
    List<String> command =
        List.of(
            BINARY.toString(),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--user-data-dir=" + profile,
            "--remote-debugging-port=0",
            "--window-size=" + width + "," + height,
            "about:blank");
    Process process =
        new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    HeadlessChromium browser = new HeadlessChromium(process, profile);
    try {
      browser.connect();
      browser.openPage(width, height);
    } catch (Exception | AssertionError e) {
      browser.close();
      throw e;
    }
    return browser;
  }

  private void connect() throws Exception {
    CompletableFuture<String> endpoint = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader err =
                  new BufferedReader(
                      new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = err.readLine()) != null) {
                  log.add(line);
                  Matcher m = LISTENING.matcher(line);
                  if (m.find()) {
                    endpoint.complete(m.group(1));
                  }
                }
              } catch (IOException e) {
                endpoint.completeExceptionally(e);
              }
              endpoint.completeExceptionally(
                  new IllegalStateException("Chromium exited before listening: " + log));
            },
            "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    String url = endpoint.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .connectTimeout(TIMEOUT)
            .buildAsync(URI.create(url), new Listener())
            .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
  }

  private void openPage(int width, int height) throws Exception {
    String target =
        send(null, "Target.createTarget", params("url", "about:blank")).get("targetId").asText();
    session =
        send(null, "Target.attachToTarget", params("targetId", target, "flatten", true))
            .get("sessionId")
            .asText();
    for (String domain : List.of("Page", "Runtime", "Network", "Log")) {
      call(domain + ".enable", params());
    }
    // The window size includes room for browser chrome; the viewport is what a test measures.
    call(
        "Emulation.setDeviceMetricsOverride",
        params("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  /** Sends a command to the page. */
  JsonNode call(String method, ObjectNode params) throws Exception {
    return send(session, method, params);
  }

  private JsonNode send(String sessionId, String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
    message.set("params", params);
    if (sessionId != null) {
      message.put("sessionId", sessionId);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(json.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
    JsonNode answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (answer.has("error")) {
      throw new IllegalStateException(method + " failed: " + answer.get("error"));
    }
    return answer.get("result");
  }

  /**
   * Runs a script before the page's own scripts on every navigation (a CDP script, not CSP-bound).
   */
  void beforeEveryPage(String source) throws Exception {
    call("Page.addScriptToEvaluateOnNewDocument", params("source", source));
  }

  /** Opens a file and waits for its load event. */
  void open(Path file) throws Exception {
    int seen = events.size();
    call("Page.navigate", params("url", file.toUri().toString()));
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (events("Page.loadEventFired", seen).isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no load event for " + file + "; log: " + log);
      }
      Thread.sleep(20);
    }
  }

  /** Evaluates an expression in the page and returns its value as JSON. */
  JsonNode eval(String expression) throws Exception {
    JsonNode result =
        call(
            "Runtime.evaluate",
            params("expression", expression, "returnByValue", true, "awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException(
          "page threw on: " + expression + "\n" + result.get("exceptionDetails"));
    }
    return result.get("result").path("value");
  }

  /** Presses and releases a key, as a keyboard would. */
  void press(String key) throws Exception {
    String code;
    int keyCode;
    String text;
    switch (key) {
      case "Enter" -> {
        code = "Enter";
        keyCode = 13;
        text = "\r";
      }
      case "Tab" -> {
        code = "Tab";
        keyCode = 9;
        text = null;
      }
      case "Escape" -> {
        code = "Escape";
        keyCode = 27;
        text = null;
      }
      default -> {
        if (key.length() != 1) {
          throw new IllegalArgumentException(key);
        }
        code = "Key" + key.toUpperCase(Locale.ROOT);
        keyCode = key.toUpperCase(Locale.ROOT).charAt(0);
        text = key;
      }
    }
    ObjectNode down =
        params(
            "type",
            text == null ? "rawKeyDown" : "keyDown",
            "key",
            key,
            "code",
            code,
            "windowsVirtualKeyCode",
            keyCode);
    if (text != null) {
      down.put("text", text);
    }
    call("Input.dispatchKeyEvent", down);
    call(
        "Input.dispatchKeyEvent",
        params("type", "keyUp", "key", key, "code", code, "windowsVirtualKeyCode", keyCode));
  }

  /** Moves the mouse to a point of the viewport. */
  void moveTo(double x, double y) throws Exception {
    call("Input.dispatchMouseEvent", params("type", "mouseMoved", "x", x, "y", y));
  }

  /** Clicks a point of the viewport with the left button. */
  void click(double x, double y) throws Exception {
    moveTo(x, y);
    for (String type : List.of("mousePressed", "mouseReleased")) {
      call(
          "Input.dispatchMouseEvent",
          params("type", type, "x", x, "y", y, "button", "left", "clickCount", 1));
    }
  }

  /** Captures the viewport as PNG. */
  byte[] screenshot() throws Exception {
    JsonNode shot = call("Page.captureScreenshot", params("format", "png"));
    return Base64.getDecoder().decode(shot.get("data").asText());
  }

  /** The events of a method received since an index into the event list. */
  List<JsonNode> events(String method, int from) {
    List<JsonNode> out = new ArrayList<>();
    for (int i = from; i < events.size(); i++) {
      if (method.equals(events.get(i).path("method").asText())) {
        out.add(events.get(i).get("params"));
      }
    }
    return out;
  }

  /** How many events were received so far; a mark for {@link #events(String, int)}. */
  int eventCount() {
    return events.size();
  }

  /** Chromium's standard error without its D-Bus complaints, for failure messages. */
  List<String> log() {
    return log.stream().filter(line -> !line.contains("dbus")).toList();
  }

  ObjectNode params(Object... pairs) {
    ObjectNode node = json.createObjectNode();
    for (int i = 0; i < pairs.length; i += 2) {
      String key = (String) pairs[i];
      Object value = pairs[i + 1];
      if (value instanceof Boolean b) {
        node.put(key, b);
      } else if (value instanceof Integer n) {
        node.put(key, n);
      } else if (value instanceof Double d) {
        node.put(key, d);
      } else {
        node.put(key, String.valueOf(value));
      }
    }
    return node;
  }

  @Override
  public void close() throws IOException {
    try {
      if (socket != null) {
        try {
          send(null, "Browser.close", params());
        } catch (Exception e) {
          // the browser may close the socket before it answers
        }
        socket.abort();
      }
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Collects text frames into messages; answers go to their caller, events to the list. */
  private final class Listener implements WebSocket.Listener {
    private final StringBuilder frame = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      frame.append(data);
      if (last) {
        try {
          JsonNode message = json.readTree(frame.toString());
          if (message.has("id")) {
            CompletableFuture<JsonNode> reply = pending.remove(message.get("id").asInt());
            if (reply != null) {
              reply.complete(message);
            }
          } else {
            events.add(message);
          }
        } catch (IOException e) {
          log.add("unreadable DevTools message: " + e);
        }
        frame.setLength(0);
      }
      ws.request(1);
      return null;
    }

    @Override
    public void onError(WebSocket ws, Throwable error) {
      pending.values().forEach(f -> f.completeExceptionally(error));
    }
  }
}
