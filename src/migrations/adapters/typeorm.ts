/** TypeORM: `<timestamp>-<Name>.ts` with a class implementing `MigrationInterface`; id: the file stem. */
import { jsMigrations } from "./jsMigrations.js";

export const typeorm = jsMigrations({
  id: "typeorm",
  name: "TypeORM",
  aliases: ["typeorm migration:run"],
  sniff: /\bMigrationInterface\b|\bQueryRunner\b/,
  idWithExtension: false,
});
