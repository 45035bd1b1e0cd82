# Wirewatch: one image for every role (`wirewatch ingest|enrich|alert|web|topics ...`).
#
#   docker build -t wirewatch .
#   docker run --rm -e WIREWATCH_BOOTSTRAP_SERVERS=broker:9092 wirewatch enrich
#
# JVM options go in JAVA_OPTS (the defaults size the heap from the container's memory limit).
# The image declares no VOLUME: Kafka holds every record. The working directory
# /var/lib/wirewatch (writable by the wirewatch user) is scratch space only: Kafka Streams state
# kept there is a cache that is rebuilt from changelog topics when a container is new.
# See docs/operations.md.

ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

# --- build: the shaded jar --------------------------------------------------------------------
FROM ${BUILD_IMAGE} AS build
WORKDIR /src
# Dependencies first, in their own layer, so a source change does not download them again.
COPY pom.xml ./
RUN mvn -B -q -Dmaven.test.skip=true dependency:go-offline
COPY schemas/ schemas/
COPY topics.yaml ./
COPY src/main/ src/main/
RUN mvn -B -q -Dmaven.test.skip=true package \
    && test -f target/wirewatch.jar

# --- runtime: a JRE, the jar, a non-root user -------------------------------------------------
FROM ${RUNTIME_IMAGE}
LABEL org.opencontainers.image.title="Wirewatch" \
      org.opencontainers.image.description="Event streaming for breaking diplomatic news, on Apache Kafka." \
      org.opencontainers.image.licenses="Apache-2.0"

RUN groupadd --system --gid 10001 wirewatch \
    && useradd --system --uid 10001 --gid wirewatch --home-dir /var/lib/wirewatch \
       --shell /usr/sbin/nologin wirewatch \
    && mkdir -p /var/lib/wirewatch /etc/wirewatch \
    && chown wirewatch:wirewatch /var/lib/wirewatch

COPY --from=build /src/target/wirewatch.jar /opt/wirewatch/wirewatch.jar
COPY docker/healthcheck.sh /usr/local/bin/wirewatch-healthcheck
RUN chmod 0755 /usr/local/bin/wirewatch-healthcheck

# -XX:MaxRAMPercentage sizes the heap from the container limit; a JVM that ran out of memory
# is in an unknown state, so it exits and the orchestrator restarts it.
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"

USER 10001:10001
WORKDIR /var/lib/wirewatch
# The HTTP port of `wirewatch web` (and of `wirewatch dev`).
EXPOSE 8080

# Role-aware: probes GET /health for the roles that serve HTTP (web, dev) and reports the
# others healthy while their JVM runs. See docker/healthcheck.sh.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["/usr/local/bin/wirewatch-healthcheck"]

# `exec` makes the JVM PID 1, so SIGTERM from `docker stop` reaches its shutdown hooks
# (Kafka Streams closes cleanly, producers flush). JAVA_OPTS is split into words on purpose.
ENTRYPOINT ["/bin/sh", "-c", "exec java $JAVA_OPTS -jar /opt/wirewatch/wirewatch.jar \"$@\"", "wirewatch"]
CMD ["--help"]
