import type { Command } from "commander";
import { registerAuthorize } from "./authorize.js";
import { registerCheck } from "./check.js";
import { registerExtract } from "./extract.js";
import { registerMigrations } from "./migrations.js";
import { registerNew } from "./new.js";
import { registerRules } from "./rules.js";
import { registerScan } from "./scan.js";

/** Every CLI command registers itself through one function; adding a command is adding an entry. */
export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [
  registerExtract,
  registerCheck,
  registerMigrations,
  registerNew,
  registerRules,
  registerScan,
  registerAuthorize,
];
