import type { Command } from "commander";

/** Every CLI command registers itself through one function; adding a command is adding an entry. */
export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [];
