package io.wirewatch.platform.registry;

import static io.wirewatch.platform.registry.RegistryHttp.field;
import static io.wirewatch.platform.registry.RegistryHttp.record;
import static io.wirewatch.platform.registry.RegistryHttp.schemaBody;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.wirewatch.platform.registry.RegistryHttp.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The conformance checklist of the schema-registry design note (section 7, Avro cases), run over
 * HTTP against a fresh registry per test. Subclasses choose where the state lives.
 */
abstract class RegistryConformanceCases {
  protected EmbeddedSchemaRegistry registry;
  protected RegistryHttp http;

  /** A registry with no state at all. */
  protected abstract EmbeddedSchemaRegistry startFreshRegistry();

  @BeforeEach
  void startRegistry() {
    registry = startFreshRegistry();
    http = new RegistryHttp(registry.url());
  }

  @AfterEach
  void stopRegistry() {
    registry.close();
  }

  private static String numbered(int i) {
    return record("R" + i, field("f" + i, "string"));
  }

  private static String v1() {
    return record("User", field("f1", "string"));
  }

  private static String v2WithDefault() {
    return record("User", field("f1", "string"), field("f2", "string", "\"foo\""));
  }

  private static String v2NoDefault() {
    return record("User", field("f1", "string"), field("f2", "string"));
  }

  private void setGlobal(String level) {
    assertThat(http.put("/config", "{\"compatibility\":\"" + level + "\"}").status()).isEqualTo(200);
  }

  private int id(Answer answer) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    return answer.json().path("id").asInt();
  }

  private static List<Integer> ints(Answer answer) {
    List<Integer> out = new ArrayList<>();
    answer.json().forEach(n -> out.add(n.asInt()));
    return out;
  }

  private static List<String> strings(Answer answer) {
    List<String> out = new ArrayList<>();
    answer.json().forEach(n -> out.add(n.asText()));
    return out;
  }

  private static void assertError(Answer answer, int status, int code) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(status);
    assertThat(answer.errorCode()).as(answer.text()).isEqualTo(code);
    assertThat(answer.message()).isNotBlank();
  }

  // ------------------------------------------------------------------ registration and ids

  @Test
  void freshRegistryListsNoSubjects() {
    Answer answer = http.get("/subjects");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().isArray()).isTrue();
    assertThat(answer.json()).isEmpty();
  }

  @Test
  void versionsOfUnknownSubjectAre40401() {
    assertError(http.get("/subjects/nobody/versions"), 404, 40401);
  }

  @Test
  void idsAreGlobalAndVersionsCountPerSubject() {
    setGlobal("NONE");
    for (int i = 1; i <= 10; i++) {
      assertThat(id(http.register("A", numbered(i)))).isEqualTo(i);
    }
    for (int i = 11; i <= 15; i++) {
      assertThat(id(http.register("B", numbered(i)))).isEqualTo(i);
    }
    assertThat(ints(http.get("/subjects/A/versions"))).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(ints(http.get("/subjects/B/versions"))).containsExactly(1, 2, 3, 4, 5);
    for (int i = 1; i <= 10; i++) {
      assertThat(id(http.register("A", numbered(i)))).as("re-registering schema %d", i).isEqualTo(i);
    }
    assertThat(ints(http.get("/subjects/A/versions"))).hasSize(10);
    assertThat(http.get("/subjects/B/versions/3").json().path("id").asInt()).isEqualTo(13);
  }

  @Test
  void subjectListIsSortedAndPaginates() {
    http.register("b-value", numbered(1));
    http.register("a-value", numbered(2));
    assertThat(strings(http.get("/subjects"))).containsExactly("a-value", "b-value");
    assertThat(strings(http.get("/subjects?offset=0&limit=1"))).containsExactly("a-value");
    assertThat(strings(http.get("/subjects?offset=1&limit=1"))).containsExactly("b-value");
  }

  @Test
  void sameSchemaUnderTwoSubjectsGetsTheSameId() {
    setGlobal("NONE");
    int x = id(http.register("subject1", numbered(1)));
    int y = id(http.register("subject1", numbered(2)));
    assertThat(x).isEqualTo(1);
    assertThat(y).isEqualTo(2);
    assertThat(id(http.register("subject2", numbered(2)))).isEqualTo(2);
    JsonNode version = http.get("/subjects/subject2/versions/latest").json();
    assertThat(version.path("version").asInt()).isEqualTo(1);
    assertThat(version.path("id").asInt()).isEqualTo(2);
  }

  @Test
  void whitespaceAndPrimitiveWrappingDoNotChangeIdentity() {
    String spaced = "{   \"type\" : \"record\",  \"name\": \"R\", \"fields\" : [ {\"name\":\"f\",  \"type\":\"string\"} ] }";
    int first = id(http.register("s", spaced));
    assertThat(id(http.register("s", record("R", field("f", "string"))))).isEqualTo(first);
    assertThat(http.post("/subjects/s", schemaBody(spaced)).json().path("id").asInt()).isEqualTo(first);
    int primitive = id(http.register("p", "{   \"type\":   \"string\"}"));
    assertThat(id(http.register("p", "\"string\""))).isEqualTo(primitive);
    assertThat(http.get("/schemas/ids/" + primitive).json().path("schema").asText()).isEqualTo("\"string\"");
  }

  @Test
  void schemaByIdReportsMaxIdOnlyWhenAskedAndIgnoresUnknownFormat() {
    setGlobal("NONE");
    http.register("s", numbered(1));
    http.register("s", numbered(2));
    assertThat(http.get("/schemas/ids/1?fetchMaxId=true").json().path("maxId").asInt()).isEqualTo(2);
    assertThat(http.get("/schemas/ids/1").json().has("maxId")).isFalse();
    Answer formatted = http.get("/schemas/ids/1?format=bad-format");
    assertThat(formatted.status()).isEqualTo(200);
    assertThat(formatted.json().path("schema").asText()).isEqualTo(numbered(1));
    assertThat(formatted.json().has("schemaType")).as("AVRO is left out, as classic registries do").isFalse();
    assertThat(formatted.contentType()).isEqualTo(RegistryHttp.V1);
  }

  // ------------------------------------------------------------------ invalid input

  @Test
  void defaultThatDoesNotMatchItsTypeIsAnInvalidSchema() {
    String bad = record("R", field("f", "string", "null"));
    assertError(http.register("s", bad), 422, 42201);
    assertError(http.post("/compatibility/subjects/s/versions/latest", schemaBody(bad)), 422, 42201);
  }

  @Test
  void unknownTypeIsAnInvalidSchemaWithAvrosReason() {
    Answer answer = http.register("s", record("R", field("f", "str")));
    assertError(answer, 422, 42201);
    assertThat(answer.message()).contains("str");
  }

  @Test
  void referenceToMissingSubjectIsAnInvalidSchema() {
    String body = "{\"schema\":" + RegistryHttp.JSON.valueToTree(record("R", field("a", "Address"))).toString()
        + ",\"references\":[{\"name\":\"Address\",\"subject\":\"nowhere\",\"version\":1}]}";
    assertError(http.post("/subjects/s/versions", body), 422, 42201);
  }

  @Test
  void namedTypeWithoutItsReferenceFailsToRegister() {
    String body = "{\"schema\":" + RegistryHttp.JSON.valueToTree(record("R", field("a", "Address"))).toString()
        + ",\"references\":[]}";
    assertError(http.post("/subjects/s/versions", body), 422, 42201);
  }

  @Test
  void nonJsonSchemaIsAnInvalidSchema() {
    assertError(http.register("s", "non-avro schema string"), 422, 42201);
  }

  @Test
  void subjectWithControlCharactersIsRefusedButStarIsAccepted() {
    assertError(http.register("%0Dbad%0Asubject%09", numbered(1)), 422, 42208);
    assertThat(id(http.register("*", numbered(1)))).isEqualTo(1);
  }

  @Test
  void versionZeroAndNonNumericVersionsAre42202() {
    http.register("s", numbered(1));
    assertError(http.get("/subjects/s/versions/0"), 422, 42202);
    assertError(http.post("/compatibility/subjects/s/versions/earliest", schemaBody(numbered(1))), 422, 42202);
  }

  @Test
  void failedRegistrationsLeaveNoState() {
    http.register("s", "non-avro schema string");
    http.register("s", record("R", field("f", "str")));
    assertThat(http.get("/subjects").json()).isEmpty();
  }

  @Test
  void unsupportedSchemaTypeIsRefused() {
    Answer answer = http.post("/subjects/s/versions", "{\"schema\":\"{}\",\"schemaType\":\"PROTOBUF\"}");
    assertError(answer, 422, 42201);
  }

  // ------------------------------------------------------------------ reads

  @Test
  void unknownIdSubjectAndVersionHaveTheirOwnCodes() {
    http.register("s", numbered(1));
    assertError(http.get("/schemas/ids/100"), 404, 40403);
    assertError(http.get("/subjects/non-existing-subject/versions/1"), 404, 40401);
    assertError(http.get("/subjects/s/versions/200"), 404, 40402);
    assertError(http.get("/schemas/ids/100/subjects"), 404, 40403);
  }

  @Test
  void versionsReturnTheirSchemaAndLatestIsTheHighest() {
    setGlobal("NONE");
    http.register("s", numbered(1));
    http.register("s", numbered(2));
    JsonNode first = http.get("/subjects/s/versions/1").json();
    assertThat(first.path("subject").asText()).isEqualTo("s");
    assertThat(first.path("version").asInt()).isEqualTo(1);
    assertThat(first.path("id").asInt()).isEqualTo(1);
    assertThat(first.path("schema").asText()).isEqualTo(numbered(1));
    assertThat(first.has("references")).isFalse();
    assertThat(http.get("/subjects/s/versions/2").json().path("schema").asText()).isEqualTo(numbered(2));
    assertThat(http.get("/subjects/s/versions/latest").json().path("version").asInt()).isEqualTo(2);
    assertThat(http.get("/subjects/s/versions/-1").json().path("version").asInt()).isEqualTo(2);
  }

  @Test
  void rawSchemaEndpointsReturnTheBareText() {
    http.register("s", numbered(1));
    assertThat(http.get("/schemas/ids/1/schema").text()).isEqualTo(numbered(1));
    assertThat(http.get("/subjects/s/versions/latest/schema").text()).isEqualTo(numbered(1));
    assertThat(http.get("/subjects/s/versions/1/schema").text()).isEqualTo(numbered(1));
  }

  @Test
  void schemaTypesListAvro() {
    assertThat(strings(http.get("/schemas/types"))).containsExactly("AVRO");
  }

  @Test
  void subjectsAndVersionsOfAnIdFollowSoftDeletes() {
    http.register("subject1", numbered(1));
    http.register("subject2", numbered(1));
    assertThat(strings(http.get("/schemas/ids/1/subjects"))).containsExactly("subject1", "subject2");
    assertThat(http.delete("/subjects/subject2/versions/1").status()).isEqualTo(200);
    assertThat(strings(http.get("/schemas/ids/1/subjects"))).containsExactly("subject1");
    assertThat(strings(http.get("/schemas/ids/1/subjects?deleted=true"))).containsExactly("subject1", "subject2");
    assertThat(strings(http.get("/schemas/ids/1/subjects?deleted=true&offset=1&limit=1"))).containsExactly("subject2");
    JsonNode versions = http.get("/schemas/ids/1/versions?deleted=true").json();
    assertThat(versions).hasSize(2);
    assertThat(versions.get(1).path("subject").asText()).isEqualTo("subject2");
    assertThat(versions.get(1).path("version").asInt()).isEqualTo(1);
    assertThat(http.get("/schemas/ids/1/versions").json()).hasSize(1);
  }

  // ------------------------------------------------------------------ lookup

  @Test
  void lookupDistinguishesUnknownSubjectFromUnknownSchema() {
    assertError(http.post("/subjects/non-existent-subject", schemaBody(numbered(1))), 404, 40401);
    http.register("s", numbered(1));
    assertError(http.post("/subjects/s", schemaBody(numbered(2))), 404, 40403);
    JsonNode found = http.post("/subjects/s", schemaBody(numbered(1))).json();
    assertThat(found.path("subject").asText()).isEqualTo("s");
    assertThat(found.path("version").asInt()).isEqualTo(1);
    assertThat(found.path("id").asInt()).isEqualTo(1);
    assertThat(found.path("schema").asText()).isEqualTo(numbered(1));
  }

  @Test
  void lookupWithReferencesInlinedFindsTheVersionRegisteredWithReferences() {
    String address = "{\"type\":\"record\",\"name\":\"Address\",\"namespace\":\"acme\",\"fields\":[{\"name\":\"city\",\"type\":\"string\"}]}";
    assertThat(id(http.register("address", address))).isEqualTo(1);
    String user = "{\"type\":\"record\",\"name\":\"User\",\"namespace\":\"acme\",\"fields\":[{\"name\":\"home\",\"type\":\"acme.Address\"}]}";
    String withRef = "{\"schema\":" + RegistryHttp.JSON.valueToTree(user) + ",\"references\":[{\"name\":\"acme.Address\",\"subject\":\"address\",\"version\":1}]}";
    int userId = id(http.post("/subjects/user/versions", withRef));
    assertThat(userId).isEqualTo(2);
    JsonNode stored = http.get("/subjects/user/versions/1").json();
    assertThat(stored.path("references").get(0).path("subject").asText()).isEqualTo("address");
    assertThat(stored.path("schema").asText()).as("a referenced type is stored by name").contains("\"type\":\"Address\"").doesNotContain("city");
    String inlined = "{\"type\":\"record\",\"name\":\"User\",\"namespace\":\"acme\",\"fields\":[{\"name\":\"home\",\"type\":" + address + "}]}";
    Answer lookup = http.post("/subjects/user", "{\"schema\":" + RegistryHttp.JSON.valueToTree(inlined) + ",\"references\":[]}");
    assertThat(lookup.status()).as(lookup.text()).isEqualTo(200);
    assertThat(lookup.json().path("id").asInt()).isEqualTo(userId);
    assertThat(ints(http.get("/subjects/address/versions/1/referencedby"))).containsExactly(userId);
  }

  @Test
  void normalizedLookupIgnoresPropertyOrderAndTypeWrapping() {
    String registered = "{\"type\":\"record\",\"name\":\"R\",\"fields\":[{\"name\":\"f\",\"type\":\"int\"}],\"a\":\"1\",\"b\":\"2\"}";
    String lookedUp = "{\"type\":\"record\",\"name\":\"R\",\"b\":\"2\",\"fields\":[{\"name\":\"f\",\"type\":{\"type\":\"int\"}}],\"a\":\"1\"}";
    int registeredId = id(http.post("/subjects/s/versions?normalize=true", schemaBody(registered)));
    assertError(http.post("/subjects/s", schemaBody(lookedUp)), 404, 40403);
    Answer found = http.post("/subjects/s?normalize=true", schemaBody(lookedUp));
    assertThat(found.status()).as(found.text()).isEqualTo(200);
    assertThat(found.json().path("id").asInt()).isEqualTo(registeredId);
  }

  // ------------------------------------------------------------------ compatibility

  @Test
  void defaultGlobalConfigIsBackward() {
    Answer answer = http.get("/config");
    assertThat(answer.text()).isEqualTo("{\"compatibilityLevel\":\"BACKWARD\"}");
  }

  @Test
  void backwardRefusesAnAddedFieldWithoutDefaultWithAvrosReason() {
    assertThat(id(http.register("s", v1()))).isEqualTo(1);
    Answer refused = http.register("s", v2NoDefault());
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.errorCode()).isEqualTo(409);
    assertThat(refused.message()).contains("READER_FIELD_MISSING_DEFAULT_VALUE").contains("f2");
    assertThat(id(http.register("s", v2WithDefault()))).isEqualTo(2);
  }

  @Test
  void switchingToNoneLetsTheIncompatibleSchemaIn() {
    http.register("s", v1());
    assertThat(http.register("s", v2NoDefault()).status()).isEqualTo(409);
    setGlobal("NONE");
    assertThat(id(http.register("s", v2NoDefault()))).isEqualTo(2);
  }

  @Test
  void levelChangesApplyToTheNextRegistration() {
    http.register("s", v1());
    setGlobal("FORWARD");
    assertThat(http.register("s", v2NoDefault()).status()).isEqualTo(200);
    setGlobal("BACKWARD");
    String v3NoDefault = record("User", field("f1", "string"), field("f2", "string"), field("f3", "string"));
    assertThat(http.register("s", v3NoDefault).status()).isEqualTo(409);
    String v3Default = record("User", field("f1", "string"), field("f2", "string"), field("f3", "string", "\"x\""));
    assertThat(http.register("s", v3Default).status()).isEqualTo(200);
  }

  @Test
  void forceRegistersAnIncompatibleSchema() {
    http.register("s", v1());
    assertThat(http.post("/subjects/s/versions?force=true", schemaBody(v2NoDefault())).status()).isEqualTo(200);
  }

  @Test
  void fullRefusesAChangedFieldType() {
    setGlobal("FULL");
    http.register("s", record("R", field("f", "string")));
    Answer check = http.post("/compatibility/subjects/s/versions/1", schemaBody(record("R", field("f", "int"))));
    assertThat(check.json().path("is_compatible").asBoolean(true)).isFalse();
  }

  @Test
  void forwardTransitiveChecksEveryVersionButASingleVersionCheckDoesNot() {
    setGlobal("NONE");
    http.register("s", record("R", field("f1", "string"), field("f2", "string")));
    http.register("s", record("R", field("f1", "string")));
    setGlobal("FORWARD_TRANSITIVE");
    String candidate = schemaBody(record("R", field("f1", "string"), field("f3", "string")));
    assertThat(http.post("/compatibility/subjects/s/versions/latest", candidate).json().path("is_compatible").asBoolean()).isTrue();
    assertThat(http.post("/compatibility/subjects/s/versions", candidate).json().path("is_compatible").asBoolean()).isFalse();
    Answer refused = http.post("/subjects/s/versions", candidate);
    assertThat(refused.status()).isEqualTo(409);
    assertThat(refused.message()).contains("oldSchemaVersion:").contains("oldSchema:").contains("compatibility:");
  }

  @Test
  void backwardTransitiveComparesWithEveryLiveVersion() {
    setGlobal("BACKWARD_TRANSITIVE");
    http.register("s", v1());
    http.register("s", v2WithDefault());
    assertThat(http.register("s", v2NoDefault()).status()).isEqualTo(409);
    http.register("fresh", v2WithDefault());
    assertThat(http.register("fresh", v2NoDefault()).status()).isEqualTo(200);
  }

  @Test
  void compatibilityOfAnUnknownSubjectIsTrueAndUnknownVersionIs40402() {
    Answer latest = http.post("/compatibility/subjects/non-existent-subject/versions/latest", schemaBody(v1()));
    assertThat(latest.json().path("is_compatible").asBoolean()).isTrue();
    assertThat(http.post("/compatibility/subjects/non-existent-subject/versions", schemaBody(v1())).json()
        .path("is_compatible").asBoolean()).isTrue();
    http.register("s", v1());
    assertError(http.post("/compatibility/subjects/s/versions/100", schemaBody(v1())), 404, 40402);
  }

  @Test
  void compatibilityChecksCreateNoVersions() {
    http.register("s", v1());
    http.post("/compatibility/subjects/s/versions/latest", schemaBody(v2WithDefault()));
    http.post("/compatibility/subjects/s/versions", schemaBody(v2WithDefault()));
    assertThat(ints(http.get("/subjects/s/versions"))).containsExactly(1);
  }

  @Test
  void verboseCompatibilityExplainsAnInvalidSchemaInsteadOfFailing() {
    http.register("s", v1());
    Answer answer = http.post("/compatibility/subjects/s/versions/latest?verbose=true", schemaBody(record("R", field("f", "str"))));
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().path("is_compatible").asBoolean(true)).isFalse();
    assertThat(answer.json().path("messages").get(0).asText()).contains("Invalid schema");
    Answer compatible = http.post("/compatibility/subjects/s/versions/latest?verbose=true", schemaBody(v2WithDefault()));
    assertThat(compatible.json().path("messages").isArray()).isTrue();
    assertThat(compatible.json().path("messages")).isEmpty();
  }

  @Test
  void afterSoftDeletingTheLatestTheCheckUsesThePreviousVersion() {
    setGlobal("NONE");
    http.register("s", v1());
    http.register("s", record("User", field("f9", "int")));
    setGlobal("BACKWARD");
    assertThat(http.register("s", v2NoDefault()).status()).isEqualTo(409);
    http.delete("/subjects/s/versions/2");
    http.register("s", record("User", field("f1", "string")));
    assertThat(http.register("s", v2WithDefault()).status()).isEqualTo(200);
    assertThat(http.get("/subjects/s/versions/latest").json().path("version").asInt()).isEqualTo(3);
  }

  // ------------------------------------------------------------------ config

  @Test
  void subjectConfigCanBeSetBeforeRegistrationAndLeavesGlobalAlone() {
    Answer put = http.put("/config/never-registered", "{\"compatibility\":\"forward\"}");
    assertThat(put.text()).isEqualTo("{\"compatibility\":\"FORWARD\"}");
    assertThat(http.get("/config/never-registered").text()).isEqualTo("{\"compatibilityLevel\":\"FORWARD\"}");
    assertThat(http.get("/config").json().path("compatibilityLevel").asText()).isEqualTo("BACKWARD");
    Answer deleted = http.delete("/config/never-registered");
    assertThat(deleted.json().path("compatibilityLevel").asText()).isEqualTo("FORWARD");
    assertThat(http.get("/config/never-registered?defaultToGlobal=true").json().path("compatibilityLevel").asText())
        .isEqualTo("BACKWARD");
    assertError(http.get("/config/never-registered"), 404, 40408);
    assertError(http.delete("/config/never-registered"), 404, 40401);
  }

  @Test
  void globalConfigChangesAndDeleteRevertsToTheDefault() {
    setGlobal("FULL");
    assertThat(http.get("/config").json().path("compatibilityLevel").asText()).isEqualTo("FULL");
    assertThat(http.delete("/config").json().path("compatibilityLevel").asText()).isEqualTo("FULL");
    assertThat(http.get("/config").json().path("compatibilityLevel").asText()).isEqualTo("BACKWARD");
  }

  @Test
  void unknownLevelIs42203AndLegacyFieldNameIsAccepted() {
    assertError(http.put("/config", "{\"compatibility\":\"SIDEWAYS\"}"), 422, 42203);
    assertThat(http.put("/config", "{\"compatibilityLevel\":\"NONE\"}").text()).isEqualTo("{\"compatibility\":\"NONE\"}");
  }

  @Test
  void contextAliasActsAsGlobal() {
    assertThat(http.put("/config/:.:", "{\"compatibility\":\"FULL\"}").status()).isEqualTo(200);
    assertThat(http.get("/config").json().path("compatibilityLevel").asText()).isEqualTo("FULL");
    assertThat(http.put("/mode/:.:", "{\"mode\":\"READONLY\"}").status()).isEqualTo(200);
    assertThat(http.get("/mode").json().path("mode").asText()).isEqualTo("READONLY");
  }

  // ------------------------------------------------------------------ mode

  @Test
  void modeDefaultsToReadWriteAndSubjectModeNeedsDefaultToGlobal() {
    assertThat(http.get("/mode").text()).isEqualTo("{\"mode\":\"READWRITE\"}");
    assertError(http.get("/mode/s"), 404, 40409);
    assertThat(http.get("/mode/s?defaultToGlobal=true").json().path("mode").asText()).isEqualTo("READWRITE");
    assertError(http.put("/mode", "{\"mode\":\"SIDEWAYS\"}"), 422, 42204);
  }

  @Test
  void readOnlySubjectRefusesWritesUntilItsModeIsDeleted() {
    http.register("s", v1());
    assertThat(http.put("/mode/s", "{\"mode\":\"READONLY\"}").text()).isEqualTo("{\"mode\":\"READONLY\"}");
    assertError(http.register("s", v2WithDefault()), 422, 42205);
    assertError(http.delete("/subjects/s"), 422, 42205);
    assertThat(http.register("other", v1()).status()).isEqualTo(200);
    assertThat(http.delete("/mode/s").json().path("mode").asText()).isEqualTo("READONLY");
    assertThat(http.register("s", v2WithDefault()).status()).isEqualTo(200);
  }

  @Test
  void globalReadOnlyOverrideBeatsSubjectModes() {
    http.put("/mode/s", "{\"mode\":\"READWRITE\"}");
    http.put("/mode", "{\"mode\":\"READONLY_OVERRIDE\"}");
    assertError(http.register("s", v1()), 422, 42205);
  }

  @Test
  void explicitIdIsRefusedOutsideImportAndRequiredInImport() {
    String withId = "{\"schema\":" + RegistryHttp.JSON.valueToTree(v1()) + ",\"id\":7,\"version\":1}";
    assertError(http.post("/subjects/s/versions", withId), 422, 42205);
    assertThat(http.put("/mode", "{\"mode\":\"IMPORT\"}").status()).isEqualTo(200);
    assertThat(id(http.post("/subjects/s/versions", withId))).isEqualTo(7);
    assertError(http.register("t", v1()), 422, 42205);
    String sameIdOtherText = "{\"schema\":" + RegistryHttp.JSON.valueToTree(numbered(3)) + ",\"id\":7,\"version\":1}";
    assertError(http.post("/subjects/u/versions", sameIdOtherText), 422, 42205);
    assertThat(http.put("/mode", "{}").text()).isEqualTo("{}");
    assertThat(http.get("/mode").json().path("mode").asText()).isEqualTo("READWRITE");
    assertThat(id(http.register("t", numbered(4)))).as("new ids continue after imported ones").isEqualTo(8);
  }

  @Test
  void switchingToImportWithSchemasNeedsForce() {
    http.register("s", v1());
    assertError(http.put("/mode", "{\"mode\":\"IMPORT\"}"), 422, 42205);
    assertThat(http.put("/mode?force=true", "{\"mode\":\"IMPORT\"}").status()).isEqualTo(200);
    assertError(http.put("/mode/s", "{\"mode\":\"IMPORT\"}"), 422, 42205);
    assertThat(http.put("/mode/s?force=True", "{\"mode\":\"IMPORT\"}").status()).isEqualTo(200);
  }

  // ------------------------------------------------------------------ deletes

  @Test
  void softDeletedVersionIsHiddenButReadableByIdAndWithDeleted() {
    setGlobal("NONE");
    http.register("s", numbered(1));
    http.register("s", numbered(2));
    assertThat(http.delete("/subjects/s/versions/2").text()).isEqualTo("2");
    assertThat(ints(http.get("/subjects/s/versions"))).containsExactly(1);
    assertThat(http.get("/subjects/s/versions/2?deleted=true").json().path("deleted").asBoolean()).isTrue();
    assertError(http.get("/subjects/s/versions/2"), 404, 40402);
    assertError(http.post("/subjects/s", schemaBody(numbered(2))), 404, 40403);
    assertThat(http.get("/schemas/ids/2").status()).isEqualTo(200);
    assertThat(ints(http.get("/subjects/s/versions?deletedOnly=true"))).containsExactly(2);
  }

  @Test
  void deletingLatestTakesTheHighestLiveVersionAndVersionNumbersAreNeverReused() {
    setGlobal("NONE");
    http.register("s", numbered(1));
    http.register("s", numbered(2));
    assertThat(http.delete("/subjects/s/versions/latest").text()).isEqualTo("2");
    assertThat(http.delete("/subjects/s/versions/latest").text()).isEqualTo("1");
    assertError(http.get("/subjects/s/versions"), 404, 40401);
    assertThat(id(http.register("s", numbered(1)))).isEqualTo(1);
    assertThat(id(http.register("s", numbered(1)))).isEqualTo(1);
    assertThat(ints(http.get("/subjects/s/versions"))).containsExactly(3);
  }

  @Test
  void permanentVersionDeleteNeedsASoftDeleteFirst() {
    setGlobal("NONE");
    http.register("s", numbered(1));
    http.register("s", numbered(2));
    assertError(http.delete("/subjects/s/versions/2?permanent=true"), 404, 40407);
    assertThat(http.delete("/subjects/s/versions/2").text()).isEqualTo("2");
    assertError(http.delete("/subjects/s/versions/2"), 404, 40406);
    assertThat(http.delete("/subjects/s/versions/2?permanent=true").text()).isEqualTo("2");
    assertError(http.get("/subjects/s/versions/2?deleted=true"), 404, 40402);
    assertError(http.delete("/subjects/s/versions/2?permanent=true"), 404, 40402);
    assertError(http.get("/schemas/ids/2"), 404, 40403);
  }

  @Test
  void afterHardDeletingV2AndSoftDeletingV1ReRegisteringV1GivesVersion2() {
    setGlobal("NONE");
    http.register("s", numbered(1));
    http.register("s", numbered(2));
    http.delete("/subjects/s/versions/2");
    http.delete("/subjects/s/versions/2?permanent=true");
    http.delete("/subjects/s/versions/1");
    http.register("s", numbered(1));
    assertThat(ints(http.get("/subjects/s/versions"))).containsExactly(2);
  }

  @Test
  void deletingVersionsOfUnknownSubjectsOrVersionsHasTheirCodes() {
    assertError(http.delete("/subjects/nobody/versions/1"), 404, 40401);
    http.register("s", v1());
    assertError(http.delete("/subjects/s/versions/9"), 404, 40402);
    assertError(http.delete("/subjects/s/versions/zero"), 422, 42202);
  }

  @Test
  void deletingAnOlderVersionKeepsLatest() {
    setGlobal("NONE");
    http.register("s", numbered(1));
    http.register("s", numbered(2));
    http.delete("/subjects/s/versions/1");
    assertThat(http.get("/subjects/s/versions/latest").json().path("version").asInt()).isEqualTo(2);
  }

  @Test
  void lookupWithDeletedFindsSoftDeletedVersionsUntilReRegistration() {
    setGlobal("NONE");
    http.register("s", numbered(1));
    http.register("s", numbered(2));
    http.delete("/subjects/s/versions/2");
    assertThat(http.post("/subjects/s?deleted=true", schemaBody(numbered(2))).json().path("version").asInt()).isEqualTo(2);
    http.register("s", numbered(2));
    assertThat(http.post("/subjects/s", schemaBody(numbered(2))).json().path("version").asInt()).isEqualTo(3);
    assertThat(http.post("/subjects/s?deleted=true", schemaBody(numbered(2))).json().path("version").asInt()).isEqualTo(3);
  }

  @Test
  void softDeletingASubjectHidesItAndASecondSoftDeleteIs40404() {
    setGlobal("NONE");
    http.register("s", numbered(1));
    http.register("s", numbered(2));
    assertThat(ints(http.delete("/subjects/s"))).containsExactly(1, 2);
    assertError(http.get("/subjects/s/versions/latest"), 404, 40401);
    assertThat(http.post("/subjects/s?deleted=true", schemaBody(numbered(1))).json().path("version").asInt()).isEqualTo(1);
    assertThat(http.post("/subjects/s?deleted=true", schemaBody(numbered(2))).json().path("version").asInt()).isEqualTo(2);
    assertError(http.delete("/subjects/s"), 404, 40404);
  }

  @Test
  void unknownSubjectDeletesAre40401() {
    assertError(http.delete("/subjects/nobody"), 404, 40401);
    assertError(http.delete("/subjects/nobody?permanent=true"), 404, 40401);
  }

  @Test
  void permanentSubjectDeleteNeedsASoftDeleteFirst() {
    setGlobal("NONE");
    http.register("s", numbered(1));
    http.register("s", numbered(2));
    http.put("/config/s", "{\"compatibility\":\"FULL\"}");
    assertError(http.delete("/subjects/s?permanent=true"), 404, 40405);
    assertThat(ints(http.delete("/subjects/s"))).containsExactly(1, 2);
    assertThat(ints(http.delete("/subjects/s?permanent=true"))).containsExactly(1, 2);
    assertError(http.post("/subjects/s", schemaBody(numbered(1))), 404, 40401);
    assertError(http.post("/subjects/s?deleted=true", schemaBody(numbered(1))), 404, 40401);
    assertError(http.get("/config/s"), 404, 40408);
    assertThat(http.get("/config").json().path("compatibilityLevel").asText()).isEqualTo("NONE");
  }

  @Test
  void reRegisteringAfterASubjectSoftDeleteContinuesTheVersionNumbers() {
    setGlobal("NONE");
    http.register("s", numbered(1));
    http.register("s", numbered(2));
    http.delete("/subjects/s");
    http.register("s", numbered(3));
    http.register("s", numbered(4));
    assertThat(ints(http.get("/subjects/s/versions"))).containsExactly(3, 4);
    assertError(http.get("/subjects/s/versions/1"), 404, 40402);
  }

  @Test
  void subjectListingsFollowDeletes() {
    http.register("subject1", numbered(1));
    http.register("subject2", numbered(2));
    http.delete("/subjects/subject2");
    assertThat(strings(http.get("/subjects"))).containsExactly("subject1");
    assertThat(strings(http.get("/subjects?deleted=true"))).containsExactly("subject1", "subject2");
    assertThat(strings(http.get("/subjects?deletedOnly=true"))).containsExactly("subject2");
    assertThat(ints(http.delete("/subjects/subject2?permanent=true"))).containsExactly(1);
    assertThat(strings(http.get("/subjects?deleted=true"))).containsExactly("subject1");
  }

  @Test
  void referencedVersionCannotBeDeletedUntilItsReferrerIsGone() {
    String address = "{\"type\":\"record\",\"name\":\"Address\",\"fields\":[{\"name\":\"city\",\"type\":\"string\"}]}";
    http.register("address", address);
    String user = "{\"type\":\"record\",\"name\":\"User\",\"fields\":[{\"name\":\"home\",\"type\":\"Address\"}]}";
    http.post("/subjects/user/versions",
        "{\"schema\":" + RegistryHttp.JSON.valueToTree(user) + ",\"references\":[{\"name\":\"Address\",\"subject\":\"address\",\"version\":1}]}");
    assertError(http.delete("/subjects/address/versions/1"), 422, 42206);
    http.delete("/subjects/user");
    http.delete("/subjects/user?permanent=true");
    assertThat(http.delete("/subjects/address/versions/1").status()).isEqualTo(200);
    assertThat(http.get("/subjects/address/versions/1/referencedby?deleted=true").json()).isEmpty();
    http.delete("/subjects/address/versions/1?permanent=true");
    Answer dangling = http.post("/subjects/user2/versions",
        "{\"schema\":" + RegistryHttp.JSON.valueToTree(user) + ",\"references\":[{\"name\":\"Address\",\"subject\":\"address\",\"version\":1}]}");
    assertError(dangling, 422, 42201);
  }

  // ------------------------------------------------------------------ protocol details

  @Test
  void unknownRoutesAnswerAJsonError() {
    Answer answer = http.get("/no/such/route");
    assertError(answer, 404, 404);
    assertThat(answer.contentType()).isEqualTo(RegistryHttp.V1);
    assertError(http.get("/schemas/ids/not-a-number"), 404, 404);
    assertError(http.send("PATCH", "/subjects", null, Map.of()), 405, 405);
  }

  @Test
  void booleanQueryParametersIgnoreCase() {
    setGlobal("NONE");
    http.register("s", numbered(1));
    http.register("s", numbered(2));
    http.delete("/subjects/s/versions/2");
    assertThat(ints(http.get("/subjects/s/versions?deleted=True"))).containsExactly(1, 2);
    assertThat(ints(http.get("/subjects/s/versions?deleted=False"))).containsExactly(1);
    assertThat(http.post("/subjects/s?normalize=False&deleted=False", schemaBody(numbered(1))).status()).isEqualTo(200);
  }

  @Test
  void compatibilityPathWithTrailingSlashIsAccepted() {
    http.register("s", v1());
    Answer answer = http.post("/compatibility/subjects/s/versions/", schemaBody(v2NoDefault()));
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().path("is_compatible").asBoolean(true)).isFalse();
  }

  @Test
  void getWithContentTypeAndNoBodyIsAccepted() {
    Answer answer = http.send("GET", "/subjects", null, Map.of("Content-Type", RegistryHttp.V1));
    assertThat(answer.status()).isEqualTo(200);
  }

  @Test
  void associationsAnswerAnEmptyList() {
    Answer answer = http.get("/associations/resources/-/orders?resourceType=topic&associationType=value");
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().isArray()).isTrue();
    assertThat(answer.json()).isEmpty();
  }

  @Test
  void unsupportedRequestMediaTypeIs415AndPlainJsonIsFine() {
    assertError(http.send("POST", "/subjects/s/versions", schemaBody(v1()), Map.of("Content-Type", "text/xml")), 415, 415);
    assertThat(http.send("POST", "/subjects/s/versions", schemaBody(v1()), Map.of("Content-Type", "application/json")).status())
        .isEqualTo(200);
    assertThat(http.send("POST", "/subjects/s/versions", schemaBody(v1()), Map.of()).status()).isEqualTo(200);
  }

  @Test
  void responseTypeFollowsTheAcceptHeader() {
    assertThat(http.send("GET", "/subjects", null, Map.of("Accept", "application/json")).contentType()).isEqualTo("application/json");
    assertThat(http.send("GET", "/subjects", null, Map.of("Accept", "*/*")).contentType()).isEqualTo(RegistryHttp.V1);
  }

  @Test
  void malformedJsonIs400() {
    assertError(http.post("/subjects/s/versions", "{not json"), 400, 400);
  }

  @Test
  void subjectsWithSlashesAndSpacesRoundTripPercentEncoded() {
    assertThat(id(http.register("a%2Fb%20c", v1()))).isEqualTo(1);
    assertThat(strings(http.get("/subjects"))).containsExactly("a/b c");
    assertThat(http.get("/subjects/a%2Fb%20c/versions/1").json().path("subject").asText()).isEqualTo("a/b c");
  }

  @Test
  void rootAnswersAnEmptyObject() {
    assertThat(http.get("/").text()).isEqualTo("{}");
    assertThat(http.post("/", "{}").text()).isEqualTo("{}");
    assertThat(strings(http.get("/contexts"))).containsExactly(".");
  }
}
