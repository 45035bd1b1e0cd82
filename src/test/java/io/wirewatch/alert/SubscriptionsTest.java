package io.wirewatch.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wirewatch.UserException;
import io.wirewatch.avro.ChannelType;
import io.wirewatch.avro.Subscription;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SubscriptionsTest {
  private static SubscriptionRequest.ChannelRequest webhook(String url, String secret) {
    return new SubscriptionRequest.ChannelRequest("webhook", url, secret);
  }

  @Test
  void theExampleOfTheIssueIsValidAndMapsToAvro() {
    SubscriptionRequest r = new SubscriptionRequest("Korea desk", List.of("sanctions-blocked"), List.of("kp"), List.of(),
        List.of(), 0.6, true, 30, webhook("https://desk.example/hook", "0123456789abcdef0123"));
    assertThat(Subscriptions.problems(r)).isEmpty();
    Subscription s = Subscriptions.toAvro(r, "sub-1", Instant.parse("2026-11-20T15:00:00Z"));
    assertThat(s.getCountries()).containsExactly("KP");
    assertThat(s.getChannel().getType()).isEqualTo(ChannelType.WEBHOOK);
    assertThat(s.getMinConfidence()).isEqualTo(0.6);
  }

  @Test
  void everyProblemIsReportedAtOnceNamingFieldAndFix() {
    SubscriptionRequest r = new SubscriptionRequest(" ", List.of("sanctions-block"), List.of("XX", "KP"), null, List.of(""),
        1.5, null, 0, webhook("ftp://desk.example/hook", null));
    List<String> p = Subscriptions.problems(r);
    assertThat(p).hasSize(8);
    assertThat(p).anySatisfy(x -> assertThat(x).startsWith("channel.secret is missing"));
    assertThat(p).anySatisfy(x -> assertThat(x).startsWith("name is missing"));
    assertThat(p).anySatisfy(x -> assertThat(x).startsWith("topics[0] \"sanctions-block\"")
        .contains(String.join(", ", EventTopics.IDS)));
    assertThat(p).anySatisfy(x -> assertThat(x).startsWith("countries[0] \"XX\"").contains("ISO 3166"));
    assertThat(p).anySatisfy(x -> assertThat(x).startsWith("keywords[0] is empty"));
    assertThat(p).anySatisfy(x -> assertThat(x).startsWith("minConfidence 1.5"));
    assertThat(p).anySatisfy(x -> assertThat(x).startsWith("maxPerHour 0"));
    assertThat(p).anySatisfy(x -> assertThat(x).startsWith("channel.url \"ftp://desk.example/hook\" is not an http(s) URL"));
    // the webhook secret problem is found too once the URL is fixed
    assertThat(Subscriptions.problems(new SubscriptionRequest("x", null, null, null, null, null, null, null,
        webhook("https://desk.example/hook", "short")))).singleElement().asString().startsWith("channel.secret is too short");
  }

  @Test
  void eighteenTopicsAreKnown() {
    assertThat(EventTopics.IDS).hasSize(18).doesNotHaveDuplicates().contains("sanctions-blocked", "humanitarian-aid");
  }

  @Test
  void slackNeedsAUrlButNoSecretAndConsoleNeedsNeither() {
    assertThat(Subscriptions.problems(new SubscriptionRequest("x", null, null, null, null, null, null, null,
        new SubscriptionRequest.ChannelRequest("slack", null, null)))).singleElement().asString().startsWith("channel.url is missing");
    assertThat(Subscriptions.problems(new SubscriptionRequest("x", null, null, null, null, null, null, null,
        new SubscriptionRequest.ChannelRequest("console", null, null)))).isEmpty();
    assertThat(Subscriptions.problems(new SubscriptionRequest("x", null, null, null, null, null, null, null,
        new SubscriptionRequest.ChannelRequest("pager", null, null)))).singleElement().asString().contains("webhook, slack or console");
  }

  @Test
  void thePublicViewNeverHoldsTheSecret() {
    Subscription s = Subscriptions.toAvro(new SubscriptionRequest("x", null, null, null, null, null, null, null,
        webhook("https://desk.example/hook", "do-not-show-this-secret")), "sub-1", Instant.EPOCH);
    Map<String, Object> view = Subscriptions.publicView(s);
    assertThat(view.toString()).doesNotContain("do-not-show-this-secret");
    assertThat(((Map<?, ?>) view.get("channel")).get("secret")).isEqualTo("***");
  }

  @Test
  void checkThrowsAUserException() {
    assertThatThrownBy(() -> Subscriptions.check(null)).isInstanceOf(UserException.class).hasMessageContaining("empty");
  }
}
