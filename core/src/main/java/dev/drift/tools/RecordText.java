package dev.drift.tools;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A record written out as its {@code toString()} writes it ({@code Name[a=1, b=Inner[c=x]]}), for
 * keys of the cache. A record's own {@code toString()} is made on first call by {@code
 * java.lang.runtime.ObjectMethods}, whose method-handle machinery costs a short run a tenth of a
 * second or more (the options' nested records, on every rerun); this reads the components by
 * reflection instead. Records nested in records, collections, maps and optionals are written the
 * same way; anything else as {@link String#valueOf}. Stateless.
 */
public final class RecordText {
  private RecordText() {}

  /**
   * Writes a value.
   *
   * @param value a record, a collection, a map, an optional or any other value, or {@code null}
   * @return what {@code String.valueOf(value)} gives for the records drift's options are made of
   */
  public static String of(Object value) {
    StringBuilder out = new StringBuilder();
    write(value, out);
    return out.toString();
  }

  private static void write(Object value, StringBuilder out) {
    if (value instanceof Record r) {
      RecordComponent[] components = r.getClass().getRecordComponents();
      Object[] values = new Object[components.length];
      try {
        for (int k = 0; k < components.length; k++) {
          Method accessor = components[k].getAccessor();
          accessor.setAccessible(true); // a record nested in a class of another package
          values[k] = accessor.invoke(r);
        }
      } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
        out.append(r); // its own toString(), which says the same
        return;
      }
      out.append(r.getClass().getSimpleName()).append('[');
      for (int k = 0; k < components.length; k++) {
        out.append(k > 0 ? ", " : "").append(components[k].getName()).append('=');
        write(values[k], out);
      }
      out.append(']');
    } else if (value instanceof Collection<?> c) {
      List<Object> items = new ArrayList<>(c);
      out.append('[');
      for (int k = 0; k < items.size(); k++) {
        out.append(k > 0 ? ", " : "");
        write(items.get(k), out);
      }
      out.append(']');
    } else if (value instanceof Map<?, ?> m) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        out.append(first ? "" : ", ");
        first = false;
        write(e.getKey(), out);
        out.append('=');
        write(e.getValue(), out);
      }
      out.append('}');
    } else if (value instanceof Optional<?> o) {
      if (o.isPresent()) {
        out.append("Optional[");
        write(o.get(), out);
        out.append(']');
      } else {
        out.append("Optional.empty");
      }
    } else {
      out.append(value);
    }
  }
}
