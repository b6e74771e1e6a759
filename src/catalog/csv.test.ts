import { describe, expect, it } from 'vitest';
import { catalog } from './catalog.ts';
import { catalogCsv, csvField } from './csv.ts';

describe('CSV', () => {
  const cases = [
    { input: 'plain', expected: 'plain' },
    { input: 'a, b', expected: '"a, b"' },
    { input: 'say "hi"', expected: '"say ""hi"""' },
    { input: 'two\nlines', expected: '"two\nlines"' },
    { input: '=HYPERLINK("x")', expected: `"'=HYPERLINK(""x"")"` },
  ];
  for (const { input, expected } of cases)
    it(`field ${JSON.stringify(input)}`, () => expect(csvField(input)).toBe(expected));

  it('has a header and one row per entry', () => {
    const lines = catalogCsv(catalog).trimEnd().split('\r\n');
    expect(lines[0]).toBe('code,httpStatus,message,category,actor,retry,aliases,meaning');
    expect(lines).toHaveLength(catalog.length + 1);
    expect(lines.find((line) => line.startsWith('ServiceUnavailableTemporary,'))).toContain(
      'SerivceUnavailableTemporary',
    );
  });
});
