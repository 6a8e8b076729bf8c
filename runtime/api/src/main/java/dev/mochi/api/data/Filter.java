package dev.mochi.api.data;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The one filter language, for the Java API, the console and HTTP. Build it in code
 * ({@code Filter.and(Filter.gt("coins", 10), Filter.like("name", "a%"))}) or parse the JSON operator form
 * ({@code {"coins": {"$gt": 10}, "$or": [{"name": "a"}, {"name": "b"}]}}: a bare value means {@code $eq},
 * an array {@code $in}). Paths and operators are checked against the table when the filter is used.
 */
public sealed interface Filter {

  /** Comparison operators. */
  /** The comparison operators of {@link Compare} (the JSON form's {@code $eq}, {@code $ne}, …). */
  enum Op {
    /** Equal ({@code $eq}). */
    EQ,
    /** Not equal ({@code $ne}); {@code NULL} matches. */
    NE,
    /** Greater than ({@code $gt}). */
    GT,
    /** Greater than or equal ({@code $gte}). */
    GTE,
    /** Less than ({@code $lt}). */
    LT,
    /** Less than or equal ({@code $lte}). */
    LTE,
    /** One of a list ({@code $in}). */
    IN,
    /** None of a list ({@code $nin}); {@code NULL} matches. */
    NIN,
    /** SQL {@code LIKE}: {@code %} any text, {@code _} one character, backslash escapes ({@code $like}). */
    LIKE,
    /** A list field holds the value ({@code $includes}). */
    INCLUDES,
    /** Empty ({@code NULL}, {@code ""} or an empty list) or, with {@code false}, not ({@code $empty}). */
    EMPTY
  }

  /** A comparison of one field. For {@link Op#EMPTY} the value is a Boolean (true: is empty). */
  record Compare(String path, Op op, Object value) implements Filter {}

  /** All of {@code filters} match (an empty list matches every row). */
  record And(List<Filter> filters) implements Filter {
    /** Copies the list. */
    public And { filters = List.copyOf(filters); }
  }

  /** At least one of {@code filters} matches (an empty list matches no row). */
  record Or(List<Filter> filters) implements Filter {
    /** Copies the list. */
    public Or { filters = List.copyOf(filters); }
  }

  /** {@code filter} does not match. */
  record Not(Filter filter) implements Filter {}

  /** Matches every row. */
  Filter ALL = new And(List.of());

  /** Field {@code path} equals {@code value}. */
  static Filter eq(String path, Object value) { return new Compare(path, Op.EQ, value); }

  /** Field {@code path} differs from {@code value} (a {@code NULL} field matches). */
  static Filter ne(String path, Object value) { return new Compare(path, Op.NE, value); }

  /** Field {@code path} is greater than {@code value}. */
  static Filter gt(String path, Object value) { return new Compare(path, Op.GT, value); }

  /** Field {@code path} is greater than or equal to {@code value}. */
  static Filter gte(String path, Object value) { return new Compare(path, Op.GTE, value); }

  /** Field {@code path} is less than {@code value}. */
  static Filter lt(String path, Object value) { return new Compare(path, Op.LT, value); }

  /** Field {@code path} is less than or equal to {@code value}. */
  static Filter lte(String path, Object value) { return new Compare(path, Op.LTE, value); }

  /** Field {@code path} is one of {@code values}. */
  static Filter in(String path, Collection<?> values) { return new Compare(path, Op.IN, List.copyOf(values)); }

  /** Field {@code path} is none of {@code values} (a {@code NULL} field matches). */
  static Filter nin(String path, Collection<?> values) { return new Compare(path, Op.NIN, List.copyOf(values)); }

  /** SQL LIKE with {@code %} and {@code _}. */
  static Filter like(String path, String pattern) { return new Compare(path, Op.LIKE, pattern); }

  /** A list field contains the value, or a string field contains the substring. */
  static Filter includes(String path, Object value) { return new Compare(path, Op.INCLUDES, value); }

  /** The field is null, an empty string or an empty list ({@code empty=true}), or is not ({@code false}). */
  static Filter empty(String path, boolean empty) { return new Compare(path, Op.EMPTY, empty); }

  /** Every one of {@code filters} matches. */
  static Filter and(Filter... filters) { return new And(List.of(filters)); }

  /** At least one of {@code filters} matches. */
  static Filter or(Filter... filters) { return new Or(List.of(filters)); }

  /** {@code filter} does not match. */
  static Filter not(Filter filter) { return new Not(filter); }

  /** Parses the JSON operator form; throws {@link DataException} naming the bad field or operator. */
  static Filter parse(String json) { return FilterJson.parse(json); }

  /** Builds a filter from an already-decoded JSON object (maps, lists, numbers, strings, booleans). */
  static Filter of(Map<String, ?> json) { return FilterJson.fromObject(json); }

  /**
   * JianghuJS's condition keys ({@code where}, {@code whereIn}, {@code whereLike}, {@code whereOptions},
   * {@code whereOrOptions}) as one filter; keys that are absent are skipped.
   */
  static Filter jianghu(Map<String, ?> conditions) { return FilterJson.jianghu(conditions); }
}
