import { describe, expect, it } from 'vitest';
import { catalog } from '../../catalog/catalog.ts';
import type { CatalogEntry } from '../../catalog/types.ts';
import { emptyFields, setField } from '../readers/fields.ts';
import { createMatcher } from './match.ts';
import type { MatchKind } from '../types.ts';
import { englishDecoderText } from '../text/en.ts';

// A code the real catalog does not have, so only a matcher built from this list can know it.
const base = catalog.find((entry) => entry.code === 'Rejected.Disabled')!;
const rotating: CatalogEntry = {
  ...base,
  code: 'Rejected.KeyRotating',
  aliases: [{ code: 'Rejected.KeyRotateing', documentedIn: ['newer'] }],
  messages: [{ text: 'The key "< parameter name >" is being rotated.', sources: base.messages[0]!.sources }],
};
const withRotating = createMatcher([...catalog, rotating], englishDecoderText);
const onlyRotating = createMatcher([rotating], englishDecoderText);

function fieldsOf(record: Record<string, string>) {
  const fields = emptyFields();
  for (const [name, value] of Object.entries(record)) setField(fields, name, value);
  return fields;
}

const cases: {
  name: string;
  matcher: typeof withRotating;
  fields: Record<string, string>;
  expected: {
    code: string | undefined;
    match: MatchKind;
    param?: string;
    candidates?: string[];
    firstCandidate?: string;
  };
}[] = [
  {
    name: 'a code only the given catalog has is exact',
    matcher: withRotating,
    fields: { Code: 'Rejected.KeyRotating' },
    expected: { code: 'Rejected.KeyRotating', match: 'exact' },
  },
  {
    name: "the given catalog's alias",
    matcher: withRotating,
    fields: { Code: 'Rejected.KeyRotateing' },
    expected: { code: 'Rejected.KeyRotating', match: 'alias' },
  },
  {
    name: "the given catalog's templated message, with its parameter",
    matcher: withRotating,
    fields: { Message: 'The key "key-1234" is being rotated.' },
    expected: { code: 'Rejected.KeyRotating', match: 'message', param: 'key-1234' },
  },
  {
    name: 'a misspelt code is no catalog code: the entry it resembles is only a suggestion',
    matcher: withRotating,
    fields: { Code: 'Rejected.KeyRotatin' },
    expected: { code: undefined, match: 'none', firstCandidate: 'Rejected.KeyRotating' },
  },
  {
    name: 'the real catalog still matches beside the added entry',
    matcher: withRotating,
    fields: { Code: 'Forbidden.KeyNotFound' },
    expected: { code: 'Forbidden.KeyNotFound', match: 'exact' },
  },
  {
    name: 'a code missing from the given catalog is not known',
    matcher: onlyRotating,
    fields: { Code: 'InternalFailure' },
    expected: { code: undefined, match: 'none' },
  },
  {
    name: 'a status alone lists the given catalog’s codes with that status',
    matcher: onlyRotating,
    fields: { HttpStatus: '409' },
    expected: { code: undefined, match: 'status', candidates: ['Rejected.KeyRotating'] },
  },
];

describe('createMatcher', () => {
  for (const { name, matcher, fields, expected } of cases)
    it(name, () => {
      const found = matcher.match(fieldsOf(fields));
      expect({
        code: found.entry?.code,
        match: found.match,
        ...('param' in expected ? { param: found.param } : {}),
        ...('candidates' in expected ? { candidates: found.candidates } : {}),
        ...('firstCandidate' in expected ? { firstCandidate: found.candidates[0] } : {}),
      }).toEqual(expected);
    });

  it("finds the given catalog's message inside a log line", () => {
    const line =
      '2026-11-22T10:00:00Z ERROR rotate: The key "key-9" is being rotated. RequestId: 1F2E3D4C-0000';
    expect(withRotating.messageIn(line)).toEqual({
      text: 'The key "key-9" is being rotated.',
      param: 'key-9',
    });
    expect(createMatcher(catalog, englishDecoderText).messageIn(line)).toBeUndefined();
  });
});
