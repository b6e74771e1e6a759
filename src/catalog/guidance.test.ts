import { describe, expect, it } from 'vitest';
import { facts } from './facts/facts.ts';
import { gatewayGuidance } from './gatewayGuidance.ts';
import { guidance } from './guidance.ts';

describe('guidance', () => {
  it('exists for every code, once, and for nothing else', () => {
    const keys = [...Object.keys(guidance), ...Object.keys(gatewayGuidance)];
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(facts.map((entry) => entry.code).sort());
  });
});
