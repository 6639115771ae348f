/**
 * The gate could not run: a usage error, or an input that cannot be read as what it should be
 * (not a work order, not UTF-8, unreadable, a policy that fails to load, bad policy data).
 * Exit code 2. Messages are one line that names the file (and line, where there is one).
 */
export class InputError extends Error {
  override name = "InputError";
  constructor(message: string) {
    super(message.replace(/\s*\n\s*/g, " "));
  }
}

/** `file:line: message`, or `file: message` when the line is unknown. */
export function inputError(file: string, message: string, line?: number | null): InputError {
  return new InputError(line ? `${file}:${line}: ${message}` : `${file}: ${message}`);
}

export const EXIT = { allow: 0, deny: 1, error: 2 } as const;
