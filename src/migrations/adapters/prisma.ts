/**
 * Prisma Migrate: `prisma/migrations/<timestamp>_<name>/migration.sql`. Prisma has no down
 * migrations: a down path is a `down.sql` or `rollback.sql` beside the migration (decisions.md),
 * else §5's reversing SQL, which the policy reads from the work order.
 */
import { baseName, dirName, type Adapter } from "../adapter.js";
import { scriptDown } from "../down.js";
import { fileRecord } from "./common.js";

const DIR = /^(\d+)_[^/]+$/;
const DOWN_SCRIPTS = ["down.sql", "rollback.sql"];

export const prisma: Adapter = {
  id: "prisma",
  name: "Prisma Migrate",
  aliases: ["prisma migrate"],
  versioned: true,
  supportsDown: false,
  candidate: (path) => ["migration.sql", ...DOWN_SCRIPTS].includes(baseName(path)) && DIR.test(baseName(dirName(path))),
  read(f, repo) {
    if (baseName(f.path) !== "migration.sql") return [];
    const dir = dirName(f.path);
    const name = baseName(dir);
    const down = DOWN_SCRIPTS.map((s) => `${dir}/${s}`).find((p) => repo.has(p));
    return [
      fileRecord("prisma", f.path, {
        id: name,
        version: name,
        names: [DIR.exec(name)![1]!, dir],
        group: dirName(dir),
        down: scriptDown(down, repo),
      }),
    ];
  },
  canonical: (ref) => baseName(ref.trim().replace(/\/(migration|down|rollback)\.sql$/, "")),
};
