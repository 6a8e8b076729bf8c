package dev.mochi.core.command;

import dev.mochi.api.command.OptionConfig;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** A command's arguments and options without an app, for parsing words as the engine does. */
final class ParserFixture {
  final TypeRegistry types = new TypeRegistry();
  final OptionTable options;
  private final List<dev.mochi.api.command.ArgumentInfo> arguments;

  ParserFixture(String declaration) {
    int space = declaration.indexOf(' ');
    String name = space < 0 ? declaration : declaration.substring(0, space);
    this.options = new OptionTable(name, types);
    this.arguments = Declarations.arguments(space < 0 ? "" : declaration.substring(space));
  }

  ParserFixture option(String name, String declaration) {
    return option(name, declaration, o -> {});
  }

  ParserFixture option(String name, String declaration, Consumer<OptionConfig> config) {
    OptionDraft draft = new OptionDraft();
    config.accept(draft);
    options.declare(name, declaration, draft);
    return this;
  }

  Parsed parse(String words) {
    return new ArgvParser(arguments, options, types, null).parse(Tokenizer.tokenize(words), 0, List.of(), Map.of());
  }
}
