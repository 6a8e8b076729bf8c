package dev.mochi.discord;

import dev.mochi.api.message.Element;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageReference;
import net.dv8tion.jda.api.entities.MessageType;

/**
 * A Discord message in Mochi's text form: a reply starts with {@code <quote id/>}; in the content, user mentions
 * become {@code <at id/>}, role mentions {@code <at role/>}, {@code @everyone}/{@code @here} (when they really
 * mention) {@code <at type="all"/>}/{@code <at type="here"/>}, channel mentions {@code <sharp id/>} and custom emoji
 * {@code <face id name/>}; attachments follow as {@code <img>}, {@code <video>}, {@code <audio>} or {@code <file>}.
 * The rest is text, escaped by the element printer, so a {@code <} a user typed never becomes a tag. One pass over
 * the content: linear in its length.
 */
final class MessageReader {
  private static final Pattern TOKEN = Pattern.compile(
      "<@!?(\\d{1,20})>|<@&(\\d{1,20})>|<#(\\d{1,20})>|<(a?):(\\w{1,32}):(\\d{1,20})>|@(everyone|here)");

  private MessageReader() {}

  /** The text form of {@code message}. */
  static String read(Message message) {
    List<Element> out = new ArrayList<>();
    MessageReference reference = message.getMessageReference();
    if (reference != null && message.getType() == MessageType.INLINE_REPLY) out.add(Element.quote(reference.getMessageId()));
    content(message.getContentRaw(), message.getMentions().mentionsEveryone(), out);
    for (Message.Attachment a : message.getAttachments()) out.add(attachment(a));
    return dev.mochi.api.message.Message.of(out).toString();
  }

  /** Splits Discord's content into text and mention elements. */
  static void content(String text, boolean mentionsEveryone, List<Element> out) {
    Matcher m = TOKEN.matcher(text);
    int last = 0;
    while (m.find()) {
      Element token = token(m, mentionsEveryone);
      if (token == null) continue;
      if (m.start() > last) out.add(Element.text(text.substring(last, m.start())));
      out.add(token);
      last = m.end();
    }
    if (last < text.length()) out.add(Element.text(text.substring(last)));
  }

  private static Element token(Matcher m, boolean mentionsEveryone) {
    if (m.group(1) != null) return Element.at(m.group(1));
    if (m.group(2) != null) return Element.of("at", Map.of("role", m.group(2)));
    if (m.group(3) != null) return Element.sharp(m.group(3));
    if (m.group(6) != null) {
      Map<String, String> attrs = new LinkedHashMap<>();
      attrs.put("id", m.group(6));
      attrs.put("name", m.group(5));
      if (!m.group(4).isEmpty()) attrs.put("animated", "true");
      return Element.of("face", attrs);
    }
    if (!mentionsEveryone) return null; // written, but Discord did not treat it as a mention
    return Element.of("at", Map.of("type", m.group(7).equals("everyone") ? "all" : "here"));
  }

  private static Element attachment(Message.Attachment a) {
    String type = a.getContentType() == null ? "" : a.getContentType().toLowerCase(Locale.ROOT);
    String kind = a.isImage() || type.startsWith("image/") ? "img"
        : a.isVideo() || type.startsWith("video/") ? "video"
        : type.startsWith("audio/") ? "audio" : "file";
    Map<String, String> attrs = new LinkedHashMap<>();
    attrs.put("src", a.getUrl());
    if (kind.equals("file")) attrs.put("title", a.getFileName());
    return Element.of(kind, attrs);
  }
}
