/**
 * Atlas versioned migrations: the `.sql` files of a directory holding `atlas.sum`. Atlas files
 * carry no down script (Atlas plans reversals against a dev database), so, as for Prisma, a
 * "reversible" claim rests on §5's reversing SQL.
 */
import { baseName, type Adapter } from "../adapter.js";
import { missingDown } from "../down.js";
import { fileRecord, idFromName } from "./common.js";
import { inAtlasDir } from "./sqlFiles.js";

const NAME = /^(\d[^_]*)(?:_[^/]*)?\.sql$/;

export const atlas: Adapter = {
  id: "atlas",
  name: "Atlas",
  aliases: ["atlasgo", "ariga atlas", "atlas migrate"],
  versioned: true,
  supportsDown: false,
  candidate: (path) => NAME.test(baseName(path)),
  sniff: (_text, path, repo) => inAtlasDir(path, (p) => repo.has(p)),
  read(f) {
    const version = NAME.exec(baseName(f.path))![1]!;
    return [fileRecord("atlas", f.path, { id: version, version, down: missingDown(null) })];
  },
  canonical: idFromName(NAME),
};
