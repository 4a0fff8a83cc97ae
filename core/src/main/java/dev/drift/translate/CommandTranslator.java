package dev.drift.translate;

import dev.drift.DriftException;
import dev.drift.DriftInputException;
import dev.drift.segment.SimilarityScale;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BinaryOperator;

/**
 * A translator that is a program: it reads one sentence per line on standard input and writes one
 * rendering per line on standard output, in UTF-8 — a user's machine-translation command, a client
 * of a local translation server, Apertium. One process per document, all its sentences at once. The
 * command line is split into words (quotes group words) and run without a shell. A program that
 * exits with an error, runs past the timeout or answers with another number of lines than it was
 * given is a translator failure (exit code 3) naming its first line of error output. Thread-safe.
 */
public final class CommandTranslator implements Translator {
  /**
   * Runs each pipe's feeding or draining on a thread of its own. The common fork-join pool would
   * not do: its workers do not multiply for blocking I/O, so with two of them (a three-core
   * machine) draining standard output and error, nothing ever feeds standard input, and every
   * document ran into the timeout.
   */
  private static final Executor PIPES =
      task -> {
        Thread t = new Thread(task, "drift-translator-pipe");
        t.setDaemon(true);
        t.start();
      };

  private final String name;
  private final List<String> command;
  private final Duration timeout;
  private final String identity;
  private final BinaryOperator<String> clean;
  private final SimilarityScale scale;
  private final boolean paragraphs;

  private CommandTranslator(
      String name,
      List<String> command,
      Duration timeout,
      String identity,
      BinaryOperator<String> clean,
      SimilarityScale scale,
      boolean paragraphs) {
    this.name = name;
    this.command = List.copyOf(command);
    this.timeout = timeout;
    this.identity = identity;
    this.clean = clean;
    this.scale = scale;
    this.paragraphs = paragraphs;
  }

  /**
   * A translator running a command line.
   *
   * @param commandLine the program and its arguments, such as {@code my-mt --to en}
   * @param timeout how long one document may take
   * @return the translator
   * @throws DriftInputException if the command line is empty or its program is not found
   */
  public static CommandTranslator of(String commandLine, Duration timeout) {
    List<String> words = split(commandLine);
    if (words.isEmpty()) {
      throw new DriftInputException("the translator command is empty");
    }
    Path program =
        find(words.get(0))
            .orElseThrow(
                () ->
                    new DriftInputException(
                        "translator command '"
                            + words.get(0)
                            + "' not found"
                            + (words.get(0).contains("/") ? "" : " on the PATH")));
    return new CommandTranslator(
        String.join(" ", words),
        words,
        timeout,
        String.join("\u0000", words) + "\u0000" + fingerprint(program),
        (source, line) -> line,
        SimilarityScale.IDENTITY,
        false);
  }

  /**
   * A translator running a known program, with its own name, identity and clean-up of each line.
   *
   * @param name how reports name it
   * @param command the program and its arguments
   * @param timeout how long one document may take
   * @param identity everything that changes its renderings
   * @param clean applied to each source sentence and its rendered line, giving the rendering
   * @param scale how its renderings' similarities map onto same-language paraphrase
   * @param paragraphs whether sentences are sent as paragraphs (a blank line between two) and come
   *     back so, for a program that reads one line's end as a space: Apertium joins words across a
   *     single line break ("Por" and "Dios" on two lines come back as "For God's sake" and an empty
   *     line) and reads a line as the continuation of the one before, but never crosses a paragraph
   * @return the translator
   */
  static CommandTranslator of(
      String name,
      List<String> command,
      Duration timeout,
      String identity,
      BinaryOperator<String> clean,
      SimilarityScale scale,
      boolean paragraphs) {
    return new CommandTranslator(name, command, timeout, identity, clean, scale, paragraphs);
  }

  @Override
  public SimilarityScale scale() {
    return scale;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String identity() {
    return identity;
  }

  @Override
  public List<String> render(List<String> sentences) {
    if (sentences.isEmpty()) {
      return List.of();
    }
    StringBuilder input = new StringBuilder();
    for (String s : sentences) {
      if (paragraphs && input.length() > 0) {
        input.append('\n');
      }
      input.append(s.replace('\n', ' ').replace('\r', ' ')).append('\n');
    }
    Process process;
    try {
      process = new ProcessBuilder(command).start();
    } catch (IOException e) {
      throw new DriftException("translator " + name + " could not start: " + e.getMessage(), e);
    }
    CompletableFuture<byte[]> out = drain(process.getInputStream());
    CompletableFuture<byte[]> err = drain(process.getErrorStream());
    CompletableFuture<Void> in =
        CompletableFuture.runAsync(() -> feed(process.getOutputStream(), input.toString()), PIPES);
    try {
      long deadline = System.nanoTime() + timeout.toNanos();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        kill(process);
        throw new DriftException(
            "translator " + name + " did not finish within " + timeout.toSeconds() + " s");
      }
      await(in, deadline);
      String stdout = new String(await(out, deadline), StandardCharsets.UTF_8);
      String stderr = new String(await(err, deadline), StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new DriftException(
            "translator "
                + name
                + " exited with "
                + process.exitValue()
                + firstLine(stderr).map(l -> ": " + l).orElse(""));
      }
      List<String> lines = paragraphs ? paragraphs(lines(stdout)) : lines(stdout);
      if (lines == null) {
        throw new DriftException(
            "translator "
                + name
                + " did not answer one paragraph of one line per sentence"
                + firstLine(stderr).map(l -> ": " + l).orElse(""));
      }
      if (lines.size() != sentences.size()) {
        throw new DriftException(
            "translator "
                + name
                + " returned "
                + lines.size()
                + " lines for "
                + sentences.size()
                + " sentences"
                + firstLine(stderr).map(l -> ": " + l).orElse(""));
      }
      List<String> renderings = new ArrayList<>(lines.size());
      for (int i = 0; i < lines.size(); i++) {
        renderings.add(clean.apply(sentences.get(i), lines.get(i)).strip());
      }
      return renderings;
    } catch (InterruptedException e) {
      kill(process);
      Thread.currentThread().interrupt();
      throw new DriftException("interrupted while translator " + name + " ran", e);
    } catch (CompletionException e) {
      kill(process);
      throw new DriftException("translator " + name + " failed: " + e.getCause().getMessage(), e);
    }
  }

  /**
   * What a pipe gave, waited for until the deadline: a process the program started and left running
   * (a translation server it launched, say) may hold the pipe open after the program exits.
   */
  private <T> T await(CompletableFuture<T> pipe, long deadline) throws InterruptedException {
    try {
      return pipe.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new DriftException(
          "translator "
              + name
              + " did not finish within "
              + timeout.toSeconds()
              + " s: a process it started keeps its output open");
    } catch (ExecutionException e) {
      throw new CompletionException(e.getCause());
    }
  }

  /**
   * Kills the program and every process it started: Apertium is a script whose work runs in a
   * pipeline of child processes, which would outlive the script and keep running otherwise.
   */
  private static void kill(Process process) {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
  }

  private static void feed(OutputStream stdin, String text) {
    try (OutputStream o = stdin) {
      o.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // The program closed its input early; its exit code and output tell what went wrong.
    }
  }

  private static CompletableFuture<byte[]> drain(InputStream stream) {
    return CompletableFuture.supplyAsync(
        () -> {
          try (InputStream s = stream) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            s.transferTo(bytes);
            return bytes.toByteArray();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        PIPES);
  }

  /**
   * The paragraphs of output sent as paragraphs, one line each, or null when a paragraph has more
   * lines than one.
   */
  private static List<String> paragraphs(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i += 2) {
      // No blank line is trimmed at the end: the last sentence's rendering may be empty.
      if (i + 1 < lines.size() && !lines.get(i + 1).isBlank()) {
        return null;
      }
      out.add(lines.get(i));
    }
    return out;
  }

  /** The output's lines; a final line break ends the last line, it does not start another. */
  private static List<String> lines(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    String t = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    List<String> lines = new ArrayList<>();
    for (String line : t.split("\n", -1)) {
      lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
    }
    return lines;
  }

  private static Optional<String> firstLine(String text) {
    return text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst();
  }

  /**
   * Splits a command line into words: white space separates them, single or double quotes group
   * words, and no shell expands anything.
   *
   * @param commandLine the command line
   * @return its words
   * @throws DriftInputException if a quote is not closed
   */
  static List<String> split(String commandLine) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < commandLine.length(); i++) {
      char c = commandLine.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (quote != 0) {
      throw new DriftInputException("unclosed quote in the translator command: " + commandLine);
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  /**
   * The program a command names: a path, or a name looked up on the PATH.
   *
   * @param program the first word of a command line
   * @return the executable, if there is one
   */
  static Optional<Path> find(String program) {
    if (program.contains("/")) {
      Path p = Path.of(program);
      return Files.isRegularFile(p) && Files.isExecutable(p) ? Optional.of(p) : Optional.empty();
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return Arrays.stream(path.split(java.io.File.pathSeparator))
        .filter(dir -> !dir.isEmpty())
        .map(dir -> Path.of(dir, program))
        .filter(p -> Files.isRegularFile(p) && Files.isExecutable(p))
        .findFirst();
  }

  /**
   * A fingerprint of files: each one's path, size and modification time, hashed; a program upgraded
   * in place gets another one.
   *
   * @param files the files
   * @return hex SHA-256
   */
  static String fingerprint(Path... files) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (Path f : files) {
        Path real = f.toRealPath();
        digest.update(real.toString().getBytes(StandardCharsets.UTF_8));
        digest.update(
            (Files.size(real) + ":" + Files.getLastModifiedTime(real).toMillis())
                .getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      return "unreadable:" + Arrays.toString(files);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
