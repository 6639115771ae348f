import { createRequire as __woCreateRequire } from 'node:module'; const require = __woCreateRequire(import.meta.url);

// src/report/terminalSafe.ts
var escaped = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
function terminalSafe(text) {
  return text.replace(/\s*\n\s*/g, " ").replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, escaped).replace(/^(\s*)(:(?=:)|#(?=#\[))/, (_, space, c) => `${space}${escaped(c)}`);
}

export {
  terminalSafe
};
