package dev.mochi.sandbox;

import dev.mochi.api.message.Element;
import dev.mochi.api.message.Message;

/**
 * A message as a person reads it in a terminal (the text-form rule of docs/kernel.md: adapters show text as plain
 * text and never show the text form). Text is shown as it is ({@code a < b & c}, not {@code a &lt; b &amp; c});
 * a mention is {@code @name} (or {@code @id}), a channel {@code #name}, media {@code [image: url]}; a quote is left
 * out (the reply follows the message it answers); any other element shows its children.
 */
final class TerminalText {
  private TerminalText() {}

  static String render(Message message) {
    StringBuilder out = new StringBuilder();
    for (Element e : message.elements()) render(e, out);
    return out.toString();
  }

  private static void render(Element e, StringBuilder out) {
    switch (e.type()) {
      case Element.TEXT -> out.append(e.plainText());
      case "at" -> out.append('@').append(e.attr("name").orElse(e.attr("id").orElse("")));
      case "sharp" -> out.append('#').append(e.attr("name").orElse(e.attr("id").orElse("")));
      case "img", "image", "audio", "video", "file" ->
          out.append('[').append(e.type().equals("img") ? "image" : e.type()).append(": ")
              .append(e.attr("src").orElse("")).append(']');
      case "quote" -> { }
      default -> {
        for (Element child : e.children()) render(child, out);
      }
    }
  }
}
