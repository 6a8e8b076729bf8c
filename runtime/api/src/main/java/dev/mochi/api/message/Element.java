package dev.mochi.api.message;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One node of a message: text, or a tag such as {@code <at id="1"/>}, {@code <img src="a.png"/>} or
 * {@code <quote id="9"/>}. Unknown tags are kept as they are, so a message survives a round trip
 * through its text form: {@code Message.parse(m.toString()).equals(m)}.
 */
public final class Element {
  /** Type name of text nodes. */
  public static final String TEXT = "text";

  private final String type;
  private final Map<String, String> attrs;
  private final Set<String> bare;
  private final List<Element> children;

  Element(String type, Map<String, String> attrs, Set<String> bare, List<Element> children) {
    this.type = Objects.requireNonNull(type, "type");
    this.attrs = Collections.unmodifiableMap(new LinkedHashMap<>(attrs));
    this.bare = Set.copyOf(bare);
    this.children = List.copyOf(children);
  }

  /** A text node. */
  public static Element text(String content) {
    return new Element(TEXT, Map.of("content", content), Set.of(), List.of());
  }

  /** A mention of a user. */
  public static Element at(String userId) { return of("at", Map.of("id", userId)); }

  /** A mention of a channel. */
  public static Element sharp(String channelId) { return of("sharp", Map.of("id", channelId)); }

  /** An image by URL. */
  public static Element image(String url) { return of("img", Map.of("src", url)); }

  /** An audio clip by URL. */
  public static Element audio(String url) { return of("audio", Map.of("src", url)); }

  /** A video by URL. */
  public static Element video(String url) { return of("video", Map.of("src", url)); }

  /** A file by URL. */
  public static Element file(String url) { return of("file", Map.of("src", url)); }

  /** A quote of (reply to) a message. */
  public static Element quote(String messageId) { return of("quote", Map.of("id", messageId)); }

  /** Any tag with attributes and no children. */
  public static Element of(String type, Map<String, String> attrs) {
    return new Element(type, attrs, Set.of(), List.of());
  }

  /** Any tag with attributes and children. */
  public static Element of(String type, Map<String, String> attrs, List<Element> children) {
    return new Element(type, attrs, Set.of(), children);
  }

  public String type() { return type; }

  public boolean isText() { return TEXT.equals(type); }

  public Map<String, String> attrs() { return attrs; }

  public Optional<String> attr(String name) { return Optional.ofNullable(attrs.get(name)); }

  public List<Element> children() { return children; }

  /** The text content of this node and its children, tags left out. */
  public String plainText() {
    if (isText()) return attrs.get("content");
    StringBuilder out = new StringBuilder();
    for (Element child : children) out.append(child.plainText());
    return out.toString();
  }

  /** Appends the text form of this node. */
  void print(StringBuilder out) {
    if (isText()) {
      Markup.escape(attrs.get("content"), false, out);
      return;
    }
    out.append('<').append(type);
    for (Map.Entry<String, String> a : attrs.entrySet()) {
      out.append(' ').append(a.getKey());
      if (bare.contains(a.getKey())) continue;
      out.append("=\"");
      Markup.escape(a.getValue(), true, out);
      out.append('"');
    }
    if (children.isEmpty()) {
      out.append("/>");
      return;
    }
    out.append('>');
    for (Element child : children) child.print(out);
    out.append("</").append(type).append('>');
  }

  @Override public String toString() {
    StringBuilder out = new StringBuilder();
    print(out);
    return out.toString();
  }

  @Override public boolean equals(Object o) {
    return o instanceof Element e && e.type.equals(type) && e.attrs.equals(attrs)
        && e.bare.equals(bare) && e.children.equals(children);
  }

  @Override public int hashCode() { return Objects.hash(type, attrs, children); }
}
