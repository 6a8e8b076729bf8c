package dev.mochi.api.command;

import dev.mochi.api.MochiException;

/** A command was declared or registered wrongly; the message names the command and what to change. */
public class CommandException extends MochiException {
  /** The command the error is about. */
  private final String command;

  /** An error of command {@code command} whose message is shown to the user as the reply. */
  public CommandException(String command, String message) {
    super("Command '" + command + "': " + message);
    this.command = command;
  }

  /** The command the error is about. */
  public String command() { return command; }
}
