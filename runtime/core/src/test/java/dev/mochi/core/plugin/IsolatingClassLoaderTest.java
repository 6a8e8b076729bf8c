package dev.mochi.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IsolatingClassLoaderTest {
  @Test void sharedPackagesComeFromTheHost() {
    assertThat(IsolatingClassLoader.isHostFirst("java.util.List")).isTrue();
    assertThat(IsolatingClassLoader.isHostFirst("dev.mochi.api.Plugin")).isTrue();
    assertThat(IsolatingClassLoader.isHostFirst("dev.mochi.api.data.UserData")).isTrue();
    assertThat(IsolatingClassLoader.isHostFirst("org.slf4j.Logger")).isTrue();
    assertThat(IsolatingClassLoader.isHostFirst("com.fasterxml.jackson.annotation.JsonProperty")).isTrue();
    assertThat(IsolatingClassLoader.isHostFirst("org.jooq.DSLContext")).isTrue();
    assertThat(IsolatingClassLoader.isHostFirst("org.pf4j.Extension")).isTrue();
  }

  @Test void everythingElseIsPluginFirst() {
    assertThat(IsolatingClassLoader.isHostFirst("com.fasterxml.jackson.databind.ObjectMapper")).isFalse();
    assertThat(IsolatingClassLoader.isHostFirst("dev.mochi.core.App")).isFalse();
    assertThat(IsolatingClassLoader.isHostFirst("dev.mochi.apix.Thing")).isFalse();
    assertThat(IsolatingClassLoader.isHostFirst("com.google.gson.Gson")).isFalse();
  }
}
