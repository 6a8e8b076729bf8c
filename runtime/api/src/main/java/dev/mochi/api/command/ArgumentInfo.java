package dev.mochi.api.command;

/** A declared argument: {@code <name:type>} (required), {@code [name:type]} or {@code [...name:type]} (variadic). */
public record ArgumentInfo(String name, String type, boolean required, boolean variadic) {}
