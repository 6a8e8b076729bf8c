package dev.mochi.testkit.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mochi.api.data.DataException;
import dev.mochi.api.data.UserSummary;
import dev.mochi.api.data.Users;
import dev.mochi.testkit.MochiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Users service: list, search and set authority, seen by the user's next message. */
class UsersServiceTest {
  @RegisterExtension final MochiTest mochi = MochiTest.create();

  private Users users() { return mochi.app().root().get(Users.class).orElseThrow(); }

  @Test void usersAreListedAndFoundByNameAccountOrId() {
    mochi.app().root().command("hi").action((argv, s) -> "hi");
    for (String id : new String[] {"alice", "bob", "alina"}) mochi.client(id).send("hi").shouldReply("hi");

    assertThat(users().count()).isEqualTo(3);
    assertThat(users().list(0, 10)).extracting(UserSummary::accounts)
        .containsExactly(java.util.List.of("mock:alice"), java.util.List.of("mock:bob"), java.util.List.of("mock:alina"));
    assertThat(users().list(1, 1)).extracting(UserSummary::accounts).containsExactly(java.util.List.of("mock:bob"));
    assertThat(users().search("ali", 10)).extracting(u -> u.accounts().getFirst()).containsExactly("mock:alice", "mock:alina");
    long bob = users().search("bob", 10).getFirst().id();
    assertThat(users().search(String.valueOf(bob), 10)).extracting(UserSummary::id).contains(bob);
    assertThat(users().search("100%_", 10)).isEmpty();
    assertThat(users().find(bob).orElseThrow().authority()).isEqualTo(1);
  }

  @Test void aChangedAuthorityIsCheckedOnTheNextMessage() {
    mochi.app().root().command("secret").authority(3).action((argv, s) -> "the secret");
    var carol = mochi.client("carol");
    carol.send("secret").shouldReply(r -> assertThat(r).doesNotContain("the secret"));
    long id = users().search("carol", 1).getFirst().id();

    assertThat(users().setAuthority(id, 3).authority()).isEqualTo(3);
    carol.send("secret").shouldReply("the secret");

    assertThatThrownBy(() -> users().setAuthority(id, 6)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> users().setAuthority(999_999, 2)).isInstanceOf(DataException.class)
        .hasMessageContaining("no user with id 999999");
    assertThatThrownBy(() -> users().list(0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
