/** Sequelize CLI: `<timestamp>-<name>.js` with `up`/`down(queryInterface, Sequelize)`; id: the file name (SequelizeMeta). */
import { jsMigrations } from "./jsMigrations.js";

export const sequelize = jsMigrations({
  id: "sequelize",
  name: "Sequelize",
  aliases: ["sequelize-cli", "sequelize cli"],
  sniff: /\bqueryInterface\b|\bQueryInterface\b/,
  idWithExtension: true,
});
