package io.wirewatch.cli;

import io.wirewatch.registry.RegistryClientConfig;

import io.wirewatch.UserException;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Kafka clients for commands, failing fast with a clear message when the cluster is unreachable. */
final class KafkaClients {
  private KafkaClients() {}

  /** An admin client that has reached the cluster (checked within 10 s). */
  static Admin admin(ConnectionOptions conn) {
    Properties p = adminProps(conn.clientProperties());
    Admin admin = Admin.create(p);
    try {
      admin.describeCluster().clusterId().get(10, TimeUnit.SECONDS);
      return admin;
    } catch (Exception e) {
      admin.close();
      throw new UserException("couldn't connect to Kafka at " + conn.bootstrapServers()
          + " — is it running? Check --bootstrap-servers, or start a local one with `wirewatch dev`", e);
    }
  }

  static Properties adminProps(Properties client) {
    Properties p = RegistryClientConfig.kafkaOnly(client);
    p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
    p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
    return p;
  }
}
