package dev.mochi.core.data;

import dev.mochi.api.data.FieldType.Kind;
import dev.mochi.api.data.Relation;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Compiles a {@link FilterPlan} to a jOOQ condition. Values only ever appear as bind parameters. SQL's
 * three-valued logic is kept ({@code coins > 1} is unknown for a null {@code coins}, and so is its negation);
 * {@code $ne} and {@code $nin} match null like MongoDB does, and {@code $empty} and list {@code $includes}
 * are never unknown. Text compares by code point (binary collation) on every database. {@link MemoryFilter}
 * implements exactly the same rules.
 *
 * <p>Relations become correlated subqueries over aliased tables ({@code r1}, {@code r2}, …): a to-one hop is a
 * scalar subquery yielding the related row's field (null when there is none, so null logic is unchanged), a
 * to-many hop an {@code EXISTS}. The table the filter is about stays unaliased, and its fields unqualified
 * unless a subquery refers to them.
 */
final class SqlFilter {
  private final SQLDialect dialect;
  private int aliases;

  private SqlFilter(SQLDialect dialect) {
    this.dialect = dialect;
  }

  static Condition compile(FilterPlan plan, SQLDialect dialect) {
    return new SqlFilter(dialect).cond(plan, null);
  }

  /** {@code alias}: the alias of the row the plan is about, null for the unaliased table of the query. */
  private Condition cond(FilterPlan plan, String alias) {
    return switch (plan) {
      case FilterPlan.All a -> a.parts().isEmpty() ? DSL.trueCondition() : DSL.and(each(a.parts(), alias));
      case FilterPlan.Any a -> a.parts().isEmpty() ? DSL.falseCondition() : DSL.or(each(a.parts(), alias));
      case FilterPlan.Neg n -> DSL.not(cond(n.part(), alias));
      case FilterPlan.Cmp c -> compare(c, alias);
      case FilterPlan.Some s -> some(s, alias);
    };
  }

  private List<Condition> each(List<FilterPlan> parts, String alias) {
    List<Condition> out = new ArrayList<>(parts.size());
    for (FilterPlan p : parts) out.add(cond(p, alias));
    return out;
  }

  private String alias() {
    return "r" + (++aliases);
  }

  @SuppressWarnings("unchecked")
  private static Field<Object> column(FieldDef f, String qualifier) {
    if (qualifier == null) return Sql.field(f);
    return (Field<Object>) DSL.field(DSL.name(qualifier, f.column()), Sql.dataType(f.type()));
  }

  private static Table<?> aliased(TableDef t, String alias) {
    return Sql.table(t).as(DSL.name(alias));
  }

  /** How a subquery names the row {@code hop} starts from. */
  private static String outer(String alias, FilterPlan.Hop hop) {
    return alias != null ? alias : hop.source().name();
  }

  /** The value of {@code f} on the row reached from {@code alias} through the to-one hops {@code via[i..]}. */
  private Field<Object> value(List<FilterPlan.Hop> via, int i, FieldDef f, String alias) {
    if (i == via.size()) return column(f, alias);
    FilterPlan.Hop hop = via.get(i);
    String a = alias();
    Relation r = hop.relation();
    String from = outer(alias, hop);
    Condition link = r.type() == Relation.Type.BELONGS_TO
        ? column(hop.target().require(r.targetKey()), a).eq(column(hop.source().require(r.foreignKey()), from))
        : column(hop.target().require(r.foreignKey()), a).eq(column(hop.source().require(r.sourceKey()), from));
    Field<Object> inner = value(via, i + 1, f, a);
    return DSL.field(DSL.select(inner).from(aliased(hop.target(), a)).where(link).limit(1));
  }

  private Condition some(FilterPlan.Some s, String alias) {
    FilterPlan.Hop hop = s.many();
    Relation r = hop.relation();
    String from = s.via().isEmpty() ? outer(alias, hop) : alias;
    Field<Object> source = value(s.via(), 0, hop.source().require(r.sourceKey()), from);
    String a = alias();
    if (r.type() == Relation.Type.HAS_MANY) {
      Condition link = column(hop.target().require(r.foreignKey()), a).eq(source);
      return DSL.exists(DSL.selectOne().from(aliased(hop.target(), a)).where(link.and(cond(s.inner(), a))));
    }
    String j = alias();
    Condition joined = column(hop.target().require(r.targetKey()), a).eq(column(hop.through().require(r.otherKey()), j));
    Condition link = column(hop.through().require(r.foreignKey()), j).eq(source);
    return DSL.exists(DSL.selectOne().from(aliased(hop.through(), j)).join(aliased(hop.target(), a)).on(joined)
        .where(link.and(cond(s.inner(), a))));
  }

  private Condition compare(FilterPlan.Cmp c, String alias) {
    FieldDef f = c.field();
    Field<Object> col = value(c.via(), 0, f, alias);
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
      case INCLUDES -> f.type().kind() == Kind.LIST ? listIncludes(col, (String) c.value())
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

  private Condition listIncludes(Field<Object> col, String value) {
    if (dialect.family() == SQLDialect.POSTGRES) {
      return DSL.condition("coalesce({0}, '[]')::jsonb @> jsonb_build_array({1}::text)", col, DSL.val(value));
    }
    return DSL.condition("exists (select 1 from json_each(coalesce({0}, '[]')) where value = {1})", col, DSL.val(value));
  }
}
