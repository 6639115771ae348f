/**
 * Adapter factories for the SQL-file tools, which record no parent in the file (the parent is the
 * previous version in the same directory):
 * - up/down pairs: `<version>_<name>.up.sql` + `.down.sql` (golang-migrate, sqlx);
 * - one file with marked sections: `-- +goose Up` / `-- +goose Down` (goose), `-- migrate:up` /
 *   `-- migrate:down` (dbmate).
 */
import { baseName, dirName, type Adapter } from "../adapter.js";
import { missingDown, scriptDown, sqlSectionDown } from "../down.js";
import { fileRecord, idFromName, inMigrationDir } from "./common.js";

type Identity = Pick<Adapter, "id" | "name" | "aliases" | "weakAliases">;

/** `<version>_<name>.up.sql` with its `.down.sql`; `plain` also accepts `<version>_<name>.sql` without a down. */
export function upDownPairs(tool: Identity & { plain: boolean; sniff?: Adapter["sniff"] }): Adapter {
  const file = tool.plain ? /^(\d+)(?:_[^/]*?)?(\.up|\.down)?\.sql$/ : /^(\d+)(?:_[^/]*?)?(\.up|\.down)\.sql$/;
  return {
    ...tool,
    versioned: true,
    supportsDown: true,
    // A plain `001_x.sql` is too common a name to claim outside a migrations directory.
    candidate: (path) => file.test(baseName(path)) && (/\.(up|down)\.sql$/.test(path) || inMigrationDir(path)),
    sniff: tool.sniff,
    read(f, repo) {
      const [, version, kind] = file.exec(baseName(f.path))!;
      if (kind === ".down") return [];
      const downPath = kind === ".up" ? f.path.replace(/\.up\.sql$/, ".down.sql") : undefined;
      const name = baseName(f.path).replace(/(\.up|\.down)?\.sql$/, "");
      return [
        fileRecord(tool.id, f.path, {
          id: version!,
          version: version!,
          names: [name, ...(downPath ? [baseName(downPath)] : [])],
          down: downPath ? scriptDown(downPath, repo, f.path) : missingDown(f.path),
        }),
      ];
    },
    canonical: idFromName(/^(\d+)/),
  };
}

/** One `<version>_<name>.sql` per migration with an up marker and a down marker line. */
export function markedSections(tool: Identity & { up: RegExp; down: RegExp; markers: RegExp }): Adapter {
  const file = /^(\d+)_[^/]*\.sql$/;
  return {
    ...tool,
    versioned: true,
    supportsDown: true,
    candidate: (path) => file.test(baseName(path)),
    sniff: (text) => tool.up.test(text),
    read(f) {
      const version = file.exec(baseName(f.path))![1]!;
      return [
        fileRecord(tool.id, f.path, {
          id: version,
          version,
          down: sqlSectionDown(f.path, f.text, tool.markers, tool.down),
        }),
      ];
    },
    canonical: idFromName(/^(\d+)/),
  };
}

/** Marker lines that make a plain `<version>_<name>.sql` another tool's (goose, dbmate, Liquibase). */
export const ANNOTATED_SQL = /^--\s*(\+goose\s+Up|migrate:up|liquibase\s+formatted\s+sql)\b/im;

/** The directory holds an Atlas migration directory's integrity file. */
export const inAtlasDir = (path: string, has: (p: string) => boolean): boolean =>
  has(`${dirName(path) ? `${dirName(path)}/` : ""}atlas.sum`);
