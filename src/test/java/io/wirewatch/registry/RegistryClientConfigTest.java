package io.wirewatch.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.UserException;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegistryClientConfigTest {
  @Test
  void readsSeveralUrlsAndDropsTrailingSlashesAndCredentials() {
    RegistryClientConfig config = RegistryClientConfig.fromMap(
        Map.of("schema.registry.url", "http://u:p@a:8081/, https://b/apis/ccompat/v7/"));
    assertThat(config.urls()).containsExactly(URI.create("http://a:8081"), URI.create("https://b/apis/ccompat/v7"));
    assertThat(config.authorization()).hasValueSatisfying(v -> assertThat(v).startsWith("Basic "));
  }

  @Test
  void readsRetrySettings() {
    RegistryClientConfig config = RegistryClientConfig.fromMap(Map.of(
        "schema.registry.url", "http://a", "max.retries", "5", "retries.wait.ms", 10, "retries.max.wait.ms", "40"));
    assertThat(config.retry().maxRetries()).isEqualTo(5);
    assertThat(config.retry().waitBefore(3)).isEqualTo(Duration.ofMillis(40));
  }

  @Test
  void reportsEveryProblemAtOnce() {
    assertThatThrownBy(() -> RegistryClientConfig.fromMap(Map.of(
            "basic.auth.credentials.source", "USER_INFO", "max.retries", "many")))
        .isInstanceOf(UserException.class)
        .hasMessageContaining("schema.registry.url is required")
        .hasMessageContaining("basic.auth.user.info must be user:password")
        .hasMessageContaining("max.retries must be a whole number, got 'many'");
  }

  @Test
  void refusesAnUnknownCredentialsSource() {
    assertThatThrownBy(() -> RegistryClientConfig.fromMap(Map.of(
            "schema.registry.url", "http://a", "basic.auth.credentials.source", "SASL_INHERIT")))
        .hasMessageContaining("basic.auth.credentials.source must be URL or USER_INFO, got 'SASL_INHERIT'");
  }

  @Test
  void refusesANonHttpUrl() {
    assertThatThrownBy(() -> RegistryClientConfig.fromMap(Map.of("schema.registry.url", "localhost:8081")))
        .hasMessageContaining("must hold http(s) URLs, got 'localhost:8081'");
  }
}
