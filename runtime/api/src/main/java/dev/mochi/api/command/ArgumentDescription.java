package dev.mochi.api.command;

/**
 * One argument of a {@link CommandDescription}.
 *
 * @param name the declared name ({@code <message:text>} is {@code "message"})
 * @param type the declared type name ({@code "string"} when none was given)
 * @param required whether it was declared {@code <required>}
 * @param variadic whether it was declared {@code [...rest]}
 * @param description from the locale files ({@code commands.<command>.arguments.<name>}); empty when none
 */
public record ArgumentDescription(String name, String type, boolean required, boolean variadic, String description) {}
