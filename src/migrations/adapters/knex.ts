/** Knex: `<timestamp>_<name>.js` exporting `up`/`down(knex)`; id: the file name (knex_migrations). */
import { jsMigrations } from "./jsMigrations.js";

export const knex = jsMigrations({
  id: "knex",
  name: "Knex",
  aliases: ["knex.js", "knexjs"],
  sniff: /\bknex\b|\bKnex\b/,
  idWithExtension: true,
});
