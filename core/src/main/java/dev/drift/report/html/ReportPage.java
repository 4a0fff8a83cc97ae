package dev.drift.report.html;

import dev.drift.report.DriftReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;

/**
 * Lays out one report as a page: the head with its policy, style and title, then the regions in
 * order, each its own class over one {@link PageModel}: {@link SummaryHeader}, {@link Toolbar},
 * {@link DriftStrip}, {@link DocumentColumns} and {@link ShiftList}, then the script. Not
 * thread-safe; one per rendering.
 */
final class ReportPage {
  private final PageModel model;
  private final PageAssets assets;

  ReportPage(DriftReport report, PageAssets assets) {
    this.model = new PageModel(report);
    this.assets = assets;
  }

  void write(Writer out) throws IOException {
    // The columns come first so that the shift list knows which marks exist to link to.
    StringWriter docs = new StringWriter();
    HtmlWriter d = new HtmlWriter(docs);
    new DocumentColumns(model).write(d);
    new ShiftList(model).write(d);

    HtmlWriter w = new HtmlWriter(out);
    w.raw("<!DOCTYPE html>").newline();
    w.open("html", "lang", "en", "class", "nojs").newline();
    writeHead(w);
    w.open("body").newline();
    new SummaryHeader(model).write(w);
    new Toolbar(model).write(w);
    new DriftStrip(model).write(w);
    w.raw(docs.toString());
    w.open("script").raw(assets.js()).close("script").newline();
    w.close("body").newline().close("html").newline();
  }

  private void writeHead(HtmlWriter w) throws IOException {
    w.open("head").newline();
    w.open("meta", "charset", "utf-8").newline();
    w.open(
            "meta",
            "http-equiv",
            "Content-Security-Policy",
            "content",
            assets.contentSecurityPolicy())
        .newline();
    w.open("meta", "name", "referrer", "content", "no-referrer").newline();
    w.open("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
    w.open("meta", "name", "generator", "content", "drift (" + model.schema() + ")").newline();
    w.open("meta", "name", "color-scheme", "content", "light dark").newline();
    w.open("title")
        .text(
            HtmlWriter.Bidi.visible(
                "drift · "
                    + PageModel.baseName(PageModel.path(model.report.original()))
                    + " → "
                    + PageModel.baseName(PageModel.path(model.report.translation()))
                    + " · "
                    + model.verdictLabel()))
        .close("title")
        .newline();
    w.open("style").raw(assets.css()).close("style").newline();
    w.close("head").newline();
  }
}
