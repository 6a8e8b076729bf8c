package dev.mochi.discord;

import dev.mochi.api.message.Element;
import dev.mochi.api.MochiException;
import dev.mochi.api.message.Message;
import dev.mochi.api.message.TextSplitter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.FileUpload;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * Mochi's message as Discord messages. Text goes into the content as plain text ({@link Markdown} escapes what
 * Discord would read as formatting); formatting comes from elements ({@code <b>}, {@code <i>}, {@code <u>},
 * {@code <s>}, {@code <spl>}, {@code <code>}, {@code <pre lang>}, {@code <a href>}). {@code <at id/>} becomes {@code <@id>},
 * {@code <at role/>} {@code <@&id>}, {@code <at type="all"/>}/{@code "here"} {@code @everyone}/{@code @here},
 * {@code <sharp id/>} {@code <#id>}, {@code <face id name/>} a custom emoji; the first {@code <quote id/>} makes it a
 * reply; an image by URL is an embed, other files (and images given as {@code data:} URIs) are uploads.
 *
 * <p>Allowed mentions name exactly the users and roles the message's elements mention, and {@code @everyone} or
 * {@code @here} only for an {@code <at type/>} element: a text that merely contains {@code @everyone} or
 * {@code <@id>} (a user's words echoed back) pings nobody.
 *
 * <p>Content over 2,000 characters is split ({@link TextSplitter}); the reply reference goes on the first piece,
 * embeds and uploads on the last (ten of each per message, more in further messages).
 */
final class MessageWriter {
  static final int MAX_CONTENT = 2000;
  static final int MAX_EMBEDS = 10;
  static final int MAX_FILES = 10;

  /** One Discord message to send, and the message it replies to. */
  record Outgoing(MessageCreateData data, Optional<String> replyTo) {}

  private final Assets assets;
  private final StringBuilder text = new StringBuilder();
  private final Set<String> users = new LinkedHashSet<>();
  private final Set<String> roles = new LinkedHashSet<>();
  private final EnumSet<net.dv8tion.jda.api.entities.Message.MentionType> everyone =
      EnumSet.noneOf(net.dv8tion.jda.api.entities.Message.MentionType.class);
  private final List<MessageEmbed> embeds = new ArrayList<>();
  private final List<FileUpload> files = new ArrayList<>();
  private String replyTo;

  private MessageWriter(Assets assets) {
    this.assets = assets;
  }

  /** The Discord messages for {@code message}, in order; empty when there is nothing to send. */
  /**
   * Writes {@code message} and sends its pieces one after the other, in order, through {@code send}; completes with
   * the ids of the messages Discord reports (a piece whose id is not known adds none), or fails as the first failed
   * piece did — or at once when the message cannot be written.
   */
  static CompletionStage<List<String>> sendInOrder(Message message, Assets assets,
      Function<Outgoing, CompletionStage<Optional<String>>> send) {
    List<Outgoing> pieces;
    try {
      pieces = write(message, assets);
    } catch (MochiException e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<List<String>> chain = CompletableFuture.completedFuture(new ArrayList<>());
    for (Outgoing piece : pieces) {
      chain = chain.thenCompose(ids -> send.apply(piece).thenApply(id -> {
        id.ifPresent(ids::add);
        return ids;
      }));
    }
    return chain.thenApply(List::copyOf);
  }

  static List<Outgoing> write(Message message, Assets assets) {
    MessageWriter w = new MessageWriter(assets);
    for (Element e : message.elements()) w.element(e);
    return w.messages();
  }

  private void element(Element e) {
    switch (e.type().toLowerCase(Locale.ROOT)) {
      case Element.TEXT -> Markdown.escape(e.plainText(), text);
      case "b", "strong" -> wrap("**", e);
      case "i", "em" -> wrap("*", e);
      case "u", "ins" -> wrap("__", e);
      case "s", "del" -> wrap("~~", e);
      case "spl" -> wrap("||", e);
      case "code" -> code(e.plainText());
      case "pre", "code-block" -> codeBlock(e);
      case "a" -> link(e);
      case "at" -> at(e);
      case "sharp" -> e.attr("id").ifPresent(id -> text.append("<#").append(id).append('>'));
      case "face" -> face(e);
      case "quote" -> {
        if (replyTo == null) replyTo = e.attr("id").orElse(null);
      }
      case "img", "image" -> image(e);
      case "file", "audio", "video" -> upload(e);
      case "br" -> text.append('\n');
      case "p" -> {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') text.append('\n');
        e.children().forEach(this::element);
        text.append('\n');
      }
      default -> e.children().forEach(this::element);
    }
  }

  private void wrap(String marker, Element e) {
    text.append(marker);
    e.children().forEach(this::element);
    text.append(marker);
  }

  private void code(String content) {
    String fence = content.contains("`") ? "``" : "`";
    text.append(fence).append(fence.length() > 1 ? " " : "").append(content)
        .append(fence.length() > 1 ? " " : "").append(fence);
  }

  private void codeBlock(Element e) {
    if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') text.append('\n');
    text.append("```").append(e.attr("lang").orElse("")).append('\n')
        .append(e.plainText().replace("```", "`\u200b``")).append("\n```\n");
  }

  private void link(Element e) {
    Optional<String> href = e.attr("href");
    if (href.isEmpty()) {
      e.children().forEach(this::element);
      return;
    }
    text.append('[');
    e.children().forEach(this::element);
    text.append("](").append(href.get().replace(")", "%29")).append(')');
  }

  private void at(Element e) {
    Optional<String> type = e.attr("type");
    if (type.isPresent()) {
      boolean all = type.get().equals("all") || type.get().equals("everyone");
      text.append(all ? "@everyone" : "@here");
      everyone.add(all ? net.dv8tion.jda.api.entities.Message.MentionType.EVERYONE
          : net.dv8tion.jda.api.entities.Message.MentionType.HERE);
    } else if (e.attr("role").isPresent()) {
      String role = e.attr("role").get();
      text.append("<@&").append(role).append('>');
      roles.add(role);
    } else {
      e.attr("id").ifPresent(id -> {
        text.append("<@").append(id).append('>');
        users.add(id);
      });
    }
  }

  private void face(Element e) {
    Optional<String> id = e.attr("id");
    if (id.isEmpty()) return;
    String name = e.attr("name").orElse("emoji");
    boolean animated = e.attr("animated").map(Boolean::parseBoolean).orElse(false);
    text.append(animated ? "<a:" : "<:").append(name).append(':').append(id.get()).append('>');
  }

  private void image(Element e) {
    String src = e.attr("src").or(() -> e.attr("url")).orElse("");
    if (src.isEmpty()) return;
    String lower = src.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      embeds.add(new EmbedBuilder().setImage(src).build());
    } else {
      upload(e);
    }
  }

  private void upload(Element e) {
    String src = e.attr("src").or(() -> e.attr("url")).orElse("");
    if (src.isEmpty()) return;
    Assets.Asset asset = assets.fetch(src, e.attr("title").or(() -> e.attr("name")).orElse(""));
    files.add(FileUpload.fromData(asset.content(), asset.name()));
  }

  private List<Outgoing> messages() {
    List<String> pieces = TextSplitter.split(text.toString(), MAX_CONTENT);
    List<Outgoing> out = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      boolean last = i == pieces.size() - 1;
      out.add(message(pieces.get(i), last ? take(embeds, MAX_EMBEDS) : List.of(), last ? take(files, MAX_FILES) : List.of(),
          out.isEmpty()));
    }
    while (!embeds.isEmpty() || !files.isEmpty()) {
      out.add(message("", take(embeds, MAX_EMBEDS), take(files, MAX_FILES), out.isEmpty()));
    }
    return out;
  }

  private Outgoing message(String content, List<MessageEmbed> embedsHere, List<FileUpload> filesHere, boolean first) {
    MessageCreateBuilder b = new MessageCreateBuilder().setContent(content).setEmbeds(embedsHere).setFiles(filesHere);
    b.setAllowedMentions(everyone);
    if (!users.isEmpty()) b.mentionUsers(users);
    if (!roles.isEmpty()) b.mentionRoles(roles);
    return new Outgoing(b.build(), first ? Optional.ofNullable(replyTo) : Optional.empty());
  }

  private static <T> List<T> take(List<T> from, int max) {
    List<T> head = new ArrayList<>(from.subList(0, Math.min(max, from.size())));
    from.subList(0, head.size()).clear();
    return head;
  }
}
