/**
 * EF Core: `Migrations/<timestamp>_<Name>.cs` (the `.Designer.cs` beside it is not a migration).
 * The id is the file stem (`20260309_AddX`), also written as the class name (`AddX`); the parent
 * is the previous migration id in the same directory. A down path is a non-empty `Down(…)`.
 */
import { baseName, MigrationParseError, stem, type Adapter } from "../adapter.js";
import { findWord } from "../blocks.js";
import { bodyDown, methodBody } from "../down.js";
import { tokenize } from "../source.js";
import { fileRecord } from "./common.js";

const FILE = /^(\d{14})_([A-Za-z_][A-Za-z0-9_]*)\.cs$/;

export const efCore: Adapter = {
  id: "ef-core",
  name: "EF Core migrations",
  aliases: ["ef", "efcore", "ef core", "entity framework", "entity framework core", "entityframework", "dotnet ef", "dotnet-ef", "efbundle"],
  versioned: true,
  supportsDown: true,
  candidate: (path) => FILE.test(baseName(path)),
  sniff: (text) => /\bMigrationBuilder\b/.test(text),
  read(f) {
    const tokens = tokenize(f.text, "csharp");
    const cls = findWord(tokens, "class");
    if (cls === -1) throw new MigrationParseError(f.path, "no migration class");
    const id = stem(f.path);
    return [
      fileRecord("ef-core", f.path, {
        id,
        version: FILE.exec(baseName(f.path))![1]!,
        names: [tokens[cls + 1]?.text ?? id],
        line: tokens[cls]!.line,
        down: bodyDown(f.path, methodBody(tokens, "Down")),
      }),
    ];
  },
  canonical: (ref) => baseName(ref.trim()).replace(/\.cs$/, ""),
};
