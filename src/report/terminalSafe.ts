/**
 * Untrusted text (a work order, a repository file or path) shown on a terminal: control
 * characters, line separators and bidi overrides could move the cursor, recolour the screen or
 * reorder what a reader sees, so they are shown as `\uXXXX` escapes instead of being sent; a line
 * break inside a value is folded to a space so a value cannot forge a line of its own.
 */
export function terminalSafe(text: string): string {
  return (
    text
      .replace(/\s*\n\s*/g, " ")
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
  );
}
