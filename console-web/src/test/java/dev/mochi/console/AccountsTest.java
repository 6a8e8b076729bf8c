package dev.mochi.console;

import static org.assertj.core.api.Assertions.assertThat;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The hash an unknown name is checked against costs what a real password's does. */
class AccountsTest {
  @Test void theDummyHashIsABcryptHashAtTheCostOfRealOnes() {
    BCrypt.Result result = BCrypt.verifyer(BCrypt.Version.VERSION_2A, LongPasswordStrategies.hashSha512(BCrypt.Version.VERSION_2A))
        .verify("not a password".toCharArray(), Accounts.DUMMY.getBytes(StandardCharsets.UTF_8));
    assertThat(result.verified).isTrue();
    assertThat(result.details.cost).isEqualTo(Accounts.COST);
    assertThat(Accounts.DUMMY).startsWith("$2a$" + Accounts.COST + "$");
  }
}
