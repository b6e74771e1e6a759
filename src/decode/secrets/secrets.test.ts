import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../decode.ts';
import { decodeReport } from '../report.ts';
import { secretAdvice, secretNotice } from './notice.ts';
import { maskSecrets, secretKindsIn, type SecretKind } from './secrets.ts';
import { readShareFragment } from '../share/fragment.ts';
import { shareable, shareFragment } from '../share/share.ts';
import { summaryCsv, ticketText } from '../summary.ts';

const settings = {
  seed: Number(process.env.FUZZ_SEED ?? 20261129),
  numRuns: Number(process.env.FUZZ_RUNS ?? 200),
  endOnFailure: true,
};

// The error every paste below is about: what must stay readable after masking.
const CODE = 'Rejected.Disabled';
const MESSAGE = 'The request was rejected because the key state is Disabled.';
const REQUEST_ID = '4C467B38-3910-447D-87BC-AC049166F216';
const KEY_ID = 'key-hzz62f1cb66fa42qo9ba5';
const errorAround = (line: string) =>
  `SDK.ServerError\nErrorCode: ${CODE}\nRecommend: https://api.aliyun.com/troubleshoot?q=${CODE}&product=Kms\nRequestId: ${REQUEST_ID}\nMessage: ${MESSAGE}\nKeyId: ${KEY_ID}\n${line}\n`;

// Everything that can leave the page, for one paste: the link (and so its preview), the ticket note,
// the summary CSV.
function outlets(text: string): Record<string, string> {
  const { report } = decodeReport(text, 25);
  if (!report.ok) throw new Error(`no error found in: ${text}`);
  const shared = shareable(text, report.summary, report.total);
  return {
    link: shared ? shareFragment(shared) : '',
    preview: shared ? (readShareFragment(shareFragment(shared))?.text ?? '') : '',
    ticket: report.findings.map((finding) => ticketText(finding, 'https://example.test/')).join('\n'),
    csv: summaryCsv(report.summary),
    fields: JSON.stringify(report.findings.map((finding) => finding.extracted)),
  };
}

function expectHidden(text: string, secret: string) {
  for (const [outlet, out] of Object.entries(outlets(text))) {
    const readable = outlet === 'link' ? (readShareFragment(out)?.text ?? '') : out;
    expect(readable, `${outlet} of ${text}`).not.toContain(secret);
  }
  const preview = outlets(text).preview;
  for (const kept of [CODE, MESSAGE, REQUEST_ID, KEY_ID])
    expect(preview, `${kept} in ${text}`).toContain(kept);
}

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
            expect(secretNotice(secretKindsIn(text)).warnings[0]?.headline).toMatch(/^This text contains /);
          });
        }
});

// Credentials recognised by their shape, whatever (if anything) names them.
const SHAPES: readonly { name: string; text: string; secret: string; kind: SecretKind }[] = [
  {
    name: 'the legacy acs Authorization header: ID and signature',
    text: 'Authorization: acs LTAI5tBx7QmW3rVz9KpN2sLd:frJIUN8DYpKDtOLCwo//yllqDzg=',
    secret: 'frJIUN8DYpKDtOLCwo//yllqDzg=',
    kind: 'signature',
  },
  {
    name: 'an acs signature in a log line without its header name',
    text: 'sent acs LTAI5tBx7QmW3rVz9KpN2sLd:frJIUN8DYpKDtOLCwo//yllqDzg= to kms',
    secret: 'frJIUN8DYpKDtOLCwo//yllqDzg=',
    kind: 'signature',
  },
  {
    name: 'the V3 ACS3-HMAC-SHA256 Authorization header',
    text: 'Authorization: ACS3-HMAC-SHA256 Credential=LTAI5tBx7QmW3rVz9KpN2sLd,SignedHeaders=host;x-acs-action,Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0',
    secret: '06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0',
    kind: 'signature',
  },
  {
    name: 'a query Signature in a signed URL',
    text: 'GET https://kms.cn-hangzhou.aliyuncs.com/?AccessKeyId=LTAI5tBx7QmW3rVz9KpN2sLd&Action=Decrypt&Signature=Zq8vL2mX4pR1tN7cK0wY5sH3jE6%3D',
    secret: 'Zq8vL2mX4pR1tN7cK0wY5sH3jE6',
    kind: 'signature',
  },
  {
    name: 'a URL-encoded string to sign with a security token',
    text: 'server string to sign is:POST&%2F&AccessKeyId%3DSTS.NUgYrLnoC37mZZCNnAbez2Tq9%26SecurityToken%3DCAISvQJ1q6Ft5B2yfSjIr5bSEsKAibabcdef%26Signature%3Dabc',
    secret: 'vQJ1q6Ft5B2yfSjIr5bSEsKAibabcdef',
    kind: 'security-token',
  },
  {
    name: 'a bare STS token',
    text: 'token CAISvQJ1q6Ft5B2yfSjIr5bSEsKAibabcdefGHIJKLMN',
    secret: 'vQJ1q6Ft5B2yfSjIr5bSEsKAibabcdefGHIJKLMN',
    kind: 'security-token',
  },
  {
    name: 'an x-acs-security-token header',
    text: 'x-acs-security-token: Xq1ShortTokenValue9987abcd',
    secret: 'Xq1ShortTokenValue9987abcd',
    kind: 'security-token',
  },
  {
    name: 'a long-term AccessKey ID alone',
    text: 'used LTAI5tBx7QmW3rVz9KpN2sLd',
    secret: '5tBx7QmW3rVz9KpN2sLd',
    kind: 'accesskey-id',
  },
  {
    name: 'an STS AccessKey ID alone',
    text: 'used STS.NUgYrLnoC37mZZCNnAbez2Tq9',
    secret: 'NUgYrLnoC37mZZCNnAbez2Tq9',
    kind: 'accesskey-id',
  },
  {
    name: 'an AccessKey secret as a positional argument',
    text: 'new DefaultProfile("cn-hangzhou", "LTAI5tBx7QmW3rVz9KpN2sLd", "Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy")',
    secret: 'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy',
    kind: 'accesskey-secret',
  },
  {
    name: 'a password in a URL',
    text: 'jdbc:mysql://admin:pa55w0rd!@db.internal:3306/app',
    secret: 'pa55w0rd!',
    kind: 'password',
  },
  {
    name: 'a PEM private key',
    text: '-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEAuWkjF3\nQ0mbkP7x9vG2\n-----END RSA PRIVATE KEY-----',
    secret: 'MIIEpAIBAAKCAQEAuWkjF3',
    kind: 'private-key',
  },
  {
    name: 'a PEM private key inside JSON, newlines escaped',
    text: '{"private_key": "-----BEGIN PRIVATE KEY-----\\nMIIEvQIBADANBgkqhkiG9w0\\n-----END PRIVATE KEY-----\\n"}',
    secret: 'MIIEvQIBADANBgkqhkiG9w0',
    kind: 'private-key',
  },
  {
    name: 'a KMS client key file',
    text: '{"KeyId": "KAAP.71be72c8-73b9-44e0-bb75-81ee51b4f3ba", "PrivateKeyData": "MIIJ+QIBAzCCCb8GCSqGSIb3DQEHAaCCCbAEggms"}',
    secret: 'MIIJ+QIBAzCCCb8GCSqGSIb3DQEHAaCCCbAEggms',
    kind: 'private-key',
  },
  {
    name: 'the plaintext data key of a GenerateDataKey response',
    text: '{"KeyId":"key-hzz62f1cb66fa42qo9ba5","KeyVersionId":"2ab1a983-7072-4bbc-a582-584b5bd8****","Plaintext":"QmFzZTY0RGF0YUtleUJ5dGVzMTIz","CiphertextBlob":"ODZlNjM3MGYtODJlMC00ZDM0"}',
    secret: 'QmFzZTY0RGF0YUtleUJ5dGVzMTIz',
    kind: 'key-material',
  },
  {
    name: 'an exported data key',
    text: '{"ExportedDataKey": "BQKP+1zK6+ZEMxTP5qaVzcsgXtWplYBKm0NXdSnB5FzliFxE1bSiu4dnEIlca2JpeH7yz1/S6fed630H+hIH6DoM25fTLNcKj"}',
    secret:
      'BQKP+1zK6+ZEMxTP5qaVzcsgXtWplYBKm0NXdSnB5FzliFxE1bSiu4dnEIlca2JpeH7yz1/S6fed630H+hIH6DoM25fTLNcKj',
    kind: 'key-material',
  },
  {
    name: 'a password with spaces, unquoted',
    text: 'password: correct horse battery staple',
    secret: 'horse battery staple',
    kind: 'password',
  },
  {
    name: 'a JSON password with an escaped quote inside',
    text: '{"Password": "ab\\"cd-tail-part"}',
    secret: 'cd-tail-part',
    kind: 'password',
  },
  {
    name: 'a bearer token',
    text: 'Authorization: Bearer abcdef0123456789ghijklmnop',
    secret: 'abcdef0123456789ghijklmnop',
    kind: 'credential',
  },
  {
    name: 'an account ID in an ARN',
    text: 'acs:ram::1234567890123456:role/kms-reader',
    secret: '1234567890123456',
    kind: 'account-id',
  },
];

describe('masking credentials by their shape', () => {
  for (const { name, text, secret, kind } of SHAPES)
    it(name, () => {
      const paste = errorAround(text);
      expectHidden(paste, secret);
      expect(secretKindsIn(paste)).toContain(kind);
      const notice = secretNotice(secretKindsIn(paste));
      expect([...notice.warnings.map((w) => w.headline), notice.note ?? ''].join(' ')).toMatch(
        /This text contains /,
      );
    });
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
      expect(secretNotice(secretKindsIn(paste)).warnings.length, name).toBeGreaterThan(0);
    });
});

describe('what stays readable', () => {
  const plain: readonly { name: string; text: string }[] = [
    {
      name: 'a JSON error body',
      text: `{"Code":"${CODE}","Message":"${MESSAGE}","RequestId":"${REQUEST_ID}"}`,
    },
    { name: 'an error code naming a token', text: 'ErrorCode: InvalidSecurityToken.Expired' },
    {
      name: 'a message about a signature',
      text: 'SignatureDoesNotMatch: Specified signature is not matched',
    },
    {
      name: 'a Tea exception',
      text: 'Error: MissingSecurityToken code: 400, SecurityToken is missing. request id: ABC-1234-XYZ',
    },
    {
      name: 'a secret name and type',
      text: '{"SecretName": "db-password", "SecretDataType": "text", "VersionId": "v1"}',
    },
    {
      name: 'signature method and nonce',
      text: 'SignatureMethod=HMAC-SHA1&SignatureVersion=1.0&SignatureNonce=f3a9c1e0',
    },
    { name: 'an operation named after secrets', text: 'GetSecretValue: Forbidden.ResourceNotFound' },
    { name: 'a KMS key ARN without an account', text: 'acs:kms:cn-hangzhou::key/key-hzz62f1cb66fa42qo9ba5' },
    {
      name: 'a secret name as a JSON value',
      text: '{"SecretName": "db-password", "SecretDataType": "text"}',
    },
    {
      name: 'a Java stack frame',
      text: '\tat com.aliyun.kms.secretsmanager.client.SecretCacheClient.getSecretInfo(SecretCacheClient.java:132)',
    },
    {
      name: 'a Go source location',
      text: 'E0101 12:00:00.000 1 credentials.go:142] "Credential refresh failed"',
    },
    { name: 'an SDK call named after secrets', text: 'resp = client.get_secret_value(request)' },
    {
      name: 'an error code after a secret word',
      text: 'get secret: Forbidden.ResourceNotFound: The resource is not found.',
    },
  ];
  for (const { name, text } of plain) it(name, () => expect(maskSecrets(text)).toBe(text));

  it('decodes every fixture to the same codes, statuses and RequestIds once masked', () => {
    const dir = new URL('../fixtures/', import.meta.url);
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.txt'))) {
      const text = readFileSync(new URL(file, dir), 'utf8');
      const summary = (input: string) => {
        const result = decode(input);
        return result.ok
          ? result.findings.map((f) => [
              f.entry?.code,
              f.extracted.code,
              f.extracted.httpStatus,
              f.extracted.requestId,
            ])
          : result.reason;
      };
      expect(summary(maskSecrets(text)), file).toEqual(summary(text));
    }
  });

  it('keeps the fields after a masked value on the same line', () => {
    const masked = maskSecrets(
      `level=error token=abc123 password=hunter2 code=${CODE} requestId=${REQUEST_ID}`,
    );
    expect(masked).toBe(`level=error token=*** password=*** code=${CODE} requestId=${REQUEST_ID}`);
  });

  it('warns of no credential where there is only a placeholder or a reference', () => {
    for (const text of [
      'config.AccessKeySecret = tea.String(os.Getenv("ALIBABA_CLOUD_ACCESS_KEY_SECRET"))',
      "access_key_secret=os.getenv('ALIBABA_CLOUD_ACCESS_KEY_SECRET')",
      'accessKeySecret: process.env.ALIBABA_CLOUD_ACCESS_KEY_SECRET,',
      'access-key-secret: ${{ secrets.ALIYUN_AK_SECRET }}',
      'ALIBABA_CLOUD_ACCESS_KEY_SECRET=$ALIBABA_CLOUD_ACCESS_KEY_SECRET',
      'secret_key = "<your-secret-key>"',
      '"AccessKeySecret": "***"',
      '"Password": ""',
    ])
      expect(
        secretKindsIn(text).filter((kind) => secretAdvice[kind]),
        text,
      ).toEqual([]);
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
