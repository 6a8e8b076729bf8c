package dev.mochi.api;

/** The root of Mochi's exceptions. Messages say what happened, to what, and how to fix it. */
public class MochiException extends RuntimeException {
  public MochiException(String message) { super(message); }

  public MochiException(String message, Throwable cause) { super(message, cause); }
}
