/**
 * Diesel: `migrations/<version>_<name>/up.sql` and `down.sql`. The version is the part before the
 * first `_` (`2024-02-10-101500`); the parent is the previous version in the same directory.
 */
import { baseName, dirName, type Adapter } from "../adapter.js";
import { scriptDown } from "../down.js";
import { fileRecord } from "./common.js";

const DIR = /^(\d[\d-]*)_[^/]+$/;

export const diesel: Adapter = {
  id: "diesel",
  name: "Diesel",
  aliases: ["diesel_cli", "diesel cli", "diesel migration"],
  versioned: true,
  supportsDown: true,
  candidate: (path) => /^(up|down)\.sql$/.test(baseName(path)) && DIR.test(baseName(dirName(path))),
  read(f, repo) {
    if (baseName(f.path) === "down.sql") return [];
    const dir = dirName(f.path);
    const version = DIR.exec(baseName(dir))![1]!;
    return [
      fileRecord("diesel", f.path, {
        id: version,
        version: version.replace(/\D/g, ""),
        names: [baseName(dir), version.replace(/\D/g, ""), dir],
        group: dirName(dir),
        down: scriptDown(`${dir}/down.sql`, repo, f.path),
      }),
    ];
  },
  canonical: (ref) => DIR.exec(baseName(ref.trim().replace(/\/(up|down)\.sql$/, "")))?.[1] ?? ref.trim(),
};
