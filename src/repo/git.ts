/**
 * The one thin module that runs git: `execFile` (no shell), paths relative to the directory the
 * gate was pointed at, NUL-separated output. Every failure becomes a GitUnavailable whose message
 * names the directory or ref in the user's terms; the facts turn it into `status: "unavailable"`.
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";

export class GitUnavailable extends Error {
  override name = "GitUnavailable";
}

/** Environment without variables that would point git at another repository (hooks set them). */
function gitEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LC_ALL: "C", GIT_OPTIONAL_LOCKS: "0", GIT_TERMINAL_PROMPT: "0" };
  for (const name of ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX", "GIT_COMMON_DIR"]) delete env[name];
  return env;
}

interface Run {
  ok: boolean;
  stdout: Buffer;
  stderr: string;
}

function run(dir: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      ["-c", "core.quotepath=off", ...args],
      { cwd: dir, env: gitEnv(), encoding: "buffer", maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const spawnFailed = error && typeof (error as NodeJS.ErrnoException).code === "string";
        if (spawnFailed) {
          const code = (error as NodeJS.ErrnoException).code;
          reject(new GitUnavailable(code === "ENOENT" ? `cannot run git in ${dir}: the directory or the git program does not exist` : `cannot run git in ${dir}: ${code}`));
          return;
        }
        resolve({ ok: !error, stdout, stderr: stderr.toString("utf8").trim() });
      },
    );
  });
}

/** Run git and return stdout; a failure throws GitUnavailable with `what` and git's first error line. */
async function git(dir: string, args: string[], what: string): Promise<Buffer> {
  const r = await run(dir, args);
  if (!r.ok) throw new GitUnavailable(`${what}: ${r.stderr.split("\n")[0] || "git failed"}`);
  return r.stdout;
}

const nulList = (out: Buffer): string[] => out.toString("utf8").split("\0").filter((s) => s !== "");

/** Throws GitUnavailable naming `dir` when it is not inside a git work tree. */
export async function assertRepository(dir: string): Promise<void> {
  const r = await run(dir, ["rev-parse", "--is-inside-work-tree"]);
  if (!r.ok || r.stdout.toString().trim() !== "true") throw new GitUnavailable(`not a git repository: ${dir}`);
}

export interface WorkingFiles {
  /** `git ls-files`: what the repository holds at HEAD plus what is staged. */
  tracked: string[];
  /** Files in the working tree that are neither tracked nor ignored. */
  untracked: string[];
}

export async function workingFiles(dir: string): Promise<WorkingFiles> {
  const [tracked, untracked] = await Promise.all([
    git(dir, ["ls-files", "-z", "--cached"], `cannot list the files of ${dir}`),
    git(dir, ["ls-files", "-z", "--others", "--exclude-standard"], `cannot list the files of ${dir}`),
  ]);
  return { tracked: [...new Set(nulList(tracked))].sort(), untracked: nulList(untracked).sort() };
}

/**
 * The commit the change is measured from: the merge base of `base` and HEAD (what `base...HEAD`
 * means). A missing ref, or a shallow clone that lacks the base or its history, names the ref.
 */
export async function mergeBase(dir: string, base: string): Promise<string> {
  const shallow = (await run(dir, ["rev-parse", "--is-shallow-repository"])).stdout.toString().trim() === "true";
  const hint = shallow ? " (this is a shallow clone: fetch the base, e.g. actions/checkout with fetch-depth: 0)" : "";
  if (base.startsWith("-")) throw new GitUnavailable(`base ref '${base}' is not a ref`);
  const ref = await run(dir, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${base}^{commit}`]);
  if (!ref.ok) throw new GitUnavailable(`base ref '${base}' does not exist in ${dir}${hint}`);
  const mb = await run(dir, ["merge-base", ref.stdout.toString().trim(), "HEAD"]);
  if (!mb.ok) throw new GitUnavailable(`no common history between base ref '${base}' and HEAD in ${dir}${hint}`);
  return mb.stdout.toString().trim();
}

export interface ChangedPath {
  path: string;
  /** A: added, M: modified, D: deleted, T: type changed (renames are a delete plus an add). */
  status: string;
}

/** Files that differ between `commit` and the working tree (committed, staged or not), plus untracked ones. */
export async function changedSince(dir: string, commit: string): Promise<ChangedPath[]> {
  const out = nulList(await git(dir, ["diff", "--name-status", "-z", "--no-renames", "--relative", commit, "--"], `cannot diff against ${commit} in ${dir}`));
  const changed: ChangedPath[] = [];
  for (let i = 0; i + 1 < out.length; i += 2) changed.push({ status: out[i]!, path: out[i + 1]! });
  const { untracked } = await workingFiles(dir);
  return [...changed, ...untracked.map((path) => ({ path, status: "A" }))].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** A file's content at `commit` (for files deleted since), or undefined when it has none there. */
export async function fileAt(dir: string, commit: string, path: string): Promise<Buffer | undefined> {
  const r = await run(dir, ["show", `${commit}:./${path}`]);
  return r.ok ? r.stdout : undefined;
}

// --- history queries for `wo-gate authorize` (which commit changed a work order, and where) ---

/** The commit `rev` names (default HEAD), in full. */
export async function resolveCommit(dir: string, rev = "HEAD"): Promise<string> {
  if (rev.startsWith("-")) throw new GitUnavailable(`'${rev}' is not a ref`);
  const r = await run(dir, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]);
  if (!r.ok) throw new GitUnavailable(`'${rev}' does not name a commit in ${dir}`);
  return r.stdout.toString().trim();
}

/**
 * The last commit reachable from `rev` that changed `path` (`git log -1 --format=%H rev -- path`,
 * git's default history simplification: through a merge that took the file from one side, the
 * commit on that side), or null when no commit did.
 */
export async function lastChange(dir: string, path: string, rev = "HEAD"): Promise<string | null> {
  const out = await git(dir, ["log", "-1", "--format=%H", rev, "--", path], `cannot read the history of ${path} in ${dir}`);
  return out.toString().trim() || null;
}

/** Whether `ancestor` is `descendant` or one of its ancestors; null when either commit is not in the clone. */
export async function isAncestor(dir: string, ancestor: string, descendant: string): Promise<boolean | null> {
  for (const sha of [ancestor, descendant]) {
    if (sha.startsWith("-") || !(await run(dir, ["cat-file", "-e", `${sha}^{commit}`])).ok) return null;
  }
  const r = await run(dir, ["merge-base", "--is-ancestor", ancestor, descendant]);
  return r.ok;
}

/**
 * The commits at the edge of a shallow clone (their parents were not fetched, so git sees them as
 * adding every file); empty for a complete clone.
 */
export async function shallowBoundary(dir: string): Promise<Set<string>> {
  const shallow = (await run(dir, ["rev-parse", "--is-shallow-repository"])).stdout.toString().trim() === "true";
  if (!shallow) return new Set();
  const file = (await git(dir, ["rev-parse", "--path-format=absolute", "--git-path", "shallow"], `cannot read the shallow boundary of ${dir}`)).toString().trim();
  const text = await readFile(file, "utf8").catch(() => "");
  return new Set(text.split("\n").map((s) => s.trim()).filter(Boolean));
}

/** Whether `path` is committed at HEAD exactly as it stands in the index and the working tree. */
export async function committedAsIs(dir: string, path: string): Promise<boolean> {
  const atHead = await run(dir, ["cat-file", "-e", `HEAD:./${path}`]);
  if (!atHead.ok) return false;
  const dirty = await run(dir, ["diff", "--quiet", "HEAD", "--", path]);
  return dirty.ok;
}

/**
 * Committer time (Unix seconds) of the last commit that changed `path`, or null when none did
 * (a file never committed, a repository without commits). `wo-gate new` picks the newest head.
 */
export async function lastCommitTime(dir: string, path: string): Promise<number | null> {
  const r = await run(dir, ["log", "-1", "--format=%ct", "--", path]);
  const out = r.stdout.toString().trim();
  return r.ok && /^\d+$/.test(out) ? Number(out) : null;
}
