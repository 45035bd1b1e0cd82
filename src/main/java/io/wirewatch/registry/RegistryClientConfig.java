package io.wirewatch.registry;

import io.wirewatch.UserException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Connection settings of a registry client, read from the property names Confluent clients use:
 *
 * <ul>
 *   <li>{@code schema.registry.url}: one or more base URLs, comma-separated (a path prefix is
 *       kept); tried in turn
 *   <li>{@code basic.auth.credentials.source}: {@code URL} (default: {@code user:pass@} in the URL)
 *       or {@code USER_INFO}
 *   <li>{@code basic.auth.user.info} (alias {@code schema.registry.basic.auth.user.info}):
 *       {@code user:password}
 *   <li>{@code bearer.auth.token}: a static bearer token
 *   <li>{@code max.retries} (3), {@code retries.wait.ms} (1000), {@code retries.max.wait.ms}
 *       (20000)
 *   <li>{@code request.timeout.ms} (30000)
 * </ul>
 *
 * @param urls base URLs without credentials and without a trailing slash
 * @param authorization the {@code Authorization} header value, when any
 */
public record RegistryClientConfig(List<URI> urls, Optional<String> authorization, RetryPolicy retry, Duration requestTimeout) {
  public static final String URL = "schema.registry.url";
  public static final String BASIC_AUTH_SOURCE = "basic.auth.credentials.source";
  public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
  public static final String BASIC_AUTH_USER_INFO_ALIAS = "schema.registry.basic.auth.user.info";
  public static final String BEARER_TOKEN = "bearer.auth.token";
  public static final String MAX_RETRIES = "max.retries";
  public static final String RETRIES_WAIT_MS = "retries.wait.ms";
  public static final String RETRIES_MAX_WAIT_MS = "retries.max.wait.ms";
  public static final String REQUEST_TIMEOUT_MS = "request.timeout.ms";

  public RegistryClientConfig {
    urls = List.copyOf(urls);
    if (urls.isEmpty()) {
      throw new IllegalArgumentException("at least one registry URL is needed");
    }
  }

  /** Settings for one URL (or several, comma-separated), no auth, default retries. */
  public static RegistryClientConfig of(String urls) {
    return fromMap(Map.of(URL, urls));
  }

  public RegistryClientConfig withRetry(RetryPolicy value) {
    return new RegistryClientConfig(urls, authorization, value, requestTimeout);
  }

  /**
   * Reads and validates the settings; every problem is reported at once.
   *
   * @throws UserException naming each bad key, its value and the fix
   */
  public static RegistryClientConfig fromMap(Map<String, ?> config) {
    List<String> problems = new ArrayList<>();
    String urlText = text(config, URL);
    List<URI> urls = new ArrayList<>();
    String urlUserInfo = null;
    if (urlText == null || urlText.isBlank()) {
      problems.add(URL + " is required: set it to the registry's base URL, e.g. http://localhost:8081");
    } else {
      for (String part : urlText.split(",")) {
        String trimmed = part.trim();
        if (trimmed.isEmpty()) {
          continue;
        }
        try {
          URI uri = new URI(trimmed);
          if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https")) || uri.getHost() == null) {
            problems.add(URL + " must hold http(s) URLs, got '" + trimmed + "': write it like http://localhost:8081");
            continue;
          }
          if (uri.getRawUserInfo() != null && urlUserInfo == null) {
            urlUserInfo = uri.getUserInfo();
          }
          String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
          urls.add(new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), path, null, null));
        } catch (URISyntaxException e) {
          problems.add(URL + " holds an invalid URL '" + trimmed + "': " + e.getReason());
        }
      }
    }
    String source = Optional.ofNullable(text(config, BASIC_AUTH_SOURCE)).orElse("URL").trim().toUpperCase(Locale.ROOT);
    String userInfo = Optional.ofNullable(text(config, BASIC_AUTH_USER_INFO)).orElse(text(config, BASIC_AUTH_USER_INFO_ALIAS));
    String bearer = text(config, BEARER_TOKEN);
    Optional<String> authorization = Optional.empty();
    switch (source) {
      case "URL" -> {
        if (urlUserInfo != null) {
          authorization = Optional.of(basic(urlUserInfo));
        }
      }
      case "USER_INFO" -> {
        if (userInfo == null || !userInfo.contains(":")) {
          problems.add(BASIC_AUTH_USER_INFO + " must be user:password when " + BASIC_AUTH_SOURCE + "=USER_INFO, got "
              + (userInfo == null ? "nothing" : "a value without ':'"));
        } else {
          authorization = Optional.of(basic(userInfo));
        }
      }
      default -> problems.add(BASIC_AUTH_SOURCE + " must be URL or USER_INFO, got '" + source + "'");
    }
    if (bearer != null && !bearer.isBlank()) {
      if (authorization.isPresent()) {
        problems.add("both basic auth and " + BEARER_TOKEN + " are set: keep only one");
      }
      authorization = Optional.of("Bearer " + bearer.trim());
    }
    int maxRetries = number(config, MAX_RETRIES, RetryPolicy.DEFAULT.maxRetries(), problems);
    int waitMs = number(config, RETRIES_WAIT_MS, (int) RetryPolicy.DEFAULT.initialWait().toMillis(), problems);
    int maxWaitMs = number(config, RETRIES_MAX_WAIT_MS, (int) RetryPolicy.DEFAULT.maxWait().toMillis(), problems);
    int timeoutMs = number(config, REQUEST_TIMEOUT_MS, 30_000, problems);
    if (!problems.isEmpty()) {
      throw new UserException("schema registry settings are invalid: " + String.join("; ", problems));
    }
    RetryPolicy retry = new RetryPolicy(maxRetries, Duration.ofMillis(waitMs), Duration.ofMillis(maxWaitMs), io.wirewatch.retry.Sleeper.SYSTEM);
    return new RegistryClientConfig(urls, authorization, retry, Duration.ofMillis(timeoutMs));
  }

  private static String basic(String userInfo) {
    return "Basic " + java.util.Base64.getEncoder().encodeToString(userInfo.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static String text(Map<String, ?> config, String key) {
    Object value = config.get(key);
    if (value == null) {
      return null;
    }
    if (value instanceof List<?> list) {
      return String.join(",", list.stream().map(String::valueOf).toList());
    }
    return String.valueOf(value);
  }

  private static int number(Map<String, ?> config, String key, int fallback, List<String> problems) {
    Object value = config.get(key);
    if (value == null) {
      return fallback;
    }
    try {
      int parsed = value instanceof Number n ? n.intValue() : Integer.parseInt(String.valueOf(value).trim());
      if (parsed < 0) {
        problems.add(key + " must be >= 0, got " + parsed);
      }
      return parsed;
    } catch (NumberFormatException e) {
      problems.add(key + " must be a whole number, got '" + value + "'");
      return fallback;
    }
  }

  /** The URLs as one line, for messages. */
  public String describeUrls() {
    return String.join(", ", urls.stream().map(URI::toString).toList());
  }
}
