// Types for build-policy.mjs, which the policy tests import to check the committed artefacts.
export declare const root: string;
export declare const policyDir: string;
export declare const distPolicyDir: string;
/** policy.wasm and data.json compiled from policy/, as {file name: bytes}. */
export declare function compiledPolicyFiles(opa?: string): Promise<Record<string, Buffer>>;
/** The generated rule artefacts, as {repository-relative path: text}. */
export declare function ruleDocumentFiles(opa?: string): Promise<Record<string, string>>;
export declare function buildPolicy(): Promise<void>;
