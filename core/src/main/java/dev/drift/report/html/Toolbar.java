package dev.drift.report.html;

import dev.drift.report.Counts;
import dev.drift.shift.Severity;
import dev.drift.shift.ShiftKind;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The filter toolbar: a chip per severity and per shift kind with its count, and "only pairs with
 * shown shifts". Hidden until the script reveals it. Not thread-safe; one per rendering.
 */
final class Toolbar {
  private final PageModel model;
  private final List<PlacedShift> shifts;

  Toolbar(PageModel model) {
    this.model = model;
    this.shifts = model.shifts;
  }

  void write(HtmlWriter w) throws IOException {
    // Filters need the script, which reveals the toolbar; without it the page is for reading.
    w.open("div", "class", "toolbar", "id", "toolbar", "hidden", "").newline();
    w.open("fieldset", "class", "filter");
    w.element("legend", "severity");
    Counts c = model.counts();
    int[] bySeverity = {c.error(), c.warning(), c.info()};
    Severity[] order = {Severity.ERROR, Severity.WARNING, Severity.INFO};
    for (int i = 0; i < order.length; i++) {
      writeFilter(w, "sev", order[i].id(), bySeverity[i], "sev-" + order[i].id());
    }
    w.close("fieldset").newline();
    Map<ShiftKind, Integer> kinds = new EnumMap<>(ShiftKind.class);
    for (PlacedShift s : shifts) {
      for (ShiftKind k : s.kinds()) {
        kinds.merge(k, 1, Integer::sum);
      }
    }
    if (!kinds.isEmpty()) {
      w.open("fieldset", "class", "filter");
      w.element("legend", "kind");
      for (Map.Entry<ShiftKind, Integer> k : kinds.entrySet()) {
        writeFilter(w, "kind", k.getKey().id(), k.getValue(), "kind");
      }
      w.close("fieldset").newline();
    }
    w.open("label", "class", "chip only");
    w.open("input", "type", "checkbox", "id", "only-shifted");
    w.text(" only pairs with shown shifts");
    w.close("label").newline();
    w.element("span", "", "class", "shown", "id", "shown", "aria-live", "polite").newline();
    w.close("div").newline();
  }

  private static void writeFilter(HtmlWriter w, String filter, String value, int n, String classes)
      throws IOException {
    w.open("label", "class", "chip " + classes);
    w.open("input", "type", "checkbox", "data-filter", filter, "value", value, "checked", "");
    w.text(" " + value + " ");
    w.element("span", Integer.toString(n), "class", "n");
    w.close("label");
  }
}
