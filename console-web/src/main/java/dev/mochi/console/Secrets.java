package dev.mochi.console;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Random secrets and their stored form. A token or setup secret is 256 random bits (base64url, 43 characters); the
 * database keeps only its SHA-256, which is enough for a value that random (a password, guessable, gets bcrypt).
 */
final class Secrets {
  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  static String token() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether {@code s} could be a token at all (a forged or mangled one is refused before any lookup). */
  static boolean looksLikeToken(String s) {
    return s != null && s.length() == 43 && s.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '-' || ch == '_');
  }

  static String hash(String secret) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  /** Compares in time independent of where they differ. */
  static boolean same(String a, String b) {
    return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
  }

  /** A 6-digit code, leading zeros kept. */
  static String code() {
    return String.format("%06d", RANDOM.nextInt(1_000_000));
  }
}
