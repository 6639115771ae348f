/** GORM's AutoMigrate diffs structs at run time: there is no migration file to verify. */
import type { Adapter } from "../adapter.js";

export const gorm: Adapter = {
  id: "gorm",
  name: "GORM AutoMigrate",
  aliases: ["automigrate", "auto migrate"],
  versioned: false,
  unversionedReason: "AutoMigrate is not a versioned migration",
  supportsDown: false,
  candidate: () => false,
  read: () => [],
  canonical: (ref) => ref.trim(),
};
