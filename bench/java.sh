# Sourced by .ci/run and the bench scripts: Java 25 for Maven and the service. Keeps a JAVA_HOME (or a java on
# the PATH) of 25 or newer, else takes the machine's Temurin 25 (JAVA_HOME_25 names another).
if ! "${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1 | grep -Eq '"(2[5-9]|[3-9][0-9])[."]'; then
  export JAVA_HOME="${JAVA_HOME_25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
fi
[ -n "${JAVA_HOME:-}" ] && export PATH="$JAVA_HOME/bin:$PATH"
true
