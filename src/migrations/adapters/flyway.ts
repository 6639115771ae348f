/**
 * Flyway: versioned `V<version>__<description>.sql` with optional undo scripts
 * `U<version>__<description>.sql` (Flyway Teams). The version's `_` separators read as `.`
 * (`V1_1__x.sql` is version 1.1), as Flyway reads them. The parent is the previous version in the
 * same directory. Repeatable `R__` scripts have no version: they are recognised but not versioned.
 */
import { baseName, dirName, type Adapter } from "../adapter.js";
import { scriptDown } from "../down.js";
import { fileRecord } from "./common.js";

const FILE = /^([VUR])(\d[\d._]*)?__.+\.sql$/;

const versionOf = (raw: string): string => raw.replace(/_/g, ".");

export const flyway: Adapter = {
  id: "flyway",
  name: "Flyway",
  aliases: [],
  versioned: true,
  supportsDown: true,
  candidate: (path) => {
    const m = FILE.exec(baseName(path));
    return !!m && (m[1] === "R") === (m[2] === undefined);
  },
  read(f, repo) {
    const [, prefix, raw] = FILE.exec(baseName(f.path))!;
    if (prefix !== "V") return [];
    const version = versionOf(raw!);
    const undo = repo.list(dirName(f.path)).find((p) => {
      const m = FILE.exec(baseName(p));
      return m?.[1] === "U" && m[2] !== undefined && versionOf(m[2]) === version;
    });
    return [
      fileRecord("flyway", f.path, {
        id: version,
        version,
        names: [raw!, `V${raw}`],
        down: scriptDown(undo, repo, f.path),
      }),
    ];
  },
  canonical: (ref) => {
    const r = ref.trim();
    const raw = FILE.exec(baseName(r))?.[2] ?? /^V?(\d[\d._]*)$/.exec(r)?.[1];
    return raw ? versionOf(raw) : r;
  },
};
