package dev.mochi.api.resource;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an action answers: {@code data} (a record, a list of records, a number, or what a custom action returns)
 * and {@code meta} ({@code list} gives {@code count}, {@code page}, {@code pageSize}, {@code totalPage}).
 *
 * @param data the answer's body
 * @param meta facts about it; empty when there are none
 */
public record ActionResult(Object data, Map<String, Object> meta) {
  /** Copies the meta map. */
  public ActionResult {
    meta = Collections.unmodifiableMap(new LinkedHashMap<>(meta));
  }

  /** An answer without meta. */
  public static ActionResult of(Object data) {
    return new ActionResult(data, Map.of());
  }
}
