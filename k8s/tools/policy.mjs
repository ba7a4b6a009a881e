// Policy check of rendered manifests (see scripts/k8s-check.sh). For every container of every workload
// (Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, Pod) it fails on:
//   * an image without a tag, or tagged `latest` (a digest @sha256:... is accepted);
//   * a missing livenessProbe, readinessProbe or startupProbe (init containers are exempt);
//   * missing resources.limits.cpu or resources.limits.memory;
//   * not running as non-root: the effective runAsNonRoot (container, else pod) must be true and the
//     effective runAsUser must not be 0.
// Usage: node policy.mjs <file.yaml>...   prints one line per container, exit 1 on any violation.
import path from "node:path";
import { loadResources } from "./validate.mjs";

function podSpecOf(o) {
  switch (o.kind) {
    case "Pod": return o.spec;
    case "Deployment": case "StatefulSet": case "DaemonSet": case "ReplicaSet": case "Job": return o.spec?.template?.spec;
    case "CronJob": return o.spec?.jobTemplate?.spec?.template?.spec;
    default: return undefined;
  }
}

export function imageProblem(image) {
  if (!image) return "no image";
  if (image.includes("@sha256:")) return null;
  const lastSlash = image.lastIndexOf("/");
  const colon = image.indexOf(":", lastSlash + 1);
  if (colon < 0) return `image ${image} has no tag`;
  if (image.slice(colon + 1) === "latest") return `image ${image} uses the tag latest`;
  return null;
}

export function checkWorkload(o) {
  const spec = podSpecOf(o);
  if (!spec) return [];
  const pod = spec.securityContext || {};
  const results = [];
  const all = [...(spec.initContainers || []).map((c) => [c, true]), ...(spec.containers || []).map((c) => [c, false])];
  for (const [c, init] of all) {
    const v = [];
    const img = imageProblem(c.image); if (img) v.push(img);
    if (!init) for (const p of ["livenessProbe", "readinessProbe", "startupProbe"]) if (!c[p]) v.push(`no ${p}`);
    if (!c.resources?.limits?.cpu) v.push("no resources.limits.cpu");
    if (!c.resources?.limits?.memory) v.push("no resources.limits.memory");
    const sc = c.securityContext || {};
    const nonRoot = sc.runAsNonRoot ?? pod.runAsNonRoot;
    const user = sc.runAsUser ?? pod.runAsUser;
    if (nonRoot !== true) v.push("runAsNonRoot is not true (pod or container securityContext)");
    if (user === 0) v.push("runAsUser is 0 (root)");
    if (sc.privileged === true) v.push("privileged");
    results.push({ name: `${o.kind} ${o.metadata?.namespace ? o.metadata.namespace + "/" : ""}${o.metadata?.name} container ${c.name}`, violations: v });
  }
  return results;
}

async function main() {
  const files = process.argv.slice(2);
  let passed = 0, failed = 0;
  for (const r of loadResources(files)) {
    for (const res of checkWorkload(r.obj)) {
      const where = `${path.basename(r.file)}: ${res.name}`;
      if (res.violations.length) { failed++; console.log(`FAIL ${where}`); for (const x of res.violations) console.log(`     ${x}`); }
      else { passed++; console.log(`ok   ${where}`); }
    }
  }
  console.log(`policy: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
main().catch((e) => { console.error(e.stack || e); process.exit(2); });
