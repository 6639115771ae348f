/** Work orders are numbered, so a copy of the template (`WO-MIGRATION-XXX`) is never one (decisions.md). */
export const DEFAULT_WORK_ORDER_GLOB = "**/WO-MIGRATION-[0-9]*.md";
