/** goose: `<version>_<name>.sql` with `-- +goose Up` and a `-- +goose Down` section. */
import { markedSections } from "./sqlFiles.js";

export const goose = markedSections({
  id: "goose",
  name: "goose",
  aliases: ["pressly/goose"],
  up: /^--\s*\+goose\s+Up\b/im,
  down: /^--\s*\+goose\s+Down\b/i,
  markers: /^--\s*\+goose\s+(Up|Down)\b/i,
});
