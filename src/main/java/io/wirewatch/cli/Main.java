package io.wirewatch.cli;

import io.wirewatch.UserException;
import io.wirewatch.platform.Logging;
import io.wirewatch.registry.internal.AvroTrust;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;

/** Entry point of the {@code wirewatch} jar. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs one command line and returns its exit code; used by tests too. */
  public static int run(String... args) {
    return commandLine().execute(args);
  }

  /** A configured command line: tests call {@code execute()} on it and read its out/err writers. */
  public static CommandLine commandLine() {
    Logging.configure(false);
    // Avro refuses to materialise generated classes of untrusted packages; trust ours at start-up.
    AvroTrust.trustGeneratedClasses();
    CommandLine cl = new CommandLine(new WirewatchCommand());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setExecutionStrategy(
        parseResult -> {
          boolean verbose = parseResult.hasMatchedOption("--verbose")
              || Arrays.stream(parseResult.originalArgs().toArray(new String[0]))
                  .anyMatch(a -> a.equals("--verbose") || a.equals("-v"));
          Logging.configure(verbose);
          return new CommandLine.RunLast().execute(parseResult);
        });
    cl.setExecutionExceptionHandler(Main::handle);
    return cl;
  }

  private static int handle(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
    boolean verbose = parseResult.originalArgs().contains("--verbose")
        || parseResult.originalArgs().contains("-v");
    PrintWriter err = cl.getErr();
    String message = Failures.describe(ex);
    err.println(cl.getColorScheme().errorText("error: " + message));
    if (verbose) {
      ex.printStackTrace(err);
    } else if (!(Failures.root(ex) instanceof UserException)) {
      err.println("(run again with --verbose for details)");
    }
    err.flush();
    return Failures.exitCode(ex);
  }
}
