/** The output formats of `wo-gate check`; a module of its own so the CLI can offer them without loading the renderers. */
export const CHECK_FORMATS = ["text", "json", "markdown"] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];
