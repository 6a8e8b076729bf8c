package dev.mochi.core.config;

/**
 * Limits on what one incoming message may hold ({@code message} in {@code bot.yml}). Everything between receiving a
 * message and handing it to a plugin costs time linear in its size; these limits bound that size. A message over
 * {@code maxLength}, {@code maxElements} or {@code maxDepth} is not handled: the log says which limit it hit (with
 * the start of the message), and the user gets a reply in a private chat or when the message addressed the bot. A
 * command line over the interpolation limits is answered with the limit instead of being run.
 *
 * @param maxLength characters of the message's text form
 * @param maxElements elements (mentions, images, any tag) in the message
 * @param maxDepth how deeply elements nest (at most 256, where {@code Message.parse} stops nesting anyway)
 * @param maxInterpolations {@code $(…)} in one command line, nested ones included
 * @param maxInterpolationDepth how deeply {@code $(…)} nest
 */
public record MessageConfig(int maxLength, int maxElements, int maxDepth, int maxInterpolations,
                            int maxInterpolationDepth) {
  public static final MessageConfig DEFAULT = new MessageConfig(0, 0, 0, 0, 0);

  public MessageConfig {
    if (maxLength <= 0) maxLength = 20_000;
    if (maxElements <= 0) maxElements = 500;
    if (maxDepth <= 0) maxDepth = 32;
    if (maxDepth > 256) throw new ConfigException("message.max-depth", "a depth from 1 to 256", String.valueOf(maxDepth));
    if (maxInterpolations <= 0) maxInterpolations = 32;
    if (maxInterpolationDepth <= 0) maxInterpolationDepth = 16;
  }
}
