/** golang-migrate: `<version>_<name>.up.sql` and `.down.sql` pairs; the parent is the previous version. */
import { upDownPairs } from "./sqlFiles.js";

export const golangMigrate = upDownPairs({
  id: "golang-migrate",
  name: "golang-migrate",
  aliases: ["go-migrate", "migrate cli", "golang migrate"],
  // The bare CLI name is common prose ("run by `flagd migrate`"): it names the tool only when
  // nothing more specific does.
  weakAliases: ["migrate"],
  plain: false,
});
