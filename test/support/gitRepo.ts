/**
 * Real git repositories for tests: `git init` in a temp directory, files written, real commits and
 * branches, so the repository checks run against what git itself reports.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: "Test",
  GIT_AUTHOR_EMAIL: "test@example.com",
  GIT_COMMITTER_NAME: "Test",
  GIT_COMMITTER_EMAIL: "test@example.com",
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
};
for (const name of ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"]) delete ENV[name];

export class GitRepo {
  private constructor(readonly dir: string) {}

  /** A new repository on branch `main`, with `files` committed when given. */
  static create(files: Record<string, string> = {}, message = "initial"): GitRepo {
    const repo = new GitRepo(mkdtempSync(join(tmpdir(), "wo-gate-repo-")));
    repo.git("init", "-q", "-b", "main");
    repo.git("config", "commit.gpgsign", "false");
    if (Object.keys(files).length > 0) repo.commit(files, message);
    return repo;
  }

  /** Run git in the repository; returns stdout. */
  git(...args: string[]): string {
    return execFileSync("git", args, { cwd: this.dir, env: ENV, encoding: "utf8" });
  }

  /** Write files (creating directories) without staging them. */
  write(files: Record<string, string | Buffer>): this {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(this.dir, path)), { recursive: true });
      writeFileSync(join(this.dir, path), text);
    }
    return this;
  }

  /** Write, stage and commit files. */
  commit(files: Record<string, string | Buffer>, message = "change"): this {
    this.write(files);
    this.git("add", "--", ...Object.keys(files));
    this.git("commit", "-q", "-m", message);
    return this;
  }

  /** Delete files and commit the deletion. */
  remove(paths: string[], message = "remove"): this {
    this.git("rm", "-q", "--", ...paths);
    this.git("commit", "-q", "-m", message);
    return this;
  }

  /** Create and switch to a branch. */
  branch(name: string): this {
    this.git("checkout", "-q", "-b", name);
    return this;
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A directory that is not a git repository (for the "not a git repository" cases). */
export function plainDirectory(files: Record<string, string> = {}): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), "wo-gate-plain-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
