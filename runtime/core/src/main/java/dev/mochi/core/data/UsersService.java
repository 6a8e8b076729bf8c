package dev.mochi.core.data;

import dev.mochi.api.data.DataException;
import dev.mochi.api.data.Database;
import dev.mochi.api.data.Filter;
import dev.mochi.api.data.Row;
import dev.mochi.api.data.UserData;
import dev.mochi.api.data.UserSummary;
import dev.mochi.api.data.Users;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link Users} service. Reads are two queries per page (the users, then their bindings); the authority is
 * written through the user's shared entity state ({@link RecordAccess#update}), as a session's write is.
 */
public final class UsersService implements Users {
  private static final int MAX_PAGE = 1000;

  private final DataService data;

  public UsersService(DataService data) { this.data = data; }

  @Override public UserData user(String platform, String userId) { return data.user(platform, userId, UserData.class); }

  @Override public <T extends UserData> T user(String platform, String userId, Class<T> view) {
    return data.user(platform, userId, view);
  }

  private Database db() { return data.records().database(); }

  @Override public List<UserSummary> list(int offset, int limit) {
    if (offset < 0) throw new IllegalArgumentException("offset must not be negative, got " + offset);
    checkLimit(limit);
    return summaries(db().select(Schema.USER).orderBy("id").offset(offset).limit(limit).list());
  }

  @Override public long count() { return db().count(Schema.USER, Filter.ALL); }

  @Override public List<UserSummary> search(String text, int limit) {
    checkLimit(limit);
    String t = text == null ? "" : text.strip();
    if (t.isEmpty()) return list(0, limit);
    String pattern = "%" + t.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    List<Object> ids = new ArrayList<>();
    for (Row b : db().select(Schema.BINDING).where(Filter.like("pid", pattern)).fields("bid").limit(limit).list()) {
      ids.add(b.get("bid"));
    }
    List<Filter> any = new ArrayList<>(List.of(Filter.like("name", pattern)));
    if (!ids.isEmpty()) any.add(Filter.in("id", ids));
    if (t.matches("\\d{1,18}")) any.add(Filter.eq("id", Long.parseLong(t)));
    return summaries(db().select(Schema.USER).where(Filter.or(any.toArray(Filter[]::new))).orderBy("id").limit(limit).list());
  }

  @Override public Optional<UserSummary> find(long id) {
    return summaries(db().get(Schema.USER, Filter.eq("id", id))).stream().findFirst();
  }

  @Override public UserSummary setAuthority(long id, int authority) {
    if (authority < 0 || authority > 5) throw new IllegalArgumentException("authority must be 0 to 5, got " + authority);
    if (!data.records().update(Schema.USER, Map.of("id", id), Map.of("authority", authority))) {
      throw new DataException("There is no user with id " + id);
    }
    return find(id).orElseThrow(() -> new DataException("There is no user with id " + id));
  }

  private static void checkLimit(int limit) {
    if (limit < 1 || limit > MAX_PAGE) throw new IllegalArgumentException("limit must be 1 to " + MAX_PAGE + ", got " + limit);
  }

  private List<UserSummary> summaries(List<Row> users) {
    if (users.isEmpty()) return List.of();
    Map<Long, List<String>> accounts = new LinkedHashMap<>();
    for (Row u : users) accounts.put(u.get("id", Long.class), new ArrayList<>());
    for (Row b : db().select(Schema.BINDING).where(Filter.in("bid", List.copyOf(accounts.keySet()))).list()) {
      List<String> list = accounts.get(b.get("bid", Long.class));
      if (list != null) list.add(b.get("platform", String.class) + ":" + b.get("pid", String.class));
    }
    List<UserSummary> out = new ArrayList<>();
    for (Row u : users) {
      Long id = u.get("id", Long.class);
      Integer authority = u.get("authority", Integer.class);
      Instant created = u.get("createdAt", Instant.class);
      out.add(new UserSummary(id, u.get("name", String.class) == null ? "" : u.get("name", String.class),
          authority == null ? 1 : authority, created == null ? Instant.EPOCH : created, accounts.get(id)));
    }
    return out;
  }
}
