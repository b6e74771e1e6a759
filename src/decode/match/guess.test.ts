import { describe, expect, it } from 'vitest';
import { catalog } from '../../catalog/catalog.ts';
import { createGuesser } from './guess.ts';

const guesser = createGuesser(catalog);

const codes: { name: string; input: string; expected: string | undefined }[] = [
  { name: 'a letter missing', input: 'Forbiden.KeyNotFound', expected: 'Forbidden.KeyNotFound' },
  { name: 'letters swapped', input: 'Rejected.Disbaled', expected: 'Rejected.Disabled' },
  { name: 'nothing like any code', input: 'Zzzzqqqq', expected: undefined },
];

const messages: { name: string; input: string; expected: string | undefined }[] = [
  { name: 'a word changed', input: 'The specified Key was not found.', expected: 'Forbidden.KeyNotFound' },
  { name: 'nothing like any message', input: 'qqqq zzzz xxxx', expected: undefined },
];

describe('did you mean', () => {
  for (const { name, input, expected } of codes)
    it(`a code: ${name}`, () => {
      expect(guesser.code(input)[0]?.code).toBe(expected);
      // Asked again (a log repeats itself), the answer is the same.
      expect(guesser.code(input)[0]?.code).toBe(expected);
    });
  for (const { name, input, expected } of messages)
    it(`a message: ${name}`, () => expect(guesser.message(input)?.code).toBe(expected));
});
