package dev.mochi.api;

/** The root of Mochi's exceptions. Messages say what happened, to what, and how to fix it. */
public class MochiException extends RuntimeException {
  /** An error with a message that says what happened and how to fix it. */
  public MochiException(String message) { super(message); }

  /** An error caused by {@code cause}, with a message that says what happened and how to fix it. */
  public MochiException(String message, Throwable cause) { super(message, cause); }
}
