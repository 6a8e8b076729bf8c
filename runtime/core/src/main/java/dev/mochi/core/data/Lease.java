package dev.mochi.core.data;

import dev.mochi.api.data.DataException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Properties;

/**
 * The one process allowed on a database. A bot process keeps the authoritative state of the users and channels it
 * touched in memory and writes it back in batches, so two processes on one database would silently lose each other's
 * updates. Until processes can share a database, the second one refuses to start, with a message that says why.
 *
 * <p>The lease is held by the database's own locking, so it ends with the process however it ends: for a SQLite file,
 * an exclusive lock on {@code <file>.lock} beside it (the operating system drops the lock when the process exits or
 * dies; a lock on the database file itself would be dropped whenever SQLite closes one of its descriptors of the
 * file); for PostgreSQL, a session-level advisory lock, keyed by the schema, held by one dedicated connection (the
 * server drops it with the connection). An in-memory SQLite database needs none.
 */
abstract class Lease implements AutoCloseable {
  /** The first key of Mochi's advisory locks ("Moch"); the second is the schema's. */
  static final int ADVISORY_CLASS = 0x4D6F6368;

  @Override public abstract void close();

  /** Takes the lease of the database {@code settings} name; throws {@link DataException} when another process has it. */
  static Lease acquire(DataSettings settings) {
    if (settings.sqlite()) {
      Path file = Connections.sqliteFile(settings.url());
      return file == null ? new None() : SqliteLease.take(file);
    }
    return PostgresLease.take(settings);
  }

  static DataException refused(String what, String holder) {
    return new DataException("Another Mochi process is already using " + what + " (" + holder + "). Two processes "
        + "on one database would lose each other's updates, so this one does not start. Stop the other process, or "
        + "give this bot a database of its own (database.url in bot.yml).");
  }

  private static final class None extends Lease {
    @Override public void close() {}
  }

  /** An exclusive lock on {@code <file>.lock}, which also records who holds it. */
  private static final class SqliteLease extends Lease {
    private final FileChannel channel;

    private SqliteLease(FileChannel channel) {
      this.channel = channel;
    }

    static Lease take(Path db) {
      Path lockFile = db.resolveSibling(db.getFileName() + ".lock");
      FileChannel channel = null;
      try {
        if (db.getParent() != null) Files.createDirectories(db.getParent());
        channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
          lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
          lock = null;
        }
        if (lock == null) {
          String holder = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
          channel.close();
          throw refused("the SQLite database " + db, (holder.isEmpty() ? "a process" : holder) + "; lock file "
              + lockFile);
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(("process " + ProcessHandle.current().pid() + ", since " + Instant.now())
            .getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(false);
        return new SqliteLease(channel);
      } catch (IOException e) {
        closeQuietly(channel);
        throw new DataException("Cannot lock " + lockFile + " to make sure no other Mochi process uses " + db + ": "
            + e.getMessage() + "; check that the folder is writable", e);
      }
    }

    @Override public void close() {
      closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel channel) {
      if (channel == null) return;
      try {
        channel.close();
      } catch (IOException e) {
        // closing releases the lock; the process's exit would too
      }
    }
  }

  /** {@code pg_try_advisory_lock(ADVISORY_CLASS, schema)} on a connection of its own. */
  private static final class PostgresLease extends Lease {
    private final Connection connection;

    private PostgresLease(Connection connection) {
      this.connection = connection;
    }

    static Lease take(DataSettings settings) {
      String where = settings.url().replaceFirst("\\?.*$", "");
      Properties props = new Properties();
      if (settings.user() != null && !settings.user().isBlank()) props.setProperty("user", settings.user());
      if (settings.password() != null && !settings.password().isEmpty()) props.setProperty("password", settings.password());
      props.setProperty("ApplicationName", "mochi (database lease)");
      Connection c = null;
      try {
        c = DriverManager.getConnection(settings.url(), props);
        String schema = c.getSchema();
        int key = schema == null ? 0 : schema.hashCode() & 0x7fffffff;
        if (!tryLock(c, key)) {
          String holder = holder(c, key);
          c.close();
          throw refused("the PostgreSQL database " + where + ", schema " + schema, holder);
        }
        return new PostgresLease(c);
      } catch (SQLException e) {
        closeQuietly(c);
        throw new DataException("Cannot open the database at '" + where + "' to take its lease: " + e.getMessage()
            + "; check database.url, database.user and database.password in bot.yml", e);
      }
    }

    private static boolean tryLock(Connection c, int key) throws SQLException {
      try (PreparedStatement s = c.prepareStatement("select pg_try_advisory_lock(?, ?)")) {
        s.setInt(1, ADVISORY_CLASS);
        s.setInt(2, key);
        try (ResultSet r = s.executeQuery()) {
          return r.next() && r.getBoolean(1);
        }
      }
    }

    private static String holder(Connection c, int key) throws SQLException {
      try (PreparedStatement s = c.prepareStatement("select a.pid, a.client_addr, a.backend_start from pg_locks l "
          + "join pg_stat_activity a on a.pid = l.pid where l.locktype = 'advisory' and l.granted "
          + "and l.classid::bigint = ? and l.objid::bigint = ? and l.objsubid = 2")) {
        s.setLong(1, ADVISORY_CLASS);
        s.setLong(2, key);
        try (ResultSet r = s.executeQuery()) {
          if (!r.next()) return "a connection that has just let go of it; try again";
          String addr = r.getString(2);
          return "server process " + r.getInt(1) + (addr == null ? "" : " for " + addr) + ", connected since "
              + r.getTimestamp(3).toInstant();
        }
      }
    }

    @Override public void close() {
      closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
      if (c == null) return;
      try {
        c.close();
      } catch (SQLException e) {
        // the server ends the session, and its advisory locks, when the connection goes
      }
    }
  }
}
