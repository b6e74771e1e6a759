import { describe, expect, it } from 'vitest';
import { catalog } from '../../catalog/catalog.ts';
import { compileTemplate, fillTemplate, findTemplate, matchTemplate } from '../../catalog/template.ts';
import { indexMessages, isDistinctive } from './messageIndex.ts';

const index = indexMessages(catalog);
const templates = catalog.flatMap((entry) =>
  entry.messages.map((message) => ({ entry, template: compileTemplate(message.text) })),
);
const filled = templates.map(({ template }) => fillTemplate(template.text, 'KeyId'));

// Ways people's copies of a message differ from the documented wording; a whole message may differ in all
// of them, a message inside a log line (found by its longest fixed run) only in case.
const copies: { name: string; copy: (message: string) => string; inLine: boolean }[] = [
  { name: 'as documented', copy: (m) => m, inLine: true },
  { name: 'in upper case', copy: (m) => m.toUpperCase(), inLine: true },
  { name: 'with doubled spaces and padding', copy: (m) => `  ${m.replace(/ /g, '  ')} `, inLine: false },
  { name: 'without the final full stop', copy: (m) => m.replace(/\.$/, ''), inLine: false },
  { name: 'with words run together', copy: (m) => m.replace(/ /g, ''), inLine: false },
];

describe('the message index finds what trying every template finds', () => {
  for (const { name, copy } of copies)
    it(`whole messages, ${name}`, () => {
      for (const message of filled.map(copy)) {
        const tried = templates.filter(({ template }) => matchTemplate(template, message));
        expect(
          index.whole(message).map((owner) => owner.entry.code),
          message,
        ).toEqual([...new Set(tried.map(({ entry }) => entry.code))]);
      }
    });

  for (const { name, copy } of copies.filter((c) => c.inLine))
    it(`messages inside a log line, ${name}`, () => {
      for (const message of filled.map(copy)) {
        const line = `2026-11-22 ERROR call failed: ${message} (RequestId: 1F2E3D4C-0000)`;
        const tried = templates
          .filter(({ template }) => isDistinctive(template.text))
          .map(({ template }) => findTemplate(template, line))
          .reduce<ReturnType<typeof findTemplate>>(
            (best, found) => (found && found.text.length > (best?.text.length ?? 0) ? found : best),
            undefined,
          );
        expect(index.within(line), line).toEqual(tried);
      }
    });

  it('finds every documented message whole, and every distinctive one inside a line', () => {
    for (const [i, message] of filled.entries()) {
      expect(index.whole(message).length, message).toBeGreaterThan(0);
      const found = index.within(`2026-11-22 ERROR call failed: ${message}`);
      if (isDistinctive(templates[i]!.template.text)) expect(found, message).toBeDefined();
    }
  });

  it('does not take a generic wording inside free text for an error', () => {
    for (const line of ['WARN param mismatch in config', 'GET /x Resource not found', 'Create order failed.'])
      expect(index.within(line), line).toBeUndefined();
  });

  it('finds nothing in text that holds no documented message', () => {
    expect(index.whole('Something else went wrong.')).toEqual([]);
    expect(index.within('2026-11-22 INFO all is well')).toBeUndefined();
  });
});
