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
 *
 * <p>The elements adapters map to and from their platform (Satori's names, as Koishi uses them):
 * <table>
 *   <caption>Built-in element types</caption>
 *   <tr><th>type</th><th>attributes</th><th>what</th></tr>
 *   <tr><td>{@value #AT}</td><td>{@code id}, {@code name}; or {@code type="all"}/{@code "here"}</td>
 *       <td>a mention of a user (or of everyone)</td></tr>
 *   <tr><td>{@value #SHARP}</td><td>{@code id}, {@code name}</td><td>a mention of a channel</td></tr>
 *   <tr><td>{@value #QUOTE}</td><td>{@code id}</td><td>the message this one replies to</td></tr>
 *   <tr><td>{@value #IMAGE}, {@value #AUDIO}, {@value #VIDEO}, {@value #FILE}</td><td>{@code src} (a URL),
 *       {@code title} (a file name)</td><td>media and files by URL</td></tr>
 *   <tr><td>{@value #FACE}</td><td>{@code id}, {@code name}, {@code animated}</td><td>a platform's custom emoji</td></tr>
 * </table>
 */
public final class Element {
  /** Type name of text nodes. */
  public static final String TEXT = "text";

  /** Type name of a user mention ({@code <at id="1"/>}). */
  public static final String AT = "at";

  /** Type name of a channel mention ({@code <sharp id="2"/>}). */
  public static final String SHARP = "sharp";

  /** Type name of a quote: the message replied to ({@code <quote id="3"/>}). */
  public static final String QUOTE = "quote";

  /** Type name of an image by URL ({@code <img src="…"/>}). */
  public static final String IMAGE = "img";

  /** Type name of an audio clip by URL. */
  public static final String AUDIO = "audio";

  /** Type name of a video by URL. */
  public static final String VIDEO = "video";

  /** Type name of a file by URL. */
  public static final String FILE = "file";

  /** Type name of a custom emoji ({@code <face id="4" name="wave"/>}). */
  public static final String FACE = "face";

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
  public static Element at(String userId) { return of(AT, Map.of("id", userId)); }

  /** A mention of a user with the name the platform shows for it. */
  public static Element at(String userId, String name) { return of(AT, ordered("id", userId, "name", name)); }

  /** A mention of everyone in the channel ({@code <at type="all"/>}). */
  public static Element atAll() { return of(AT, Map.of("type", "all")); }

  /** A mention of a channel. */
  public static Element sharp(String channelId) { return of(SHARP, Map.of("id", channelId)); }

  /** A mention of a channel with the name the platform shows for it. */
  public static Element sharp(String channelId, String name) {
    return of(SHARP, ordered("id", channelId, "name", name));
  }

  /** An image by URL. */
  public static Element image(String url) { return of(IMAGE, Map.of("src", url)); }

  /** An audio clip by URL. */
  public static Element audio(String url) { return of(AUDIO, Map.of("src", url)); }

  /** A video by URL. */
  public static Element video(String url) { return of(VIDEO, Map.of("src", url)); }

  /** A file by URL. */
  public static Element file(String url) { return of(FILE, Map.of("src", url)); }

  /** A file by URL with its file name ({@code title}). */
  public static Element file(String url, String fileName) { return of(FILE, ordered("src", url, "title", fileName)); }

  /** A quote of (reply to) a message. */
  public static Element quote(String messageId) { return of(QUOTE, Map.of("id", messageId)); }

  /** A platform's custom emoji by id, with its name ({@code <face id="4" name="wave"/>}). */
  public static Element face(String id, String name) { return of(FACE, ordered("id", id, "name", name)); }

  private static Map<String, String> ordered(String k1, String v1, String k2, String v2) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put(k1, Objects.requireNonNull(v1, k1));
    m.put(k2, Objects.requireNonNull(v2, k2));
    return m;
  }

  /** Any tag with attributes and no children. */
  public static Element of(String type, Map<String, String> attrs) {
    return new Element(type, attrs, Set.of(), List.of());
  }

  /** Any tag with attributes and children. */
  public static Element of(String type, Map<String, String> attrs, List<Element> children) {
    return new Element(type, attrs, Set.of(), children);
  }

  /** The type name: {@value #TEXT} for text, otherwise the tag ({@value #AT}, {@value #IMAGE}, …). */
  public String type() { return type; }

  /** Whether this is a text node. */
  public boolean isText() { return TEXT.equals(type); }

  /** Whether this is a node of type {@code type}. */
  public boolean is(String type) { return this.type.equals(type); }

  /** The attributes, in the order written; for text, {@code content} holds the text. */
  public Map<String, String> attrs() { return attrs; }

  /** One attribute; empty when it is not there. */
  public Optional<String> attr(String name) { return Optional.ofNullable(attrs.get(name)); }

  /** The child nodes (empty for text and self-closing tags). */
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
