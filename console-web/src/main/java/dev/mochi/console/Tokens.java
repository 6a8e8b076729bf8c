package dev.mochi.console;

import dev.mochi.api.console.ConsoleException;
import dev.mochi.api.console.ErrorCode;
import dev.mochi.api.data.Database;
import dev.mochi.api.data.FieldType;
import dev.mochi.api.data.Filter;
import dev.mochi.api.data.Model;
import dev.mochi.api.data.Row;
import dev.mochi.api.data.TableOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Login tokens in table {@code console_token}: 256 random bits handed to the client once, stored as their SHA-256.
 * A token expires {@code lifetime} after it was last used (sliding; the use is written at most once a minute), dies
 * when revoked, and all of a user's die when their password changes.
 */
final class Tokens {
  static final String TABLE = "console_token";
  private static final Duration TOUCH = Duration.ofMinutes(1);

  /** A valid token's row. */
  record Token(long id, long userId, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {}

  private final Database db;
  private final Duration lifetime;

  Tokens(Database db, Duration lifetime) {
    this.db = db;
    this.lifetime = lifetime;
  }

  static void declare(Model model) {
    Map<String, FieldType> fields = new LinkedHashMap<>();
    fields.put("id", FieldType.bigint());
    fields.put("userId", FieldType.bigint());
    fields.put("tokenHash", FieldType.string(64));
    fields.put("createdAt", FieldType.instant());
    fields.put("lastUsedAt", FieldType.instant());
    fields.put("expiresAt", FieldType.instant());
    fields.put("address", FieldType.string(64).withDefault(""));
    model.extend(TABLE, fields, TableOptions.primary("id").autoIncrement().unique("tokenHash").index("userId"));
  }

  /** A new token for {@code userId}: the raw value (shown to the client once) and its row. */
  Map.Entry<String, Token> issue(long userId, String address) {
    String raw = Secrets.token();
    Instant now = Instant.now();
    Row row = db.create(TABLE, Map.of("userId", userId, "tokenHash", Secrets.hash(raw), "createdAt", now,
        "lastUsedAt", now, "expiresAt", now.plus(lifetime), "address", address.length() > 64 ? address.substring(0, 64) : address));
    return Map.entry(raw, token(row));
  }

  /** The token behind {@code raw}, its use recorded; {@code token_invalid} or {@code token_expired} otherwise. */
  Token check(String raw) {
    if (!Secrets.looksLikeToken(raw)) throw invalid();
    Row row = db.get(TABLE, Filter.eq("tokenHash", Secrets.hash(raw))).stream().findFirst().orElseThrow(Tokens::invalid);
    Token t = token(row);
    Instant now = Instant.now();
    if (!t.expiresAt().isAfter(now)) {
      db.remove(TABLE, Filter.eq("id", t.id()));
      throw new ConsoleException(ErrorCode.TOKEN_EXPIRED, "Your login has expired; log in again");
    }
    if (Duration.between(t.lastUsedAt(), now).compareTo(TOUCH) >= 0) {
      db.set(TABLE, Filter.eq("id", t.id()), Map.of("lastUsedAt", now, "expiresAt", now.plus(lifetime)));
      t = new Token(t.id(), t.userId(), t.createdAt(), now, now.plus(lifetime));
    }
    return t;
  }

  List<Token> list(long userId) {
    return db.select(TABLE).where(Filter.and(Filter.eq("userId", userId), Filter.gt("expiresAt", Instant.now())))
        .orderBy("-lastUsedAt").list().stream().map(Tokens::token).toList();
  }

  /** Revokes one of {@code userId}'s tokens; {@code not_found} when it is not theirs. */
  void revoke(long userId, long tokenId) {
    if (db.remove(TABLE, Filter.and(Filter.eq("id", tokenId), Filter.eq("userId", userId))) == 0) {
      throw new ConsoleException(ErrorCode.NOT_FOUND, "You have no session " + tokenId);
    }
  }

  void revokeAll(long userId) {
    db.remove(TABLE, Filter.eq("userId", userId));
  }

  /** Whether the token still exists (not revoked); an open socket checks before it acts on it. */
  boolean exists(long tokenId) {
    return db.count(TABLE, Filter.eq("id", tokenId)) > 0;
  }

  private static ConsoleException invalid() {
    return new ConsoleException(ErrorCode.TOKEN_INVALID, "The token is not valid (revoked, or never issued); log in again");
  }

  private static Token token(Row r) {
    return new Token(((Number) r.get("id")).longValue(), ((Number) r.get("userId")).longValue(),
        instant(r.get("createdAt")), instant(r.get("lastUsedAt")), instant(r.get("expiresAt")));
  }

  private static Instant instant(Object v) {
    return v instanceof Instant i ? i : Instant.parse(v.toString());
  }
}
