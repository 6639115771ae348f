export function buildBundles(outdir?: string): Promise<void>;
