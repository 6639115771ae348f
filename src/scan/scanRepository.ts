/**
 * `scanRepository(dir)`: every place a migration can run when an app or container starts
 * (template hard STOP), with the trigger kind, as a `ScanResult`. It lists the repository
 * (./walk.ts), collects what the repository says about environment variables (for guards),
 * follows every start command (Dockerfiles, compose, manifests, process managers, package.json),
 * scans application code and Spring settings, then turns offsets into lines, merges findings on
 * the same line, applies suppressions and sorts, so the same repository gives the same bytes.
 */
import fs from "node:fs";
import path from "node:path";
import { inputError } from "../errors.js";
import { isBootPath, languageOf, scanCode } from "./appCode.js";
import { COMPOSE_FILE, composeEnv, envFilePairs, followCompose, serviceBuild } from "./compose.js";
import { dockerEnv, followDockerfile, readDockerfile, type DockerImage } from "./dockerfile.js";
import { followManifest, looksLikeManifest, manifestEnv, readManifest } from "./kubernetes.js";
import { PROCESS_MANAGERS } from "./processManagers.js";
import { RepoFiles } from "./repoFiles.js";
import { ScanResult, type Finding, type Trigger } from "./schema.js";
import { LineIndex } from "./sourceMap.js";
import { SPRING_CONFIG, scanSpringConfig } from "./springConfig.js";
import { StartFollower, type RawFinding } from "./startPaths.js";
import { applySuppressions } from "./suppress.js";
import { Deadline, listRepository } from "./walk.js";
import { readYaml, type YamlFile } from "./yamlDocs.js";

const DOCKERFILE = /(^|\/)(Dockerfile|Containerfile)([.-][\w.-]+)?$|\.(Dockerfile|dockerfile)$/;
/** CI/CD configuration is an explicit step, never a start path (README: CI workflows). */
const CI_PATHS = /(^|\/)(\.github|\.gitlab|\.circleci|\.buildkite|\.azure-pipelines)\/|(^|\/)(\.gitlab-ci|azure-pipelines|bitbucket-pipelines|cloudbuild|\.drone|\.travis)\.ya?ml$/;
const YAML = /\.ya?ml$/;
const START_SCRIPTS = ["prestart", "start", "poststart", "preserve", "serve", "postserve"];
/** When two start paths reach the same line, the finding keeps the first of these triggers. */
const TRIGGER_ORDER: readonly Trigger[] = ["app-boot", "pod-start", "process-manager", "container-start", "build"];

function dirOf(file: string): string {
  const d = path.posix.dirname(file);
  return d === "." ? "" : d;
}

export async function scanRepository(dir: string): Promise<ScanResult> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    throw inputError(dir, "no such directory");
  }
  if (!stat.isDirectory()) throw inputError(dir, "not a directory");
  const deadline = new Deadline();
  const repo = new RepoFiles(dir, listRepository(dir, deadline));
  const raw: RawFinding[] = [];
  const emit = (f: RawFinding) => raw.push(f);

  const dockerfiles = repo.files.filter((f) => DOCKERFILE.test(f) && !CI_PATHS.test(f));
  const images = new Map<string, DockerImage | undefined>();
  const image = (file: string, context: string): DockerImage | undefined => {
    const key = `${file}\0${context}`;
    if (!images.has(key)) {
      const text = repo.read(file);
      images.set(key, text === undefined ? undefined : readDockerfile(repo, file, text, context));
    }
    return images.get(key);
  };
  const yamlFiles = new Map<string, YamlFile | undefined>();
  const composeFiles = repo.files.filter((f) => COMPOSE_FILE.test(f) && !CI_PATHS.test(f));
  for (const f of composeFiles) yamlFiles.set(f, readYaml(repo.read(f) ?? ""));
  const manifests: string[] = [];
  for (const f of repo.files) {
    if (!YAML.test(f) || COMPOSE_FILE.test(f) || CI_PATHS.test(f) || SPRING_CONFIG.test(f)) continue;
    deadline.check();
    const text = repo.read(f);
    if (text === undefined || !looksLikeManifest(text)) continue;
    yamlFiles.set(f, readManifest(repo, f, text));
    manifests.push(f);
  }
  const managed = repo.files.flatMap((f) => {
    const format = CI_PATHS.test(f) ? undefined : PROCESS_MANAGERS.find((p) => p.matches(f, () => repo.read(f)));
    return format ? [{ file: f, format }] : [];
  });

  // What the repository sets, for guards like `if [ "$RUN_MIGRATIONS" = "true" ]`.
  const vars = new Map<string, Set<string>>();
  const addVars = (pairs: [string, string][]) => {
    for (const [k, v] of pairs) (vars.get(k) ?? vars.set(k, new Set()).get(k)!).add(v);
  };
  for (const f of dockerfiles) {
    const img = image(f, dirOf(f));
    if (img) addVars(dockerEnv(img));
  }
  for (const f of composeFiles) {
    const yf = yamlFiles.get(f);
    if (yf) addVars(composeEnv(repo, f, yf));
  }
  for (const f of manifests) {
    const yf = yamlFiles.get(f);
    if (yf) addVars(manifestEnv(yf));
  }
  for (const { file, format } of managed) addVars(format.env(repo.read(file) ?? ""));
  for (const f of repo.files.filter((f) => /(^|\/)\.env$/.test(f))) addVars(envFilePairs(repo.read(f) ?? ""));

  const codeScanned = new Set<string>();
  const scanCodeFile = (file: string, trigger: Trigger, referenced: boolean) => {
    const key = `${file}\0${trigger}\0${referenced}`;
    if (codeScanned.has(key)) return;
    codeScanned.add(key);
    const text = repo.read(file);
    if (text !== undefined) raw.push(...scanCode(file, text, trigger, referenced));
  };
  const follower = new StartFollower({ repo, vars, emit, scanCode: (file, trigger) => scanCodeFile(file, trigger, true) });

  for (const f of dockerfiles) {
    deadline.check();
    const contexts = new Set([dirOf(f)]);
    for (const c of composeFiles) {
      const yf = yamlFiles.get(c);
      for (const b of yf ? serviceBuild(c, yf) : []) if (b.dockerfile === f) contexts.add(b.context);
    }
    for (const context of contexts) {
      const img = image(f, context);
      if (img) await followDockerfile(img, follower);
    }
  }
  for (const f of composeFiles) {
    deadline.check();
    const yf = yamlFiles.get(f);
    if (yf) await followCompose(f, yf, follower, image);
  }
  for (const f of manifests) {
    deadline.check();
    const yf = yamlFiles.get(f);
    if (yf) await followManifest(f, yf, follower);
  }
  for (const { file, format } of managed) {
    deadline.check();
    const text = repo.read(file) ?? "";
    for (const span of format.commands(text)) {
      await follower.shell(text.slice(span.from, span.to), (i) => i + span.from, {
        origin: { file, trigger: "process-manager", scriptTrigger: "process-manager" },
        paths: { mounts: [], baseDir: dirOf(file) },
      });
    }
  }
  for (const f of repo.files) {
    if (path.posix.basename(f) !== "package.json") continue;
    deadline.check();
    await follower.packageScripts(f, START_SCRIPTS);
  }
  for (const f of repo.files) {
    // Test resources (src/test/resources/application.yml) configure tests, not the running app.
    if (SPRING_CONFIG.test(f) && isBootPath(f)) {
      const text = repo.read(f);
      if (text !== undefined) raw.push(...scanSpringConfig(f, text));
    }
  }
  for (const f of repo.files) {
    if (CI_PATHS.test(f) || !languageOf(f)) continue;
    deadline.check();
    scanCodeFile(f, "app-boot", false);
  }

  const indexes = new Map<string, LineIndex>();
  const index = (file: string) => {
    let li = indexes.get(file);
    if (!li) indexes.set(file, (li = new LineIndex(repo.read(file) ?? "")));
    return li;
  };
  const byLine = new Map<string, Finding>();
  const rank = (f: Finding) => TRIGGER_ORDER.indexOf(f.trigger) + (f.tool === "unknown" ? TRIGGER_ORDER.length : 0);
  for (const r of raw) {
    const li = index(r.file);
    const { line, column } = li.position(r.offset);
    const snippet = li.lineText(line).trim().slice(0, 200);
    const finding: Finding = { file: r.file, line, column, trigger: r.trigger, tool: r.tool, rule: r.rule, snippet, explanation: r.explanation, fix: r.fix };
    const key = `${r.file}\0${line}`;
    const prev = byLine.get(key);
    if (!prev || rank(finding) < rank(prev) || (rank(finding) === rank(prev) && finding.column < prev.column)) byLine.set(key, finding);
  }
  const order = (a: { file: string; line: number; column?: number }, b: { file: string; line: number; column?: number }) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.column ?? 0) - (b.column ?? 0);
  const all = [...byLine.values()].sort(order);
  const { findings, suppressed, suppressionErrors } = applySuppressions(all, (file, line) => index(file).lineText(line));
  return ScanResult.parse({ findings, suppressed, skipped: repo.skipped(), suppressionErrors: suppressionErrors.sort(order) });
}
