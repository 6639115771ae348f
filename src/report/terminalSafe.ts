/**
 * Untrusted text (a work order, a repository file or path) shown on a terminal: control
 * characters, line separators and bidi overrides could move the cursor, recolour the screen or
 * reorder what a reader sees, so they are shown as `\uXXXX` escapes instead of being sent; a line
 * break inside a value is folded to a space so a value cannot forge a line of its own.
 * A value that begins with a GitHub Actions workflow command (`::error::…`, or the older
 * `##[…]`) has its first character escaped too: the CLI's output is often a CI step's log, and
 * the runner runs a command from any line that starts with one once leading whitespace is trimmed,
 * so a value that begins a line (a path, a quoted shell line) must not be able to.
 */
const escaped = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

export function terminalSafe(text: string): string {
  return (
    text
      .replace(/\s*\n\s*/g, " ")
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, escaped)
      .replace(/^(\s*)(:(?=:)|#(?=#\[))/, (_, space: string, c: string) => `${space}${escaped(c)}`)
  );
}
