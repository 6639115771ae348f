/**
 * Dockerfiles, read with dockerfile-ast: CMD/ENTRYPOINT (shell and exec forms, inherited through
 * `FROM <stage>`) are container start commands; RUN, in any stage, runs at build time and is
 * reported as `build`. COPY/ADD and WORKDIR give each stage's view of the repository, so the
 * scripts a start command names are read where the container would find them.
 */
import path from "node:path";
import { DockerfileParser, type Instruction } from "dockerfile-ast";
import picomatch from "picomatch";
import { repoPath, throughMounts, type Mount } from "./containerPaths.js";
import type { RepoFiles } from "./repoFiles.js";
import type { Word } from "./shellSyntax.js";
import { decodeJsonString, LineIndex } from "./sourceMap.js";
import type { Start, StartFollower } from "./startPaths.js";

const posix = path.posix;

/** A command as written: exec form (JSON words) or shell form (a span of the file). */
export type DockerCommand = { form: "exec"; words: Word[] } | { form: "shell"; from: number; to: number };

export interface DockerStage {
  name: string | undefined;
  workdir: string;
  mounts: Mount[];
  env: Map<string, string>;
  entrypoint: DockerCommand | undefined;
  cmd: DockerCommand | undefined;
  runs: { command: DockerCommand; mounts: Mount[]; workdir: string }[];
}

export interface DockerImage {
  file: string;
  text: string;
  stages: DockerStage[];
}

function substitute(s: string, vars: ReadonlyMap<string, string>): string {
  return s.replace(/\$\{(\w+)(?::?[-+][^}]*)?\}|\$(\w+)/g, (m, a: string | undefined, b: string | undefined) => vars.get((a ?? b)!) ?? m);
}

function commandOf(ins: Instruction, text: string, lines: LineIndex): DockerCommand | undefined {
  const range = ins.getArgumentsRange();
  if (!range) return undefined;
  type Range = NonNullable<typeof range>;
  const json = "getJSONStrings" in ins ? (ins as unknown as { getJSONStrings(): { getRange(): Range }[] }).getJSONStrings() : [];
  if (json.length > 0) {
    const words = json.map((j) => {
      const r = j.getRange();
      const start = lines.lineStart(r.start.line + 1) + r.start.character;
      const s = decodeJsonString(text, start);
      return { value: s.value, start, end: s.end, offsets: s.offsets, quoted: true };
    });
    return { form: "exec", words };
  }
  return { form: "shell", from: lines.lineStart(range.start.line + 1) + range.start.character, to: lines.lineStart(range.end.line + 1) + range.end.character };
}

/** Parses a Dockerfile whose build context is the repository folder `context`. */
export function readDockerfile(repo: RepoFiles, file: string, text: string, context: string): DockerImage {
  const lines = new LineIndex(text);
  const stages: DockerStage[] = [];
  const args = new Map<string, string>();
  let stage: DockerStage | undefined;
  const sourcePath = (src: string): string | undefined => {
    const inContext = repoPath(posix.join(context, src));
    if (inContext !== undefined && (repo.has(inContext) || repo.isDir(inContext) || context === "")) return inContext;
    // Monorepos often build a sub-folder's Dockerfile with the repository root as context.
    const fromRoot = repoPath(src);
    return fromRoot !== undefined && (repo.has(fromRoot) || repo.isDir(fromRoot)) ? fromRoot : inContext;
  };
  for (const ins of DockerfileParser.parse(text).getInstructions()) {
    const kw = ins.getKeyword();
    const raw = ins.getRawArgumentsContent() ?? "";
    if (kw === "ARG") {
      for (const p of (ins as unknown as { getProperties(): { getName(): string; getValue(): string | null }[] }).getProperties()) {
        if (p.getValue() !== null) (stage?.env ?? args).set(p.getName(), p.getValue()!);
      }
      continue;
    }
    if (kw === "FROM") {
      const [image, , alias] = raw.trim().split(/\s+/);
      const base = stages.find((s) => s.name !== undefined && s.name === image);
      stage = base
        ? { ...base, name: alias, mounts: [...base.mounts], env: new Map(base.env), runs: [] }
        : { name: alias, workdir: "/", mounts: [], env: new Map(args), entrypoint: undefined, cmd: undefined, runs: [] };
      stages.push(stage);
      continue;
    }
    if (!stage) continue;
    const vars = stage.env;
    if (kw === "WORKDIR") {
      const dir = substitute(raw.trim().replace(/^["']|["']$/g, ""), vars);
      stage.workdir = posix.resolve(stage.workdir, dir);
    } else if (kw === "ENV") {
      for (const p of (ins as unknown as { getProperties(): { getName(): string; getValue(): string | null }[] }).getProperties()) {
        stage.env.set(p.getName(), p.getValue() ?? "");
      }
    } else if (kw === "CMD") {
      stage.cmd = commandOf(ins, text, lines);
    } else if (kw === "ENTRYPOINT") {
      stage.entrypoint = commandOf(ins, text, lines);
      stage.cmd = undefined; // Docker resets an inherited CMD when ENTRYPOINT is set
    } else if (kw === "RUN") {
      const command = commandOf(ins, text, lines);
      if (command) stage.runs.push({ command, mounts: [...stage.mounts], workdir: stage.workdir });
    } else if (kw === "COPY" || kw === "ADD") {
      const flags = (ins as unknown as { getFlags(): { getName(): string; getValue(): string | null }[] }).getFlags();
      const from = flags.find((f) => f.getName() === "from")?.getValue() ?? undefined;
      const cmd = commandOf(ins, text, lines);
      const parts = cmd?.form === "exec" ? cmd.words.map((w) => w.value) : raw.trim().split(/\s+/);
      if (parts.length < 2) continue;
      const dest = substitute(parts[parts.length - 1]!, vars);
      const sources = parts.slice(0, -1).map((s) => substitute(s, vars));
      const destAbs = posix.resolve(stage.workdir, dest);
      const intoDir = dest.endsWith("/") || dest === "." || sources.length > 1;
      const fromStage = from === undefined ? undefined : (stages.find((s) => s.name === from) ?? (/^\d+$/.test(from) ? stages[Number(from)] : undefined));
      if (from !== undefined && !fromStage) continue; // an external image: nothing from the repository
      for (const src of sources) {
        if (/^[a-z]+:\/\//.test(src)) continue;
        let repoSrc: string | undefined;
        if (fromStage) repoSrc = throughMounts(fromStage.mounts, posix.resolve(fromStage.workdir, src));
        else if (/[*?[]/.test(src)) {
          const isMatch = picomatch(posix.join(context, src.replace(/^\.\//, "")), { dot: true });
          for (const f of repo.files.filter((f) => isMatch(f))) stage.mounts.push({ container: posix.join(destAbs, posix.basename(f)), repo: f, dir: false });
          continue;
        } else repoSrc = sourcePath(src);
        if (repoSrc === undefined) continue;
        if (repo.isDir(repoSrc) || repoSrc === "" || !repo.has(repoSrc)) stage.mounts.push({ container: destAbs, repo: repoSrc, dir: true });
        else stage.mounts.push({ container: intoDir ? posix.join(destAbs, posix.basename(repoSrc)) : destAbs, repo: repoSrc, dir: false });
      }
    }
  }
  return { file, text, stages };
}

/** Environment values a Dockerfile sets (for guards such as `if [ "$RUN_MIGRATIONS" = 1 ]`). */
export function dockerEnv(image: DockerImage): [string, string][] {
  return image.stages.flatMap((s) => [...s.env]);
}

function wordsOf(cmd: DockerCommand | undefined): Word[] | undefined {
  return cmd?.form === "exec" ? cmd.words : undefined;
}

/** Follows every RUN (build) and each stage's start command (container-start). */
export async function followDockerfile(image: DockerImage, follower: StartFollower): Promise<void> {
  const { file, text } = image;
  const run = (cmd: DockerCommand, start: Start) =>
    cmd.form === "exec" ? follower.command(cmd.words, (i) => i, start) : follower.shell(text.slice(cmd.from, cmd.to), (i) => i + cmd.from, start);
  const seen = new Set<string>();
  for (const stage of image.stages) {
    for (const r of stage.runs) {
      await run(r.command, { origin: { file, trigger: "build", scriptTrigger: "build" }, paths: { cwd: r.workdir, mounts: r.mounts, baseDir: "" } });
    }
    const key = JSON.stringify([stage.entrypoint, stage.cmd, stage.mounts, stage.workdir]);
    if (seen.has(key)) continue;
    seen.add(key);
    const start: Start = { origin: { file, trigger: "container-start", scriptTrigger: "container-start" }, paths: { cwd: stage.workdir, mounts: stage.mounts, baseDir: "" } };
    if (stage.cmd) await run(stage.cmd, start);
    const entry = wordsOf(stage.entrypoint);
    if (entry) {
      // An exec-form ENTRYPOINT receives CMD as its arguments ("$1" … in the script).
      const cmdWords = wordsOf(stage.cmd) ?? [];
      const cmdArgs = stage.cmd?.form === "shell" ? ["/bin/sh", "-c", text.slice(stage.cmd.from, stage.cmd.to)] : cmdWords.map((w) => w.value);
      const [head, ...rest] = entry;
      await follower.command([head!, ...rest, ...cmdWords], (i) => i, { ...start, args: cmdArgs });
    } else if (stage.entrypoint) await run(stage.entrypoint, start);
  }
}
