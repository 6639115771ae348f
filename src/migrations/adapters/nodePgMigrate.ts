/** node-pg-migrate: `<timestamp>_<name>.js` exporting `up`/`down` of a `pgm` builder; id: the file stem. */
import { jsMigrations } from "./jsMigrations.js";

export const nodePgMigrate = jsMigrations({
  id: "node-pg-migrate",
  name: "node-pg-migrate",
  aliases: [],
  sniff: /\bpgm\b|node-pg-migrate/,
  idWithExtension: false,
});
