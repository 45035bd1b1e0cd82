package io.wirewatch.cli;


import io.wirewatch.UserException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;

/** Kafka clients for commands, failing fast with a clear message when the cluster is unreachable. */
final class KafkaClients {
  private KafkaClients() {}

  /** An admin client that has reached the cluster within {@code --connect-timeout}. */
  static Admin admin(ConnectionOptions conn) {
    if (conn.connectTimeout().isNegative() || conn.connectTimeout().isZero()) {
      throw new UserException("--connect-timeout " + conn.connectTimeout() + " must be positive, e.g. PT30S");
    }
    Admin admin = Admin.create(conn.client().admin());
    try {
      admin.describeCluster().clusterId().get(conn.connectTimeout().toMillis(), TimeUnit.MILLISECONDS);
      return admin;
    } catch (Exception e) {
      admin.close();
      throw new UserException("couldn't connect to Kafka at " + conn.bootstrapServers() + " within "
          + conn.connectTimeout().toSeconds() + " s — is it running? Check --bootstrap-servers, raise --connect-timeout"
          + " (env WIREWATCH_CONNECT_TIMEOUT) if it is starting or busy, or start a local one with `wirewatch dev`", e);
    }
  }
}
