import { describe, expect, it } from 'vitest';
import { facts } from './facts.ts';
import { guidance } from './guidance.ts';

describe('guidance', () => {
  it('exists for every code and for nothing else', () => {
    expect(Object.keys(guidance).sort()).toEqual(facts.map((entry) => entry.code).sort());
  });
});
