/**
 * Resolving a path a start command names to a file of the repository, the way the container
 * sees it (startup-scan README): Dockerfile COPY/ADD sources and destinations (through
 * `COPY --from=<stage>` too), WORKDIR, compose `working_dir` and bind mounts; a bare command name
 * resolves through the directories files were copied into. Without any of those (Procfile,
 * package.json, a manifest with an absolute path) paths are taken relative to the file that
 * names them, and absolute paths by their trailing folders.
 */
import path from "node:path";
import type { RepoFiles } from "./repoFiles.js";

/** A container path backed by a repository path (a folder's contents, or one file). */
export interface Mount {
  container: string;
  repo: string;
  dir: boolean;
}

export interface PathContext {
  /** The working directory inside the container, when known. */
  cwd?: string;
  mounts: readonly Mount[];
  /** Repository folder relative paths are read against when no mount applies. */
  baseDir: string;
}

const posix = path.posix;

/** `a/./b/../c` → `a/c`, no leading `./` or `/`; undefined when it climbs out of the repository. */
export function repoPath(p: string): string | undefined {
  const n = posix.normalize(p.replace(/^\/+/, ""));
  if (n === "." || n === "") return "";
  if (n.startsWith("..")) return undefined;
  return n.replace(/\/+$/, "");
}

/**
 * A mount's container path without trailing slashes and its last component, worked out once per
 * mount: every command word is resolved against every mount, and a hostile Dockerfile can make
 * a path megabytes long, so per-word work must not grow with it.
 */
const shapes = new WeakMap<Mount, { container: string; base: string }>();

function shapeOf(m: Mount): { container: string; base: string } {
  let shape = shapes.get(m);
  if (!shape) {
    const container = m.container === "/" ? "/" : m.container.replace(/\/+$/, "");
    shapes.set(m, (shape = { container, base: posix.basename(m.container) }));
  }
  return shape;
}

/** The repository path a container path maps to through the mounts, if any (last mount wins). */
export function throughMounts(mounts: readonly Mount[], containerPath: string): string | undefined {
  const p = posix.normalize(containerPath);
  for (let i = mounts.length - 1; i >= 0; i--) {
    const m = mounts[i]!;
    const c = shapeOf(m).container;
    if (!m.dir) {
      if (p === c) return m.repo;
      continue;
    }
    if (p === c) return m.repo;
    const prefix = c === "/" ? "/" : `${c}/`;
    if (p.startsWith(prefix)) {
      const rel = repoPath(posix.join(m.repo, p.slice(prefix.length)));
      if (rel !== undefined) return rel;
    }
  }
  return undefined;
}

/** The repository file a command word names, or undefined when it is not one (or not known). */
export function resolveFile(repo: RepoFiles, ctx: PathContext, value: string): string | undefined {
  if (!value || value.includes("$") || value.includes("`") || /[*?]/.test(value)) return undefined;
  const exists = (p: string | undefined) => p !== undefined && p !== "" && repo.has(p);
  if (ctx.mounts.length > 0) {
    if (!value.includes("/")) {
      for (let i = ctx.mounts.length - 1; i >= 0; i--) {
        const m = ctx.mounts[i]!;
        // A folder mount supplies files only when the repository has that folder.
        const candidate = m.dir
          ? m.repo === "" || repo.isDir(m.repo)
            ? repoPath(posix.join(m.repo, value))
            : undefined
          : shapeOf(m).base === value
            ? m.repo
            : undefined;
        if (exists(candidate)) return candidate;
      }
      return undefined;
    }
    const containerPath = value.startsWith("/") ? value : posix.join(ctx.cwd ?? "/", value);
    const mapped = throughMounts(ctx.mounts, containerPath);
    if (exists(mapped)) return mapped;
  }
  if (!value.includes("/")) return undefined;
  if (!value.startsWith("/")) {
    const rel = repoPath(posix.join(ctx.baseDir, value));
    if (exists(rel)) return rel;
    const fromRoot = repoPath(value);
    return exists(fromRoot) ? fromRoot : undefined;
  }
  return bySuffix(repo, value);
}

/** An absolute path nothing maps: the repository file sharing its last two or more components. */
function bySuffix(repo: RepoFiles, abs: string): string | undefined {
  const parts = abs.split("/").filter(Boolean);
  for (let n = parts.length; n >= 2; n--) {
    const tail = parts.slice(parts.length - n).join("/");
    if (repo.has(tail)) return tail;
    const matches = repo.files.filter((f) => f.endsWith(`/${tail}`));
    if (matches.length === 1) return matches[0];
  }
  return undefined;
}
