#!/usr/bin/env bash
# A private PostgreSQL for tests and development, in a temporary directory on a free port.
#
#   hack/postgres.sh start [--from DIR] [--listen ADDR [--allow CIDR]...] [--owner PID]
#                                  prints the server's admin DSN
#   hack/postgres.sh stop DSN|PORT   stops it by PID and removes it
#   hack/postgres.sh snapshot DSN DIR
#                                  stops it cleanly, copies its data to DIR, starts it again
#   hack/postgres.sh version         prints the major version of the server binaries
#
# start installs Debian's PostgreSQL server package when no server is found. The server
# listens on 127.0.0.1 (and on ADDR if given, for pods that reach it at the node's address)
# with password authentication, for clients from anywhere or, with --allow, only from those
# networks (a cluster's pod network, say). It stops by itself when the owner process (the
# caller, by default) exits, or after TALLY_PG_MAX_HOURS (6) hours, so that a crashed test
# never leaves it behind. TALLY_PG_CONF, if set, is appended to postgresql.conf (settings for
# a benchmark, say, or shared_preload_libraries = 'pg_stat_statements' to see where the
# server's time goes).
#
# snapshot keeps a server's databases for later runs (a seeded ledger that took half an hour
# to write, say): it stops the server with a clean shutdown, so that the copy needs no
# recovery, copies the data directory (as DIR/data.tar.zst when zstd is installed, else as
# DIR/data) and the password to DIR, and starts the server again on the same port, so that
# its DSN still works. start --from DIR starts a new server on a copy
# of what DIR holds, with this run's settings (TALLY_PG_CONF, --listen): ALTER SYSTEM
# settings and --allow rules of the run that made the snapshot are not kept.
set -euo pipefail

log() { echo "postgres.sh: $*" >&2; }

# hba_marker precedes the access rules of --listen in pg_hba.conf.
hba_marker="# hack/postgres.sh --listen"

find_bin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [[ -x "$d/postgres" && -x "$d/initdb" && -x "$d/pg_ctl" ]] && { echo "$d"; return 0; }
  done
  if command -v postgres >/dev/null && command -v initdb >/dev/null && command -v pg_ctl >/dev/null; then
    dirname "$(readlink -f "$(command -v postgres)")"
    return 0
  fi
  return 1
}

# major prints the major version of the server binaries in directory $1.
major() { "$1/postgres" --version | sed -nE 's/^[^0-9]*([0-9]+).*/\1/p'; }

install_server() {
  log "no PostgreSQL server found; installing Debian's postgresql package"
  local sudo=""
  [[ $(id -u) -eq 0 ]] || sudo="sudo"
  # The package starts a cluster of its own when a service manager allows; nothing here uses it.
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
}

# port_in_use tells whether any socket, listening or connected, holds the port: a client's
# connection bound to it locally blocks a listener as much as another server does.
port_in_use() {
  local hex
  hex=$(printf '%04X' "$1")
  awk -v p=":$hex" '$2 ~ p"$" {found=1} END {exit !found}' /proc/net/tcp /proc/net/tcp6 2>/dev/null
}

# claim_port picks a free port below the kernel's ephemeral range, where the ports that clients
# and servers asking for port 0 (envtest's etcd and apiserver, say) get never land, and claims
# it with a directory so that concurrent starts never pick the same one. It prints the port.
claim_port() {
  local lo hi port
  read -r lo hi < /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || lo=32768
  hi=$(( lo > 20000 ? lo - 1 : 32767 ))
  for _ in $(seq 1 100); do
    port=$(( 15000 + RANDOM % (hi - 15000) ))
    port_in_use "$port" && continue
    mkdir "${TMPDIR:-/tmp}/tally-postgres-$port" 2>/dev/null || continue
    echo "$port"
    return 0
  done
  return 1
}

# run_as_owner runs a command as the user that owns the data directory: PostgreSQL refuses to
# run as root, so root runs it as the "postgres" system user (created when missing).
run_as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  local listen="" owner="$PPID" allow=() from=""
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --from) from="$2"; shift 2 ;;
      --listen) listen="$2"; shift 2 ;;
      --allow) allow+=("$2"); shift 2 ;;
      --owner) owner="$2"; shift 2 ;;
      *) log "unknown argument $1"; exit 2 ;;
    esac
  done
  local bin
  bin=$(find_bin) || { install_server; bin=$(find_bin); } || { log "no PostgreSQL server after install"; exit 1; }
  if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres
  fi

  local port dir
  port=$(claim_port) || { log "no free port found"; exit 1; }
  dir="${TMPDIR:-/tmp}/tally-postgres-$port"

  local password
  if [[ -n "$from" ]]; then
    [[ -f "$from/password" && ( -f "$from/data.tar.zst" || -f "$from/data/PG_VERSION" ) ]] \
      || { log "$from is not a snapshot of this script"; rm -rf "$dir"; exit 1; }
    password=$(cat "$from/password")
    if [[ -f "$from/data.tar.zst" ]]; then
      zstd -dc -q "$from/data.tar.zst" | tar -C "$dir" -xf - || { rm -rf "$dir"; exit 1; }
    else
      cp -a "$from/data" "$dir/data" || { rm -rf "$dir"; exit 1; }
    fi
    [[ "$(cat "$dir/data/PG_VERSION")" == "$(major "$bin")" ]] \
      || { log "$from was written by PostgreSQL $(cat "$dir/data/PG_VERSION"), not by $bin"; rm -rf "$dir"; exit 1; }
    [[ $(id -u) -eq 0 ]] && chown -R postgres: "$dir"
  else
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    printf '%s\n' "$password" > "$dir/pwfile"
    [[ $(id -u) -eq 0 ]] && chown -R postgres: "$dir"
    run_as_owner "$bin/initdb" -D "$dir/data" -U tally --pwfile="$dir/pwfile" \
      --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }
    rm -f "$dir/pwfile"
    # The settings of each start go in files of their own, so that a server started from a
    # snapshot takes this run's, not those of the run that made it.
    printf "include 'tally.conf'\ninclude 'port.conf'\n" >> "$dir/data/postgresql.conf"
  fi
  local addresses="127.0.0.1"
  [[ -n "$listen" ]] && addresses+=",$listen"
  cat > "$dir/data/tally.conf" <<CONF
listen_addresses = '$addresses'
max_connections = 300
shared_buffers = 256MB
log_min_messages = warning
log_min_error_statement = panic
${TALLY_PG_CONF:-}
CONF
  [[ $(id -u) -ne 0 ]] || chown postgres: "$dir/data/tally.conf"
  # Pods reach the server from their own network; password authentication guards it. The
  # rules follow a marker, so that a snapshot leaves them out.
  if [[ -n "$listen" ]]; then
    [[ ${#allow[@]} -gt 0 ]] || allow=(0.0.0.0/0)
    echo "$hba_marker" >> "$dir/data/pg_hba.conf"
    for net in "${allow[@]}"; do echo "host all all $net scram-sha-256"; done >> "$dir/data/pg_hba.conf"
  fi
  # A port free when picked can still be taken before the server binds it (a client's
  # connection, another program); then the server moves to another port and tries again.
  local attempt=1
  while :; do
    printf "port = %s\nunix_socket_directories = '%s'\n" "$port" "$dir" > "$dir/data/port.conf"
    [[ $(id -u) -ne 0 ]] || chown postgres: "$dir/data/port.conf"
    run_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start >/dev/null && break
    if (( attempt < 5 )) && grep -q "Address already in use" "$dir/server.log" 2>/dev/null; then
      log "port $port was taken before the server bound it; trying another"
      local next
      next=$(claim_port) || { log "no free port found"; rm -rf "$dir"; exit 1; }
      # Renaming over the claimed, empty directory keeps the claim throughout.
      mv -T "$dir" "${TMPDIR:-/tmp}/tally-postgres-$next" || { rm -rf "$dir"; exit 1; }
      port=$next dir="${TMPDIR:-/tmp}/tally-postgres-$next"
      rm -f "$dir/server.log"
      attempt=$(( attempt + 1 ))
      continue
    fi
    cat "$dir/server.log" >&2; rm -rf "$dir"; exit 1
  done
  head -1 "$dir/data/postmaster.pid" > "$dir/pid"

  # The watchdog stops the server when its owner goes away or it has run too long.
  local max=$(( ${TALLY_PG_MAX_HOURS:-6} * 3600 ))
  nohup setsid bash -c '
    owner=$1 dir=$2 max=$3 self=$4 start=$(date +%s)
    while kill -0 "$owner" 2>/dev/null && [ -d "$dir" ] && [ $(( $(date +%s) - start )) -lt "$max" ]; do sleep 2; done
    [ -d "$dir" ] && "$self" stop "${dir##*-}" >/dev/null 2>&1
  ' watchdog "$owner" "$dir" "$max" "$(readlink -f "$0")" >/dev/null 2>&1 </dev/null &

  echo "postgres://tally:$password@127.0.0.1:$port/postgres?sslmode=disable"
}

stop() {
  local arg="${1:-}" port
  [[ -n "$arg" ]] || { log "usage: $0 stop DSN|PORT"; exit 2; }
  if [[ "$arg" =~ ^[0-9]+$ ]]; then port="$arg"; else port=$(sed -nE 's#.*@[^:/]+:([0-9]+).*#\1#p' <<<"$arg"); fi
  local dir="${TMPDIR:-/tmp}/tally-postgres-$port"
  [[ -d "$dir" ]] || { log "no server of this script on port $port"; return 0; }
  local pid
  pid=$(cat "$dir/pid" 2>/dev/null || true)
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    # SIGINT is PostgreSQL's fast shutdown: roll back open transactions and exit.
    kill -INT "$pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -rf "$dir"
}

snapshot() {
  local dsn="${1:-}" dest="${2:-}"
  [[ -n "$dsn" && -n "$dest" ]] || { log "usage: $0 snapshot DSN DIR"; exit 2; }
  local port password
  port=$(sed -nE 's#.*@[^:/]+:([0-9]+).*#\1#p' <<<"$dsn")
  password=$(sed -nE 's#^[a-z]+://[^:/@]+:([^@]*)@.*#\1#p' <<<"$dsn")
  [[ -n "$port" && -n "$password" ]] || { log "snapshot needs the DSN start printed, with its password"; exit 2; }
  local dir="${TMPDIR:-/tmp}/tally-postgres-$port" bin
  [[ -d "$dir/data" ]] || { log "no server of this script on port $port"; exit 1; }
  bin=$(find_bin) || { log "no PostgreSQL server found"; exit 1; }
  # A fast shutdown ends the sessions and writes a checkpoint: the copy starts without recovery.
  run_as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w -t 600 stop >/dev/null
  # The run's ALTER SYSTEM settings and pod access rules stay with the run: the copy gets the
  # files as they were before it, and the server gets them back.
  local auto hba
  auto=$(cat "$dir/data/postgresql.auto.conf") hba=$(cat "$dir/data/pg_hba.conf")
  printf '# Do not edit this file manually!\n# It will be overwritten by the ALTER SYSTEM command.\n' > "$dir/data/postgresql.auto.conf"
  awk -v m="$hba_marker" '$0 == m {exit} {print}' <<<"$hba" > "$dir/data/pg_hba.conf"
  rm -rf "$dest.partial"
  mkdir -p "$dest.partial"
  # Compressed when zstd is at hand: a seeded ledger's files shrink about five times, and
  # unpacking them takes about as long as copying them.
  if command -v zstd >/dev/null; then
    tar -C "$dir" -cf - data | (umask 077 && zstd -T0 -1 -q -o "$dest.partial/data.tar.zst")
  else
    cp -a "$dir/data" "$dest.partial/data"
  fi
  printf '%s\n' "$auto" > "$dir/data/postgresql.auto.conf"
  printf '%s\n' "$hba" > "$dir/data/pg_hba.conf"
  (umask 077 && printf '%s\n' "$password" > "$dest.partial/password")
  # The snapshot appears whole or not at all: an interrupted copy leaves only DIR.partial.
  rm -rf "$dest"
  mv -T "$dest.partial" "$dest"
  run_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 600 start >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  head -1 "$dir/data/postmaster.pid" > "$dir/pid"
}

version() {
  local bin
  bin=$(find_bin) || { install_server; bin=$(find_bin); } || { log "no PostgreSQL server after install"; exit 1; }
  major "$bin"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) shift; stop "$@" ;;
  snapshot) shift; snapshot "$@" ;;
  version) version ;;
  *) echo "usage: $0 start [--from DIR] [--listen ADDR [--allow CIDR]...] [--owner PID] | stop DSN|PORT | snapshot DSN DIR | version" >&2; exit 2 ;;
esac
