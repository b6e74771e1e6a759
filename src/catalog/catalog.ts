import { facts, type Code } from './facts/facts.ts';
import { gatewayGuidance } from './gatewayGuidance.ts';
import { guidance } from './guidance.ts';
import type { CatalogEntry, Guidance } from './types.ts';

// Keyed by the codes the facts define: a code without guidance, or guidance for a code that is not there,
// does not compile.
const allGuidance: Readonly<Record<Code, Guidance>> = { ...guidance, ...gatewayGuidance };

/** The whole catalog: each code's documented facts joined with our guidance for it. */
export const catalog: readonly CatalogEntry[] = facts.map((entry) => ({
  ...entry,
  ...allGuidance[entry.code],
}));
