// Types for setup-chromium.mjs, which test/support/chromium.ts imports to find the browser.
export declare const DEBIAN_CHROMIUM: string;
/** The Chromium to use, without installing anything; null when there is none. */
export declare function findChromium(): string | null;
/** Path of a usable Chromium, installing Debian's package as root on Debian; null when none. */
export declare function ensureChromium(): string | null;
