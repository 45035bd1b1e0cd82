package io.wirewatch.alert.delivery;

import io.wirewatch.avro.ChannelType;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Settings of one delivery service.
 *
 * @param channel which subscriptions this service serves (one consumer group per channel)
 * @param groupId consumer group; by default {@code wirewatch-alert-<channel>}
 * @param retry retry policy (backoff, jitter, give-up time)
 * @param allowLoopback allow webhooks to loopback addresses (local development only)
 * @param allowPrivate allow webhooks to private, link-local and similar addresses
 * @param httpTimeout connect and response timeout of one attempt
 * @param console where the console channel prints
 * @param clock clock for signature timestamps and for the pause/snooze state of subscriptions
 * @param links where alerts link to: the dashboard's evidence view of their article
 */
public record DeliveryConfig(ChannelType channel, String groupId, RetryPolicy retry, boolean allowLoopback,
    boolean allowPrivate, Duration httpTimeout, Consumer<String> console, Clock clock, AlertLinks links) {

  public static DeliveryConfig defaults(ChannelType channel) {
    return new DeliveryConfig(channel, "wirewatch-alert-" + channel.name().toLowerCase(Locale.ROOT),
        RetryPolicy.defaults(), false, false, Duration.ofSeconds(10), System.out::println, Clock.systemUTC(),
        AlertLinks.to(AlertLinks.DEFAULT_DASHBOARD));
  }

  public DeliveryConfig withLinks(AlertLinks l) {
    return new DeliveryConfig(channel, groupId, retry, allowLoopback, allowPrivate, httpTimeout, console, clock, l);
  }

  public DeliveryConfig withClock(Clock c) {
    return new DeliveryConfig(channel, groupId, retry, allowLoopback, allowPrivate, httpTimeout, console, c, links);
  }

  public DeliveryConfig withGroupId(String g) {
    return new DeliveryConfig(channel, g, retry, allowLoopback, allowPrivate, httpTimeout, console, clock, links);
  }

  public DeliveryConfig withRetry(RetryPolicy r) {
    return new DeliveryConfig(channel, groupId, r, allowLoopback, allowPrivate, httpTimeout, console, clock, links);
  }

  public DeliveryConfig withAllowLoopback(boolean allow) {
    return new DeliveryConfig(channel, groupId, retry, allow, allowPrivate, httpTimeout, console, clock, links);
  }

  public DeliveryConfig withAllowPrivate(boolean allow) {
    return new DeliveryConfig(channel, groupId, retry, allowLoopback, allow, httpTimeout, console, clock, links);
  }

  public DeliveryConfig withHttpTimeout(Duration t) {
    return new DeliveryConfig(channel, groupId, retry, allowLoopback, allowPrivate, t, console, clock, links);
  }

  public DeliveryConfig withConsole(Consumer<String> out) {
    return new DeliveryConfig(channel, groupId, retry, allowLoopback, allowPrivate, httpTimeout, out, clock, links);
  }

  /** The channel implementation for these settings. */
  public Channel newChannel() {
    AddressGuard guard = new AddressGuard(allowLoopback, allowPrivate);
    return switch (channel) {
      case WEBHOOK -> HttpChannel.webhook(guard, clock, httpTimeout, links);
      case SLACK -> HttpChannel.slack(guard, clock, httpTimeout, links);
      case CONSOLE -> new ConsoleChannel(console, links);
      default -> throw new IllegalArgumentException("channel " + channel + " cannot be delivered: use webhook, slack or console");
    };
  }
}
