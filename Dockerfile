# press-stats: docker build -t press-stats .   (checked without a daemon by scripts/check-dockerfile.sh)

# --- Build: the Maven wrapper packages the fast-jar into target/quarkus-app ---------------------
FROM eclipse-temurin:17-jdk-jammy AS build
WORKDIR /build
# Wrapper and POM first: the dependency layer is reused until pom.xml changes
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
RUN ./mvnw -B -q dependency:go-offline
COPY src/ src/
RUN ./mvnw -B package -DskipTests

# --- Runtime: a JRE and the four parts of the fast-jar, run by a non-root user ------------------
FROM eclipse-temurin:17-jre-jammy
# Fixed uid/gid so Kubernetes can check runAsNonRoot and runAsUser against it
RUN groupadd --system --gid 10001 press-stats \
 && useradd --system --uid 10001 --gid 10001 --home-dir /deployments --no-create-home \
    --shell /usr/sbin/nologin press-stats
WORKDIR /deployments
COPY --from=build --chown=10001:10001 /build/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build --chown=10001:10001 /build/target/quarkus-app/quarkus-run.jar /deployments/
COPY --from=build --chown=10001:10001 /build/target/quarkus-app/app/ /deployments/app/
COPY --from=build --chown=10001:10001 /build/target/quarkus-app/quarkus/ /deployments/quarkus/
# The JVM settings the project ships (heap, OOM behaviour), the same file the README's run line uses
COPY --from=build --chown=10001:10001 /build/src/main/jvm/jvm.options /deployments/jvm.options
# No HEALTHCHECK: Kubernetes ignores it and probes /q/health/* itself (deploy/kubernetes)
EXPOSE 8080
USER 10001
# Exec form: the JVM is PID 1 and gets SIGTERM for a graceful shutdown
ENTRYPOINT ["java", "@/deployments/jvm.options", "-jar", "/deployments/quarkus-run.jar"]
