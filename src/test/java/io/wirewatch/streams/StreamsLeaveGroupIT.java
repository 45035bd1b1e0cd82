package io.wirewatch.streams;

import static org.assertj.core.api.Assertions.assertThat;

import io.wirewatch.client.ClientConfig;
import io.wirewatch.roles.AlertingRole;
import io.wirewatch.roles.EnrichRole;
import io.wirewatch.testkit.KafkaPlatformExtension;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A stopped Streams role leaves its group at once. Otherwise the group keeps the member until its
 * session runs out (45 s), and a restarted {@code dev} or a remaining instance waits that long for
 * the partitions.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class StreamsLeaveGroupIT {
  @RegisterExtension static final KafkaPlatformExtension kafka = new KafkaPlatformExtension();

  @Test
  void enrichmentAndAlertingLeaveTheirGroupsWhenClosed() throws Exception {
    kafka.createWirewatchTopics();
    ClientConfig client = ClientConfig.of(kafka.clientProperties());
    EnrichRole.Config enrichConfig = EnrichRole.Config.defaults(client, Files.createTempDirectory("leave-enrich"));
    AlertingRole.Config alertingConfig = AlertingRole.Config.defaults(client, Files.createTempDirectory("leave-alerting"));
    String enrichGroup = enrichConfig.applicationId();
    String alertingGroup = alertingConfig.applicationId();

    try (Admin admin = kafka.admin()) {
      EnrichRole enrich = EnrichRole.start(enrichConfig);
      AlertingRole alerting = AlertingRole.start(alertingConfig);
      try {
        enrich.awaitRunning(Duration.ofSeconds(90));
        alerting.awaitRunning(Duration.ofSeconds(90));
        assertThat(members(admin, enrichGroup)).as("members of %s while running", enrichGroup).isPositive();
        assertThat(members(admin, alertingGroup)).as("members of %s while running", alertingGroup).isPositive();
      } finally {
        enrich.close();
        alerting.close();
      }
      assertThat(members(admin, enrichGroup)).as("members of %s after close", enrichGroup).isZero();
      assertThat(members(admin, alertingGroup)).as("members of %s after close", alertingGroup).isZero();
    }
  }

  private static int members(Admin admin, String group) throws Exception {
    ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group)).all().get(30, TimeUnit.SECONDS).get(group);
    return d.members().size();
  }
}
