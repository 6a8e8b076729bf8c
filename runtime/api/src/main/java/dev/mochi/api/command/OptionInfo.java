package dev.mochi.api.command;

import java.util.List;
import java.util.Optional;

/**
 * A declared option. {@code names} are the flags without dashes ({@code ["t", "times"]}); {@code type} is
 * {@code "boolean"} when it takes no value; {@code value} is the value variant it sets, if any.
 */
public record OptionInfo(
    String name,
    List<String> names,
    String declaration,
    String type,
    String description,
    Optional<Object> fallback,
    Optional<Object> value,
    int authority,
    boolean hidden) {}
