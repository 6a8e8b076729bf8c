package dev.mochi.api.message;

/**
 * How much structure a text form may have when it is parsed with {@link Message#parse(String, MarkupLimits)}:
 * the number of elements (tags, nested ones included; text does not count) and how deeply they nest
 * ({@code <b>x</b>} is 1 deep, {@code <b><i>x</i></b>} 2). The runtime parses every incoming message with the
 * limits of {@code message.max-elements} and {@code message.max-depth} in {@code bot.yml}.
 *
 * @param maxElements the most elements allowed (at least 0)
 * @param maxDepth the deepest nesting allowed (at least 1)
 */
public record MarkupLimits(int maxElements, int maxDepth) {
  /**
   * What {@link Message#parse(String)} allows: any number of elements, nested up to 256 deep (deeper tags stay
   * text there instead of being refused).
   */
  public static final MarkupLimits LENIENT = new MarkupLimits(Integer.MAX_VALUE, 256);

  /** Checks the bounds. */
  public MarkupLimits {
    if (maxElements < 0) throw new IllegalArgumentException("maxElements must be at least 0, got " + maxElements);
    if (maxDepth < 1) throw new IllegalArgumentException("maxDepth must be at least 1, got " + maxDepth);
  }
}
