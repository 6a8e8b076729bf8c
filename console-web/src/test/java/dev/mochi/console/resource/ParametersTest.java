package dev.mochi.console.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mochi.api.console.ConsoleException;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A resource action's parameters as plain Java values: what a handler receives for each kind of JSON value, in the
 * order the client sent the keys, the same as Jackson's untyped binding gives.
 */
class ParametersTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test void everyKindOfValueBecomesWhatTheUntypedBindingMakes() throws Exception {
    String text = """
        {"where": {"name": "漢字 🎲", "id": 7}, "limit": 3000000000, "big": 123456789012345678901234567890,
         "ratio": 0.25, "on": true, "none": null, "orderBy": [["id", "desc"], []], "z": 1, "a": 2}""";
    Map<String, Object> got = ResourceTransport.object(JSON.readTree(text), "the parameters");

    assertThat(got.keySet()).containsExactly("where", "limit", "big", "ratio", "on", "none", "orderBy", "z", "a");
    assertThat(got.get("where")).isEqualTo(Map.of("name", "漢字 🎲", "id", 7));
    assertThat(got.get("limit")).isEqualTo(3_000_000_000L);
    assertThat(got.get("big")).isEqualTo(new BigInteger("123456789012345678901234567890"));
    assertThat(got.get("ratio")).isEqualTo(0.25);
    assertThat(got.get("on")).isEqualTo(true);
    assertThat(got.get("none")).isNull();
    assertThat(got.get("orderBy")).isEqualTo(List.of(List.of("id", "desc"), List.of()));
    assertThat(got.get("z")).isEqualTo(1);
    assertThat(got.get("where")).isInstanceOf(LinkedHashMap.class);
    assertThat(got.get("limit")).isInstanceOf(Long.class);
    assertThat(got.get("z")).isInstanceOf(Integer.class);
    // The same as the untyped binding of Jackson itself.
    assertThat(got).isEqualTo(JSON.convertValue(JSON.readTree(text), LinkedHashMap.class));
  }

  @Test void absentOrNullIsNoParametersAndAnythingButAnObjectIsRefused() throws Exception {
    assertThat(ResourceTransport.object(null, "the parameters")).isEmpty();
    assertThat(ResourceTransport.object(JSON.readTree("null"), "the parameters")).isEmpty();
    assertThatThrownBy(() -> ResourceTransport.object(JSON.readTree("[1]"), "the parameters"))
        .isInstanceOf(ConsoleException.class).hasMessageContaining("not array");
  }
}
