#!/usr/bin/env bash
# Builds the service's container image without a Docker daemon, checks it, and writes it as a tarball
# (target/credence-image.tar, `docker load` / `podman load` / `skopeo copy docker-archive:` read it).
#  1. The base image, made from Debian packages (no container registry is reachable from these machines):
#     debootstrap of bookworm with openjdk-17-jre-headless, a user "credence" (uid 1001) and its
#     /var/lib/credence, trimmed, made an OCI image by umoci; kept under $BASE_CACHE between runs.
#  2. A registry of its own on 127.0.0.1:5000 (Debian's docker-registry) when none answers there: Jib
#     (quarkus-container-image-jib) reads the base image from it and pushes the service's image to it.
#  3. The service built for PostgreSQL into that image (its layers: dependencies, Quarkus, the app).
#  4. Checks, from the image's own manifest and config: the entrypoint runs the fast-jar with java, the
#     user is 1001 (not root), the service's layers sit on the base's; then runs the image's root file
#     system as it would run (chroot, its entrypoint, its user, its working directory) against a local
#     PostgreSQL database and waits for readiness.
# Needs root (debootstrap, chroot). Prints what it checked; exits non-zero on the first failure.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/postgres.sh

WORK=target/container-image
REGISTRY=127.0.0.1:5000
BASE_CACHE=${BASE_CACHE:-/var/cache/credence-base/v3}
BASE_IMAGE=$REGISTRY/credence-base:bookworm-jre17
PORT=${PORT:-8197}
DB=credence_image
IMAGE_TAR=target/credence-image.tar
mkdir -p "$WORK"
ROOTFS=

fail() { echo "CONTAINER IMAGE CHECK FAILED: $*"; exit 1; }
cleanup() {
  if [ -n "${SERVICE_PID:-}" ]; then kill "$SERVICE_PID" 2>/dev/null || true; wait "$SERVICE_PID" 2>/dev/null || true; fi
  if [ -n "$ROOTFS" ] && mountpoint -q "$ROOTFS/proc"; then umount "$ROOTFS/proc" || umount -l "$ROOTFS/proc" || true; fi
  # Never remove the file system while /proc is still mounted in it.
  if [ -n "$ROOTFS" ] && ! mountpoint -q "$ROOTFS/proc"; then rm -rf "$WORK/app-bundle" "$WORK/app-oci"; fi
}
trap cleanup EXIT

ensure_packages() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} = 0 ] && return
  echo "== Installing ${missing[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null \
    || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null; }
}

ensure_registry() {
  curl -fs -o /dev/null "http://$REGISTRY/v2/" && return
  mkdir -p /tmp/credence-registry
  cat >"$WORK/registry.yml" <<EOF
version: 0.1
storage:
  filesystem:
    rootdirectory: /tmp/credence-registry
  delete:
    enabled: true
http:
  addr: $REGISTRY
EOF
  nohup docker-registry serve "$WORK/registry.yml" >"$WORK/registry.log" 2>&1 &
  for _ in $(seq 1 50); do curl -fs -o /dev/null "http://$REGISTRY/v2/" && return; sleep 0.2; done
  fail "the registry did not start; see $WORK/registry.log"
}

make_base_image() {
  if [ ! -f "$BASE_CACHE/oci/index.json" ]; then
    echo "== Making the base image from Debian packages (debootstrap, about a minute)"
    local rootfs=$WORK/base-rootfs bundle=$WORK/base-bundle
    rm -rf "$rootfs" "$bundle" "$BASE_CACHE/oci"
    debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates bookworm "$rootfs" \
      http://deb.debian.org/debian >"$WORK/debootstrap.log"
    chroot "$rootfs" useradd --uid 1001 --user-group --create-home --home-dir /home/credence credence
    # The service's own files (claim index, key files of a run without configured keys) go here: the
    # image's layers put the application under the working directory, owned by root.
    install -d -m 0700 -o 1001 -g 1001 "$rootfs/var/lib/credence"
    rm -rf "$rootfs"/var/cache/apt/* "$rootfs"/var/lib/apt/lists/* "$rootfs"/usr/share/doc/* \
      "$rootfs"/usr/share/man/* "$rootfs"/usr/share/locale/*
    mkdir -p "$BASE_CACHE"
    umoci init --layout "$BASE_CACHE/oci"
    umoci new --image "$BASE_CACHE/oci:base"
    umoci unpack --image "$BASE_CACHE/oci:base" "$bundle" >/dev/null
    cp -a "$rootfs"/. "$bundle/rootfs/"
    umoci repack --image "$BASE_CACHE/oci:base" "$bundle"
    umoci config --image "$BASE_CACHE/oci:base" --config.env JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64 \
      --config.env PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      --config.user 1001 --config.workingdir /home/credence --architecture amd64 --os linux
    rm -rf "$rootfs" "$bundle"
  fi
  skopeo copy --quiet --dest-tls-verify=false "oci:$BASE_CACHE/oci:base" "docker://$BASE_IMAGE"
}

ensure_packages debootstrap umoci skopeo docker-registry
ensure_registry
make_base_image

echo "== Building the service for PostgreSQL into an image (Jib, no Docker daemon)"
VERSION=$(./mvnw -q -B -ntp help:evaluate -Dexpression=project.version -DforceStdout)
IMAGE=$REGISTRY/credence/credence:$VERSION
./mvnw -q -B -ntp -Ppostgresql package -DskipTests -Dquarkus.container-image.build=true \
  -Dquarkus.container-image.push=true -Dquarkus.container-image.registry=$REGISTRY \
  -Dquarkus.container-image.insecure=true -Dquarkus.jib.base-jvm-image=$BASE_IMAGE
rm -f "$IMAGE_TAR"
skopeo copy --quiet --src-tls-verify=false "docker://$IMAGE" "docker-archive:$IMAGE_TAR:credence/credence:$VERSION"
echo "   $IMAGE_TAR: $(du -h "$IMAGE_TAR" | cut -f1)"

echo "== The image's manifest and config"
skopeo inspect --config "docker-archive:$IMAGE_TAR" >"$WORK/config.json"
skopeo inspect "docker-archive:$IMAGE_TAR" >"$WORK/inspect.json"
base_layers=$(skopeo inspect --tls-verify=false "docker://$BASE_IMAGE" | tr -d '\n ' | grep -o '"Layers":\[[^]]*\]' | grep -o 'sha256:' | wc -l)
entrypoint=$(tr -d '\n ' <"$WORK/config.json" | grep -o '"Entrypoint":\[[^]]*\]')
user=$(tr -d '\n ' <"$WORK/config.json" | grep -o '"User":"[^"]*"' | cut -d'"' -f4)
workdir=$(tr -d '\n ' <"$WORK/config.json" | grep -o '"WorkingDir":"[^"]*"' | cut -d'"' -f4)
layers=$(tr -d '\n ' <"$WORK/inspect.json" | grep -o '"Layers":\[[^]]*\]' | grep -o 'sha256:' | wc -l)
echo "   entrypoint $entrypoint; user $user; working directory $workdir; $layers layers on the base's $base_layers"
[[ $entrypoint == *'"java"'* && $entrypoint == *'quarkus-run.jar'* ]] || fail "the entrypoint does not run the fast-jar: $entrypoint"
[ "$user" = 1001 ] || fail "the image runs as '$user', not 1001"
[ "$layers" -ge $((base_layers + 3)) ] || fail "$layers layers: the service's are not separate from the base's"

echo "== Running the image's file system as it would run (chroot, its entrypoint and user) on PostgreSQL"
if mountpoint -q "$WORK/app-bundle/rootfs/proc" 2>/dev/null; then umount -l "$WORK/app-bundle/rootfs/proc"; fi
rm -rf "$WORK/app-oci" "$WORK/app-bundle"
skopeo copy --quiet "docker-archive:$IMAGE_TAR" "oci:$WORK/app-oci:app"
umoci unpack --image "$WORK/app-oci:app" "$WORK/app-bundle" >/dev/null
ROOTFS=$WORK/app-bundle/rootfs
mount -t proc proc "$ROOTFS/proc"
cp /etc/resolv.conf "$ROOTFS/etc/resolv.conf" 2>/dev/null || true
ensure_postgres
ensure_credence_role
recreate_database "$DB"
command=$(echo "$entrypoint" | sed -E 's/^"Entrypoint":\[//; s/\]$//; s/","/ /g; s/"//g')
# The image's own environment (PATH, JAVA_HOME, where its files go), then what an operator gives it.
image_env=$(tr -d '\n' <"$WORK/config.json" | grep -o '"Env": *\[[^]]*\]' | grep -o '"[A-Za-z_][A-Za-z0-9_]*=[^"]*"' | tr -d '"')
echo "   its environment: $(echo $image_env)"
# shellcheck disable=SC2086
env -i $image_env \
  CREDENCE_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" CREDENCE_DB_USER=credence CREDENCE_DB_PASSWORD=credence \
  CREDENCE_BOOTSTRAP_ADMIN_KEY=image-admin-key-0123456789abcdefghijklmnop QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT=$PORT \
  /usr/sbin/chroot --userspec=1001:1001 "$ROOTFS" sh -c "cd '$workdir' && exec $command" >"$WORK/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 120); do
  curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" && break
  kill -0 "$SERVICE_PID" 2>/dev/null || { tail -30 "$WORK/service.log"; fail "the image's service stopped"; }
  sleep 1
done
curl -fs -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" || fail "the image's service was not ready in 120 s"
echo "   ready as uid $(ps -o uid= -p "$(pgrep -P "$SERVICE_PID" java || echo "$SERVICE_PID")" | tr -d ' '): $(grep -o 'started in [0-9.]*s' "$WORK/service.log" | head -1)"
