package io.wirewatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.wirewatch.alert.DeliveryLedger;
import io.wirewatch.alert.SubscriptionRequest;
import io.wirewatch.alert.SubscriptionState;
import io.wirewatch.alert.SubscriptionStore;
import io.wirewatch.alert.delivery.AlertLinks;
import io.wirewatch.alert.http.SubscriptionRoutes;
import io.wirewatch.avro.Alert;
import io.wirewatch.avro.Article;
import io.wirewatch.avro.EnrichedArticle;
import io.wirewatch.avro.Subscription;
import io.wirewatch.http.JsonErrors;
import io.wirewatch.ingest.ArticleProducer;
import io.wirewatch.ingest.IngestStats;
import io.wirewatch.ingest.RevisionMemory;
import io.wirewatch.ingest.http.ArticleIngestRoutes;
import io.wirewatch.streams.EnrichmentApp;
import io.wirewatch.testkit.KafkaPlatformExtension;
import io.wirewatch.testkit.PlainAvroSerde;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The dashboard in headless Chromium, against a real broker: articles posted to POST /api/articles
 * go through news.articles.raw, the enrichment Streams application (with a small test tagger in
 * place of the enrichment library) and news.articles.enriched into the live feed, and appear on the
 * page. Other feed items (alerts, stories, surges, hostile articles) are published into the
 * {@link LiveFeed} directly. Subscriptions go to a recording stub of POST /api/subscriptions.
 *
 * <p>With {@code -Dwirewatch.screenshot=docs/dashboard.png} the demo-data test saves a screenshot.
 */
@ExtendWith(Browser.class)
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class DashboardBrowserIT {
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient http = HttpClient.newHttpClient();
  private static final List<JsonNode> subscriptions = new CopyOnWriteArrayList<>();
  private static final AtomicInteger ids = new AtomicInteger();

  private static Path stateDir;
  private static EnrichmentApp enrichment;
  private static ArticleProducer producer;
  private static LiveFeed feed;
  private static KafkaFeedSource source;
  private static WebServer server;
  private static String base;

  private ChromeDriver driver;

  @BeforeAll
  static void start() throws Exception {
    kafka.createWirewatchTopics();
    stateDir = Files.createTempDirectory("wirewatch-web-streams-");
    PlainAvroSerde<Article> articles = new PlainAvroSerde<>(Article.class);
    PlainAvroSerde<EnrichedArticle> enriched = new PlainAvroSerde<>(EnrichedArticle.class);
    enrichment = EnrichmentApp.start(EnrichmentApp.Settings.defaults(kafka.clientProperties(), stateDir),
        new TestTagger(), articles, enriched, List.of("sanctions-blocked", "ceasefire", "diplomat-expelled", "nuclear",
            "missile-launch"));
    producer = ArticleProducer.kafka(kafka.clientProperties(), articles.serializer(), new RevisionMemory());
    feed = new LiveFeed();
    source = feed.startKafka(kafka.clientProperties(), new LiveFeed.Deserializers(enriched.deserializer(),
        new PlainAvroSerde<>(Alert.class).deserializer(), null, null));
    server = WebServer.start(0, List.of(
        new ArticleIngestRoutes(producer, new IngestStats(), ArticleIngestRoutes.DEFAULT_MAX_BYTES, null),
        new StreamRoutes(feed),
        new DashboardRoutes(),
        new HealthRoutes(List.of(ReadinessCheck.streams("enrichment", enrichment::state))),
        DashboardBrowserIT::subscriptionStub));
    base = "http://127.0.0.1:" + server.port();
    enrichment.awaitRunning(Duration.ofSeconds(60));
    await().atMost(Duration.ofSeconds(30)).until(source::caughtUp);
  }

  /** POST /api/subscriptions as the alerting role answers it: 422 with details, or 201 with the id. */
  private static void subscriptionStub(io.javalin.config.JavalinConfig config) {
    config.routes.post("/api/subscriptions", ctx -> {
      JsonNode body = JSON.readTree(ctx.body());
      if (body.path("name").asText("").isBlank()) {
        JsonErrors.write(ctx, 422, "the subscription is invalid: 1 problem",
            List.of(Map.of("field", "name", "message", "name must not be empty")));
        return;
      }
      subscriptions.add(body);
      ObjectNode created = ((ObjectNode) body.deepCopy()).put("id", "sub-" + subscriptions.size());
      ctx.status(201).contentType("application/json").result(created.toString());
    });
    config.routes.get("/api/subscriptions", ctx -> {
      List<Object> all = new java.util.ArrayList<>(subscriptions);
      all.add(JSON.readTree(HOSTILE_SUBSCRIPTION));
      ctx.contentType("application/json").result(JSON.writeValueAsString(all));
    });
  }

  /** A subscription as GET /api/subscriptions lists it, with markup in every field the page shows. */
  private static final String HOSTILE_SUBSCRIPTION = "{\"id\":\"sub-<img src=x onerror=alert('id')>\","
      + "\"name\":\"<script>window.__pwned='subname'</script><img src=x onerror=\\\"alert('name')\\\">\","
      + "\"topics\":[\"<b>nuclear</b>\"],\"countries\":[\"<i>IR</i>\"],\"keywords\":[\"<svg onload=alert('kw')>\"],"
      + "\"channel\":{\"type\":\"<b>webhook</b>\",\"url\":\"javascript:alert('url')\",\"secret\":\"***\"},"
      + "\"delivery\":{\"state\":\"failing\",\"reason\":\"<img src=x onerror=alert('reason')>\"},"
      + "\"lastAlert\":{\"alerted\":\"2026-12-05T10:00:00Z\",\"articleId\":\"\\\"><img src=x onerror=alert('aid')>\","
      + "\"headline\":\"<i onmouseover=alert('hl')>Headline</i>\"}}";

  private static WebServer guarded;

  @AfterAll
  static void stop() {
    for (AutoCloseable c : new AutoCloseable[] {guarded, feed, server, source, enrichment, producer}) {
      try {
        if (c != null) {
          c.close();
        }
      } catch (Exception e) {
        // keep closing the rest
      }
    }
    if (stateDir != null) {
      try (var walk = Files.walk(stateDir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (java.io.IOException e) {
        // a temporary directory: left for the OS to clean
      }
    }
  }

  @BeforeEach
  void openBrowser() {
    driver = Browser.start(1280, 900);
  }

  @AfterEach
  void closeBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  private void open(String fragment) {
    driver.get(base + "/" + fragment);
    await().atMost(Duration.ofSeconds(15)).until(() ->
        "live".equals(driver.findElement(By.id("status")).getAttribute("data-state")));
  }

  private WebElement item(String articleId) {
    return driver.findElement(By.cssSelector("#feed li.item[data-id='" + articleId + "']"));
  }

  private boolean shown(String articleId) {
    List<WebElement> found = driver.findElements(By.cssSelector("#feed li.item[data-id='" + articleId + "']"));
    return !found.isEmpty() && found.get(0).isDisplayed();
  }

  private static String postArticle(String headline, String body, String source) throws Exception {
    String id = "browser-" + ids.incrementAndGet() + "-" + System.nanoTime();
    ObjectNode a = JSON.createObjectNode().put("id", id).put("headline", headline).put("body", body)
        .put("source", source).put("url", "https://news.example/" + id).put("published", Instant.now().toString());
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/articles"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(a.toString())).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(202);
    return JSON.readTree(r.body()).at("/accepted/0/id").asText();
  }

  private static final String FLAGSHIP_HEADLINE = "China, Russia block U.S. bid for more North Korea sanctions";
  private static final String FLAGSHIP_BODY = "UNITED NATIONS - China and Russia moved to block a U.S. proposal "
      + "for new sanctions on North Korea at the Security Council on Thursday. "
      + "Diplomats said the measure would have targeted oil imports.";

  @Test
  void articlePostedOverHttpAppearsLiveWithItsTopicBadgesAndCountryChips() throws Exception {
    open("");
    String id = postArticle(FLAGSHIP_HEADLINE, FLAGSHIP_BODY, "UPI");
    await().atMost(Duration.ofSeconds(20)).until(() -> shown(id));
    WebElement li = item(id);
    assertThat(li.findElement(By.cssSelector(".headline")).getText()).isEqualTo(FLAGSHIP_HEADLINE);
    assertThat(li.findElement(By.cssSelector(".source")).getText()).isEqualTo("UPI");
    assertThat(li.findElements(By.cssSelector(".badge"))).extracting(WebElement::getText)
        .containsExactly("sanctions-blocked");
    assertThat(li.findElements(By.cssSelector(".chip"))).extracting(WebElement::getText)
        .containsExactlyInAnyOrder("KP", "CN", "RU", "US");
  }

  @Test
  void clickingAnArticleShowsTheSentenceWithTheMatchedWordsAndTheRulesBehindThem() throws Exception {
    open("");
    String id = postArticle("Moldova expels Russia diplomat over spying", "CHISINAU - Moldova expels a Russia diplomat "
        + "accused of spying, the foreign ministry said on Friday. Russia promised a response.", "Reuters");
    await().atMost(Duration.ofSeconds(20)).until(() -> shown(id));
    item(id).click();

    WebElement detail = driver.findElement(By.cssSelector("#detail .detail[data-article='" + id + "']"));
    WebElement event = detail.findElement(By.cssSelector("li.event[data-topic='diplomat-expelled']"));
    WebElement sentence = event.findElement(By.cssSelector(".sentence"));
    assertThat(sentence.getText())
        .isEqualTo("CHISINAU - Moldova expels a Russia diplomat accused of spying, the foreign ministry said on Friday.");
    List<WebElement> marks = sentence.findElements(By.tagName("mark"));
    assertThat(marks).extracting(WebElement::getText).containsExactly("expels", "diplomat");
    assertThat(marks.get(0).getAttribute("title")).isEqualTo("rule:diplomat-expelled/trigger");
    assertThat(event.findElement(By.cssSelector("code.rule")).getText()).isEqualTo("diplomat-expelled/test-rule");

    WebElement russia = detail.findElement(By.cssSelector("li.country[data-country='RU']"));
    assertThat(russia.findElements(By.cssSelector(".snippet mark"))).extracting(WebElement::getText)
        .containsOnly("Russia").hasSize(3);
    assertThat(russia.getText()).contains("gazetteer:RU/name:Russia");
  }

  @Test
  void filteringByTopicHidesOtherItemsAndTheFilterIsKeptInTheUrl() throws Exception {
    Instant now = Instant.now();
    feed.publishArticle("direct:0:" + ids.incrementAndGet(), Fixtures.simple("filter-truce", "ceasefire", "SD", now));
    feed.publishArticle("direct:0:" + ids.incrementAndGet(), Fixtures.simple("filter-nuclear", "nuclear", "IR", now));
    open("");
    await().atMost(Duration.ofSeconds(10)).until(() -> shown("filter-truce") && shown("filter-nuclear"));

    item("filter-truce").findElement(By.cssSelector(".badge[data-topic='ceasefire']")).click();
    await().atMost(Duration.ofSeconds(5)).until(() -> !shown("filter-nuclear"));
    assertThat(shown("filter-truce")).isTrue();
    assertThat(driver.getCurrentUrl()).endsWith("#topic=ceasefire");
    assertThat(driver.findElements(By.cssSelector("#active-filters .token"))).extracting(WebElement::getText)
        .anySatisfy(t -> assertThat(t).contains("topic: ceasefire"));

    // a bookmarked view opens with the same filter, and the stream only sends what matches
    driver.navigate().to(base + "/#country=IR");
    driver.navigate().refresh();
    await().atMost(Duration.ofSeconds(10)).until(() -> shown("filter-nuclear"));
    assertThat(driver.findElements(By.cssSelector("#feed li.item[data-id='filter-truce']"))).isEmpty();

    // the form adds a second filter (topic AND country)
    driver.findElement(By.cssSelector("#filter-topic option[value='ceasefire']")).click();
    driver.findElement(By.cssSelector("#filters button[type='submit']")).click();
    await().atMost(Duration.ofSeconds(5)).until(() -> !shown("filter-nuclear"));
    assertThat(driver.getCurrentUrl()).contains("topic=ceasefire").contains("country=IR");

    driver.findElement(By.id("filter-clear")).click();
    await().atMost(Duration.ofSeconds(10)).until(() -> shown("filter-truce") && shown("filter-nuclear"));
  }

  @Test
  void subscriptionFormShowsValidationErrorsFromTheJsonBodyThenSubscribes() {
    open("");
    int before = subscriptions.size();
    driver.findElement(By.cssSelector("#subscribe button[type='submit']")).click();
    WebElement result = driver.findElement(By.id("sub-result"));
    await().atMost(Duration.ofSeconds(5)).until(() -> result.getText().contains("name must not be empty"));
    assertThat(result.getAttribute("class")).contains("error");
    assertThat(result.getText()).contains("the subscription is invalid").contains("name: name must not be empty");

    driver.findElement(By.id("sub-name")).sendKeys("Korea desk");
    driver.findElement(By.cssSelector("#sub-topics input[value='sanctions-blocked']")).click();
    driver.findElement(By.cssSelector("#sub-topics input[value='missile-launch']")).click();
    driver.findElement(By.id("sub-countries")).sendKeys("kp, kr");
    driver.findElement(By.cssSelector("#sub-channel option[value='WEBHOOK']")).click();
    driver.findElement(By.id("sub-url")).sendKeys("https://hooks.example/korea");
    driver.findElement(By.cssSelector("#subscribe button[type='submit']")).click();
    await().atMost(Duration.ofSeconds(5)).until(() -> result.getText().startsWith("Subscribed"));
    assertThat(result.getAttribute("class")).contains("ok");

    assertThat(subscriptions).hasSize(before + 1);
    JsonNode sent = subscriptions.get(subscriptions.size() - 1);
    assertThat(sent.path("name").asText()).isEqualTo("Korea desk");
    assertThat(sent.path("topics")).extracting(JsonNode::asText).containsExactly("sanctions-blocked", "missile-launch");
    assertThat(sent.path("countries")).extracting(JsonNode::asText).containsExactly("KP", "KR");
    assertThat(sent.at("/channel/type").asText()).isEqualTo("WEBHOOK");
    assertThat(sent.at("/channel/url").asText()).isEqualTo("https://hooks.example/korea");
    assertThat(result.getText()).contains("sub-" + subscriptions.size());
  }

  @Test
  void onAPhoneTheDashboardIsOneColumnWithoutSidewaysScrolling() {
    feed.publishArticle("direct:0:" + ids.incrementAndGet(), Fixtures.simple("phone-1", "ceasefire", "SD", Instant.now()));
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    open("");
    await().atMost(Duration.ofSeconds(10)).until(() -> shown("phone-1"));
    JavascriptExecutor js = driver;
    assertThat((Boolean) js.executeScript("return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
    WebElement feedPane = driver.findElement(By.cssSelector(".feed-pane"));
    WebElement detailPane = driver.findElement(By.cssSelector(".detail-pane"));
    WebElement sidePane = driver.findElement(By.cssSelector(".side-pane"));
    assertThat(detailPane.getRect().getX()).isEqualTo(feedPane.getRect().getX());
    assertThat(sidePane.getRect().getX()).isEqualTo(feedPane.getRect().getX());
    assertThat(detailPane.getRect().getY()).isGreaterThan(feedPane.getRect().getY());
    assertThat(sidePane.getRect().getY()).isGreaterThan(detailPane.getRect().getY());
    // selecting an item brings its evidence into view
    item("phone-1").click();
    await().atMost(Duration.ofSeconds(5)).until(() -> {
      long top = ((Number) js.executeScript("return document.getElementById('detail-pane').getBoundingClientRect().top")).longValue();
      return top >= -5 && top < 844;
    });
  }

  private static final String XSS_HEADLINE = "<script>window.__pwned='script'</script>"
      + "<img src=x onerror=\"window.__pwned='img';alert('img')\"> Iran talks";
  private static final String XSS_BODY = "Officials in Iran acted today <a href=\"javascript:alert('link')\">read</a>. "
      + "<svg onload=\"alert('svg')\"></svg><iframe src=\"javascript:alert('frame')\"></iframe>";

  @Test
  void markupInTheSubscriptionListIsShownAsTextAndNeverRun() {
    open("");
    String hostile = "#subscriptions li.sub[data-state='failing']";
    await().atMost(Duration.ofSeconds(10)).until(() -> !driver.findElements(By.cssSelector(hostile)).isEmpty());
    WebElement li = driver.findElement(By.cssSelector(hostile));
    assertThat(li.findElement(By.cssSelector(".sub-head strong")).getText())
        .isEqualTo("<script>window.__pwned='subname'</script><img src=x onerror=\"alert('name')\">");
    assertThat(li.getText()).contains("<b>webhook</b>", "sub-<img src=x onerror=alert('id')>",
        "<img src=x onerror=alert('reason')>", "<i onmouseover=alert('hl')>Headline</i>");
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    JavascriptExecutor js = driver;
    assertThat(js.executeScript("return typeof window.__pwned")).isEqualTo("undefined");
    assertThat(driver.findElements(By.cssSelector("#subscriptions img, #subscriptions script, #subscriptions b, "
        + "#subscriptions i, #subscriptions svg"))).isEmpty();
    // the one link is the evidence view of the last alert's article, its id encoded into the fragment
    assertThat(driver.findElements(By.cssSelector("#subscriptions a"))).allSatisfy(a ->
        assertThat(a.getAttribute("href")).contains("#/articles/").doesNotContain("<", "\""));
  }

  @Test
  void withTokensRequiredThePageAsksForOneAndKeepsItForTheTabOnly() {
    if (guarded == null) {
      guarded = WebServer.start(0, List.of(
          new io.wirewatch.web.auth.WebGuard(io.wirewatch.web.auth.ApiTokens.none()
              .plus("browser-reader-token", io.wirewatch.web.auth.Scope.READ), io.wirewatch.web.auth.WebGuard.Limits.defaults()),
          new StreamRoutes(feed), new DashboardRoutes()));
    }
    driver.get("http://127.0.0.1:" + guarded.port() + "/");
    await().atMost(Duration.ofSeconds(15)).until(() -> driver.findElement(By.id("token-form")).isDisplayed());
    assertThat(driver.findElement(By.id("token-message")).getText()).contains("scope 'read'");
    driver.findElement(By.id("token-input")).sendKeys("browser-reader-token");
    driver.findElement(By.cssSelector("#token-form button[type=submit]")).click();
    await().atMost(Duration.ofSeconds(15)).until(() ->
        "live".equals(driver.findElement(By.id("status")).getAttribute("data-state")));
    assertThat(driver.findElement(By.id("token-form")).isDisplayed()).isFalse();
    JavascriptExecutor js = driver;
    assertThat(js.executeScript("return sessionStorage.getItem('wirewatch.apiToken')")).isEqualTo("browser-reader-token");
    assertThat(js.executeScript("return localStorage.length")).isEqualTo(0L);
    assertThat(js.executeScript("return document.cookie")).isEqualTo("");
  }

  @Test
  void markupInArticlesIsShownAsTextAndNeverRun() {
    EnrichedArticle hostile = Fixtures.article("xss-1", "<b onmouseover=\"alert('source')\">Evil</b>", XSS_HEADLINE,
        XSS_BODY, Instant.now(),
        List.of(new Fixtures.Country("IR", "<img src=x onerror=alert('country')>", true, "Iran")),
        List.of(new Fixtures.Event("nuclear", "acted", "Officials in Iran acted today <a href=\"javascript:alert('link')\">read</a>.",
            "<a href=\"javascript:alert('link')\">")));
    hostile = EnrichedArticle.newBuilder(hostile)
        .setArticle(Article.newBuilder(hostile.getArticle()).setUrl("javascript:alert('url')").build()).build();
    feed.publishArticle("direct:0:" + ids.incrementAndGet(), hostile);
    feed.publishAlert("direct:1:" + ids.incrementAndGet(),
        Alert.newBuilder(Fixtures.alert("xss-alert", "desk", "nuclear", "IR", Instant.now()))
            .setHeadline(XSS_HEADLINE).setSubscriptionName("<img src=x onerror=alert('sub')>")
            .setEvidence("<script>alert('evidence')</script>").setUrl("javascript:alert('alert-url')").build());

    open("");
    await().atMost(Duration.ofSeconds(10)).until(() -> shown("xss-1") && shown("xss-alert"));
    WebElement li = item("xss-1");
    assertThat(li.findElement(By.cssSelector(".headline")).getText()).isEqualTo(XSS_HEADLINE);
    assertThat(li.findElement(By.cssSelector(".source")).getText()).isEqualTo("<b onmouseover=\"alert('source')\">Evil</b>");
    li.click();
    WebElement detail = driver.findElement(By.id("detail"));
    assertThat(detail.findElement(By.cssSelector("li.event .sentence")).getText()).contains("<a href=\"javascript:alert('link')\">read</a>");
    assertThat(detail.findElements(By.cssSelector("li.event .sentence mark"))).extracting(WebElement::getText)
        .contains("acted", "<a href=\"javascript:alert('link')\">");
    item("xss-alert").click();
    assertThat(driver.findElement(By.cssSelector("#detail .alert-detail blockquote")).getText())
        .isEqualTo("<script>alert('evidence')</script>");

    // nothing ran: no dialog, no global set by injected code, no injected element anywhere
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    JavascriptExecutor js = driver;
    assertThat(js.executeScript("return typeof window.__pwned")).isEqualTo("undefined");
    assertThat(driver.findElements(By.cssSelector("main img, main iframe, main b, main script"))).isEmpty();
    assertThat(js.executeScript("return [...document.querySelectorAll('main svg')].filter(s => !s.closest('.chart')).length"))
        .isEqualTo(0L);
    assertThat(driver.findElements(By.cssSelector("a[href^='javascript:']"))).isEmpty();
    assertThat(driver.findElements(By.tagName("script"))).hasSize(1); // app.js only
  }

  @Test
  void countsPanelChartsTopicsAndCountriesListsSurgesAndOpensAStory() throws Exception {
    // a server of its own, so the page shows only the demo morning (and makes a clean screenshot)
    LiveFeed demo = new LiveFeed();
    DemoData.publish(demo, Instant.now());
    try (WebServer own = WebServer.start(0, List.of(new StreamRoutes(demo), new DashboardRoutes(),
        DashboardBrowserIT::subscriptionStub))) {
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1100));
      driver.get("http://127.0.0.1:" + own.port() + "/");
      await().atMost(Duration.ofSeconds(15)).until(() ->
          !driver.findElements(By.cssSelector("#chart-topics svg g.row[data-key='sanctions-blocked']")).isEmpty());
      // The charts redraw as counts refresh: read each one in a single script call, never a stale node.
      await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
        assertThat(texts("#chart-topics svg g.row title"))
            .contains("sanctions-blocked: 3", "missile-launch: 2", "ceasefire: 1");
        assertThat(texts("#chart-countries svg g.row title")).contains("KP: 3", "RU: 4");
      });
      assertThat(driver.findElement(By.id("surges")).getText()).contains("KP").contains("missile-launch").contains("7 in the hour");

      // story size on the feed items, then the story view: the articles by source and time
      await().atMost(Duration.ofSeconds(10)).until(() -> shown("demo-kp-ap"));
      assertThat(item("demo-kp-ap").findElement(By.cssSelector(".story-size")).getText()).isEqualTo("story: 3 articles");
      item("demo-kp-ap").click();
      driver.findElement(By.id("open-story")).click();
      await().atMost(Duration.ofSeconds(5)).until(() ->
          driver.findElements(By.cssSelector("#detail .story .story-list li")).size() == 3);
      assertThat(driver.findElements(By.cssSelector("#detail .story .story-list li strong")))
          .extracting(WebElement::getText).containsExactly("Reuters", "AP", "UPI");

      item("demo-kp-upi").click();
      assertThat(driver.findElements(By.cssSelector("#feed li.selected"))).extracting(e -> e.getAttribute("data-id"))
          .containsExactly("demo-kp-upi");
      String target = System.getProperty("wirewatch.screenshot");
      if (target != null && !target.isBlank()) {
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
        Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
        Path out = Path.of(target);
        if (out.getParent() != null) {
          Files.createDirectories(out.getParent());
        }
        Files.copy(shot, out, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      demo.close();
    }
  }

  @Test
  void anAlertsEvidenceLinkOpensTheArticlesEvidenceView() {
    feed.publishArticle("direct:0:" + ids.incrementAndGet(), Fixtures.simple("linked-1", "ceasefire", "SD", Instant.now()));
    // the link every alert carries: <dashboard>#/articles/<id>
    String link = AlertLinks.to(base).evidence("linked-1");
    assertThat(link).isEqualTo(base + "/#/articles/linked-1");
    open(link.substring(base.length() + 1));
    await().atMost(Duration.ofSeconds(10)).until(() ->
        !driver.findElements(By.cssSelector("#detail .detail[data-article='linked-1']")).isEmpty());
    assertThat(driver.findElement(By.cssSelector("#detail .detail li.event .sentence")).getText())
        .isEqualTo("Officials in SD acted today.");
    assertThat(driver.findElements(By.cssSelector("#feed li.selected"))).extracting(e -> e.getAttribute("data-id"))
        .containsExactly("linked-1");
    // the evidence view links to itself, for sharing
    assertThat(driver.findElement(By.cssSelector("#detail a.permalink")).getAttribute("href"))
        .isEqualTo(base + "/#/articles/linked-1");
    // an article the feed no longer holds says so, and where to look instead
    driver.get(base + "/#/articles/gone-article");
    await().atMost(Duration.ofSeconds(10)).until(() -> driver.findElement(By.id("detail")).getText()
        .contains("Article gone-article is not in the live feed any more"));
  }

  @Test
  void subscriptionsAreListedWithLastAlertAndDeliveryStateAndCanBePausedSnoozedAndResumed() throws Exception {
    LiveFeed own = new LiveFeed();
    DeliveryLedger ledger = new DeliveryLedger();
    try (SubscriptionStore store = new SubscriptionStore(kafka.clientConfig(),
        new PlainAvroSerde<>(Subscription.class), Clock.systemUTC());
        WebServer web = WebServer.start(0, List.of(new StreamRoutes(own), new DashboardRoutes(),
            cfg -> SubscriptionRoutes.register(cfg.routes, store, ledger)))) {
      String korea = store.add(subscription("Korea desk", "console", null, null)).getId();
      String bot = store.add(subscription("Sanctions bot", "webhook", "https://hooks.example/bot",
          "0123456789abcdef0123")).getId();
      Instant now = Instant.now();
      own.publishArticle("direct:0:1", Fixtures.simple("kp-article", "sanctions-blocked", "KP", now));
      ledger.alert(Alert.newBuilder(Fixtures.alert("alert-kp", korea, "sanctions-blocked", "KP", now))
          .setArticleId("kp-article").setHeadline("UN sanctions on North Korea blocked").build());
      Alert refused = Fixtures.alert("alert-bot", bot, "sanctions-blocked", "KP", now);
      ledger.alert(refused);
      ledger.deadLettered(refused, now, "receiver answered HTTP 410 (not retried: the receiver refused the request)");

      driver.get("http://127.0.0.1:" + web.port() + "/");
      await().atMost(Duration.ofSeconds(15)).until(() -> driver.findElements(By.cssSelector("#subscriptions li.sub")).size() == 2);
      assertThat(subscriptionText(korea, ".sub-head strong")).isEqualTo("Korea desk");
      assertThat(subscriptionText(korea, ".sub-state")).isEqualTo("ok");
      assertThat(subscriptionText(korea, ".sub-last")).startsWith("last alert ").contains("UN sanctions on North Korea blocked");
      assertThat(subscriptionText(bot, ".sub-state")).isEqualTo("failing");
      assertThat(subscriptionText(bot, ".sub-last")).contains("receiver answered HTTP 410");

      // pause: the state is written to news.subscriptions and the list shows it
      subscriptionButton(korea, "pause").click();
      await().atMost(Duration.ofSeconds(10)).until(() -> "paused".equals(subscriptionText(korea, ".sub-state")));
      assertThat(SubscriptionState.at(store.get(korea).orElseThrow(), Instant.now()).mode())
          .isEqualTo(SubscriptionState.Mode.PAUSED);
      assertThat(driver.findElements(By.cssSelector(subscriptionCss(korea) + " button[data-action='pause']"))).isEmpty();

      // snooze for 4 hours from the paused state, then resume
      driver.findElement(By.cssSelector(subscriptionCss(korea) + " select.snooze-for option[value='4h']")).click();
      subscriptionButton(korea, "snooze").click();
      await().atMost(Duration.ofSeconds(10)).until(() -> subscriptionText(korea, ".sub-state").startsWith("snoozed until "));
      Instant until = store.get(korea).orElseThrow().getQuietUntil();
      assertThat(until).isBetween(Instant.now().plus(Duration.ofMinutes(239)), Instant.now().plus(Duration.ofHours(4)));
      subscriptionButton(korea, "resume").click();
      await().atMost(Duration.ofSeconds(10)).until(() -> "ok".equals(subscriptionText(korea, ".sub-state")));
      assertThat(SubscriptionState.at(store.get(korea).orElseThrow(), Instant.now()).quiet()).isFalse();
      assertThat(subscriptionText(bot, ".sub-state")).isEqualTo("failing"); // the other one is untouched

      // the last alert links to the evidence of its article
      driver.findElement(By.cssSelector(subscriptionCss(korea) + " .sub-last a")).click();
      await().atMost(Duration.ofSeconds(10)).until(() ->
          !driver.findElements(By.cssSelector("#detail .detail[data-article='kp-article']")).isEmpty());
      assertThat(driver.getCurrentUrl()).endsWith("#/articles/kp-article");
      store.remove(korea);
      store.remove(bot);
    } finally {
      own.close();
    }
  }

  private static SubscriptionRequest subscription(String name, String channel, String url, String secret) {
    return new SubscriptionRequest(name, List.of("sanctions-blocked"), List.of("KP"), List.of(),
        List.of(), null, null, null, new SubscriptionRequest.ChannelRequest(channel, url, secret));
  }

  private static String subscriptionCss(String id) {
    return "#subscriptions li.sub[data-id='" + id + "']";
  }

  private String subscriptionText(String id, String css) {
    List<String> found = texts(subscriptionCss(id) + " " + css);
    return found.isEmpty() ? "" : found.get(0);
  }

  private WebElement subscriptionButton(String id, String action) {
    return driver.findElement(By.cssSelector(subscriptionCss(id) + " button[data-action='" + action + "']"));
  }

  /** The text of every element matching {@code css}, read in one script call (no stale references). */
  @SuppressWarnings("unchecked")
  private List<String> texts(String css) {
    return (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
        "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent);", css);
  }
}
