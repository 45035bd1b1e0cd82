package io.wirewatch.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest (dev builds from classes say so). */
public final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = WirewatchCommand.class.getPackage().getImplementationVersion();
    return new String[] {
      "wirewatch " + (v == null ? "(development build)" : v),
      "Kafka " + org.apache.kafka.common.utils.internals.AppInfoParser.getVersion()
          + " · Java " + System.getProperty("java.version")
    };
  }
}
