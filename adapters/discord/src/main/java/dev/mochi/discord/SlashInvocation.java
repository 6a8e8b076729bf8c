package dev.mochi.discord;

import dev.mochi.api.command.Invocation;
import dev.mochi.api.message.Element;
import java.util.Arrays;
import java.util.List;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;

/**
 * A slash command's option values as the call of the Mochi command it stands for: each value under the argument or
 * option it fills, as a {@code String}, {@code Long}, {@code Double} or {@code Boolean}, a user as
 * {@code Element.at(id)}, a channel as {@code Element.sharp(id)}, an attachment as an image (or a file when it is not
 * one); a variadic argument's text split into words. The kernel then checks every value against the declared type,
 * exactly as for typed text. Options the registered command does not have are passed on by name and so reported as
 * unknown when the command checks for them.
 */
final class SlashInvocation {
  private SlashInvocation() {}

  static Invocation of(SlashCommandSet.Entry entry, List<OptionMapping> values) {
    Invocation call = Invocation.of(entry.command());
    for (OptionMapping value : values) {
      SlashCommandSet.Param param = entry.params().get(value.getName());
      if (param == null) {
        call = call.option(value.getName(), value.getAsString());
        continue;
      }
      Object v = value(value);
      call = switch (param.kind()) {
        case ARGUMENT -> call.arg(param.key(), param.variadic() ? words(value.getAsString()) : v);
        case OPTION -> call.option(param.key(), v);
        case VARIANT -> call.option(param.key(), v);
      };
    }
    return call;
  }

  private static Object value(OptionMapping value) {
    return switch (value.getType()) {
      case INTEGER -> value.getAsLong();
      case NUMBER -> value.getAsDouble();
      case BOOLEAN -> value.getAsBoolean();
      case USER -> Element.at(value.getAsString());
      case CHANNEL -> Element.sharp(value.getAsString());
      case ATTACHMENT -> attachment(value.getAsAttachment());
      default -> value.getAsString();
    };
  }

  private static Element attachment(Message.Attachment a) {
    return a.isImage() ? Element.image(a.getUrl()) : Element.file(a.getUrl(), a.getFileName());
  }

  private static List<Object> words(String text) {
    String t = text.strip();
    return t.isEmpty() ? List.of() : Arrays.<Object>asList(t.split("\\s+"));
  }
}
