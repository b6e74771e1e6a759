import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from './english.ts';

// `npm test` runs these briefly with a fixed seed; `npm run fuzz` sets FUZZ_RUNS (and a fresh FUZZ_SEED)
// to run them long. A failure prints its seed and path, so it can be replayed with FUZZ_SEED.
const settings = {
  seed: Number(process.env.FUZZ_SEED ?? 20261122),
  numRuns: Number(process.env.FUZZ_RUNS ?? 150),
  endOnFailure: true,
};
const BODIES = [
  '{"RequestId":"R-PLANTED-1","Code":"Forbidden.KeyNotFound","Message":"The specified Key is not found."}',
  '<Error><RequestId>R-PLANTED-1</RequestId><Code>Forbidden.KeyNotFound</Code></Error>',
  'SDK.ServerError\nErrorCode: Forbidden.KeyNotFound\nRequestId: R-PLANTED-1\nMessage: The specified Key is not found.',
];
// Fragments of the syntax the readers look for, so random text reaches deep into each of them.
const fragment = fc.constantFrom(
  '{',
  '}',
  '[',
  ']',
  '<',
  '>',
  '</',
  '"',
  "'",
  ':',
  ',',
  '=',
  '\\"',
  '\n',
  ' ',
  'Code',
  'Message',
  'RequestId',
  'Error',
  'code: 404, ',
  'request id: ',
  '<?xml ',
  '<![CDATA[',
  'Forbidden.',
  'HTTP/1.1 404',
  '\u001b[31m',
  '\0',
);
const syntaxSoup = fc.array(fragment, { maxLength: 80 }).map((parts) => parts.join(''));
const plainNoise = fc.string({
  unit: fc.constantFrom('a', 'b', ' ', '\n', '.', ':', '-', '1', '"', '|'),
  maxLength: 300,
});
const anyNoise = fc.oneof(
  plainNoise,
  syntaxSoup.filter((text) => !/[{<[]/.test(text.slice(-1))),
);

describe('decoding properties', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), syntaxSoup), (text) => {
        const result = decode(text);
        expect(typeof result.ok).toBe('boolean');
      }),
      settings,
    );
  });

  it('finds a body planted anywhere in noise', () => {
    fc.assert(
      fc.property(anyNoise, fc.constantFrom(...BODIES), anyNoise, (before, body, after) => {
        const result = decode(`${before}\n${body}\n${after}`);
        expect(result.ok && result.findings.some((f) => f.entry?.code === 'Forbidden.KeyNotFound')).toBe(
          true,
        );
      }),
      settings,
    );
  });
});
