package dev.mochi.core.command;

import dev.mochi.api.command.OptionConfig;

/** The settings given to one {@code option(…)} call, before they are merged into the command's option. */
final class OptionDraft implements OptionConfig {
  Object fallback;
  boolean hasFallback;
  Object value;
  boolean hasValue;
  Integer authority;
  String description;
  Boolean hidden;
  String type;

  @Override public OptionConfig fallback(Object fallback) {
    this.fallback = fallback;
    this.hasFallback = true;
    return this;
  }

  @Override public OptionConfig value(Object value) {
    this.value = value;
    this.hasValue = true;
    return this;
  }

  @Override public OptionConfig authority(int authority) {
    this.authority = authority;
    return this;
  }

  @Override public OptionConfig description(String description) {
    this.description = description;
    return this;
  }

  @Override public OptionConfig hidden(boolean hidden) {
    this.hidden = hidden;
    return this;
  }

  @Override public OptionConfig type(String type) {
    this.type = type;
    return this;
  }
}
