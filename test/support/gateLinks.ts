/**
 * The only links the gate itself puts in a summary or comment: a line number (or "file") linking
 * to that line of the checked file at the checked commit, a governance document's path linking to
 * that very file, and a rule id linking to its rule page. Anything else in a rendered report is
 * untrusted text that became a link.
 */
import { ruleDocUrl } from "../../src/report/ruleLinks.js";

export function isGateLink(link: { href: string | null; text: string }, blobPrefix: string): boolean {
  if (link.href === null) return false;
  if (link.href.startsWith(blobPrefix)) {
    const file = decodeURIComponent(link.href.slice(blobPrefix.length).split("#")[0]!);
    return /^(\d+|file)$/.test(link.text) || link.text === file;
  }
  return ruleDocUrl(link.text) === link.href;
}
