/**
 * Laravel: `database/migrations/<date>_<name>.php` classes extending `Migration`. The id is the
 * file stem (the `migrations` table's name); the parent is the previous file in name order. A down
 * path is a non-empty `down()` method.
 */
import { baseName, stem, type Adapter } from "../adapter.js";
import { bodyDown, methodBody } from "../down.js";
import { tokenize } from "../source.js";
import { fileRecord } from "./common.js";

export const laravel: Adapter = {
  id: "laravel",
  name: "Laravel migrations",
  aliases: ["artisan", "php artisan migrate", "illuminate"],
  versioned: true,
  supportsDown: true,
  candidate: (path) => /(^|\/)migrations\/\d[^/]*\.php$/.test(path),
  sniff: (text) => /\bextends\s+\\?(Illuminate\\Database\\Migrations\\)?Migration\b/.test(text),
  read(f) {
    const tokens = tokenize(f.text, "php");
    const id = stem(f.path);
    const cls = tokens.findIndex((t) => t.text === "class");
    return [
      fileRecord("laravel", f.path, {
        id,
        version: id,
        line: cls === -1 ? null : tokens[cls]!.line,
        down: bodyDown(f.path, methodBody(tokens, "down")),
      }),
    ];
  },
  canonical: (ref) => baseName(ref.trim()).replace(/\.php$/, ""),
};
