package dev.mochi.api.command;

import dev.mochi.api.MochiException;

/** A command was declared or registered wrongly; the message names the command and what to change. */
public class CommandException extends MochiException {
  private final String command;

  public CommandException(String command, String message) {
    super("Command '" + command + "': " + message);
    this.command = command;
  }

  public String command() { return command; }
}
