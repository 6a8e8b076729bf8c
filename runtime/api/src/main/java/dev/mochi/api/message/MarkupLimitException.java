package dev.mochi.api.message;

import dev.mochi.api.MochiException;

/**
 * Thrown by {@link Message#parse(String, MarkupLimits)} when the text form has more elements, or nests them more
 * deeply, than the limits allow. It names the limit, so the caller can tell the user which one was hit.
 */
public final class MarkupLimitException extends MochiException {
  /** Which limit was exceeded. */
  public enum Limit {
    /** {@link MarkupLimits#maxElements()}. */
    ELEMENTS,
    /** {@link MarkupLimits#maxDepth()}. */
    DEPTH
  }

  /** The limit that was exceeded. */
  private final Limit limit;
  /** Its maximum. */
  private final int max;

  /**
   * Markup that went over {@code limit}.
   *
   * @param limit the limit that was exceeded
   * @param max its value
   */
  public MarkupLimitException(Limit limit, int max) {
    super(limit == Limit.ELEMENTS
        ? "The message has more than " + max + " elements"
        : "The message nests elements more than " + max + " deep");
    this.limit = limit;
    this.max = max;
  }

  /** Which limit was exceeded. */
  public Limit limit() { return limit; }

  /** The value of the limit that was exceeded. */
  public int max() { return max; }
}
