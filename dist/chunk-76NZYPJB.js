import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);

// src/repo/git.ts
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
var GitUnavailable = class extends Error {
  name = "GitUnavailable";
};
function gitEnv() {
  const env = { ...process.env, LC_ALL: "C", GIT_OPTIONAL_LOCKS: "0", GIT_TERMINAL_PROMPT: "0" };
  for (const name of ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX", "GIT_COMMON_DIR"]) delete env[name];
  return env;
}
function run(dir, args) {
  return new Promise((resolve, reject) => {
    execFile(
      "git",
      ["-c", "core.quotepath=off", ...args],
      { cwd: dir, env: gitEnv(), encoding: "buffer", maxBuffer: 256 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const spawnFailed = error && typeof error.code === "string";
        if (spawnFailed) {
          const code = error.code;
          reject(new GitUnavailable(code === "ENOENT" ? `cannot run git in ${dir}: the directory or the git program does not exist` : `cannot run git in ${dir}: ${code}`));
          return;
        }
        resolve({ ok: !error, stdout, stderr: stderr.toString("utf8").trim() });
      }
    );
  });
}
async function git(dir, args, what) {
  const r = await run(dir, args);
  if (!r.ok) throw new GitUnavailable(`${what}: ${r.stderr.split("\n")[0] || "git failed"}`);
  return r.stdout;
}
var nulList = (out) => out.toString("utf8").split("\0").filter((s) => s !== "");
async function assertRepository(dir) {
  const r = await run(dir, ["rev-parse", "--is-inside-work-tree"]);
  if (!r.ok || r.stdout.toString().trim() !== "true") throw new GitUnavailable(`not a git repository: ${dir}`);
}
async function workingFiles(dir) {
  const [tracked, untracked] = await Promise.all([
    git(dir, ["ls-files", "-z", "--cached"], `cannot list the files of ${dir}`),
    git(dir, ["ls-files", "-z", "--others", "--exclude-standard"], `cannot list the files of ${dir}`)
  ]);
  return { tracked: [...new Set(nulList(tracked))].sort(), untracked: nulList(untracked).sort() };
}
async function mergeBase(dir, base) {
  const shallow = (await run(dir, ["rev-parse", "--is-shallow-repository"])).stdout.toString().trim() === "true";
  const hint = shallow ? " (this is a shallow clone: fetch the base, e.g. actions/checkout with fetch-depth: 0)" : "";
  if (base.startsWith("-")) throw new GitUnavailable(`base ref '${base}' is not a ref`);
  const ref = await run(dir, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${base}^{commit}`]);
  if (!ref.ok) throw new GitUnavailable(`base ref '${base}' does not exist in ${dir}${hint}`);
  const mb = await run(dir, ["merge-base", ref.stdout.toString().trim(), "HEAD"]);
  if (!mb.ok) throw new GitUnavailable(`no common history between base ref '${base}' and HEAD in ${dir}${hint}`);
  return mb.stdout.toString().trim();
}
async function changedSince(dir, commit) {
  const out = nulList(await git(dir, ["diff", "--name-status", "-z", "--no-renames", "--relative", commit, "--"], `cannot diff against ${commit} in ${dir}`));
  const changed = [];
  for (let i = 0; i + 1 < out.length; i += 2) changed.push({ status: out[i], path: out[i + 1] });
  const { untracked } = await workingFiles(dir);
  return [...changed, ...untracked.map((path) => ({ path, status: "A" }))].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
async function fileAt(dir, commit, path) {
  const r = await run(dir, ["show", `${commit}:./${path}`]);
  return r.ok ? r.stdout : void 0;
}
async function resolveCommit(dir, rev = "HEAD") {
  if (rev.startsWith("-")) throw new GitUnavailable(`'${rev}' is not a ref`);
  const r = await run(dir, ["rev-parse", "--verify", "--quiet", "--end-of-options", `${rev}^{commit}`]);
  if (!r.ok) throw new GitUnavailable(`'${rev}' does not name a commit in ${dir}`);
  return r.stdout.toString().trim();
}
async function lastChange(dir, path, rev = "HEAD") {
  const out = await git(dir, ["log", "-1", "--format=%H", rev, "--", path], `cannot read the history of ${path} in ${dir}`);
  return out.toString().trim() || null;
}
async function isAncestor(dir, ancestor, descendant) {
  for (const sha of [ancestor, descendant]) {
    if (sha.startsWith("-") || !(await run(dir, ["cat-file", "-e", `${sha}^{commit}`])).ok) return null;
  }
  const r = await run(dir, ["merge-base", "--is-ancestor", ancestor, descendant]);
  return r.ok;
}
async function shallowBoundary(dir) {
  const shallow = (await run(dir, ["rev-parse", "--is-shallow-repository"])).stdout.toString().trim() === "true";
  if (!shallow) return /* @__PURE__ */ new Set();
  const file = (await git(dir, ["rev-parse", "--path-format=absolute", "--git-path", "shallow"], `cannot read the shallow boundary of ${dir}`)).toString().trim();
  const text = await readFile(file, "utf8").catch(() => "");
  return new Set(text.split("\n").map((s) => s.trim()).filter(Boolean));
}
async function committedAsIs(dir, path) {
  const atHead = await run(dir, ["cat-file", "-e", `HEAD:./${path}`]);
  if (!atHead.ok) return false;
  const dirty = await run(dir, ["diff", "--quiet", "HEAD", "--", path]);
  return dirty.ok;
}
async function lastCommitTime(dir, path) {
  const r = await run(dir, ["log", "-1", "--format=%ct", "--", path]);
  const out = r.stdout.toString().trim();
  return r.ok && /^\d+$/.test(out) ? Number(out) : null;
}

export {
  GitUnavailable,
  assertRepository,
  workingFiles,
  mergeBase,
  changedSince,
  fileAt,
  resolveCommit,
  lastChange,
  isAncestor,
  shallowBoundary,
  committedAsIs,
  lastCommitTime
};
