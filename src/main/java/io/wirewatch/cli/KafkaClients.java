package io.wirewatch.cli;


import io.wirewatch.UserException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;

/** Kafka clients for commands, failing fast with a clear message when the cluster is unreachable. */
final class KafkaClients {
  private KafkaClients() {}

  /** An admin client that has reached the cluster (checked within 30 s: a loaded machine may take a while to answer). */
  static Admin admin(ConnectionOptions conn) {
    Admin admin = Admin.create(conn.client().admin());
    try {
      admin.describeCluster().clusterId().get(30, TimeUnit.SECONDS);
      return admin;
    } catch (Exception e) {
      admin.close();
      throw new UserException("couldn't connect to Kafka at " + conn.bootstrapServers()
          + " — is it running? Check --bootstrap-servers, or start a local one with `wirewatch dev`", e);
    }
  }
}
