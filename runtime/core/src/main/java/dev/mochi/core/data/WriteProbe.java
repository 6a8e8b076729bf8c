package dev.mochi.core.data;

import dev.mochi.core.config.ConfigException;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.exception.DataAccessException;

/**
 * Makes sure the database takes writes before the bot says it is ready. A read-only SQLite file (its permissions,
 * a read-only mount, {@code open_mode}) opens and reads fine, so without this the bot would start and then answer
 * every data command with an error that blames the plugin.
 */
final class WriteProbe {
  private WriteProbe() {}

  static void check(DSLContext writer, String url) {
    try {
      if (writer.dialect() == SQLDialect.SQLITE) {
        // Writing the header's user version back unchanged is a real write that changes nothing.
        Object version = writer.fetchValue("PRAGMA user_version");
        writer.execute("PRAGMA user_version = " + ((Number) version).intValue());
      } else if ("on".equalsIgnoreCase(String.valueOf(writer.fetchValue("SHOW transaction_read_only")))) {
        throw readOnly(url, "the server only allows reading (a standby, or default_transaction_read_only)", null);
      }
    } catch (DataAccessException e) {
      String text = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
      if (text.contains("readonly") || text.contains("read-only") || text.contains("read only")) {
        throw readOnly(url, "writing fails: " + e.getCause().getMessage(), e);
      }
      throw e;
    }
  }

  private static ConfigException readOnly(String url, String why, Throwable cause) {
    return new ConfigException("'database.url': the database " + url + " is read-only, " + why + "; make the file, "
        + "its -wal and -shm files and its folder writable by the user running the bot, or point database.url at "
        + "a writable database", "database.url", cause);
  }
}
