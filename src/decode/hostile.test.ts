import { describe, expect, it } from 'vitest';
import { MAX_INPUT } from './decode.ts';
import { decode } from './english.ts';

const BODY =
  '{"RequestId":"R-HOSTILE-1","Code":"Forbidden.KeyNotFound","Message":"The specified Key is not found."}';
const MB = 1024 * 1024;

type Expected =
  /** The code found, and optionally the message shown for it. */
  | { code: string; message?: string; other?: [string, string][] }
  /** A finding that names no catalog entry (an unknown code), with the code as the text gave it. */
  | { unknown: string }
  /** No finding, and the reason the page shows. */
  | { refused: RegExp };

interface Case {
  name: string;
  input: () => string;
  expected: Expected;
}

// Inputs that break lesser tools. Each must come back (never throw, never hang) with what a person would
// want from it: the planted error, or a short reason that says what is wrong with the paste.
const cases: Case[] = [
  {
    name: 'just over 20 MB',
    input: () => 'a'.repeat(MAX_INPUT + 1),
    expected: { refused: /reads at most 20 MB/ },
  },
  {
    name: 'just under 20 MB, with a body at the end',
    input: () => `${'x '.repeat(MAX_INPUT / 2 - 100)}\n${BODY}`,
    expected: { code: 'Forbidden.KeyNotFound' },
  },
  {
    name: 'one 5 MB line with a body in it',
    input: () => `${'y'.repeat(5 * MB)} ${BODY} z`,
    expected: { code: 'Forbidden.KeyNotFound' },
  },
  {
    name: '100,000 nested braces',
    input: () => `${'{'.repeat(100_000)}${BODY}${'}'.repeat(100_000)}`,
    expected: { code: 'Forbidden.KeyNotFound' },
  },
  {
    name: '100,000 nested brackets around a body',
    input: () => `${'['.repeat(100_000)}${BODY}${']'.repeat(100_000)}`,
    expected: { code: 'Forbidden.KeyNotFound' },
  },
  {
    name: '100,000 mixed and unclosed',
    input: () => '{['.repeat(50_000) + '"Code":',
    expected: { refused: /looks like JSON but has no Code/ },
  },
  {
    name: 'XML entity expansion (billion laughs)',
    input: () =>
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
      Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i ? i : ''};`.repeat(10)}">`).join(
        '',
      ) +
      ']><Error><Code>Rejected.Disabled</Code><Message>&lol9;</Message></Error>',
    expected: { code: 'Rejected.Disabled', message: '&lol9;' },
  },
  {
    name: 'an external entity',
    input: () =>
      '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><Error><Code>InternalFailure</Code><Message>&e;</Message></Error>',
    expected: { code: 'InternalFailure', message: '&e;' },
  },
  {
    name: 'NUL bytes and lone surrogates',
    input: () => `\0\ud800${BODY.replace('Key', 'Key\0')}\udfff\0`,
    expected: { code: 'Forbidden.KeyNotFound' },
  },
  {
    name: 'a right-to-left override inside the code',
    input: () => '{"Code":"Forbidden.\u202eKeyNotFound"}',
    expected: { code: 'Forbidden.KeyNotFound' },
  },
  {
    name: 'script in every field',
    input: () => '{"Code":"<script>x</script>","Message":"<img onerror=x>","RequestId":"<b>"}',
    expected: { unknown: '<script>x</script>' },
  },
  {
    name: 'spaces before a colon, many times',
    input: () => `Code${' '.repeat(MB)}:`,
    expected: { refused: /No KMS error code/ },
  },
  {
    name: '"Request Id:" without an id, repeated',
    input: () => 'Request Id: '.repeat(80_000),
    expected: { refused: /No KMS error code/ },
  },
  {
    name: '"code: 404," repeated',
    input: () => 'code: 404, '.repeat(90_000),
    expected: { refused: /No KMS error code/ },
  },
  {
    name: '"Error:" repeated',
    input: () => 'Error:'.repeat(150_000),
    expected: { refused: /No KMS error code/ },
  },
  {
    name: '1 MB of "<"',
    input: () => '<'.repeat(MB),
    expected: { refused: /looks like XML but has no Code/ },
  },
  {
    name: '1 MB of "{"',
    input: () => '{'.repeat(MB),
    expected: { refused: /looks like JSON but has no Code/ },
  },
  { name: '1 MB of "a"', input: () => 'a'.repeat(MB), expected: { refused: /No KMS error code/ } },
  {
    name: 'a long dotted word',
    input: () => `Forbidden${'.Ab'.repeat(300_000)}`,
    expected: { unknown: 'Forbidden.Ab.Ab.Ab' },
  },
  {
    name: 'many unclosed tags',
    input: () => '<Error><Code>'.repeat(70_000),
    expected: { refused: /The XML is malformed at line 1/ },
  },
  {
    name: 'a template message with a huge parameter',
    input: () => `The parameter "${'p'.repeat(MB)} is needed but not provided.`,
    expected: { refused: /No KMS error code/ },
  },
  {
    name: 'many lines of field names',
    input: () => 'ErrorCode: \n'.repeat(90_000),
    expected: { refused: /No KMS error code/ },
  },
  {
    name: 'a long line of quotes and escapes',
    input: () => '\\"'.repeat(500_000),
    expected: { refused: /No KMS error code/ },
  },
  {
    name: 'an external entity after an XML declaration',
    input: () =>
      '<?xml version="1.0"?>\n<!DOCTYPE Error [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<Error><Code>Forbidden.KeyNotFound</Code><Message>&xxe;</Message></Error>',
    expected: { code: 'Forbidden.KeyNotFound', message: '&xxe;' },
  },
  {
    name: 'a DOCTYPE naming an external DTD',
    input: () =>
      '<?xml version="1.0"?><!DOCTYPE Error SYSTEM "http://example.com/e.dtd"><Error><Code>Rejected.Disabled</Code></Error>',
    expected: { code: 'Rejected.Disabled' },
  },
  {
    name: '100 KB of base64 before the code on its line',
    input: () => `decrypt failed blob=${'QUJD'.repeat(25_600)} ErrorCode: Rejected.Disabled`,
    expected: { code: 'Rejected.Disabled' },
  },
  {
    name: '1 MB of base64 glued to the code',
    input: () => `blob=${'QUJD'.repeat(MB / 4)},ErrorCode:Rejected.Disabled`,
    expected: { code: 'Rejected.Disabled' },
  },
  {
    name: 'fields named after Object.prototype',
    input: () =>
      '{"constructor":"x","toString":"y","__proto__":"z","hasOwnProperty":"w","Code":"Rejected.Disabled"}',
    expected: {
      code: 'Rejected.Disabled',
      other: [
        ['constructor', 'x'],
        ['toString', 'y'],
        ['__proto__', 'z'],
        ['hasOwnProperty', 'w'],
      ],
    },
  },
  {
    name: 'field lines named after Object.prototype',
    input: () => 'constructor: x\nCode: Rejected.Disabled\nvalueOf: 3',
    expected: { code: 'Rejected.Disabled' },
  },
  {
    name: '100,000 nested braces around a body with no blank in it',
    input: () => `${'{'.repeat(100_000)}{"Code":"Rejected.Disabled"}${'}'.repeat(100_000)}`,
    expected: { code: 'Rejected.Disabled' },
  },
  {
    name: 'a code in the middle of a 200 KB line of words',
    input: () => `${'word '.repeat(20_000)}ErrorCode: Rejected.Disabled ${'word '.repeat(20_000)}`,
    expected: { code: 'Rejected.Disabled' },
  },
  {
    name: 'a code glued by punctuation between two 100 KB base64 runs',
    input: () => `blob=${'QUJD'.repeat(25_600)},ErrorCode:Rejected.Disabled,${'QUJD'.repeat(25_600)}`,
    expected: { code: 'Rejected.Disabled' },
  },
  {
    name: 'a code followed by 100 KB of base64 on its field line',
    input: () => `ErrorCode: Rejected.Disabled, Data: ${'QUJD'.repeat(25_600)}`,
    expected: { code: 'Rejected.Disabled' },
  },
  {
    name: 'a code followed by more fields on its line',
    input: () => 'code=Forbidden.KeyNotFound op=Decrypt region=cn-hangzhou',
    expected: { code: 'Forbidden.KeyNotFound' },
  },
  {
    name: 'XML elements named after Object.prototype',
    input: () =>
      '<Error><constructor>x</constructor><__proto__>y</__proto__><toString>z</toString><RequestId>R-1</RequestId><Code>Rejected.Disabled</Code><Message>m</Message></Error>',
    expected: {
      code: 'Rejected.Disabled',
      message: 'm',
      other: [
        ['constructor', 'x'],
        ['__proto__', 'y'],
        ['toString', 'z'],
      ],
    },
  },
  {
    name: 'a DOCTYPE opening a megabyte of subset brackets',
    input: () =>
      `<?xml version="1.0"?><!DOCTYPE x ${'['.repeat(MB)}><Error><Code>InternalFailure</Code></Error>`,
    expected: { code: 'InternalFailure' },
  },
  {
    name: 'long runs of spaces between field names',
    input: () => `Code: Rejected.Disabled${' '.repeat(3_900)}x\n`.repeat(1_600),
    expected: { code: 'Rejected.Disabled' },
  },
  {
    name: 'a soft hyphen and full-width letters inside the code',
    input: () => '{"Code":"Forbidden.\u00adKey\uff2eotFound"}',
    expected: { code: 'Forbidden.KeyNotFound' },
  },
];

// A refusal is read by a person: it stays one short sentence however large the paste.
const MAX_REASON = 300;

describe('hostile input', () => {
  for (const { name, input, expected } of cases) {
    it(name, { timeout: 60_000 }, () => {
      const result = decode(input());
      if ('refused' in expected) {
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.reason).toMatch(expected.refused);
        expect(result.reason.length).toBeLessThanOrEqual(MAX_REASON);
        return;
      }
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      if ('unknown' in expected) {
        expect(result.findings.map((f) => [f.entry?.code, f.extracted.code])).toContainEqual([
          undefined,
          expected.unknown,
        ]);
        return;
      }
      const finding = result.findings.find((f) => f.entry?.code === expected.code);
      expect(finding, `found ${result.findings.map((f) => f.entry?.code)}`).toBeDefined();
      if (expected.message !== undefined) expect(finding!.extracted.message).toBe(expected.message);
      // Each field keeps its own name and value: none is mistaken for the object's machinery.
      if (expected.other) expect(Object.entries(finding!.extracted.other)).toEqual(expected.other);
      expect(JSON.stringify(result.findings)).not.toContain('lollollol');
    });
  }
});
