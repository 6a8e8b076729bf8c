package dev.mochi.console;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import dev.mochi.api.console.ConsoleException;
import dev.mochi.api.console.ConsoleUser;
import dev.mochi.api.console.ErrorCode;
import dev.mochi.api.data.Database;
import dev.mochi.api.data.FieldType;
import dev.mochi.api.data.Filter;
import dev.mochi.api.data.Model;
import dev.mochi.api.data.Row;
import dev.mochi.api.data.TableOptions;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Console logins: a name and a bcrypt password hash per row of the {@code user} table, in table
 * {@code console_login}. The first start creates the owner (a user of authority 5) with no password and a one-time
 * setup secret (its SHA-256 stored); {@link #setup} gives it a name and password and spends the secret. Passwords are
 * 8 to 200 characters; longer than bcrypt's 72 bytes they are pre-hashed with SHA-512 (the library's strategy), so no
 * character is silently ignored.
 */
final class Accounts {
  static final String TABLE = "console_login";
  static final int COST = 10;
  private static final BCrypt.Hasher HASHER = BCrypt.with(LongPasswordStrategies.hashSha512(BCrypt.Version.VERSION_2A));
  private static final BCrypt.Verifyer VERIFIER = BCrypt.verifyer(BCrypt.Version.VERSION_2A,
      LongPasswordStrategies.hashSha512(BCrypt.Version.VERSION_2A));
  /**
   * Checked against when the name is unknown, so a wrong name costs as long as a wrong password: a hash of
   * {@code "not a password"} at {@link #COST}, written out because hashing it when the class loads cost every start
   * about 150 ms of CPU before the ready line. No login ever matches it ({@link #verify}).
   */
  static final String DUMMY = "$2a$10$.VziEeEtUk5ux0p6dqSB6OSHh.RMK2jhAY6A04XB6yVvXZ3wJoA1K";

  private final Database db;

  Accounts(Database db) {
    this.db = db;
  }

  static void declare(Model model) {
    Map<String, FieldType> fields = new LinkedHashMap<>();
    fields.put("id", FieldType.bigint());
    fields.put("userId", FieldType.bigint());
    fields.put("name", FieldType.string(64));
    fields.put("passwordHash", FieldType.string(100).withDefault(""));
    fields.put("passwordChangedAt", FieldType.instant());
    fields.put("setupHash", FieldType.string(64).withDefault(""));
    fields.put("locale", FieldType.string(16).withDefault("en-US"));
    model.extend(TABLE, fields, TableOptions.primary("id").autoIncrement().unique("name").unique("userId"));
  }

  /**
   * The owner's setup secret when the owner has not set a password yet (a fresh one each start, the old one dead);
   * empty when the owner is set up. Creates the owner on the very first start.
   */
  Optional<String> pendingSetup() {
    List<Row> logins = db.get(TABLE, Filter.ALL);
    if (logins.stream().anyMatch(r -> !str(r, "passwordHash").isEmpty())) return Optional.empty();
    String secret = Secrets.token();
    if (logins.isEmpty()) {
      Row user = db.create("user", Map.of("name", "owner", "authority", 5));
      db.create(TABLE, Map.of("userId", id(user), "name", "owner", "setupHash", Secrets.hash(secret),
          "passwordChangedAt", Instant.now()));
    } else {
      db.set(TABLE, Filter.eq("id", id(logins.getFirst())), Map.of("setupHash", Secrets.hash(secret)));
    }
    return Optional.of(secret);
  }

  /** Spends the setup secret: the owner gets {@code name} and {@code password}. */
  ConsoleUser setup(String secret, String name, String password) {
    checkName(name);
    checkPassword(password);
    String hash = Secrets.hash(secret == null ? "" : secret);
    Row login = db.get(TABLE, Filter.ne("setupHash", "")).stream()
        .filter(r -> Secrets.same(str(r, "setupHash"), hash)).findFirst()
        .orElseThrow(() -> new ConsoleException(ErrorCode.TOKEN_INVALID, "This setup link was used already or is not valid"));
    if (db.count(TABLE, Filter.and(Filter.eq("name", name), Filter.ne("id", id(login)))) > 0) {
      throw new ConsoleException(ErrorCode.CONFLICT, "The login name '" + name + "' is taken");
    }
    int changed = db.set(TABLE, Filter.and(Filter.eq("id", id(login)), Filter.eq("setupHash", str(login, "setupHash"))),
        Map.of("name", name, "passwordHash", bcrypt(password), "setupHash", "", "passwordChangedAt", Instant.now()));
    if (changed == 0) throw new ConsoleException(ErrorCode.TOKEN_INVALID, "This setup link was used already or is not valid");
    db.set("user", Filter.eq("id", ((Number) login.get("userId")).longValue()), Map.of("name", name));
    return user(((Number) login.get("userId")).longValue()).orElseThrow();
  }

  /** The user whose name and password these are; {@code token_invalid}-free: a wrong pair is {@code forbidden}. */
  Optional<ConsoleUser> verify(String name, String password) {
    Optional<Row> login = db.get(TABLE, Filter.eq("name", name)).stream().findFirst();
    String hash = login.map(r -> str(r, "passwordHash")).filter(h -> !h.isEmpty()).orElse(DUMMY);
    boolean ok = VERIFIER.verify(password.toCharArray(), hash.getBytes(StandardCharsets.UTF_8)).verified;
    if (!ok || login.isEmpty() || hash.equals(DUMMY)) return Optional.empty();
    return user(((Number) login.get().get("userId")).longValue());
  }

  /** Changes a password after checking the old one. */
  void changePassword(long userId, String old, String fresh) {
    checkPassword(fresh);
    Row login = db.get(TABLE, Filter.eq("userId", userId)).stream().findFirst()
        .orElseThrow(() -> new ConsoleException(ErrorCode.NOT_FOUND, "You have no console password; log in with a chat code, or ask the owner for a login"));
    if (!VERIFIER.verify(old.toCharArray(), str(login, "passwordHash").getBytes(StandardCharsets.UTF_8)).verified) {
      throw new ConsoleException(ErrorCode.FORBIDDEN, "The current password is wrong");
    }
    db.set(TABLE, Filter.eq("id", id(login)), Map.of("passwordHash", bcrypt(fresh), "passwordChangedAt", Instant.now()));
  }

  /** Gives user {@code userId} a console login (or a new password for theirs). */
  void setLogin(long userId, String name, String password) {
    checkName(name);
    checkPassword(password);
    if (db.count(TABLE, Filter.and(Filter.eq("name", name), Filter.ne("userId", userId))) > 0) {
      throw new ConsoleException(ErrorCode.CONFLICT, "The login name '" + name + "' is taken");
    }
    Map<String, Object> values = Map.of("name", name, "passwordHash", bcrypt(password), "passwordChangedAt", Instant.now());
    if (db.set(TABLE, Filter.eq("userId", userId), values) == 0) {
      Map<String, Object> row = new LinkedHashMap<>(values);
      row.put("userId", userId);
      db.create(TABLE, row);
    }
  }

  /** A user by id, with the console name (their login name, else their chat name) and locale. */
  Optional<ConsoleUser> user(long userId) {
    Optional<Row> user = db.get("user", Filter.eq("id", userId), "id", "name", "authority").stream().findFirst();
    if (user.isEmpty()) return Optional.empty();
    Optional<Row> login = db.get(TABLE, Filter.eq("userId", userId)).stream().findFirst();
    String name = login.map(r -> str(r, "name")).orElse(str(user.get(), "name"));
    String locale = login.map(r -> str(r, "locale")).filter(l -> !l.isEmpty()).orElse("en-US");
    int authority = ((Number) user.get().get("authority")).intValue();
    return Optional.of(new ConsoleUser(userId, name.isEmpty() ? "user " + userId : name, authority, locale));
  }

  /** The owner created at first start (the first login's user). */
  Optional<Long> owner() {
    return db.select(TABLE).orderBy("id").limit(1).first().map(r -> ((Number) r.get("userId")).longValue());
  }

  void locale(long userId, String locale) {
    db.set(TABLE, Filter.eq("userId", userId), Map.of("locale", locale));
  }

  private static String bcrypt(String password) {
    return new String(HASHER.hash(COST, password.toCharArray()), StandardCharsets.UTF_8);
  }

  static void checkName(String name) {
    if (name == null || !name.matches("[\\p{L}\\p{N}_.@-]{1,64}")) {
      throw new ConsoleException(ErrorCode.REQUEST_INVALID, "A login name is 1 to 64 letters, digits and _.@-",
          Map.of("fields", Map.of("name", "1 to 64 letters, digits and _.@-")));
    }
  }

  static void checkPassword(String password) {
    if (password == null || password.length() < 8 || password.length() > 200) {
      throw new ConsoleException(ErrorCode.REQUEST_INVALID, "A password is 8 to 200 characters",
          Map.of("fields", Map.of("password", "8 to 200 characters")));
    }
  }

  private static String str(Row r, String field) {
    Object v = r.get(field);
    return v == null ? "" : v.toString();
  }

  private static long id(Row r) {
    return ((Number) r.get("id")).longValue();
  }
}
