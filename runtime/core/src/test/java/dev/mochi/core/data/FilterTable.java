package dev.mochi.core.data;

import static dev.mochi.core.data.FilterCase.bad;
import static dev.mochi.core.data.FilterCase.jianghu;
import static dev.mochi.core.data.FilterCase.json;
import static dev.mochi.core.data.FilterCase.typed;

import dev.mochi.api.data.FieldType;
import dev.mochi.api.data.Filter;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The shared filter table: one data set, every operator, nesting, JianghuJS, bad input and injection attempts. */
final class FilterTable {
  private FilterTable() {}

  static Map<String, FieldType> fields() {
    Map<String, FieldType> f = new LinkedHashMap<>();
    f.put("name", FieldType.string());
    f.put("coins", FieldType.integer());
    f.put("score", FieldType.decimal());
    f.put("active", FieldType.bool());
    f.put("tags", FieldType.list());
    f.put("at", FieldType.instant());
    f.put("note", FieldType.string());
    f.put("meta", FieldType.json(Map.class));
    return f;
  }

  static List<Map<String, Object>> rows() {
    return List.of(
        row("apple", 5, 1.5, true, List.of("red", "fruit"), "2024-01-01T00:00:00Z", "sweet", Map.of("k", 1)),
        row("banana", 10, 2.0, false, List.of("yellow", "fruit"), "2024-02-01T00:00:00Z", null, null),
        row("cherry", 15, 0.5, true, List.of(), "2024-03-01T00:00:00Z", "", Map.of()),
        row("date", 20, null, null, null, "2024-04-01T00:00:00Z", null, null),
        row("Eggplant", 0, -1.0, false, List.of("purple"), null, "100% veg", null),
        row("fig_tree", null, 3.25, true, List.of("green", "tree"), "2024-06-01T00:00:00Z", "it's", null));
  }

  private static Map<String, Object> row(String name, Integer coins, Double score, Boolean active, List<String> tags,
                                         String at, String note, Map<String, ?> meta) {
    Map<String, Object> r = new HashMap<>();
    r.put("name", name);
    r.put("coins", coins);
    r.put("score", score);
    r.put("active", active);
    r.put("tags", tags);
    r.put("at", at == null ? null : Instant.parse(at));
    r.put("note", note);
    r.put("meta", meta);
    return r;
  }

  static final String[] ALL = {"apple", "banana", "cherry", "date", "Eggplant", "fig_tree"};

  static Stream<FilterCase> cases() {
    return Stream.of(
        json("{}", ALL),
        json("{\"name\": \"apple\"}", "apple"),
        json("{\"coins\": 10}", "banana"),
        json("{\"coins\": \"10\"}", "banana"),
        json("{\"active\": true}", "apple", "cherry", "fig_tree"),
        json("{\"note\": null}", "banana", "date"),
        json("{\"coins\": {\"$ne\": 10}}", "apple", "cherry", "date", "Eggplant", "fig_tree"),
        json("{\"note\": {\"$ne\": null}}", "apple", "cherry", "Eggplant", "fig_tree"),
        json("{\"coins\": {\"$gt\": 10}}", "cherry", "date"),
        json("{\"coins\": {\"$gte\": 10}}", "banana", "cherry", "date"),
        json("{\"coins\": {\"$lt\": 5}}", "Eggplant"),
        json("{\"coins\": {\"$lte\": 5}}", "apple", "Eggplant"),
        json("{\"score\": {\"$gt\": 1}}", "apple", "banana", "fig_tree"),
        json("{\"at\": {\"$gt\": \"2024-02-15T00:00:00Z\"}}", "cherry", "date", "fig_tree"),
        json("{\"name\": {\"$gt\": \"c\"}}", "cherry", "date", "fig_tree"),
        json("{\"coins\": [5, 20]}", "apple", "date"),
        json("{\"name\": {\"$in\": []}}"),
        json("{\"coins\": {\"$nin\": [5, 10]}}", "cherry", "date", "Eggplant", "fig_tree"),
        json("{\"coins\": {\"$nin\": []}}", ALL),
        json("{\"name\": {\"$like\": \"%an%\"}}", "banana", "Eggplant"),
        json("{\"name\": {\"$like\": \"E%\"}}", "Eggplant"),
        json("{\"name\": {\"$like\": \"e%\"}}"),
        json("{\"name\": {\"$like\": \"fig\\\\_%\"}}", "fig_tree"),
        json("{\"note\": {\"$like\": \"100\\\\%%\"}}", "Eggplant"),
        json("{\"name\": {\"$like\": \"d_te\"}}", "date"),
        json("{\"tags\": {\"$includes\": \"fruit\"}}", "apple", "banana"),
        json("{\"tags\": {\"$includes\": \"nothing\"}}"),
        json("{\"note\": {\"$includes\": \"'\"}}", "fig_tree"),
        json("{\"name\": {\"$includes\": \"an\"}}", "banana", "Eggplant"),
        json("{\"tags\": {\"$empty\": true}}", "cherry", "date"),
        json("{\"tags\": {\"$empty\": false}}", "apple", "banana", "Eggplant", "fig_tree"),
        json("{\"note\": {\"$empty\": true}}", "banana", "cherry", "date"),
        json("{\"score\": {\"$empty\": true}}", "date"),
        json("{\"meta\": {\"$empty\": false}}", "apple"),
        json("{\"$not\": {\"coins\": {\"$gt\": 5}}}", "apple", "Eggplant"),
        json("{\"coins\": {\"$not\": {\"$gt\": 5}}}", "apple", "Eggplant"),
        json("{\"$not\": {\"tags\": {\"$includes\": \"fruit\"}}}", "cherry", "date", "Eggplant", "fig_tree"),
        json("{\"$or\": [{\"coins\": 5}, {\"name\": \"date\"}]}", "apple", "date"),
        json("{\"active\": true, \"coins\": {\"$gte\": 10}}", "cherry"),
        json("{\"coins\": {\"$gt\": 1, \"$lt\": 20}}", "apple", "banana", "cherry"),
        json("{\"$and\": [{\"$or\": [{\"active\": true}, {\"active\": false}]}, {\"$not\": {\"tags\": {\"$includes\": \"fruit\"}}}]}",
            "cherry", "Eggplant", "fig_tree"),
        json("{\"$or\": []}", ALL),
        json("{\"$and\": []}", ALL),
        json("{\"$or\": [], \"coins\": 5}", "apple"),
        json("{\"coins\": {\"$notIn\": [5, 10]}}", "cherry", "date", "Eggplant", "fig_tree"),
        json("{\"name\": {\"$notLike\": \"%an%\"}}", "apple", "cherry", "date", "fig_tree"),
        json("{\"note\": {\"$notIncludes\": \"veg\"}}", "apple", "cherry", "fig_tree"),
        json("{\"name\": {\"$includes\": [\"an\", \"ch\"]}}", "banana", "cherry", "Eggplant"),
        json("{\"name\": {\"$startsWith\": \"fig_\"}}", "fig_tree"),
        json("{\"name\": {\"$startsWith\": \"f_g\"}}"),
        json("{\"name\": {\"$notStartsWith\": \"b\"}}", "apple", "cherry", "date", "Eggplant", "fig_tree"),
        json("{\"name\": {\"$endWith\": \"rry\"}}", "cherry"),
        json("{\"note\": {\"$notEndWith\": \"veg\"}}", "apple", "cherry", "fig_tree"),
        json("{\"note\": {\"$notEmpty\": true}}", "apple", "Eggplant", "fig_tree"),
        json("{\"tags\": {\"$arrayEmpty\": true}}", "cherry", "date"),
        json("{\"score\": {\"$exists\": true}}", "apple", "banana", "cherry", "Eggplant", "fig_tree"),
        json("{\"score\": {\"$notExists\": true}}", "date"),
        json("{\"note\": {\"$is\": null}}", "banana", "date"),
        json("{\"active\": {\"$isTruly\": true}}", "apple", "cherry", "fig_tree"),
        json("{\"active\": {\"$isFalsy\": true}}", "banana", "date", "Eggplant"),
        json("{\"coins\": {\"$between\": [5, 15]}}", "apple", "banana", "cherry"),
        json("{\"coins\": {\"$notBetween\": [5, 15]}}", "date", "Eggplant"),
        json("{\"tags\": {\"$anyOf\": [\"red\", \"purple\"]}}", "apple", "Eggplant"),
        json("{\"tags\": {\"$noneOf\": [\"fruit\"]}}", "cherry", "date", "Eggplant", "fig_tree"),
        json("{\"at\": {\"$dateOn\": \"2024-02-01\"}}", "banana"),
        json("{\"at\": {\"$dateOn\": \"2024-03\"}}", "cherry"),
        json("{\"at\": {\"$dateOn\": \"2024\"}}", "apple", "banana", "cherry", "date", "fig_tree"),
        json("{\"at\": {\"$dateOn\": \"2024-01-01T00:00:00Z\"}}", "apple"),
        json("{\"at\": {\"$dateNotOn\": \"2024-02-01\"}}", "apple", "cherry", "date", "fig_tree"),
        json("{\"at\": {\"$dateBefore\": \"2024-02-01\"}}", "apple"),
        json("{\"at\": {\"$dateNotBefore\": \"2024-04-01\"}}", "date", "fig_tree"),
        json("{\"at\": {\"$dateAfter\": \"2024-03-01\"}}", "date", "fig_tree"),
        json("{\"at\": {\"$dateNotAfter\": \"2024-02\"}}", "apple", "banana"),
        json("{\"at\": {\"$dateBetween\": [\"2024-02-01\", \"2024-04-01\"]}}", "banana", "cherry", "date"),
        json("{\"$or\": [{\"score\": {\"$lt\": 0}}, {\"$and\": [{\"coins\": {\"$gte\": 15}}, {\"note\": {\"$empty\": true}}]}]}",
            "cherry", "date", "Eggplant"),
        typed("and(gt coins 1, like name %e%)", Filter.and(Filter.gt("coins", 1), Filter.like("name", "%e%")),
            "apple", "cherry", "date"),
        typed("or(in name, empty score)", Filter.or(Filter.in("name", List.of("apple")), Filter.empty("score", true)),
            "apple", "date"),
        typed("not(eq active false)", Filter.not(Filter.eq("active", false)), "apple", "cherry", "fig_tree"),
        typed("nin name", Filter.nin("name", List.of("apple", "banana")), "cherry", "date", "Eggplant", "fig_tree"),
        jianghu("where", Map.of("where", Map.of("name", "apple")), "apple"),
        jianghu("whereIn", Map.of("whereIn", Map.of("coins", List.of(5, 10))), "apple", "banana"),
        jianghu("whereLike", Map.of("whereLike", Map.of("name", "an")), "banana", "Eggplant"),
        jianghu("whereOptions", Map.of("whereOptions", List.of(List.of("coins", ">", 5), List.of("active", "=", true))), "cherry"),
        jianghu("whereOrOptions", Map.of("whereOrOptions", List.of(List.of("name", "=", "apple"), List.of("name", "like", "%rry"))),
            "apple", "cherry"),
        jianghu("whereOptions with not in", Map.of("whereOptions", List.of(List.of("coins", "not in", List.of(0, 5)))),
            "banana", "cherry", "date", "fig_tree"),
        json("{\"name\": {\"$like\": \"%' OR 1=1 --\"}}"),
        json("{\"name\": \"apple' OR '1'='1\"}"),
        json("{\"note\": \"'; DROP TABLE item; --\"}"),
        bad("{\"nope\": 1}", "does not have"),
        bad("{\"name; DROP TABLE user\": 1}", "does not have"),
        bad("{\"coins\": {\"$regex\": \"x\"}}", "Unknown filter operator '$regex'"),
        bad("{\"$where\": \"1 = 1\"}", "Unknown filter operator '$where'"),
        bad("{\"coins\": {\"$like\": \"1%\"}}", "does not apply to field 'coins'"),
        bad("{\"active\": {\"$gt\": true}}", "does not apply to field 'active'"),
        bad("{\"tags\": \"red\"}", "does not apply to field 'tags'"),
        bad("{\"coins\": \"ten\"}", "does not fit field 'coins'"),
        bad("{\"coins\": 1.5}", "does not fit field 'coins'"),
        bad("{\"coins\": {\"$in\": 5}}", "takes an array"),
        bad("{\"at\": \"yesterday\"}", "does not fit field 'at'"),
        bad("{\"coins\": }", "malformed"),
        bad("{\"coins\": {\"$empty\": \"yes\"}}", "true or false"),
        bad("{\"coins\": {\"$gt\": null}}", "cannot compare with null"),
        bad("{\"name\": {\"$iLike\": \"a%\"}}", "is not supported"),
        bad("{\"name\": {\"$regexp\": \"a\"}}", "is not supported"),
        bad("{\"tags\": {\"$match\": [\"red\"]}}", "is not supported"),
        bad("{\"at\": {\"$dateOn\": \"yesterday\"}}", "takes a date"),
        bad("{\"coins\": {\"$between\": [1]}}", "takes [low, high]"),
        bad("{\"name\": {\"$startsWith\": 5}}", "takes text"),
        bad("{\"name.x\": 1}", "is not a relation"));
  }

  static List<String> sorted(String... names) {
    return Arrays.stream(names).sorted().toList();
  }
}
