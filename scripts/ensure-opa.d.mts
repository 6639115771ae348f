// Types for ensure-opa.mjs, which the policy tests import to find the pinned OPA.
export declare const OPA_VERSION: string;
/** Path of the pinned opa binary, installing it with `go install` when needed. */
export declare function ensureOpa(): string;
