/**
 * sqlx: `<version>_<name>.sql` (no down) or `.up.sql`/`.down.sql` pairs; the parent is the previous
 * version. Files another SQL tool marks as its own (goose, dbmate, an Atlas directory) are not sqlx's.
 */
import { ANNOTATED_SQL, inAtlasDir, upDownPairs } from "./sqlFiles.js";

export const sqlx = upDownPairs({
  id: "sqlx",
  name: "sqlx",
  aliases: ["sqlx-cli", "sqlx migrate"],
  plain: true,
  sniff: (text, path, repo) => !ANNOTATED_SQL.test(text) && !inAtlasDir(path, (p) => repo.has(p)),
});
