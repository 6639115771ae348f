import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);

// src/errors.ts
var InputError = class extends Error {
  name = "InputError";
  constructor(message) {
    super(message.replace(/\s*\n\s*/g, " "));
  }
};
function inputError(file, message, line) {
  return new InputError(line ? `${file}:${line}: ${message}` : `${file}: ${message}`);
}
var EXIT = { allow: 0, deny: 1, error: 2 };

export {
  InputError,
  inputError,
  EXIT
};
