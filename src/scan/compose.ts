/**
 * Docker Compose files: a service's `command:` and `entrypoint:` are process-manager start
 * commands; the scripts they start are read through the service's image (its Dockerfile's COPY
 * and WORKDIR), `working_dir` and bind mounts, and count as container-start (startup-scan
 * README). `environment:` and `env_file:` feed the guard evaluation.
 */
import path from "node:path";
import { repoPath, type Mount } from "./containerPaths.js";
import type { DockerImage } from "./dockerfile.js";
import type { RepoFiles } from "./repoFiles.js";
import type { Start, StartFollower } from "./startPaths.js";
import { isRecord, yamlCommand, type YamlFile } from "./yamlDocs.js";

const posix = path.posix;

export const COMPOSE_FILE = /(^|\/)(docker-)?compose([.-][\w.-]+)?\.ya?ml$/;

interface ComposeService {
  name: string;
  spec: Record<string, unknown>;
  dir: string;
}

function services(file: string, yf: YamlFile): ComposeService[] {
  const dir = posix.dirname(file) === "." ? "" : posix.dirname(file);
  const out: ComposeService[] = [];
  for (const doc of yf.docs) {
    if (!isRecord(doc) || !isRecord(doc.services)) continue;
    for (const [name, spec] of Object.entries(doc.services)) if (isRecord(spec)) out.push({ name, spec, dir });
  }
  return out;
}

function envPairs(value: unknown): [string, string][] {
  if (Array.isArray(value)) {
    return value.filter((v): v is string => typeof v === "string" && v.includes("=")).map((v) => [v.slice(0, v.indexOf("=")), v.slice(v.indexOf("=") + 1)]);
  }
  if (isRecord(value)) return Object.entries(value).filter(([, v]) => v !== null && typeof v !== "object").map(([k, v]) => [k, String(v)]);
  return [];
}

/** `KEY=value` lines of an env file. */
export function envFilePairs(text: string): [string, string][] {
  return text
    .split("\n")
    .map((l) => /^\s*(?:export\s+)?([A-Za-z_]\w*)\s*=\s*(.*?)\s*$/.exec(l))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1]!, m[2]!.replace(/^(["'])(.*)\1$/, "$2")]);
}

/** Environment values a compose file sets, env files included. */
export function composeEnv(repo: RepoFiles, file: string, yf: YamlFile): [string, string][] {
  const out: [string, string][] = [];
  for (const s of services(file, yf)) {
    out.push(...envPairs(s.spec.environment));
    const envFiles = ([] as unknown[]).concat(s.spec.env_file ?? []);
    for (const f of envFiles) {
      const p = typeof f === "string" ? f : isRecord(f) && typeof f.path === "string" ? f.path : undefined;
      const rel = p === undefined ? undefined : repoPath(posix.join(s.dir, p));
      const text = rel === undefined ? undefined : repo.read(rel);
      if (text !== undefined) out.push(...envFilePairs(text));
    }
  }
  return out;
}

/** The Dockerfile a service builds and its context, both repository paths. */
export function serviceBuild(file: string, yf: YamlFile): { dockerfile: string; context: string; target?: string }[] {
  const out: { dockerfile: string; context: string; target?: string }[] = [];
  for (const s of services(file, yf)) {
    const b = s.spec.build;
    const ctx = typeof b === "string" ? b : isRecord(b) && typeof b.context === "string" ? b.context : isRecord(b) ? "." : undefined;
    if (ctx === undefined) continue;
    const context = repoPath(posix.join(s.dir, ctx));
    const df = isRecord(b) && typeof b.dockerfile === "string" ? b.dockerfile : "Dockerfile";
    const dockerfile = context === undefined ? undefined : repoPath(posix.join(context, df));
    if (context !== undefined && dockerfile !== undefined) out.push({ dockerfile, context, target: isRecord(b) && typeof b.target === "string" ? b.target : undefined });
  }
  return out;
}

function bindMounts(s: ComposeService): Mount[] {
  const out: Mount[] = [];
  for (const v of Array.isArray(s.spec.volumes) ? s.spec.volumes : []) {
    let source: string | undefined;
    let target: string | undefined;
    if (typeof v === "string") {
      const parts = v.split(":");
      if (parts.length >= 2 && /^[./~]/.test(parts[0]!)) [source, target] = parts;
    } else if (isRecord(v) && v.type === "bind" && typeof v.source === "string" && typeof v.target === "string") {
      source = v.source;
      target = v.target;
    }
    const repo = source === undefined || source.startsWith("~") ? undefined : repoPath(posix.join(s.dir, source));
    if (repo !== undefined && target) out.push({ container: posix.resolve("/", target), repo, dir: true });
  }
  return out;
}

/** Follows each service's command and entrypoint. `image` returns the parsed Dockerfile a service builds. */
export async function followCompose(
  file: string,
  yf: YamlFile,
  follower: StartFollower,
  image: (dockerfile: string, context: string) => DockerImage | undefined,
): Promise<void> {
  for (const s of services(file, yf)) {
    const build = serviceBuild(file, { ...yf, docs: [{ services: { [s.name]: s.spec } }] })[0];
    const img = build ? image(build.dockerfile, build.context) : undefined;
    const stage = img ? (img.stages.find((st) => st.name === build?.target) ?? img.stages[img.stages.length - 1]) : undefined;
    const mounts = [...(stage?.mounts ?? []), ...bindMounts(s)];
    const cwd = typeof s.spec.working_dir === "string" ? s.spec.working_dir : (stage?.workdir ?? "/");
    const start: Start = { origin: { file, trigger: "process-manager", scriptTrigger: "container-start" }, paths: { cwd, mounts, baseDir: s.dir } };
    const command = yamlCommand(yf, s.spec, "command");
    const entrypoint = yamlCommand(yf, s.spec, "entrypoint");
    for (const c of [entrypoint, command]) {
      if (!c) continue;
      if (c.kind === "shell") await follower.shell(c.value, c.toFile, start);
      else await follower.command(c.words, (i) => i, start);
    }
    // No entrypoint of its own: the image's exec-form ENTRYPOINT gets `command:` as its arguments.
    const imageEntry = stage?.entrypoint?.form === "exec" ? stage.entrypoint.words : undefined;
    if (!entrypoint && command?.kind === "words" && imageEntry && img) {
      await follower.command([...imageEntry, ...command.words], (i) => i, { origin: { file: img.file, trigger: "container-start", scriptTrigger: "container-start" }, paths: start.paths });
    }
  }
}
