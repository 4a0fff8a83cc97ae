package dev.drift.cli;

import dev.drift.batch.BatchListener;
import dev.drift.batch.DocumentOutcome;
import dev.drift.batch.DocumentPair;
import dev.drift.report.DriftReport;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on standard error while {@code drift check} runs, one step per document, with the
 * document being compared. Only made on an interactive terminal; CI logs get none.
 */
final class ProgressListener implements BatchListener, AutoCloseable {
  private final PrintStream err;
  private final boolean color;
  private ProgressBar bar;

  ProgressListener(PrintStream err, boolean color) {
    // UTF-8 like everything else drift prints (Main), not the platform charset: under LANG=C the
    // bar's blocks came out as '?'.
    this.err = new PrintStream(err, true, StandardCharsets.UTF_8);
    this.color = color;
  }

  @Override
  public void runStarted(int documents) {
    if (documents == 0) {
      return;
    }
    bar =
        new ProgressBarBuilder()
            .setTaskName("drift")
            .setInitialMax(documents)
            .setUnit(" docs", 1)
            .setStyle(
                color ? ProgressBarStyle.COLORFUL_UNICODE_BLOCK : ProgressBarStyle.UNICODE_BLOCK)
            .setConsumer(new ConsoleProgressBarConsumer(err))
            .setUpdateIntervalMillis(200)
            .build();
  }

  @Override
  public void documentStarted(DocumentPair pair) {
    if (bar != null) {
      bar.setExtraMessage(pair.translationLanguage() + "/" + pair.relativePath());
    }
  }

  @Override
  public void documentFinished(DocumentOutcome outcome, DriftReport report) {
    if (bar != null) {
      bar.step();
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.setExtraMessage("");
      bar.close();
      bar = null;
    }
  }
}
