package io.wirewatch.registry;

import io.wirewatch.UserException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Serde settings, by the property names Confluent users know. Besides the client settings of
 * {@link RegistryClientConfig}:
 *
 * <ul>
 *   <li>{@code auto.register.schemas} (true): register the record's schema on first write;
 *       false: look it up and fail when it is not registered
 *   <li>{@code use.latest.version} (false): write with the subject's latest schema
 *   <li>{@code normalize.schemas} (false): ask the registry to normalize when registering
 *   <li>{@code specific.avro.reader} (false): read generated classes instead of GenericRecord
 * </ul>
 */
public record AvroSerdeConfig(boolean autoRegister, boolean useLatestVersion, boolean normalize, boolean specificReader) {
  public static final String AUTO_REGISTER = "auto.register.schemas";
  public static final String USE_LATEST_VERSION = "use.latest.version";
  public static final String NORMALIZE = "normalize.schemas";
  public static final String SPECIFIC_READER = "specific.avro.reader";

  /** Reads and validates the settings; every problem is reported at once. */
  public static AvroSerdeConfig fromMap(Map<String, ?> config) {
    List<String> problems = new ArrayList<>();
    boolean autoRegister = flag(config, AUTO_REGISTER, true, problems);
    boolean useLatest = flag(config, USE_LATEST_VERSION, false, problems);
    boolean normalize = flag(config, NORMALIZE, false, problems);
    boolean specific = flag(config, SPECIFIC_READER, false, problems);
    if (!problems.isEmpty()) {
      throw new UserException("Avro serde settings are invalid: " + String.join("; ", problems));
    }
    return new AvroSerdeConfig(autoRegister, useLatest, normalize, specific);
  }

  private static boolean flag(Map<String, ?> config, String key, boolean fallback, List<String> problems) {
    Object value = config.get(key);
    if (value == null) {
      return fallback;
    }
    if (value instanceof Boolean b) {
      return b;
    }
    String text = String.valueOf(value).trim().toLowerCase(Locale.ROOT);
    if (text.equals("true") || text.equals("false")) {
      return Boolean.parseBoolean(text);
    }
    problems.add(key + " must be true or false, got '" + value + "'");
    return fallback;
  }
}
