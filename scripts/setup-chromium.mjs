#!/usr/bin/env node
// Makes a Chromium available to the browser tests (test/render), which open the job summary and
// PR comment rendered like GitHub and read the DOM. Debian's `chromium` package is used rather
// than Playwright's downloaded browser: the package registry is reachable where the project
// runs, a browser download host may not be. Order:
//   1. $CHROMIUM_PATH, or /usr/bin/chromium, when it exists (no process is started: stays fast);
//   2. as root on Debian: `apt-get update && apt-get install -y chromium` (a minute or two);
//   3. otherwise none: browser tests are skipped, and this says so.
// Prints the browser's path on stdout when there is one.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const DEBIAN_CHROMIUM = "/usr/bin/chromium";

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The Chromium to use, without installing anything; null when there is none. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, DEBIAN_CHROMIUM].filter(Boolean);
  return candidates.find(isExecutable) ?? null;
}

function apt(args) {
  const r = spawnSync("apt-get", args, {
    encoding: "utf8",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (r.status !== 0) {
    const output = `${r.stderr ?? ""}${r.stdout ?? ""}`.trim().split("\n").slice(-5).join("\n");
    process.stderr.write(`setup-chromium: apt-get ${args.join(" ")} failed:\n${output}\n`);
    return false;
  }
  return true;
}

/**
 * Path of a usable Chromium, installing Debian's package when running as root on Debian;
 * null (after saying that browser tests will be skipped) when none can be had.
 * Idempotent: once installed it only checks that the file exists.
 */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const root = typeof process.getuid === "function" && process.getuid() === 0;
  const debian = fs.existsSync("/etc/debian_version");
  if (root && debian) {
    process.stderr.write("setup-chromium: installing Debian's chromium with apt-get (takes a minute or two)\n");
    if (apt(["update", "-qq"]) && apt(["install", "-y", "-qq", "--no-install-recommends", "chromium"])) {
      const installed = findChromium();
      if (installed) return installed;
    }
  }
  const why = root && debian ? "installing it failed" : "it is not installed (as root on Debian, this script installs it)";
  process.stderr.write(
    `setup-chromium: no Chromium at ${DEBIAN_CHROMIUM} (${why}): browser tests will be skipped; set CHROMIUM_PATH to use another\n`,
  );
  return null;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const found = ensureChromium();
  if (found) console.log(found);
}
