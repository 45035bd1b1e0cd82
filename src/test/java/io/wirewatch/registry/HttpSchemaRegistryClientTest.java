package io.wirewatch.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.platform.registry.EmbeddedSchemaRegistry;
import io.wirewatch.platform.registry.InMemorySchemaRegistry;
import io.wirewatch.registry.SchemaRegistryException.IncompatibleSchemaException;
import io.wirewatch.registry.SchemaRegistryException.InvalidSchemaException;
import io.wirewatch.registry.SchemaRegistryException.RegistryUnreachableException;
import io.wirewatch.registry.SchemaRegistryException.SchemaNotFoundException;
import io.wirewatch.registry.SchemaRegistryException.SubjectNotFoundException;
import io.wirewatch.registry.SchemaRegistryException.VersionNotFoundException;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HttpSchemaRegistryClientTest {
  private static final String V1 = "{\"type\":\"record\",\"name\":\"User\",\"fields\":[{\"name\":\"name\",\"type\":\"string\"}]}";
  private static final String V2_NO_DEFAULT =
      "{\"type\":\"record\",\"name\":\"User\",\"fields\":[{\"name\":\"name\",\"type\":\"string\"},{\"name\":\"email\",\"type\":\"string\"}]}";

  private EmbeddedSchemaRegistry registry;
  private RecordingProxy proxy;
  private final List<Duration> waits = new ArrayList<>();
  private final RetryPolicy fastRetries = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofMillis(250), waits::add);

  @BeforeEach
  void start() throws IOException {
    registry = InMemorySchemaRegistry.start();
    proxy = new RecordingProxy(registry.url());
  }

  @AfterEach
  void stop() {
    proxy.close();
    registry.close();
  }

  private HttpSchemaRegistryClient client(Map<String, ?> extra) {
    Map<String, Object> config = new java.util.HashMap<>(extra);
    config.putIfAbsent(RegistryClientConfig.URL, proxy.url());
    return new HttpSchemaRegistryClient(RegistryClientConfig.fromMap(config).withRetry(fastRetries));
  }

  private HttpSchemaRegistryClient client() {
    return client(Map.of());
  }

  @Test
  void registeredSchemaIsReadableByIdAndAsLatest() {
    HttpSchemaRegistryClient client = client();
    int id = client.register("users-value", V1, false);
    assertThat(id).isEqualTo(1);
    RegisteredSchema latest = client.latest("users-value");
    assertThat(latest.id()).isEqualTo(id);
    assertThat(latest.version()).isEqualTo(1);
    assertThat(latest.subject()).isEqualTo("users-value");
    assertThat(client.version("users-value", 1).schema()).isEqualTo(V1);
    assertThat(client.versions("users-value")).containsExactly(1);
    assertThat(client.subjects()).containsExactly("users-value");
    assertThat(client.lookup("users-value", V1, false, false).version()).isEqualTo(1);
  }

  @Test
  void knownIdIsServedFromTheCacheWithoutASecondRequest() {
    int id = client().register("users-value", V1, false);
    HttpSchemaRegistryClient reader = client();
    int before = proxy.requests().size();
    assertThat(reader.schemaById(id)).isEqualTo(V1);
    assertThat(reader.schemaById(id)).isEqualTo(V1);
    assertThat(proxy.requests()).hasSize(before + 1);
    assertThat(proxy.requests().get(before).pathAndQuery()).isEqualTo("/schemas/ids/" + id);
  }

  @Test
  void repeatedRegistrationIsServedFromTheCache() {
    HttpSchemaRegistryClient client = client();
    client.register("users-value", V1, false);
    client.register("users-value", V1, false);
    assertThat(proxy.requests()).hasSize(1);
    assertThat(proxy.requests().get(0).pathAndQuery()).isEqualTo("/subjects/users-value/versions?normalize=false");
  }

  @Test
  void sendsTheRegistryContentTypeOnEveryRequest() {
    HttpSchemaRegistryClient client = client();
    client.register("users-value", V1, false);
    client.subjects();
    assertThat(proxy.requests()).allSatisfy(r -> {
      assertThat(r.header("Content-Type")).isEqualTo("application/vnd.schemaregistry.v1+json");
      assertThat(r.header("Accept")).startsWith("application/vnd.schemaregistry.v1+json");
    });
  }

  @Test
  void retriesA503WithGrowingWaitsThenSucceeds() {
    proxy.failNext(3, 503);
    int id = client().register("users-value", V1, false);
    assertThat(id).isEqualTo(1);
    assertThat(proxy.requests()).hasSize(4);
    assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(250));
  }

  @Test
  void givesUpAfterTheLastRetryNamingTheUrl() {
    proxy.failNext(10, 503);
    assertThatThrownBy(() -> client().subjects())
        .isInstanceOf(RegistryUnreachableException.class)
        .hasMessageContaining(proxy.url())
        .hasMessageContaining("503");
    assertThat(proxy.requests()).hasSize(4);
  }

  @Test
  void doesNotRetryAClientError() {
    proxy.failNext(1, 400);
    assertThatThrownBy(() -> client().subjects()).isInstanceOf(SchemaRegistryException.class)
        .satisfies(e -> assertThat(((SchemaRegistryException) e).status()).isEqualTo(400));
    assertThat(proxy.requests()).hasSize(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void failsOverToTheNextUrlWhenOneIsDown() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    HttpSchemaRegistryClient client = client(Map.of(RegistryClientConfig.URL, "http://127.0.0.1:" + closedPort + "," + proxy.url()));
    assertThat(client.register("users-value", V1, false)).isEqualTo(1);
    assertThat(waits).isEmpty();
  }

  @Test
  void unreachableRegistryListsEveryUrlTried() throws IOException {
    int a;
    int b;
    try (ServerSocket first = new ServerSocket(0); ServerSocket second = new ServerSocket(0)) {
      a = first.getLocalPort();
      b = second.getLocalPort();
    }
    HttpSchemaRegistryClient client = client(Map.of(RegistryClientConfig.URL, "http://127.0.0.1:" + a + ",http://127.0.0.1:" + b));
    assertThatThrownBy(client::subjects)
        .isInstanceOf(RegistryUnreachableException.class)
        .hasMessageContaining("http://127.0.0.1:" + a)
        .hasMessageContaining("http://127.0.0.1:" + b);
    assertThat(waits).hasSize(3);
  }

  @Test
  void sendsBasicAuthFromUserInfo() {
    client(Map.of("basic.auth.credentials.source", "USER_INFO", "basic.auth.user.info", "alice:s3cret")).subjects();
    String expected = "Basic " + Base64.getEncoder().encodeToString("alice:s3cret".getBytes(StandardCharsets.UTF_8));
    assertThat(proxy.requests().get(0).header("Authorization")).isEqualTo(expected);
  }

  @Test
  void sendsBasicAuthFromTheUrl() {
    String url = proxy.url().replace("http://", "http://bob:pw@");
    client(Map.of(RegistryClientConfig.URL, url)).subjects();
    String expected = "Basic " + Base64.getEncoder().encodeToString("bob:pw".getBytes(StandardCharsets.UTF_8));
    assertThat(proxy.requests().get(0).header("Authorization")).isEqualTo(expected);
  }

  @Test
  void sendsTheBearerToken() {
    client(Map.of("bearer.auth.token", "tok-123")).subjects();
    assertThat(proxy.requests().get(0).header("Authorization")).isEqualTo("Bearer tok-123");
  }

  @Test
  void sendsNoAuthorizationByDefault() {
    client().subjects();
    assertThat(proxy.requests().get(0).header("Authorization")).isNull();
  }

  @Test
  void incompatibleSchemaNamesTheSubjectAndAvrosReason() {
    HttpSchemaRegistryClient client = client();
    client.register("users-value", V1, false);
    assertThatThrownBy(() -> client.register("users-value", V2_NO_DEFAULT, false))
        .isInstanceOf(IncompatibleSchemaException.class)
        .hasMessageStartingWith("schema for subject users-value is incompatible with its latest version: ")
        .hasMessageContaining("READER_FIELD_MISSING_DEFAULT_VALUE")
        .hasMessageContaining("email");
  }

  @Test
  void notFoundAnswersBecomeTypedExceptions() {
    HttpSchemaRegistryClient client = client();
    assertThatThrownBy(() -> client.latest("nobody")).isInstanceOf(SubjectNotFoundException.class).hasMessageContaining("nobody");
    client.register("users-value", V1, false);
    assertThatThrownBy(() -> client.version("users-value", 7)).isInstanceOf(VersionNotFoundException.class);
    assertThatThrownBy(() -> client.schemaById(99)).isInstanceOf(SchemaNotFoundException.class);
    assertThatThrownBy(() -> client.lookup("users-value", V2_NO_DEFAULT, false, false)).isInstanceOf(SchemaNotFoundException.class);
    assertThatThrownBy(() -> client.register("users-value", "{\"type\":\"nope\"}", false))
        .isInstanceOf(InvalidSchemaException.class)
        .satisfies(e -> assertThat(((SchemaRegistryException) e).errorCode()).isEqualTo(42201));
  }

  @Test
  void compatibilityConfigRoundTripsGloballyAndPerSubject() {
    HttpSchemaRegistryClient client = client();
    assertThat(client.globalCompatibility()).isEqualTo(CompatibilityLevel.BACKWARD);
    assertThat(client.subjectCompatibility("users-value")).isEmpty();
    client.setSubjectCompatibility("users-value", CompatibilityLevel.FORWARD);
    assertThat(client.subjectCompatibility("users-value")).contains(CompatibilityLevel.FORWARD);
    client.setGlobalCompatibility(CompatibilityLevel.FULL);
    assertThat(client.globalCompatibility()).isEqualTo(CompatibilityLevel.FULL);
    client.deleteSubjectCompatibility("users-value");
    assertThat(client.subjectCompatibility("users-value")).isEmpty();
  }

  @Test
  void compatibilityTestReportsTheReason() {
    HttpSchemaRegistryClient client = client();
    client.register("users-value", V1, false);
    CompatibilityCheck check = client.testCompatibility("users-value", V2_NO_DEFAULT, "latest");
    assertThat(check.compatible()).isFalse();
    assertThat(check.messages()).anySatisfy(m -> assertThat(m).contains("email"));
    assertThat(client.testCompatibility("users-value", V1, null).compatible()).isTrue();
  }

  @Test
  void deletesSoftThenPermanently() {
    HttpSchemaRegistryClient client = client();
    client.register("users-value", V1, false);
    assertThat(client.deleteSubject("users-value", false)).containsExactly(1);
    assertThat(client.subjects()).isEmpty();
    assertThat(client.deleteSubject("users-value", true)).containsExactly(1);
    client.register("other-value", V1, false);
    assertThat(client.deleteVersion("other-value", 1, false)).isEqualTo(1);
    assertThat(client.deleteVersion("other-value", 1, true)).isEqualTo(1);
  }

  @Test
  void subjectsAreSentAsOneEncodedPathSegment() {
    client().register("a/b c+d", V1, false);
    assertThat(proxy.requests().get(0).pathAndQuery()).startsWith("/subjects/a%2Fb%20c%2Bd/versions");
    assertThat(client().subjects()).containsExactly("a/b c+d");
  }

  @Test
  void baseUrlWithAPathPrefixIsKept() throws IOException {
    try (RecordingProxy gateway = new RecordingProxy(registry.url(), "/apis/ccompat/v7")) {
      HttpSchemaRegistryClient client =
          new HttpSchemaRegistryClient(RegistryClientConfig.of(gateway.url() + "/").withRetry(fastRetries));
      assertThat(client.register("users-value", V1, false)).isEqualTo(1);
      assertThat(gateway.requests().get(0).pathAndQuery()).startsWith("/apis/ccompat/v7/subjects/users-value/versions");
    }
  }
}
