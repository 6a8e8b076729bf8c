package dev.mochi.core.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mochi.api.command.ArgumentInfo;
import org.junit.jupiter.api.Test;

class DeclarationsTest {

  @Test
  void argumentsAreReadWithTheirTypesAndKinds() {
    assertThat(Declarations.arguments(" <req:posint> [opt] [...rest:text]")).containsExactly(
        new ArgumentInfo("req", "posint", true, false),
        new ArgumentInfo("opt", "string", false, false),
        new ArgumentInfo("rest", "text", false, true));
  }

  @Test
  void aTypeMayContainColons() {
    assertThat(Declarations.arguments("<mode:enum:a|b>")).containsExactly(new ArgumentInfo("mode", "enum:a|b", true, false));
  }

  @Test
  void namesAreLowerCaseWithDashes() {
    assertThat(Declarations.normalize("My_Command.Sub")).isEqualTo("my-command.sub");
  }

  @Test
  void optionDeclarationsSplitFlagsValueAndDescription() {
    Declarations.OptionSyntax s = Declarations.option("times", "-t, --times <n:posint> times to repeat");
    assertThat(s.names()).containsExactly("t", "times");
    assertThat(s.symbols()).isEmpty();
    assertThat(s.param()).isEqualTo(new ArgumentInfo("n", "posint", true, false));
    assertThat(s.description()).isEqualTo("times to repeat");
    assertThat(s.syntax(null)).isEqualTo("-t, --times <n:posint>");
  }

  @Test
  void aValueWithoutTypeHasAnEmptyTypeSoAFallbackCanDecide() {
    assertThat(Declarations.option("gamma", "-c <gamma>").param().type()).isEmpty();
  }

  @Test
  void symbolsAndBareValuesAreRecognized() {
    Declarations.OptionSyntax sharp = Declarations.option("sharp", "# <id>");
    assertThat(sharp.names()).isEmpty();
    assertThat(sharp.symbols()).containsExactly("#");
    Declarations.OptionSyntax bare = Declarations.option("maxSize", "<n:number> the limit");
    assertThat(bare.names()).containsExactly("max-size");
    assertThat(bare.description()).isEqualTo("the limit");
  }

  @Test
  void unicodeFlagsAreFlags() {
    assertThat(Declarations.option("user", "-u, --用户 <id>").names()).containsExactly("u", "用户");
  }
}
