package dev.mochi.core.session;

import dev.mochi.api.command.Invocation;
import dev.mochi.api.message.Element;
import dev.mochi.api.message.Message;
import java.util.List;
import java.util.Map;

/**
 * The command line an interaction stands for ({@code echo hi --times 2}), in the text form: what
 * {@code session.content()} shows for it in logs and to {@code message} listeners. It is never parsed back; the
 * interaction's values go to the command as they are.
 */
final class InteractionLine {
  private InteractionLine() {}

  static String of(Invocation invocation) {
    StringBuilder out = new StringBuilder(invocation.command());
    for (Object value : invocation.arguments().values()) {
      if (value instanceof List<?> list) list.forEach(v -> word(out.append(' '), v));
      else word(out.append(' '), value);
    }
    for (Map.Entry<String, Object> option : invocation.options().entrySet()) {
      out.append(" --").append(option.getKey());
      if (!Boolean.TRUE.equals(option.getValue())) word(out.append(' '), option.getValue());
    }
    return out.toString();
  }

  private static void word(StringBuilder out, Object value) {
    if (value instanceof Element e) {
      out.append(e);
      return;
    }
    String text = Message.text(String.valueOf(value)).toString();
    boolean quote = text.isEmpty() || text.chars().anyMatch(Character::isWhitespace);
    out.append(quote ? "\"" + text.replace("\"", "\\\"") + "\"" : text);
  }
}
