import { describe, expect, it } from 'vitest';
import { catalog } from './catalog.ts';
import { compileTemplate, fillTemplate, isTemplate, matchTemplate } from './template.ts';

const missing = 'The parameter "< parameter name >" is needed but not provided.';
const invalid = 'The specified parameter "< parameter name >" is not valid.';

const cases = [
  {
    name: 'names the missing parameter',
    template: missing,
    message: 'The parameter "KeyId" is needed but not provided.',
    expected: { param: 'KeyId' },
  },
  {
    name: 'names the invalid parameter',
    template: invalid,
    message: 'The specified parameter "KeySpec" is not valid.',
    expected: { param: 'KeySpec' },
  },
  {
    name: 'ignores case and extra spaces',
    template: invalid,
    message: '  the specified parameter  "Origin" is not valid ',
    expected: { param: 'Origin' },
  },
  {
    name: 'rejects another message',
    template: missing,
    message: 'The specified Key is not found.',
    expected: undefined,
  },
  {
    name: 'rejects a quote inside the name',
    template: missing,
    message: 'The parameter "a"b" is needed but not provided.',
    expected: undefined,
  },
  {
    name: 'matches a message without a template',
    template: 'Internal Failure.',
    message: 'Internal Failure.',
    expected: {},
  },
];

describe('templates', () => {
  for (const { name, template, message, expected } of cases) {
    it(name, () => expect(matchTemplate(compileTemplate(template), message)).toEqual(expected));
  }

  it('every documented message compiles and matches itself', () => {
    for (const entry of catalog) {
      for (const { text } of entry.messages) {
        const compiled = compileTemplate(text);
        const filled = fillTemplate(text, 'KeyId');
        expect(matchTemplate(compiled, filled), `${entry.code}: ${text}`).toBeDefined();
        if (isTemplate(text)) expect(matchTemplate(compiled, filled)?.param).toBe('KeyId');
      }
    }
  });
});
