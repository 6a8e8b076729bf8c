package dev.mochi.core.data;

import dev.mochi.api.data.FieldType.Kind;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Compiles a {@link FilterPlan} to a jOOQ condition. Values only ever appear as bind parameters. SQL's
 * three-valued logic is kept ({@code coins > 1} is unknown for a null {@code coins}, and so is its negation);
 * {@code $ne} and {@code $nin} match null like MongoDB does, and {@code $empty} and list {@code $includes}
 * are never unknown. Text compares by code point (binary collation) on every database. {@link MemoryFilter}
 * implements exactly the same rules.
 */
final class SqlFilter {
  private SqlFilter() {}

  static Condition compile(FilterPlan plan, SQLDialect dialect) {
    return switch (plan) {
      case FilterPlan.All a -> a.parts().isEmpty() ? DSL.trueCondition() : DSL.and(each(a.parts(), dialect));
      case FilterPlan.Any a -> a.parts().isEmpty() ? DSL.falseCondition() : DSL.or(each(a.parts(), dialect));
      case FilterPlan.Neg n -> DSL.not(compile(n.part(), dialect));
      case FilterPlan.Cmp c -> compare(c, dialect);
    };
  }

  private static List<Condition> each(List<FilterPlan> parts, SQLDialect dialect) {
    List<Condition> out = new ArrayList<>(parts.size());
    for (FilterPlan p : parts) out.add(compile(p, dialect));
    return out;
  }

  private static Condition compare(FilterPlan.Cmp c, SQLDialect dialect) {
    FieldDef f = c.field();
    Field<Object> col = Sql.field(f);
    Object v = c.value() instanceof List<?> ? null : Values.toColumn(f.type(), c.value());
    if (dialect.family() == SQLDialect.POSTGRES && f.type().kind() == Kind.STRING) {
      @SuppressWarnings("unchecked") Field<Object> binary = (Field<Object>) (Field<?>) col.collate("C");
      col = binary;
    }
    return switch (c.op()) {
      case EQ -> v == null ? col.isNull() : col.eq(Sql.val(f, v));
      case NE -> v == null ? col.isNotNull() : col.isDistinctFrom(Sql.val(f, v));
      case GT -> col.gt(Sql.val(f, v));
      case GTE -> col.ge(Sql.val(f, v));
      case LT -> col.lt(Sql.val(f, v));
      case LTE -> col.le(Sql.val(f, v));
      case IN -> ((List<?>) c.value()).isEmpty() ? DSL.falseCondition() : col.in(binds(f, (List<?>) c.value()));
      case NIN -> ((List<?>) c.value()).isEmpty() ? DSL.trueCondition()
          : col.isNull().or(col.notIn(binds(f, (List<?>) c.value())));
      case LIKE -> col.like(DSL.val((String) c.value()), '\\');
      case INCLUDES -> f.type().kind() == Kind.LIST ? listIncludes(col, (String) c.value(), dialect)
          : col.contains(c.value());
      case EMPTY -> {
        Condition empty = switch (f.type().kind()) {
          case STRING -> col.isNull().or(col.eq(Sql.val(f, "")));
          case LIST -> col.isNull().or(col.eq(Sql.val(f, "[]")));
          case JSON -> col.isNull().or(col.in(Sql.val(f, "[]"), Sql.val(f, "{}"), Sql.val(f, "null")));
          default -> col.isNull();
        };
        yield (Boolean) c.value() ? empty : DSL.not(empty);
      }
    };
  }

  private static List<Field<Object>> binds(FieldDef f, List<?> values) {
    List<Field<Object>> out = new ArrayList<>(values.size());
    for (Object v : values) out.add(Sql.val(f, Values.toColumn(f.type(), v)));
    return out;
  }

  private static Condition listIncludes(Field<Object> col, String value, SQLDialect dialect) {
    if (dialect.family() == SQLDialect.POSTGRES) {
      return DSL.condition("coalesce({0}, '[]')::jsonb @> jsonb_build_array({1}::text)", col, DSL.val(value));
    }
    return DSL.condition("exists (select 1 from json_each(coalesce({0}, '[]')) where value = {1})", col, DSL.val(value));
  }
}
