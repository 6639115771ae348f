/** MikroORM: `Migration<timestamp>.ts` classes extending `Migration`; id: the file stem. */
import { jsMigrations } from "./jsMigrations.js";

export const mikroOrm = jsMigrations({
  id: "mikro-orm",
  name: "MikroORM",
  aliases: ["mikroorm", "mikro orm", "@mikro-orm/migrations"],
  sniff: /@mikro-orm\/|\bextends\s+Migration\b/,
  idWithExtension: false,
});
