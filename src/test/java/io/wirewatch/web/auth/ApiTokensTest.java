package io.wirewatch.web.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.UserException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTokensTest {
  @TempDir Path dir;

  @Test
  void tokensFromAFileAndTheEnvironmentCarryTheirScopes() throws Exception {
    Path f = dir.resolve("tokens");
    Files.writeString(f, "# scopes hash label\nread " + ApiTokens.hash("wall") + " wallboard\n"
        + "ingest,read " + ApiTokens.hash("bot") + "\n");
    ApiTokens t = ApiTokens.load(f, Map.of("WIREWATCH_TOKEN_ADMIN", ApiTokens.hash("lead").toUpperCase())::get);
    assertThat(t.present()).isTrue();
    assertThat(t.scopesOf("wall")).containsExactly(Scope.READ);
    assertThat(t.scopesOf("bot")).containsExactlyInAnyOrder(Scope.READ, Scope.INGEST);
    assertThat(t.scopesOf("lead")).as("admin may read").containsExactlyInAnyOrder(Scope.ADMIN, Scope.READ);
    assertThat(t.scopesOf("walls")).isEmpty();
    assertThat(t.scopesOf(null)).isEmpty();
  }

  @Test
  void aPlaintextTokenWhereAHashBelongsIsRefusedWithoutEchoingIt() {
    assertThatThrownBy(() -> ApiTokens.load(null, Map.of("WIREWATCH_TOKEN_READ", "my-very-secret-token")::get))
        .isInstanceOf(UserException.class).hasMessageContaining("WIREWATCH_TOKEN_READ")
        .hasMessageContaining("not a SHA-256 hash").hasMessageContaining("sha256sum")
        .hasMessageNotContaining("my-very-secret-token");
  }

  @Test
  void badLinesAreReportedAllAtOnce() throws Exception {
    Path f = dir.resolve("tokens");
    Files.writeString(f, "root " + ApiTokens.hash("x") + "\nread\n");
    assertThatThrownBy(() -> ApiTokens.load(f, k -> null)).isInstanceOf(UserException.class)
        .hasMessageContaining("line 1").hasMessageContaining("'root' is not one of read, ingest, admin")
        .hasMessageContaining("line 2");
  }

  @Test
  void noTokensMeansAnOpenApi() {
    assertThat(ApiTokens.load(null, k -> null).present()).isFalse();
    assertThat(ApiTokens.none().plus("legacy", Scope.INGEST).scopesOf("legacy")).containsExactly(Scope.INGEST);
  }

  @Test
  void accessRulesKeepHealthOpenAndGuardEverythingElse() {
    assertThat(AccessRules.required("GET", "/health")).isEmpty();
    assertThat(AccessRules.required("GET", "/ready")).isEmpty();
    assertThat(AccessRules.required("GET", "/app.js")).isEmpty();
    assertThat(AccessRules.required("GET", "/metrics")).contains(Scope.READ);
    assertThat(AccessRules.required("GET", "/api/stream")).contains(Scope.READ);
    assertThat(AccessRules.required("GET", "/api/articles")).contains(Scope.READ);
    assertThat(AccessRules.required("POST", "/api/articles")).contains(Scope.INGEST);
    assertThat(AccessRules.required("GET", "/api/subscriptions")).contains(Scope.ADMIN);
    assertThat(AccessRules.required("DELETE", "/api/subscriptions/sub-1")).contains(Scope.ADMIN);
    assertThat(AccessRules.required("POST", "/health")).contains(Scope.ADMIN);
  }
}
