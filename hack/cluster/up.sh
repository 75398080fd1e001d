#!/usr/bin/env bash
# Starts a single-node Kubernetes cluster on this machine, from components built from
# source (hack/k8s-build.sh) and Debian's container runtime, plus a PostgreSQL that pods
# reach at the node's address.
#
#   hack/cluster/up.sh        start (or report the running cluster); prints its settings
#   hack/cluster/down.sh      stop it and undo everything up.sh did
#
# Needs root: it runs containerd, the kubelet and kube-proxy, which change iptables, mounts,
# cgroups and sysctls. Installs containerd, runc, the CNI plugins, iptables and conntrack
# from Debian when missing. Everything it starts listens on 127.0.0.1 or the node's own
# address, runs detached with a PID file in $RUN/pid, and logs to $RUN/log.
#
# On success it prints shell assignments, also written to $RUN/env:
#   KUBECONFIG (admin), CONTAINERD_ADDRESS, NODE_IP, TALLY_PG_URI (PostgreSQL superuser,
#   at the node's address), K8S_BIN (kubectl and the components).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

[[ $(id -u) -eq 0 ]] || die "run as root (containerd, kubelet and kube-proxy need it)"
T0=$(date +%s%N)
el() { local ms=$(( ($(date +%s%N) - T0) / 1000000 )); log "$(printf '%4d.%ds' $((ms / 1000)) $((ms % 1000 / 100))) $*"; }

if [[ -f "$RUN/up" ]] && alive kube-apiserver && alive kubelet && alive containerd && alive etcd; then
  log "already up; hack/cluster/down.sh stops it"
  cat "$RUN/env"
  exit 0
fi
if [[ -e "$RUN" ]]; then
  log "$RUN is left from a cluster that did not start or has stopped: cleaning it up first"
  "$root/hack/cluster/down.sh" >&2
fi

# 1. Packages, binaries and images. Builds happen once per Kubernetes version.
missing=()
for p in "${!NODE_PACKAGES[@]}"; do [[ -e "${NODE_PACKAGES[$p]}" ]] || missing+=("$p"); done
if [[ ${#missing[@]} -gt 0 ]]; then
  log "installing ${missing[*]} from Debian"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
  # The packages' own service is not wanted: this script runs containerd with its own
  # configuration. policy-rc.d keeps the maintainer scripts from starting it.
  policy=/usr/sbin/policy-rc.d
  had_policy=0; [[ -e $policy ]] && had_policy=1
  [[ $had_policy == 1 ]] || { printf '#!/bin/sh\nexit 101\n' > $policy; chmod +x $policy; }
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2 || {
    [[ $had_policy == 1 ]] || rm -f $policy; die "apt-get install failed"; }
  [[ $had_policy == 1 ]] || rm -f $policy
fi
B=$("$root/hack/k8s-build.sh" kube-apiserver kube-controller-manager kube-scheduler kubelet kube-proxy kubectl etcd)
IMAGES=$("$root/hack/cluster/images.sh")
KUBE_ROUTER=$("$root/hack/cluster/kube-router.sh")
source "$IMAGES/versions"
export PATH="$B:$PATH"
el "binaries and images ready ($B)"

NODE_IP=${NODE_IP:-$(node_ip)} || die "cannot find the node's IPv4 address"
NODE_NAME=${NODE_NAME:-$(hostname | tr '[:upper:]' '[:lower:]')}
K=$RUN
P=$K/pki
mkdir -p "$K"/{log,pid,pki,containerd,cni/net.d,cni/ipam,kubelet,pod-logs,etcd,runc}

# 2. What down.sh needs to put the machine back as it was, recorded before anything changes.
export KUBECONFIG=$K/admin.kubeconfig CONTAINERD_ADDRESS=$K/containerd/containerd.sock
cat > "$K/env" <<EOT
KUBECONFIG=$K/admin.kubeconfig
CONTAINERD_ADDRESS=$K/containerd/containerd.sock
CONTAINERD_NAMESPACE=k8s.io
NODE_IP=$NODE_IP
NODE_NAME=$NODE_NAME
K8S_BIN=$B
EOT
for s in "${SYSCTLS[@]}"; do v=$(sysctl -n "$s" 2>/dev/null) && echo "$s=$v"; done > "$K/sysctl.orig"
for d in "${OUTSIDE_PATHS[@]}"; do [[ -e "$d" ]] || echo "$d"; done > "$K/created-paths"
ip -o link show | awk -F': ' '{print $2}' | sed 's/@.*//' > "$K/links.orig"
for t in iptables ip6tables; do command -v $t-save >/dev/null && $t-save 2>/dev/null | sed -n 's/^:\([^ ]*\) .*/\1/p' | sort -u > "$K/$t.chains.orig"; done
cut -d' ' -f2 /proc/mounts | sort > "$K/mounts.orig"
ipset list -n 2>/dev/null | sort > "$K/ipsets.orig"

# 3. Certificates and kubeconfigs: one CA signs every serving and client certificate.
if [[ ! -f $P/ca.crt ]]; then
  (
    cd "$P"
    openssl genrsa -out ca.key 2048 2>/dev/null
    openssl req -x509 -new -key ca.key -days 3650 -subj "/CN=tally-local-ca" -out ca.crt 2>/dev/null
    openssl genrsa -out sa.key 2048 2>/dev/null && openssl rsa -in sa.key -pubout -out sa.pub 2>/dev/null
    printf 'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=clientAuth\n' > client.ext
    printf 'basicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nsubjectAltName=IP:127.0.0.1,IP:%s,IP:%s,DNS:localhost,DNS:%s,DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local\n' \
      "$NODE_IP" "$API_SERVICE_IP" "$NODE_NAME" > apiserver.ext
    sign() { # name subject extfile
      openssl genrsa -out "$1.key" 2048 2>/dev/null
      openssl req -new -key "$1.key" -subj "$2" -out "$1.csr" 2>/dev/null
      openssl x509 -req -in "$1.csr" -CA ca.crt -CAkey ca.key -CAcreateserial -days 3650 -extfile "$3" -out "$1.crt" 2>/dev/null
      rm -f "$1.csr"
    }
    sign apiserver "/CN=kube-apiserver" apiserver.ext
    sign apiserver-kubelet-client "/O=system:masters/CN=kube-apiserver-kubelet-client" client.ext
    sign admin "/O=system:masters/CN=kubernetes-admin" client.ext
    sign controller-manager "/CN=system:kube-controller-manager" client.ext
    sign scheduler "/CN=system:kube-scheduler" client.ext
    sign kube-proxy "/CN=system:kube-proxy" client.ext
    sign kubelet "/O=system:nodes/CN=system:node:$NODE_NAME" client.ext
    chmod 600 ./*.key
  )
  for n in admin controller-manager scheduler kube-proxy kubelet; do
    f=$K/$n.kubeconfig
    kubectl config set-cluster tally-local --server="https://$NODE_IP:6443" --certificate-authority="$P/ca.crt" --embed-certs --kubeconfig="$f" >/dev/null
    kubectl config set-credentials "$n" --client-certificate="$P/$n.crt" --client-key="$P/$n.key" --embed-certs --kubeconfig="$f" >/dev/null
    kubectl config set-context tally-local --cluster=tally-local --user="$n" --kubeconfig="$f" >/dev/null
    kubectl config use-context tally-local --kubeconfig="$f" >/dev/null
    chmod 600 "$f"
  done
fi

# 4. Configuration.
cat > "$K/containerd/config.toml" <<EOT
version = 2
root = "$K/containerd/root"
state = "$K/containerd/state"
disabled_plugins = ["io.containerd.snapshotter.v1.aufs", "io.containerd.snapshotter.v1.btrfs", "io.containerd.snapshotter.v1.devmapper", "io.containerd.snapshotter.v1.zfs", "io.containerd.tracing.processor.v1.otlp", "io.containerd.internal.v1.tracing"]
[grpc]
  address = "$K/containerd/containerd.sock"
[plugins."io.containerd.internal.v1.opt"]
  path = "$K/containerd/opt"
[plugins."io.containerd.grpc.v1.cri"]
  sandbox_image = "$PAUSE_IMAGE"
  stream_server_address = "127.0.0.1"
  netns_mounts_under_state_dir = true
  # No CAP_SYS_RESOURCE in this VM: without this, runc fails every sandbox with
  # "can't get final child's PID from pipe".
  restrict_oom_score_adj = true
  [plugins."io.containerd.grpc.v1.cri".containerd]
    snapshotter = "overlayfs"
    default_runtime_name = "runc"
    [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]
      runtime_type = "io.containerd.runc.v2"
      [plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc.options]
        SystemdCgroup = false
        Root = "$K/runc"
  [plugins."io.containerd.grpc.v1.cri".cni]
    bin_dir = "$CNI_BIN_DIR"
    conf_dir = "$K/cni/net.d"
EOT
cat > "$K/cni/net.d/10-bridge.conflist" <<EOT
{"cniVersion": "1.0.0", "name": "tally-local", "plugins": [
  {"type": "bridge", "bridge": "cni0", "isGateway": true, "ipMasq": false, "hairpinMode": true,
   "ipam": {"type": "host-local", "dataDir": "$K/cni/ipam", "ranges": [[{"subnet": "$POD_CIDR"}]], "routes": [{"dst": "0.0.0.0/0"}]}},
  {"type": "portmap", "capabilities": {"portMappings": true}}]}
EOT
cgroup_v1=true
[[ $(stat -fc %T /sys/fs/cgroup) == cgroup2fs ]] && cgroup_v1=false
cat > "$K/kubelet-config.yaml" <<EOT
apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
address: $NODE_IP
readOnlyPort: 0
healthzBindAddress: 127.0.0.1
authentication: {anonymous: {enabled: false}, webhook: {enabled: true}, x509: {clientCAFile: $P/ca.crt}}
authorization: {mode: Webhook}
# containerd 1.6 cannot tell the kubelet its cgroup driver; this says it.
cgroupDriver: cgroupfs
# From Kubernetes 1.35 the kubelet refuses cgroup v1 unless told otherwise.
failCgroupV1: $( $cgroup_v1 && echo false || echo true )
containerRuntimeEndpoint: unix://$K/containerd/containerd.sock
failSwapOn: false
clusterDomain: cluster.local
clusterDNS: [$DNS_SERVICE_IP]
podLogsDir: $K/pod-logs
volumePluginDir: $K/kubelet-plugins
serializeImagePulls: false
# Images come from tarballs; never let disk pressure collect them.
imageGCHighThresholdPercent: 100
evictionHard: {memory.available: "100Mi", nodefs.available: "1%", imagefs.available: "1%", nodefs.inodesFree: "1%"}
EOT
cat > "$K/kube-proxy-config.yaml" <<EOT
apiVersion: kubeproxy.config.k8s.io/v1alpha1
kind: KubeProxyConfiguration
clientConnection: {kubeconfig: $K/kube-proxy.kubeconfig}
hostnameOverride: $NODE_NAME
mode: iptables
clusterCIDR: $POD_CIDR
bindAddress: $NODE_IP
healthzBindAddress: 127.0.0.1:10256
metricsBindAddress: 127.0.0.1:10249
nodePortAddresses: [primary]
iptables: {localhostNodePorts: false}
# Zeroes leave the node's conntrack settings alone.
conntrack: {maxPerCore: 0, tcpEstablishedTimeout: 0s, tcpCloseWaitTimeout: 0s}
EOT

# 5. Start. setsid detaches each process from the caller's session, so that a Ctrl-C in
# the terminal that ran make does not stop the cluster; the PID is the process's own.
start() {
  local n=$1
  shift
  setsid "$@" > "$K/log/$n.log" 2>&1 < /dev/null &
  echo $! > "$K/pid/$n"
}
fail() {
  log "$1; the last lines of $K/log/$2.log:"
  tail -20 "$K/log/$2.log" >&2 || true
  log "the cluster is partly up: hack/cluster/down.sh cleans up"
  exit 1
}

start containerd containerd --config "$K/containerd/config.toml"
start etcd "$B/etcd" --name tally-local --data-dir "$K/etcd" \
  --listen-client-urls http://127.0.0.1:2379 --advertise-client-urls http://127.0.0.1:2379 \
  --listen-peer-urls http://127.0.0.1:2380 --initial-advertise-peer-urls http://127.0.0.1:2380 \
  --initial-cluster tally-local=http://127.0.0.1:2380 --listen-metrics-urls http://127.0.0.1:2381 \
  --unsafe-no-fsync
waitfor 30 ctr --address "$CONTAINERD_ADDRESS" version || fail "containerd did not start" containerd
el "containerd up"
for t in "$IMAGES"/*.tar; do
  ctr --address "$CONTAINERD_ADDRESS" -n k8s.io images import "$t" >/dev/null || fail "cannot import $t" containerd
done
el "pause and CoreDNS images imported"
waitfor 30 curl -sf http://127.0.0.1:2381/health || fail "etcd did not start" etcd
el "etcd up"

start kube-apiserver "$B/kube-apiserver" --etcd-servers=http://127.0.0.1:2379 \
  --bind-address="$NODE_IP" --advertise-address="$NODE_IP" --secure-port=6443 \
  --tls-cert-file="$P/apiserver.crt" --tls-private-key-file="$P/apiserver.key" --client-ca-file="$P/ca.crt" \
  --kubelet-client-certificate="$P/apiserver-kubelet-client.crt" --kubelet-client-key="$P/apiserver-kubelet-client.key" \
  --kubelet-preferred-address-types=InternalIP,Hostname \
  --service-account-key-file="$P/sa.pub" --service-account-signing-key-file="$P/sa.key" \
  --service-account-issuer=https://kubernetes.default.svc.cluster.local --service-cluster-ip-range="$SVC_CIDR" \
  --authorization-mode=Node,RBAC --enable-admission-plugins=NodeRestriction --allow-privileged=true --profiling=false
waitfor 120 kubectl get --raw /readyz || fail "kube-apiserver did not become ready" kube-apiserver
el "kube-apiserver ready at https://$NODE_IP:6443"

start kube-controller-manager "$B/kube-controller-manager" --kubeconfig="$K/controller-manager.kubeconfig" \
  --authentication-kubeconfig="$K/controller-manager.kubeconfig" --authorization-kubeconfig="$K/controller-manager.kubeconfig" \
  --bind-address=127.0.0.1 --leader-elect=false --use-service-account-credentials=true \
  --service-account-private-key-file="$P/sa.key" --root-ca-file="$P/ca.crt" \
  --cluster-signing-cert-file="$P/ca.crt" --cluster-signing-key-file="$P/ca.key" --profiling=false
start kube-scheduler "$B/kube-scheduler" --kubeconfig="$K/scheduler.kubeconfig" \
  --authentication-kubeconfig="$K/scheduler.kubeconfig" --authorization-kubeconfig="$K/scheduler.kubeconfig" \
  --bind-address=127.0.0.1 --leader-elect=false --profiling=false
start kubelet "$B/kubelet" --config="$K/kubelet-config.yaml" --kubeconfig="$K/kubelet.kubeconfig" \
  --root-dir="$K/kubelet" --cert-dir="$K/kubelet/pki" --hostname-override="$NODE_NAME" --node-ip="$NODE_IP"
start kube-proxy "$B/kube-proxy" --config="$K/kube-proxy-config.yaml"
node_ready() {
  [[ $(kubectl get node "$NODE_NAME" -o jsonpath='{.status.conditions[?(@.type=="Ready")].status}') == True ]]
}
waitfor 120 node_ready || fail "node $NODE_NAME did not become Ready" kubelet
el "node $NODE_NAME Ready"
# NetworkPolicy: kube-router's policy controller alone (no routing, no service proxy, no CNI),
# in iptables and ipsets beside kube-proxy's. It admits traffic from the node itself (the
# kubelet's probes, and the host reaching Services), as other policy engines do.
start kube-router "$KUBE_ROUTER" --kubeconfig="$K/admin.kubeconfig" --hostname-override="$NODE_NAME" \
  --run-firewall=true --run-router=false --run-service-proxy=false --enable-cni=false --enable-pod-egress=false \
  --service-cluster-ip-range="$SVC_CIDR" --health-port=0 --metrics-port=0
waitfor 60 iptables -w -S KUBE-ROUTER-FORWARD || fail "kube-router did not set up its chains" kube-router
el "kube-router enforces NetworkPolicy"

# 6. CoreDNS.
waitfor 60 kubectl get serviceaccount default -n default || fail "no default ServiceAccount" kube-controller-manager
sed -e "s#@COREDNS_IMAGE@#$COREDNS_IMAGE#" -e "s#@DNS_SERVICE_IP@#$DNS_SERVICE_IP#" "$root/hack/cluster/coredns.yaml" \
  | kubectl apply -f - >/dev/null
kubectl -n kube-system rollout status deployment/coredns --timeout=120s >/dev/null || fail "CoreDNS did not become ready" kubelet
el "CoreDNS ready"

# 7. PostgreSQL on the node, for the programs: pods reach it at the node's address with the
# superuser's password. It stops with etcd, and with down.sh.
pg_uri=$(TALLY_PG_MAX_HOURS=${TALLY_PG_MAX_HOURS:-8760} "$root/hack/postgres.sh" start \
  --listen "$NODE_IP" --allow "$POD_CIDR" --allow "$NODE_IP/32" --owner "$(cat "$K/pid/etcd")") \
  || fail "PostgreSQL did not start" etcd
echo "$pg_uri" | sed -nE 's#.*@[^:/]+:([0-9]+)/.*#\1#p' > "$K/postgres.port"
pg_uri=$(echo "$pg_uri" | sed "s#@127\.0\.0\.1:#@$NODE_IP:#")
echo "TALLY_PG_URI=$pg_uri" >> "$K/env"
el "PostgreSQL up at $NODE_IP:$(cat "$K/postgres.port")"

touch "$K/up"
el "cluster up"
cat "$K/env"
