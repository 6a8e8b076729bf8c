package dev.mochi.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pf4j.DefaultPluginDescriptor;
import org.pf4j.DefaultVersionManager;
import org.pf4j.PluginDependency;
import org.pf4j.PluginDescriptor;

class RequirementsTest {
  private final Requirements requirements = new Requirements(new DefaultVersionManager(), "0.1.0");

  private static PluginDescriptor jar(String id, String version, String requires, String... dependencies) {
    DefaultPluginDescriptor d = new DefaultPluginDescriptor(id, "", "", version, requires, "", "");
    for (String dep : dependencies) d.addDependency(new PluginDependency(dep));
    return d;
  }

  private Map<String, String> problems(PluginDescriptor... batch) {
    Map<String, PluginDescriptor> candidates = new LinkedHashMap<>();
    Map<String, String> available = new LinkedHashMap<>();
    for (PluginDescriptor d : batch) {
      candidates.put(d.getPluginId(), d);
      available.put(d.getPluginId(), d.getVersion());
    }
    return requirements.problems(candidates, available);
  }

  @Test void satisfiedDependenciesInAnyOrderHaveNoProblem() {
    assertThat(problems(jar("b", "1.0.0", "", "a@>=1.0.0"), jar("a", "1.2.0", ">=0.1.0"))).isEmpty();
  }

  @Test void aMissingDependencyNamesItsIdAndRange() {
    assertThat(problems(jar("b", "1.0.0", "", "a@>=1.0.0 & <2.0.0")))
        .containsEntry("b", "needs plugin 'a' version >=1.0.0 & <2.0.0, which is not installed; "
            + "put its jar into the plugin directory");
  }

  @Test void aProblemSpreadsToEveryPluginThatNeedsTheBrokenOne() {
    Map<String, String> problems = problems(jar("a", "1.0.0", ">=3.0.0"), jar("b", "1.0.0", "", "a"), jar("c", "1.0.0", "", "b"));
    assertThat(problems.keySet()).containsExactlyInAnyOrderElementsOf(List.of("a", "b", "c"));
    assertThat(problems.get("c")).startsWith("needs plugin 'b', which cannot load: needs plugin 'a'");
  }

  @Test void anOptionalDependencyMayBeMissing() {
    assertThat(problems(jar("b", "1.0.0", "", "a?"))).isEmpty();
  }
}
