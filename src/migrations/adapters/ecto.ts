/**
 * Ecto: `priv/repo/migrations/<timestamp>_name.exs` with `use Ecto.Migration`. The parent is the
 * previous version. A down path is `def down`, or a `change` whose commands Ecto can reverse
 * (`execute/1`, `remove/1`, `modify` without `from:` and `drop` cannot be).
 */
import { baseName, MigrationParseError, type Adapter } from "../adapter.js";
import { findWord } from "../blocks.js";
import { tokenize } from "../source.js";
import { endLanguageDown, hasKeyword, type IrreversibleRule } from "./changeMethod.js";
import { fileRecord, idFromName } from "./common.js";

const NAME = /^(\d+)_[^/]*\.exs$/;

const IRREVERSIBLE: IrreversibleRule[] = [
  { command: "execute", reversibleWhen: (a) => a.positional.length >= 2 },
  { command: "remove", reversibleWhen: (a) => a.positional.length >= 2 },
  { command: "remove_if_exists", reversibleWhen: (a) => a.positional.length >= 2 },
  { command: "modify", reversibleWhen: hasKeyword("from") },
  { command: "drop" },
  { command: "drop_if_exists" },
];

export const ecto: Adapter = {
  id: "ecto",
  name: "Ecto",
  aliases: ["ecto sql", "ecto_sql", "mix ecto.migrate"],
  versioned: true,
  supportsDown: true,
  candidate: (path) => /(^|\/)migrations\/\d+_[^/]+\.exs$/.test(path),
  sniff: (text) => /\bEcto\.Migration\b/.test(text),
  read(file) {
    const tokens = tokenize(file.text, "elixir");
    const mod = findWord(tokens, "defmodule");
    if (mod === -1) throw new MigrationParseError(file.path, "no `defmodule`");
    const version = NAME.exec(baseName(file.path))![1]!;
    const moduleName: string[] = [];
    for (let i = mod + 1; tokens[i] && tokens[i]!.text !== "do"; i++) moduleName.push(tokens[i]!.text);
    return [
      fileRecord("ecto", file.path, {
        id: version,
        version,
        names: [moduleName.join("")],
        line: tokens[mod]!.line,
        down: endLanguageDown(file.path, tokens, IRREVERSIBLE),
      }),
    ];
  },
  canonical: idFromName(NAME),
};
