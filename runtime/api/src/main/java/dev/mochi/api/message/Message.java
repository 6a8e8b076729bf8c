package dev.mochi.api.message;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * An ordered list of {@link Element}s with a lossless text form: {@code <at id="1"/> hi <img src="a.png"/>}.
 * Text is escaped with {@code &lt;}, {@code &gt;}, {@code &amp;} (and {@code &quot;} in attributes).
 */
public final class Message {
  private static final Message EMPTY = new Message(List.of());
  private final List<Element> elements;

  private Message(List<Element> elements) {
    this.elements = List.copyOf(elements);
  }

  /** The empty message (sends nothing). */
  public static Message empty() { return EMPTY; }

  /**
   * Parses the text form. Malformed markup stays text: a {@code <} that starts no tag, a closing tag nothing opened,
   * and an opening tag without its closing tag ({@code "todo done <n>."} is all text), as do tags nested more than
   * 256 deep. Never throws; costs time linear in the length of {@code markup}.
   */
  public static Message parse(String markup) { return new Message(Markup.parse(markup, MarkupLimits.LENIENT, false)); }

  /**
   * Parses the text form of a message from outside (what a user sent) with limits on its structure.
   *
   * @throws MarkupLimitException when it has more elements, or nests them more deeply, than {@code limits} allow
   */
  public static Message parse(String markup, MarkupLimits limits) {
    return new Message(Markup.parse(markup, limits, true));
  }

  /** A message of plain text (no markup is interpreted). */
  public static Message text(String plain) {
    return plain.isEmpty() ? EMPTY : new Message(List.of(Element.text(plain)));
  }

  /**
   * Builds a message from parts: an {@link Element} as is, a {@link Message} or collection flattened,
   * a {@code String} parsed as markup (as {@code session.send("<at id=\"1\"/>")} expects), anything
   * else by its {@code toString()} as plain text.
   */
  public static Message of(Object... parts) {
    List<Element> out = new ArrayList<>();
    for (Object part : parts) add(part, out);
    return new Message(out);
  }

  private static void add(Object part, List<Element> out) {
    if (part == null) return;
    if (part instanceof Element e) out.add(e);
    else if (part instanceof Message m) out.addAll(m.elements);
    else if (part instanceof Collection<?> c) c.forEach(p -> add(p, out));
    else if (part instanceof String s) out.addAll(Markup.parse(s, MarkupLimits.LENIENT, false));
    else out.add(Element.text(String.valueOf(part)));
  }

  /** The top-level elements, in order. */
  public List<Element> elements() { return elements; }

  /** Every element of type {@code type}, at any depth, in document order ({@code select(Element.AT)}: the mentions). */
  public List<Element> select(String type) {
    List<Element> out = new ArrayList<>();
    for (Element e : elements) collect(e, type, out);
    return out;
  }

  private static void collect(Element e, String type, List<Element> out) {
    if (e.is(type)) out.add(e);
    for (Element child : e.children()) collect(child, type, out);
  }

  /** True when there is nothing to send (no elements, or only empty text). */
  public boolean isEmpty() {
    for (Element e : elements) {
      if (!e.isText() || !e.plainText().isEmpty()) return false;
    }
    return true;
  }

  /** The text of the message with every tag left out. */
  public String plainText() {
    StringBuilder out = new StringBuilder();
    for (Element e : elements) out.append(e.plainText());
    return out.toString();
  }

  /** The text form. */
  @Override public String toString() {
    StringBuilder out = new StringBuilder();
    for (Element e : elements) e.print(out);
    return out.toString();
  }

  /** Equal when the elements are equal. */
  @Override public boolean equals(Object o) { return o instanceof Message m && m.elements.equals(elements); }

  /** Consistent with {@link #equals(Object)}. */
  @Override public int hashCode() { return elements.hashCode(); }
}
