package dev.mochi.core.command;

import dev.mochi.api.Session;
import dev.mochi.api.message.Element;
import dev.mochi.api.message.Message;
import dev.mochi.core.config.AppConfig;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides whether a message calls a command, and which. It reads the session's canonical text form, where what the
 * user typed is escaped ({@code >} is {@code &gt;}), so prefixes and nicknames, which are written as users type them,
 * are escaped the same way before they are compared. A message is addressed to the bot by a leading mention of it
 * ({@code <at id="SELF"/>}, other mentions right after it are skipped) or a nickname ({@code mochi, cmd},
 * {@code @mochi cmd}); a message that starts by mentioning someone else is never a command. Then the longest
 * matching prefix is removed.
 * A command may be called when a prefix matched, when the bot was addressed, or in a private chat unless
 * {@code prefix-mode} is {@code strict}. The name is read word by word, so {@code a b} reaches {@code a.b}
 * when {@code a} takes no arguments. Shortcuts are tried when no command name matched.
 */
final class Recognizer {
  private final CommandRegistry registry;
  private final List<String> prefixes;
  private final List<String> nicknames;
  private final boolean strict;

  /**
   * The command a message calls, with where its words start and an alias's or shortcut's presets; {@code parsed} is
   * its arguments and options when they are already known (an interaction, or a line parsed before the chain for
   * the attach hooks), null when the executor still has to parse {@code line}.
   */
  record Invocation(CommandImpl command, Line line, int from, List<String> presetArgs,
                    Map<String, Object> presetOptions, Parsed parsed) {

    Invocation(CommandImpl command, Line line, int from, List<String> presetArgs, Map<String, Object> presetOptions) {
      this(command, line, from, presetArgs, presetOptions, null);
    }

    /** A call whose values are already parsed (no words to read). */
    static Invocation prepared(CommandImpl command, Parsed parsed) {
      return new Invocation(command, Tokenizer.tokenize(""), 0, List.of(), Map.of(), parsed);
    }

    Invocation withParsed(Parsed parsed) {
      return new Invocation(command, line, from, presetArgs, presetOptions, parsed);
    }
  }

  Recognizer(CommandRegistry registry, AppConfig config) {
    this.registry = registry;
    this.prefixes = config.prefix().stream().map(Recognizer::escape)
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    this.nicknames = config.nickname().stream().map(Recognizer::escape)
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    this.strict = "strict".equalsIgnoreCase(config.prefixMode());
  }

  Recognition recognize(Session session) {
    Lead lead = lead(session.elements(), session.content(), session.selfId());
    if (lead == null) return Recognition.NONE;
    String content = lead.rest();
    String addressed = content;
    String prefix = prefix(content);
    if (prefix != null) content = content.substring(prefix.length());
    boolean allowed = prefix != null || lead.appel() || session.isDirect() && !strict;
    if (allowed) {
      Line line = Tokenizer.tokenize(content);
      Invocation invocation = resolve(line, session);
      if (invocation != null) return new Recognition.Call(invocation);
    }
    Invocation shortcut = shortcut(session, addressed.strip(), content.strip(), allowed);
    if (shortcut != null) return new Recognition.Call(shortcut);
    boolean suggest = allowed && (session.isDirect() || lead.appel() || prefix != null && !prefix.isEmpty());
    String stripped = content.strip();
    if (!suggest || stripped.isEmpty()) return Recognition.NONE;
    int end = 0;
    while (end < stripped.length() && !Character.isWhitespace(stripped.charAt(end))) end++;
    return new Recognition.Typo(stripped.substring(0, end).toLowerCase(Locale.ROOT), stripped.substring(end));
  }

  /**
   * Whether the message starting with {@code head} (any text form, a few hundred characters are enough) addresses
   * the bot: a leading mention of it, a nickname, or a prefix that is not empty.
   */
  boolean addressed(String head, Session session) {
    Message message = Message.parse(head);
    Lead lead = lead(message.elements(), message.toString(), session.selfId());
    if (lead == null) return false;
    String prefix = prefix(lead.rest());
    return lead.appel() || prefix != null && !prefix.isEmpty();
  }

  /**
   * What comes before the command: leading quotes are skipped; a leading mention of the bot, or a nickname, addresses
   * it, and any mentions right after the bot's are skipped too ({@code @bot @other cmd} is {@code cmd}). Null when the
   * message starts by mentioning someone else: it is not for us.
   *
   * @param appel whether the bot was addressed
   * @param rest the content after what was skipped
   */
  private record Lead(boolean appel, String rest) {}

  private Lead lead(List<Element> elements, String content, String selfId) {
    boolean appel = false;
    int offset = 0;
    for (Element e : elements) {
      if (e.isText()) {
        String text = e.plainText();
        int spaces = 0;
        while (spaces < text.length() && Character.isWhitespace(text.charAt(spaces))) spaces++;
        offset += spaces;
        if (spaces < text.length()) break;
      } else if (e.type().equals("quote")) {
        offset += e.toString().length();
      } else if (e.type().equals("at")) {
        if (!appel && !e.attr("id").orElse("").equals(selfId)) return null;
        appel = true;
        offset += e.toString().length();
      } else {
        break;
      }
    }
    String rest = content.substring(offset);
    if (!appel) {
      String afterNickname = afterNickname(rest);
      if (afterNickname != null) return new Lead(true, afterNickname);
    }
    return new Lead(appel, rest);
  }

  private String prefix(String content) {
    for (String p : prefixes) {
      if (content.startsWith(p)) return p;
    }
    return null;
  }

  /** Resolves a command line without any prefix (for {@code session.execute}). */
  Invocation resolveLine(String commandLine, Session session) {
    return resolve(Tokenizer.tokenize(commandLine), session);
  }

  private Invocation resolve(Line line, Session session) {
    List<Token> tokens = line.tokens();
    CommandRegistry.Alias found = null;
    int i = 0;
    while (i < tokens.size()) {
      String word = Declarations.normalize(tokens.get(i).content());
      String candidate = found == null ? word : found.command().name() + "." + word;
      CommandRegistry.Alias next = registry.get(candidate, session);
      if (next == null) break;
      found = next;
      i++;
      if (!found.command().arguments().isEmpty()) break;
    }
    if (found == null) return null;
    return new Invocation(found.command(), line, i, found.args(), found.options());
  }

  private String afterNickname(String content) {
    for (String nick : nicknames) {
      for (String form : List.of(nick, "@" + nick)) {
        int n = form.length();
        if (content.length() <= n || !content.regionMatches(true, 0, form, 0, n)) continue;
        char c = content.charAt(n);
        if (c != ',' && c != '，' && !Character.isWhitespace(c)) continue;
        int i = n + 1;
        while (i < content.length() && Character.isWhitespace(content.charAt(i))) i++;
        return content.substring(i);
      }
    }
    return null;
  }

  /** The first shortcut {@code addressed} (the message after a mention) or {@code afterPrefix} (both stripped) matches. */
  private Invocation shortcut(Session session, String addressed, String afterPrefix, boolean allowed) {
    for (CommandRegistry.Shortcut s : registry.shortcuts()) {
      if (!s.command().matches(session) || s.prefix() && !allowed) continue;
      String text = s.prefix() ? afterPrefix : addressed;
      String rest = null;
      if (text.equals(s.pattern())) {
        rest = "";
      } else if (s.fuzzy() && text.startsWith(s.pattern())) {
        String after = text.substring(s.pattern().length());
        char last = s.pattern().charAt(s.pattern().length() - 1);
        if (Character.isWhitespace(after.charAt(0)) || last > 0x7f) rest = after;
      }
      if (rest != null) {
        return new Invocation(s.command(), Tokenizer.tokenize(rest), 0, s.args(), s.options());
      }
    }
    return null;
  }

  /** Prefixes and nicknames are matched against the message's text form, where {@code &} is {@code &amp;}. */
  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
