import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE, errorAround, expectHidden, MESSAGE, REQUEST_ID } from './expectHidden.ts';
import { secretNotice } from './notice.ts';
import { maskSecrets, secretKindsIn, type SecretKind } from './secrets.ts';
import { englishDecoderText } from '../text/en.ts';

const settings = {
  seed: Number(process.env.FUZZ_SEED ?? 20261129),
  numRuns: Number(process.env.FUZZ_RUNS ?? 200),
  endOnFailure: true,
};

// Names of secrets as the SDKs, CLIs, Terraform and people write them, as words.
const NAMES: readonly { words: readonly string[]; kind: SecretKind }[] = [
  { words: ['access', 'key', 'secret'], kind: 'accesskey-secret' },
  { words: ['alibaba', 'cloud', 'access', 'key', 'secret'], kind: 'accesskey-secret' },
  { words: ['alicloud', 'secret', 'key'], kind: 'accesskey-secret' },
  { words: ['secret', 'key'], kind: 'accesskey-secret' },
  { words: ['security', 'token'], kind: 'security-token' },
  { words: ['sts', 'token'], kind: 'security-token' },
  { words: ['password'], kind: 'password' },
  { words: ['client', 'key', 'password'], kind: 'password' },
  { words: ['private', 'key', 'data'], kind: 'private-key' },
  { words: ['plaintext'], kind: 'key-material' },
  { words: ['exported', 'data', 'key'], kind: 'key-material' },
  { words: ['secret', 'data'], kind: 'secret-value' },
];
const upper = (word: string) => word[0]!.toUpperCase() + word.slice(1);
const CASES: Record<string, (words: readonly string[]) => string> = {
  snake: (words) => words.join('_'),
  kebab: (words) => words.join('-'),
  camel: (words) => words[0] + words.slice(1).map(upper).join(''),
  pascal: (words) => words.map(upper).join(''),
  screaming: (words) => words.join('_').toUpperCase(),
  dotted: (words) => words.join('.'),
};
// How a name and its value are written; `q` is the quote, '' for none.
const STYLES: Record<string, (name: string, value: string, q: string) => string> = {
  'key=value': (n, v, q) => `${n}=${q}${v}${q}`,
  'key: value': (n, v, q) => `${n}: ${q}${v}${q}`,
  'JSON "key": "value"': (n, v) => `{"${n}": "${v}", "Code": "${CODE}"}`,
  'HCL/TOML key = "value"': (n, v, q) => `  ${n} = ${q}${v}${q}`,
  '--flag value': (n, v, q) => `aliyun configure set --${n} ${q}${v}${q} --region cn-hangzhou`,
  '--flag=value': (n, v, q) => `aliyun configure set --${n}=${q}${v}${q} --region cn-hangzhou`,
  'export VAR=value': (n, v, q) => `export ${n}=${q}${v}${q}`,
  'PowerShell $env:VAR="value"': (n, v) => `$env:${n}="${v}"`,
  'Dockerfile ENV VAR value': (n, v) => `ENV ${n} ${v}`,
  'XML element': (n, v) => `<${n}>${v}</${n}>`,
  'PHP array': (n, v, q) => `'${n}' => ${q || "'"}${v}${q || "'"},`,
  'Python 2 dict': (n, v) => `{u'${n}': u'${v}', u'RequestId': u'${REQUEST_ID}'}`,
  'Java setter': (n, v) => `config.set${upper(n)}("${v}");`,
  'Go SDK config': (n, v) => `&openapi.Config{${upper(n)}: tea.String("${v}")}`,
  'JSON inside a string': (n, v) => `"body": "{\\"${n}\\":\\"${v}\\"}"`,
};
const VALUE = 'Zx9Qw3Er5Ty7Ui1Op3As5Df7Gh9Jk2';

describe('masking, every style of every name', () => {
  for (const { words, kind } of NAMES)
    for (const [caseName, spell] of Object.entries(CASES))
      for (const [styleName, write] of Object.entries(STYLES))
        for (const q of ['', '"', "'"]) {
          const line = write(spell(words), VALUE, q);
          it(`${spell(words)} (${caseName}), ${styleName}, quote [${q}]`, () => {
            const text = errorAround(line);
            expectHidden(text, VALUE);
            expect(secretKindsIn(text)).toContain(kind);
            expect(secretNotice(secretKindsIn(text), englishDecoderText).warnings[0]?.headline).toMatch(
              /^This text contains /,
            );
          });
        }
});

// Forms a review found leaking, with an STS-length secret (44 characters).
const STS_SECRET = 'Fq9WzJxYpLmQ2vN8rT4kD7hB3sG6cE1aU5oI0yHnMwKe';
const LAYOUTS: readonly { name: string; text: string; secret: string }[] = [
  {
    name: 'Kubernetes env name/value pair',
    text: `env:\n  - name: ALIBABA_CLOUD_ACCESS_KEY_SECRET\n    value: ${STS_SECRET}`,
    secret: STS_SECRET,
  },
  {
    name: 'an aliyun configure prompt',
    text: `Access Key Secret [*********************Ab]: ${STS_SECRET}`,
    secret: STS_SECRET,
  },
  { name: 'a full-width colon', text: `AccessKeySecret：${STS_SECRET}`, secret: STS_SECRET },
  { name: 'setx on Windows', text: `setx ALIBABA_CLOUD_ACCESS_KEY_SECRET ${STS_SECRET}`, secret: STS_SECRET },
  { name: 'fish set -x', text: `set -x ALIBABA_CLOUD_ACCESS_KEY_SECRET ${STS_SECRET}`, secret: STS_SECRET },
  {
    name: 'a properties file with a space',
    text: `aliyun.access.key.secret ${STS_SECRET}`,
    secret: STS_SECRET,
  },
  {
    name: 'a default in getenv',
    text: `os.environ.get('ALIBABA_CLOUD_ACCESS_KEY_SECRET', '${STS_SECRET}')`,
    secret: STS_SECRET,
  },
  {
    name: 'a positional argument after the AccessKey ID',
    text: `AcsClient('LTAI5tAbCdEfGhIjKlMnOpQr', 'shortsecret1', 'cn-hangzhou')`,
    secret: 'shortsecret1',
  },
  { name: 'ak and sk labels', text: `ak: LTAI5tAbCdEfGhIjKlMnOpQr\nsk: ${STS_SECRET}`, secret: STS_SECRET },
  { name: 'a name ending in _SK', text: `ALIYUN_SK=${STS_SECRET}`, secret: STS_SECRET },
  { name: 'a name ending in _pass', text: 'db_pass=hunter2hunter2', secret: 'hunter2hunter2' },
  { name: 'a TSV line', text: `AccessKeySecret\t${STS_SECRET}`, secret: STS_SECRET },
  { name: 'a markdown table', text: `| AccessKeySecret | ${STS_SECRET} |`, secret: STS_SECRET },
  { name: 'markdown bold', text: `**AccessKeySecret**: ${STS_SECRET}`, secret: STS_SECRET },
  {
    name: 'URL-encoded JSON',
    text: `body=%7B%22AccessKeySecret%22%3A%22${STS_SECRET}%22%7D`,
    secret: STS_SECRET,
  },
  {
    name: 'a YAML block scalar',
    text: 'password: |\n  correct horse\n  battery staple\nregion: x',
    secret: 'battery staple',
  },
  {
    name: 'a URL with an empty user',
    text: 'redis://:pa55w0rdQ@r-bp1.redis.rds.aliyuncs.com:6379/0',
    secret: 'pa55w0rdQ',
  },
  {
    name: 'a URL password holding @',
    text: 'mysql://admin:p@ssw0rdX@rm-bp1.mysql.rds.aliyuncs.com:3306/db',
    secret: 'ssw0rdX',
  },
  { name: 'curl -u', text: 'curl -u admin:pa55w0rdQ https://example.com/api', secret: 'pa55w0rdQ' },
  {
    name: 'a KMS client key in a config',
    text: 'ClientKeyContent: MIIJ8gIBAzCCCbwGCSqGSIb3DQEHAaCCCa0EggmpMIIJpTCC',
    secret: 'MIIJ8gIBAzCCCbwGCSqGSIb3DQEHAaCCCa0EggmpMIIJpTCC',
  },
  {
    name: 'a value with commas and semicolons',
    text: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET=abc-def_ghi.jkl,mno;pqr',
    secret: 'mno;pqr',
  },
];

describe('masking, the layouts people paste', () => {
  for (const { name, text, secret } of LAYOUTS)
    it(name, () => {
      const paste = errorAround(text);
      expectHidden(paste, secret);
      expect(secretNotice(secretKindsIn(paste), englishDecoderText).warnings.length, name).toBeGreaterThan(0);
    });
});

describe('masking properties', () => {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const alnum = fc.string({ unit: fc.constantFrom(...letters), minLength: 12, maxLength: 40 });
  const base64 = fc.string({
    unit: fc.constantFrom(...letters, '+', '/', '='),
    minLength: 12,
    maxLength: 120,
  });
  const password = fc.string({
    unit: fc.constantFrom(...letters, '!', '@', '#', '$', '%', '^', '*', '-', '_', ',', ';', '(', ')'),
    minLength: 12,
    maxLength: 40,
  });
  // Values start with a letter run, so "contains the value" cannot be met by chance elsewhere.
  const value = fc
    .tuple(fc.constantFrom('Qz', 'Wk', 'Jx'), fc.oneof(alnum, base64, password))
    .map(([a, b]) => a + b);
  const words = fc.constantFrom(...NAMES.map((name) => name.words));
  const spelling = fc.constantFrom(...Object.values(CASES));
  const style = fc.constantFrom(...Object.values(STYLES));
  const quote = fc.constantFrom('', '"', "'");
  const noise = fc.string({ unit: fc.constantFrom('a', ' ', '.', ':', '-', '1', '|', '\n'), maxLength: 60 });

  it('no generated secret survives in the link, the preview, the ticket, the CSV or the fields', () => {
    fc.assert(
      fc.property(words, spelling, style, quote, value, noise, noise, (w, spell, write, q, secret, a, b) => {
        const text = errorAround(`${a} ${write(spell(w), secret, q)} ${b}`.replace(/\n/g, ' '));
        expectHidden(text, secret);
      }),
      settings,
    );
  });

  it('no secret value of any characters survives in a JSON body', () => {
    const anyValue = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).map((v) => `Qz${v}`);
    fc.assert(
      fc.property(words, spelling, anyValue, (w, spell, secret) => {
        const body = JSON.stringify({
          Code: CODE,
          Message: MESSAGE,
          RequestId: REQUEST_ID,
          [spell(w)]: secret,
        });
        const escaped = JSON.stringify(secret).slice(1, -1);
        const masked = maskSecrets(body);
        expect(masked).not.toContain(escaped);
        expect(JSON.parse(masked)).toMatchObject({ Code: CODE, Message: MESSAGE, RequestId: REQUEST_ID });
      }),
      settings,
    );
  });

  it('masks a megabyte of private-key headers without an end in one pass', () => {
    const headers = '-----BEGIN PRIVATE KEY-----\n'.repeat(40_000);
    expect(maskSecrets(headers).startsWith('-----BEGIN PRIVATE KEY-----***')).toBe(true);
  });

  it('masks in linear time: a megabyte of names and open quotes is done in one pass', () => {
    const hostile = 'password="AccessKeySecret=\'token: '.repeat(30_000);
    const masked = maskSecrets(hostile);
    expect(masked).not.toContain("AccessKeySecret='token");
  });
});
