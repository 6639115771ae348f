/** dbmate: `<version>_<name>.sql` with `-- migrate:up` and a `-- migrate:down` section. */
import { markedSections } from "./sqlFiles.js";

export const dbmate = markedSections({
  id: "dbmate",
  name: "dbmate",
  aliases: [],
  up: /^--\s*migrate:up\b/im,
  down: /^--\s*migrate:down\b/i,
  markers: /^--\s*migrate:(up|down)\b/i,
});
