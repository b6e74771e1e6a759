import { describe, expect, it } from 'vitest';
import { decode, MAX_INPUT } from './decode.ts';

const BODY =
  '{"RequestId":"R-HOSTILE-1","Code":"Forbidden.KeyNotFound","Message":"The specified Key is not found."}';
const MB = 1024 * 1024;

interface Case {
  name: string;
  input: () => string;
  /** The code to find, or a pattern the refusal's reason must match. */
  expected: { code: string } | { refused: RegExp } | { anything: true };
}

// Inputs that break lesser tools. Each must come back (never throw, never hang) with the planted error
// or a clear reason; up to 1 MB, within a second, which bounds hangs rather than measuring speed.
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
    expected: { anything: true },
  },
  {
    name: '100,000 nested brackets around a body',
    input: () => `${'['.repeat(100_000)}${BODY}${']'.repeat(100_000)}`,
    expected: { code: 'Forbidden.KeyNotFound' },
  },
  {
    name: '100,000 mixed and unclosed',
    input: () => '{['.repeat(50_000) + '"Code":',
    expected: { anything: true },
  },
  {
    name: 'XML entity expansion (billion laughs)',
    input: () =>
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
      Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i ? i : ''};`.repeat(10)}">`).join(
        '',
      ) +
      ']><Error><Code>Rejected.Disabled</Code><Message>&lol9;</Message></Error>',
    expected: { code: 'Rejected.Disabled' },
  },
  {
    name: 'an external entity',
    input: () =>
      '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><Error><Code>InternalFailure</Code><Message>&e;</Message></Error>',
    expected: { code: 'InternalFailure' },
  },
  {
    name: 'NUL bytes and lone surrogates',
    input: () => `\0\ud800${BODY.replace('Key', 'Key\0')}\udfff\0`,
    expected: { code: 'Forbidden.KeyNotFound' },
  },
  {
    name: 'a right-to-left override inside the code',
    input: () => '{"Code":"Forbidden.\u202eKeyNotFound"}',
    expected: { anything: true },
  },
  {
    name: 'script in every field',
    input: () => '{"Code":"<script>x</script>","Message":"<img onerror=x>","RequestId":"<b>"}',
    expected: { anything: true },
  },
  {
    name: 'spaces before a colon, many times',
    input: () => `Code${' '.repeat(MB)}:`,
    expected: { anything: true },
  },
  {
    name: '"Request Id:" without an id, repeated',
    input: () => 'Request Id: '.repeat(80_000),
    expected: { anything: true },
  },
  { name: '"code: 404," repeated', input: () => 'code: 404, '.repeat(90_000), expected: { anything: true } },
  { name: '"Error:" repeated', input: () => 'Error:'.repeat(150_000), expected: { anything: true } },
  { name: '1 MB of "<"', input: () => '<'.repeat(MB), expected: { anything: true } },
  { name: '1 MB of "{"', input: () => '{'.repeat(MB), expected: { anything: true } },
  { name: '1 MB of "a"', input: () => 'a'.repeat(MB), expected: { refused: /No KMS error code/ } },
  {
    name: 'a long dotted word',
    input: () => `Forbidden${'.Ab'.repeat(300_000)}`,
    expected: { anything: true },
  },
  { name: 'many unclosed tags', input: () => '<Error><Code>'.repeat(70_000), expected: { anything: true } },
  {
    name: 'a template message with a huge parameter',
    input: () => `The parameter "${'p'.repeat(MB)} is needed but not provided.`,
    expected: { anything: true },
  },
  {
    name: 'many lines of field names',
    input: () => 'ErrorCode: \n'.repeat(90_000),
    expected: { anything: true },
  },
  {
    name: 'a long line of quotes and escapes',
    input: () => '\\"'.repeat(500_000),
    expected: { anything: true },
  },
];

describe('hostile input', () => {
  for (const { name, input, expected } of cases) {
    it(name, () => {
      const text = input();
      const started = performance.now();
      const result = decode(text);
      const took = performance.now() - started;
      if (text.length <= MB) expect(took, `${took.toFixed(0)} ms`).toBeLessThan(1000);
      else expect(took, `${took.toFixed(0)} ms`).toBeLessThan(20_000);
      if ('code' in expected)
        expect(result.ok && result.findings.map((f) => f.entry?.code)).toContain(expected.code);
      if ('refused' in expected) expect(!result.ok && result.reason).toMatch(expected.refused);
      if (result.ok) expect(JSON.stringify(result.findings)).not.toContain('lollollol');
    });
  }
});
