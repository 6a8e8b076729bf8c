package dev.mochi.core.command;

import dev.mochi.api.command.Domain;

/**
 * A resolved argument type.
 *
 * @param name the name used in declarations ({@code posint}, {@code regex:…}, a custom domain)
 * @param parser turns a word into a value, or throws {@link IllegalArgumentException} with the reason
 * @param greedy whether it takes the rest of the line ({@code text}, {@code rawtext})
 * @param numeric whether a word like {@code -3} is its value rather than an option
 */
record ArgType(String name, Domain<?> parser, boolean greedy, boolean numeric) {}
