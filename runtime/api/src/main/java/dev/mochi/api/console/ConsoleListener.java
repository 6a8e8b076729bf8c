package dev.mochi.api.console;

/**
 * Answers a console request ({@code {id, action: name, args}}). What it returns is the response's {@code data}
 * (serialized as JSON); a thrown {@link ConsoleException} becomes the response's error, anything else a
 * {@code server_error} (logged with the plugin's name; the client sees no stack trace).
 */
@FunctionalInterface
public interface ConsoleListener {

  /** Handles one request from {@code client}. */
  Object handle(Client client, Args args) throws Exception;
}
