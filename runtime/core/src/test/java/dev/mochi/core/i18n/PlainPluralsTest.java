package dev.mochi.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.FileVisitResult;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What {@link PlainPlurals} writes without ICU is what ICU writes, for every ICU text the runtime, the adapters and the
 * first-party plugins ship in English and Chinese, with small and large numbers and text in each argument; and the
 * ready line, which the launcher prints before anything else needs ICU, is one it writes.
 */
class PlainPluralsTest {
  private static final Set<String> SKIPPED = Set.of(".git", ".mochi", "target", "node_modules", "data");
  private static final List<Object> VALUES = List.of(0, 1, 2, 3, 5, 11, 21, 100, 101, 999, 1000, 1001, 12_345,
      1L, 7L, 4_790L, 123_456_789L, -1, (short) 1, "x", 1.0, 2.5);

  @Test void everyShippedTextItWritesIsWrittenAsIcuWritesIt() throws IOException {
    int compared = 0;
    int written = 0;
    for (Text t : shippedIcuTexts()) {
      MessageFormat icu = new MessageFormat(t.template(), ULocale.forLanguageTag(t.locale()));
      for (Object a : VALUES) {
        for (Object b : List.of(a, "text", 1, 1000)) {
          Object[] args = {a, b, a, b, a, b};
          String plain = PlainPlurals.format(t.locale(), t.template(), args);
          compared++;
          if (plain == null) continue;
          written++;
          assertThat(plain).as("%s in %s with %s, %s", t.template(), t.locale(), a, b).isEqualTo(icu.format(args));
        }
      }
    }
    assertThat(written).as("texts written without ICU, of %d", compared).isGreaterThan(compared / 4);
  }

  @Test void theReadyLineNeedsNoIcu() {
    String ready = "Mochi ready in {0,number,#} ms: {1, plural, one {# bot} other {# bots}}, {2, plural, one {# plugin} other {# plugins}}";
    assertThat(PlainPlurals.format("en-US", ready, 13_718L, 1, 10, 0L)).isEqualTo("Mochi ready in 13718 ms: 1 bot, 10 plugins");
    assertThat(PlainPlurals.format("zh-CN", "用时 {0,number,#} 毫秒：{1} 个机器人", 412L, 2)).isEqualTo("用时 412 毫秒：2 个机器人");
  }

  @Test void whatItCannotWriteAsIcuDoesIsLeftToIcu() {
    String coins = "{0, plural, one {# coin} other {# coins}}";
    assertThat(PlainPlurals.format("en-US", coins, 1200)).as("ICU groups: 1,200").isNull();
    assertThat(PlainPlurals.format("en-US", coins, 1.5)).isNull();
    assertThat(PlainPlurals.format("en-US", "{n, plural, other {#}}", 1)).as("named").isNull();
    assertThat(PlainPlurals.format("en-US", "today''s {0, plural, other {#}}", 1)).as("quoted").isNull();
    assertThat(PlainPlurals.format("en-US", "{0, plural, offset:1 other {#}}", 1)).isNull();
    assertThat(PlainPlurals.format("en-US", "{0, select, a {A} other {B}}", "a")).isNull();
    assertThat(PlainPlurals.format("en-US", "{0, plural, one {x}}", 2)).as("no other case").isNull();
    assertThat(PlainPlurals.format("fr-FR", coins, 1)).isNull();
    assertThat(PlainPlurals.format("en-US", "{0} of {1}", 1)).as("an argument not given").isNull();
    assertThat(PlainPlurals.format("en-US", "{0, plural, one {# coin} other {# coins}", 1)).as("unclosed").isNull();
  }

  record Text(String locale, String template) {}

  /** The texts with arguments of every {@code en-US} and {@code zh-CN} properties file under a module's {@code src/main}. */
  private static List<Text> shippedIcuTexts() throws IOException {
    List<Path> files = new ArrayList<>();
    Files.walkFileTree(Path.of("../.."), new SimpleFileVisitor<>() {
      @Override public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attributes) {
        return SKIPPED.contains(String.valueOf(d.getFileName())) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override public FileVisitResult visitFile(Path f, BasicFileAttributes attributes) {
        if (shipped(f)) files.add(f);
        return FileVisitResult.CONTINUE;
      }
    });
    List<Text> out = new ArrayList<>();
    for (Path f : files) {
      String name = f.getFileName().toString();
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      String locale = name.substring(0, name.length() - ".properties".length());
      p.stringPropertyNames().stream().map(p::getProperty).filter(v -> v.matches("(?s).*\\{\\s*\\w+\\s*,.*"))
          .forEach(v -> out.add(new Text(locale, v)));
    }
    assertThat(out).hasSizeGreaterThan(20);
    return out;
  }

  private static boolean shipped(Path f) {
    String name = f.getFileName().toString();
    return f.toString().replace('\\', '/').contains("/src/main/resources/")
        && (name.equals("en-US.properties") || name.equals("zh-CN.properties"));
  }
}
