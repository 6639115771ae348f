/**
 * Rails (ActiveRecord): `db/migrate/<timestamp>_name.rb`. The version is the timestamp; the
 * parent is the previous version. A down path is `def down`, or a `change` using only commands
 * Rails can reverse (Active Record Migrations guide, "Using the change Method").
 */
import { MigrationParseError, type Adapter } from "../adapter.js";
import { findWord } from "../blocks.js";
import { tokenize } from "../source.js";
import { endLanguageDown, hasKeyword, type IrreversibleRule } from "./changeMethod.js";
import { fileRecord, idFromName } from "./common.js";

const NAME = /^(\d+)_[^/]*\.rb$/;

const IRREVERSIBLE: IrreversibleRule[] = [
  { command: "execute" },
  { command: "change_column" },
  { command: "change_column_default", reversibleWhen: hasKeyword("from", "to") },
  { command: "change_column_comment", reversibleWhen: hasKeyword("from", "to") },
  { command: "change_table_comment", reversibleWhen: hasKeyword("from", "to") },
  { command: "remove_column", reversibleWhen: (a) => a.positional.length >= 3 || a.keywords.has("type") },
  { command: "remove_columns", reversibleWhen: hasKeyword("type") },
  { command: "remove_index", reversibleWhen: (a) => a.positional.length >= 2 || a.keywords.has("column") },
  { command: "remove_foreign_key", reversibleWhen: (a) => a.positional.length >= 2 || a.keywords.has("column") },
  { command: "remove_check_constraint", reversibleWhen: (a) => a.positional.length >= 2 },
  { command: "remove_timestamps", reversibleWhen: () => true },
  { command: "drop_table", reversibleWhen: (a) => a.block },
  { command: "drop_join_table", reversibleWhen: (a) => a.block },
];

export const rails: Adapter = {
  id: "rails",
  name: "Rails migrations",
  aliases: ["activerecord", "active record", "ruby on rails", "bin/rails", "rake db:migrate"],
  versioned: true,
  supportsDown: true,
  candidate: (path) => /(^|\/)migrate\/\d+_[^/]+\.rb$/.test(path),
  sniff: (text) => /ActiveRecord::Migration/.test(text),
  read(file) {
    const tokens = tokenize(file.text, "ruby");
    const cls = findWord(tokens, "class");
    if (cls === -1) throw new MigrationParseError(file.path, "no migration class");
    const version = NAME.exec(file.path.slice(file.path.lastIndexOf("/") + 1))![1]!;
    return [
      fileRecord("rails", file.path, {
        id: version,
        version,
        names: [tokens[cls + 1]?.text ?? version],
        line: tokens[cls]!.line,
        down: endLanguageDown(file.path, tokens, IRREVERSIBLE),
      }),
    ];
  },
  canonical: idFromName(NAME),
};
