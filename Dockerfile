# syntax=docker/dockerfile:1
# One image for every role of the Attack-a-Crack CRM: the command picks the role.
#   docker run IMAGE              -> serve (web UI, webhooks, /health)
#   docker run IMAGE worker       -> job worker
#   docker run IMAGE scheduler    -> campaign clock
#   docker run IMAGE migrate      -> apply pending database migrations, then exit
# Build: docker build -t crm:dev .   (BuildKit, for the Maven cache mount)

# ---- build stage --------------------------------------------------------------------------------------------------
# JDK 25, not 21: .mvn/jvm.config passes --sun-misc-unsafe-memory-access=allow to Maven's JVM, an option JDK 21 rejects.
# The compiler still targets --release 21 (root pom), so the jar runs on the JRE 21 below; CI builds on JDK 25 too.
FROM eclipse-temurin:25-jdk-noble AS build
WORKDIR /src
# The wrapper and its settings first, so the Maven download is cached while only sources change.
COPY mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml ./
COPY domain/ domain/
COPY application/ application/
COPY adapters/ adapters/
COPY bootstrap/ bootstrap/
# scripts/dev_tools/lint holds the Checkstyle config the validate phase reads.
COPY scripts/ scripts/
RUN --mount=type=cache,target=/root/.m2 \
    chmod +x mvnw && ./mvnw -B -DskipTests package \
    && test -f bootstrap/target/crm.jar && test -d bootstrap/target/libs

# ---- runtime stage ------------------------------------------------------------------------------------------------
# Temurin's JRE images are Ubuntu (Debian family, glibc); no Alpine/musl.
FROM eclipse-temurin:21-jre-noble
# curl for the container HEALTHCHECK (App Platform runs its own HTTP check on /health as well).
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 crm \
    && useradd --system --uid 10001 --gid crm --home-dir /app --shell /usr/sbin/nologin crm \
    && mkdir -p /app/var && chown crm:crm /app/var
WORKDIR /app
# Libraries change less often than our code: separate layers, libs first.
COPY --from=build --chown=root:root /src/bootstrap/target/libs/ /app/libs/
COPY --from=build --chown=root:root /src/bootstrap/target/crm.jar /app/crm.jar
ENV CRM_ENV=production \
    PORT=8080 \
    CRM_DATA_DIR=/app/var
USER 10001:10001
EXPOSE 8080
# Only `serve` listens on HTTP; worker/scheduler/migrate containers report healthy while their process runs.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD sh -c 'if tr "\0" " " </proc/1/cmdline | grep -Eq " (worker|scheduler|migrate)( |$)"; then exit 0; fi; \
               curl -fsS -o /dev/null "http://127.0.0.1:${PORT:-8080}/health" || exit 1'
# `crm` is the launcher every role goes through: the heap follows the container's memory limit, and an
# OutOfMemoryError ends the process so the platform restarts it. It accepts `crm <command>` (how .do/app.yaml's
# run_command names a role) whether the platform treats run_command as the whole command line or as the CMD
# passed to this ENTRYPOINT.
COPY --chmod=0755 <<'EOF' /usr/local/bin/crm
#!/bin/sh
set -e
if [ "${1:-}" = "crm" ]; then shift; fi
exec java -XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -jar /app/crm.jar "$@"
EOF
ENTRYPOINT ["/usr/local/bin/crm"]
CMD ["serve"]
