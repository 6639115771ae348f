/**
 * Kubernetes manifests and Helm templates: the containers and initContainers of workloads
 * (Deployment, StatefulSet, DaemonSet, Pod …) run their `command`/`args` on every pod start.
 * Jobs, CronJobs and anything annotated as a Helm or Argo CD hook are explicit deploy steps
 * (startup-scan README) and are not start paths. Helm templates are read after a tolerant pass
 * that blanks `{{ … }}` (keeping every offset) and drops blocks behind an `if .Values.x` that
 * values.yaml turns off.
 */
import path from "node:path";
import yaml from "js-yaml";
import type { RepoFiles } from "./repoFiles.js";
import type { Start, StartFollower } from "./startPaths.js";
import { isRecord, readYaml, yamlCommand, type YamlFile } from "./yamlDocs.js";

const WORKLOADS = new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "Pod", "Rollout", "DeploymentConfig"]);
const HOOK_ANNOTATIONS = ["helm.sh/hook", "argocd.argoproj.io/hook", "argocd.argoproj.io/sync-wave-hook"];

function chartRoot(repo: RepoFiles, file: string): string | undefined {
  for (let dir = path.posix.dirname(file); dir !== "." && dir !== ""; dir = path.posix.dirname(dir)) {
    if (repo.has(`${dir}/Chart.yaml`)) return dir;
  }
  return repo.has("Chart.yaml") ? "" : undefined;
}

function valuesOf(repo: RepoFiles, root: string | undefined): unknown {
  if (root === undefined) return undefined;
  const text = repo.read(root ? `${root}/values.yaml` : "values.yaml");
  if (text === undefined) return undefined;
  try {
    return yaml.load(text);
  } catch {
    return undefined;
  }
}

function lookup(values: unknown, dotted: string): unknown {
  let v = values;
  for (const k of dotted.split(".").filter(Boolean)) v = isRecord(v) ? v[k] : undefined;
  return v;
}

function truthy(v: unknown): boolean {
  return !(v === undefined || v === null || v === false || v === 0 || v === "" || (Array.isArray(v) && v.length === 0) || (isRecord(v) && Object.keys(v).length === 0));
}

/**
 * Blanks template actions so the file parses as YAML with unchanged offsets. A block under
 * `if .Values.x` / `if not .Values.x` that values.yaml decides against is blanked too; any
 * other condition is kept (it may be on).
 */
export function helmTolerant(text: string, values: unknown): string {
  const out = text.split("");
  const blank = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (out[i] !== "\n") out[i] = " ";
  };
  const stack: { off: boolean; known: boolean; start: number }[] = [];
  const re = /\{\{-?\s*(.*?)\s*-?\}\}/gs;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const action = m[1]!;
    const lineStart = text.lastIndexOf("\n", m.index - 1) + 1;
    const lineEnd = text.indexOf("\n", m.index + m[0].length);
    const alone = text.slice(lineStart, m.index).trim() === "" && text.slice(m.index + m[0].length, lineEnd === -1 ? text.length : lineEnd).trim() === "";
    const word = /^(\w+)/.exec(action)?.[1];
    if (word === "if" || word === "with" || word === "range" || word === "define" || word === "block") {
      const cond = /^if\s+(not\s+)?\.Values\.([\w.]+)\s*$/.exec(action);
      const known = word === "if" && cond !== null && values !== undefined;
      const off = known ? truthy(lookup(values, cond![2]!)) === Boolean(cond![1]) : word === "define";
      stack.push({ off, known: known || word === "define", start: m.index });
    } else if (word === "else" && stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.off) blank(top.start, m.index);
      top.off = top.known ? !top.off : false;
      top.start = m.index;
    } else if (word === "end" && stack.length > 0) {
      const top = stack.pop()!;
      if (top.off) blank(top.start, m.index);
    }
    if (alone) blank(lineStart, lineEnd === -1 ? text.length : lineEnd);
    else blank(m.index, m.index + m[0].length);
  }
  return out.join("");
}

/** The YAML of a manifest or template, with Helm actions made harmless. */
export function readManifest(repo: RepoFiles, file: string, text: string): YamlFile | undefined {
  if (!text.includes("{{")) return readYaml(text);
  return readYaml(helmTolerant(text, valuesOf(repo, chartRoot(repo, file))));
}

function isHook(doc: Record<string, unknown>): boolean {
  const meta = isRecord(doc.metadata) ? doc.metadata : {};
  const ann = isRecord(meta.annotations) ? meta.annotations : {};
  return HOOK_ANNOTATIONS.some((a) => a in ann);
}

function podSpecs(doc: unknown): Record<string, unknown>[] {
  if (!isRecord(doc)) return [];
  if (doc.kind === "List" && Array.isArray(doc.items)) return doc.items.flatMap(podSpecs);
  if (typeof doc.kind !== "string" || !WORKLOADS.has(doc.kind) || isHook(doc)) return [];
  const spec = isRecord(doc.spec) ? doc.spec : undefined;
  if (doc.kind === "Pod") return spec ? [spec] : [];
  const tmpl = spec && isRecord(spec.template) && isRecord(spec.template.spec) ? spec.template.spec : undefined;
  return tmpl ? [tmpl] : [];
}

function containersOf(pod: Record<string, unknown>): Record<string, unknown>[] {
  return [pod.initContainers, pod.containers].flatMap((l) => (Array.isArray(l) ? l.filter(isRecord) : []));
}

/** `env:` values the workloads set. */
export function manifestEnv(yf: YamlFile): [string, string][] {
  const out: [string, string][] = [];
  for (const doc of yf.docs) {
    for (const pod of podSpecs(doc)) {
      for (const c of containersOf(pod)) {
        for (const e of Array.isArray(c.env) ? c.env : []) {
          if (isRecord(e) && typeof e.name === "string" && (typeof e.value === "string" || typeof e.value === "number" || typeof e.value === "boolean")) out.push([e.name, String(e.value)]);
        }
      }
    }
  }
  return out;
}

/** Follows every workload container's command + args, and postStart hooks. */
export async function followManifest(file: string, yf: YamlFile, follower: StartFollower): Promise<void> {
  for (const doc of yf.docs) {
    for (const pod of podSpecs(doc)) {
      for (const c of containersOf(pod)) {
        const start: Start = {
          origin: { file, trigger: "pod-start", scriptTrigger: "container-start" },
          paths: { cwd: typeof c.workingDir === "string" ? c.workingDir : undefined, mounts: [], baseDir: "" },
        };
        const parts = [yamlCommand(yf, c, "command"), yamlCommand(yf, c, "args")].filter((p) => p !== undefined);
        // Exec form: command and args are one argv (args alone run under the image's entrypoint).
        const words = parts.flatMap((p) => (p.kind === "words" ? p.words : []));
        if (words.length > 0) await follower.command(words, (i) => i, start);
        for (const p of parts) if (p.kind === "shell") await follower.shell(p.value, p.toFile, start);
        const post = isRecord(c.lifecycle) && isRecord(c.lifecycle.postStart) && isRecord(c.lifecycle.postStart.exec) ? c.lifecycle.postStart.exec : undefined;
        const hook = post ? yamlCommand(yf, post, "command") : undefined;
        if (hook?.kind === "words") await follower.command(hook.words, (i) => i, start);
      }
    }
  }
}

/** Manifests are YAML documents with an apiVersion and a kind. */
export function looksLikeManifest(text: string): boolean {
  return /^kind:\s*\S/m.test(text) && /^apiVersion:\s*\S/m.test(text);
}
