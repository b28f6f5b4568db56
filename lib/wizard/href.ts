/**
 * The wizard's address, and the link that starts it at one system's first question. Kept apart from
 * url.ts (which needs the whole flow) so that search results can link into the wizard without
 * shipping it; tests/unit/wizard pins systemStartHref to what url.ts encodes for that state.
 */
export const WIZARD_PATH = "/diagnose";

export const systemStartHref = (system: string) => `${WIZARD_PATH}?system=${encodeURIComponent(system)}`;
