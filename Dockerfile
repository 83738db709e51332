# press-stats: docker build -t press-stats .   (checked without a daemon by scripts/check-dockerfile.sh)

# --- Build: the Maven wrapper packages the aot-jar into target/quarkus-app, and AotTrainingIT trains its
# AOT cache (app.aot) against an embedded PostgreSQL -----------------------------------------------
FROM eclipse-temurin:25.0.3_9-jdk-noble AS build
# A non-root builder: the embedded PostgreSQL of the training run refuses root unless user namespaces are allowed
RUN useradd --create-home --uid 10002 builder && install -d -o builder /build
USER builder
WORKDIR /build
# Wrapper and POM first: the dependency layer is reused until pom.xml changes
COPY --chown=builder mvnw pom.xml ./
COPY --chown=builder .mvn/ .mvn/
RUN ./mvnw -B -q dependency:go-offline
COPY --chown=builder src/ src/
RUN ./mvnw -B verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=AotTrainingIT

# --- Runtime: the very JDK of the build stage (an AOT cache is only valid for the JVM and modules image that
# wrote it, which a JRE image is not), the app folder with its cache, run by a non-root user ------------
FROM eclipse-temurin:25.0.3_9-jdk-noble
# Fixed uid/gid so Kubernetes can check runAsNonRoot and runAsUser against it
RUN groupadd --system --gid 10001 press-stats \
 && useradd --system --uid 10001 --gid 10001 --home-dir /deployments --no-create-home \
    --shell /usr/sbin/nologin press-stats
WORKDIR /deployments
# lib/, app/, quarkus/, quarkus-run.jar, the JVM settings the project ships (jvm.options) and the AOT cache
# (app.aot); COPY keeps the jars' modification times, which the cache checks
COPY --from=build --chown=10001:10001 /build/target/quarkus-app/ /deployments/
# No HEALTHCHECK: Kubernetes ignores it and probes /q/health/* itself (deploy/kubernetes)
EXPOSE 8080
USER 10001
# Exec form: the JVM is PID 1 and gets SIGTERM for a graceful shutdown. Relative paths from /deployments, as in
# training: the cache holds the class path as it was given
ENTRYPOINT ["java", "@jvm.options", "-XX:AOTCache=app.aot", "-jar", "quarkus-run.jar"]
