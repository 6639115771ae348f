/**
 * Factory for the JavaScript/TypeScript tools (Knex, Sequelize, TypeORM, MikroORM,
 * node-pg-migrate): one migration per file named by a timestamp, a `down` function or method
 * that must be present and non-empty, and no parent recorded in the file (the parent is the
 * previous version in the same directory). The tools are told apart by what the file imports
 * and the names it uses.
 */
import { baseName, stem, type Adapter } from "../adapter.js";
import { findWord } from "../blocks.js";
import { bodyDown, jsFunctionBody } from "../down.js";
import { tokenize, type Token } from "../source.js";
import { fileRecord, idFromName, inMigrationDir } from "./common.js";

const FILE = /^(?:(\d{3,})[^/]*|Migration(\d+)[^/]*)\.[cm]?[jt]s$/;

type Identity = Pick<Adapter, "id" | "name" | "aliases">;

export function jsMigrations(tool: Identity & {
  sniff: RegExp;
  /** The tool's migration id is the file name with its extension (Knex, Sequelize) or without. */
  idWithExtension: boolean;
}): Adapter {
  return {
    ...tool,
    versioned: true,
    supportsDown: true,
    candidate: (path) =>
      FILE.test(baseName(path)) && inMigrationDir(path) && !/(^|\/)dist\/|\.d\.[cm]?ts$|\.(test|spec)\.[cm]?[jt]s$/.test(path),
    sniff: (text) => tool.sniff.test(text),
    read(f) {
      const tokens = tokenize(f.text, "javascript");
      const [, leading, mikro] = FILE.exec(baseName(f.path))!;
      const cls = findWord(tokens, "class");
      const className: Token | undefined = cls === -1 ? undefined : tokens[cls + 1];
      const version = leading ?? mikro!;
      return [
        fileRecord(tool.id, f.path, {
          id: tool.idWithExtension ? baseName(f.path) : stem(f.path),
          version,
          names: [version, ...(className?.kind === "word" ? [className.text] : [])],
          line: cls === -1 ? null : tokens[cls]!.line,
          down: bodyDown(f.path, jsFunctionBody(tokens, "down")),
        }),
      ];
    },
    canonical: tool.idWithExtension ? (ref) => baseName(ref.trim()) : idFromName(/^(.*?)(?:\.[cm]?[jt]s)?$/),
  };
}
