/**
 * One generated repository through `scanRepository` in-process, in a directory reused from one
 * repository to the next (a tmpfs when there is one). The outcome is checked: a result or a clean
 * error; nothing from outside the repository in any finding; every finding on a line of a file the
 * repository holds; symlinks that leave it and names that are not UTF-8 listed as skipped; a
 * planted start-path migration reported; the same result on a second scan (for a sample).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { scanRepository } from "../../src/scan/scanRepository.js";
import { ScanResult, denyingFindings } from "../../src/scan/schema.js";
import { NOT_UTF8_NAME } from "../../src/scan/walk.js";
import { cliAgrees, thrown, type Outcome, type Verdict } from "./outcome.js";
import { CANARY, writeOutside, writeRepository, type RepoSpec } from "./repoInputs.js";

const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: "1",
  GIT_CONFIG_GLOBAL: "/dev/null",
  GIT_AUTHOR_NAME: "Fuzz",
  GIT_AUTHOR_EMAIL: "fuzz@example.com",
  GIT_COMMITTER_NAME: "Fuzz",
  GIT_COMMITTER_EMAIL: "fuzz@example.com",
};
for (const name of ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"]) delete GIT_ENV[name];

function lineCount(text: Buffer): number {
  return text.toString("utf8").split("\n").length;
}

export class RepoScanner {
  readonly repo: string;
  readonly outside: string;

  constructor(base: string) {
    this.repo = path.join(base, "repo");
    this.outside = path.join(base, "outside");
    writeOutside(this.outside);
  }

  /** Builds the repository (replacing the last one). */
  build(spec: RepoSpec): void {
    fs.rmSync(this.repo, { recursive: true, force: true });
    fs.mkdirSync(this.repo, { recursive: true });
    writeRepository(this.repo, spec, this.outside);
    if (spec.git) {
      execFileSync("git", ["init", "-q"], { cwd: this.repo, env: GIT_ENV });
      execFileSync("git", ["add", "-A"], { cwd: this.repo, env: GIT_ENV });
    }
  }

  async check(spec: RepoSpec, again: boolean): Promise<Outcome> {
    this.build(spec);
    let result: ScanResult;
    try {
      result = await scanRepository(this.repo);
    } catch (e) {
      // Scan errors name the folder, file or bound at fault; one line is what is required.
      return thrown(e, "");
    }
    const verdict: Verdict = denyingFindings(result).length > 0 || result.suppressionErrors.length > 0 ? "deny" : "allow";
    const failure = this.problem(spec, result) ?? (again ? await this.differs(result) : null);
    return { verdict, failure };
  }

  private problem(spec: RepoSpec, result: ScanResult): string | null {
    if (!ScanResult.safeParse(result).success) return "result does not match ScanResult";
    const shown = JSON.stringify([result.findings, result.suppressed]);
    if (shown.includes(CANARY)) return "a finding shows text from outside the repository";
    for (const f of [...result.findings, ...result.suppressed]) {
      const full = path.join(this.repo, f.file);
      let real: string;
      try {
        real = fs.realpathSync(full);
      } catch {
        return `finding in ${JSON.stringify(f.file)}, which the repository does not hold`;
      }
      if (!real.startsWith(fs.realpathSync(this.repo) + path.sep)) return `finding in ${JSON.stringify(f.file)}, outside the repository`;
      const lines = lineCount(fs.readFileSync(real));
      if (f.line > lines) return `finding at ${f.file}:${f.line}, past its ${lines} lines`;
    }
    const skipped = new Map(result.skipped.map((s) => [s.file, s.reason]));
    const ignores = spec.entries.some((e) => e.kind === "file" && e.path.endsWith(".gitignore"));
    if (!spec.git && !ignores) {
      for (const e of spec.entries) {
        if (e.kind === "symlink" && e.target.startsWith("@outside") && skipped.get(e.path) !== "symlink leaves the repository") {
          return `symlink ${e.path} leaves the repository but is not listed as skipped`;
        }
      }
      if (spec.entries.some((e) => e.kind === "raw-name") && !result.skipped.some((s) => s.reason === NOT_UTF8_NAME)) {
        return "a name that is not UTF-8 is not listed as skipped";
      }
    }
    if (spec.planted && !denyingFindings(result).some((f) => f.file.startsWith("planted/"))) return `the planted ${spec.planted} migration was not reported`;
    return null;
  }

  private async differs(first: ScanResult): Promise<string | null> {
    const second = await scanRepository(this.repo).catch((e: unknown) => e);
    return JSON.stringify(second) === JSON.stringify(first) ? null : "a second scan of the same repository gave a different result";
  }

  /** The repository as last built, through the real CLI (`wo-gate scan`), which must agree. */
  cli(expected: Outcome): string | null {
    return expected.verdict ? cliAgrees(["scan", "--format", "json", this.repo], expected.verdict) : null;
  }
}
