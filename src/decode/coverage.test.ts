import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalog } from '../catalog/catalog.ts';
import { fillTemplate } from '../catalog/template.ts';
import { decode } from './english.ts';

const settings = {
  seed: Number(process.env.FUZZ_SEED ?? 20261129),
  numRuns: Number(process.env.FUZZ_RUNS ?? 150),
};
const REQUEST_ID = '7A9C3E11-4B2D-4F6A-8E0B-1C2D3E4F5A6B';

// How the SDKs print an error, as in src/decode/fixtures/ (sources in fixtures/sdkSources.md).
const formats: Record<string, (code: string, message: string, status: number) => string> = {
  'JSON body': (code, message) => JSON.stringify({ RequestId: REQUEST_ID, Code: code, Message: message }),
  'Go SDKError (Tea)': (code, message, status) =>
    `SDKError:\n   StatusCode: ${status}\n   Code: ${code}\n   Message: code: ${status}, ${message} request id: ${REQUEST_ID}\n   Data: {"Code":"${code}","Message":${JSON.stringify(message)},"RequestId":"${REQUEST_ID}","statusCode":${status}}`,
  'Python exception': (code, message, status) =>
    `aliyunsdkcore.acs_exception.exceptions.ServerException: HTTP Status: ${status} Error:${code} ${message} RequestID: ${REQUEST_ID}`,
  'Java exception': (code, message) =>
    `com.aliyuncs.exceptions.ServerException: ${code} : ${message}\nRequestId : ${REQUEST_ID}\n\tat com.aliyuncs.DefaultAcsClient.parseAcsResponse(DefaultAcsClient.java:258)`,
};

describe('every catalog code decodes exactly, with its status, from every SDK format', () => {
  for (const entry of catalog) {
    const message = fillTemplate(entry.messages[0]!.text, 'KeyId');
    // A code whose status no source shows is printed with 400, and no status is asserted for it.
    const status = entry.httpStatus ?? 400;
    for (const [format, write] of Object.entries(formats))
      it(`${entry.code} (${format})`, () => {
        const result = decode(write(entry.code, message, status));
        if (!result.ok) throw new Error(result.reason);
        const [finding] = result.findings;
        expect(result.findings).toHaveLength(1);
        expect([finding!.entry?.code, finding!.match]).toEqual([entry.code, 'exact']);
        expect(finding!.extracted.requestId).toBe(REQUEST_ID);
        if (format !== 'JSON body' && format !== 'Java exception' && entry.httpStatus !== null)
          expect(finding!.extracted.httpStatus).toBe(entry.httpStatus);
        expect(finding!.warnings.filter((w) => /shows HTTP|documented for/.test(w))).toEqual([]);
      });
  }
});

// Errors people pasted into public issue trackers (fixtures/real/, each file's source in its README).
const real: Record<string, { code: string | null; status?: number; operation?: string; requestId?: string }> =
  {
    'aliyun-aliyun-openapi-java-sdk-issues-426.txt': { code: 'Forbidden.NoPermission' },
    'aliyuncontainerservice-ack-secret-manager-pull-6.txt': { code: 'Rejected.Throttling' },
    'alibaba-acm-sdk-python-issues-7.txt': { code: 'MissingParameter', status: 400 },
    'honwen-aliyun-ddns-cli-issues-24.txt': { code: 'InvalidAccessKeyId.NotFound', status: 404 },
    'aliyuncontainerservice-docker-machine-driver-aliyunecs-issue.txt': {
      code: 'Forbidden.RAM',
      status: 403,
    },
    'alibaba-packer-provider-issues-35.txt': { code: 'Forbidden.RiskControl', status: 403 },
    'alibaba-packer-provider-issues-26.txt': { code: 'ServiceUnavailable', status: 503 },
    'denverdino-aliyungo-issues-204.txt': { code: 'MissingSecurityToken', status: 400 },
    'pragkent-alidns-webhook-issues-5.txt': { code: 'InvalidAccessKeyId.NotFound' },
    'aliyun-terraform-provider-alicloud-issues-3347.txt': { code: 'Throttling' },
    'kubevela-terraform-controller-issues-52.txt': { code: 'InvalidParameter' },
    'kubevela-terraform-controller-issues-191.txt': { code: 'MissingSecurityToken' },
    'aliyun-alibaba-cloud-sdk-go-issues-39.txt': { code: 'SignatureNonceUsed', status: 400 },
    'mgsky1-ddns-issues-27.txt': { code: 'Forbidden.RAM', status: 400 },
    'xwjr-ops-zabbix-rds-monitor-issues-9.txt': { code: 'InvalidAccessKeyId.NotFound', status: 404 },
    'limoxi-aliyun-ddns-issues-7.txt': {
      code: 'Forbidden.RAM',
      requestId: '3AFE62CC-8458-46C7-811A-BA0B60299256',
    },
    'nccgroup-scoutsuite-issues-1678.txt': { code: 'MissingSecurityToken', status: 400 },
    'aliyun-aliyun-openapi-java-sdk-issues-49.txt': { code: 'Forbidden.RiskControl' },
    'ask-289064.txt': { code: 'InvalidTimeStamp.Expired' },
    'aliyun-ack-set-context-issues-2.txt': { code: 'InvalidAccessKeyId.NotFound', status: 404 },
    'aliyun-alibabacloud-observability-mcp-server-issues-65.txt': { code: 'ServiceUnavailable', status: 503 },
    'fog-fog-aliyun-issues-32.txt': { code: 'IncompleteSignature', status: 400 },
    'jeessy2-ddns-go-issues-1291.txt': { code: 'InvalidTimeStamp.Expired', status: 400 },
    'aliyun-openapi-sdk-php-issues-175.txt': { code: 'InvalidVersion' },
    'sanjusss-aliyun-ddns-issues-77.txt': { code: 'InvalidAccessKeyId' },
  };

describe('errors people really pasted', () => {
  const dir = new URL('./fixtures/real/', import.meta.url);
  it('has an expectation for every paste', () => {
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    ).toEqual(Object.keys(real).sort());
  });
  for (const [file, expected] of Object.entries(real))
    it(`${file}: ${expected.code}`, () => {
      const result = decode(readFileSync(new URL(file, dir), 'utf8'));
      if (!result.ok) throw new Error(result.reason);
      const finding = result.findings.find((f) => f.entry) ?? result.findings[0]!;
      expect(finding.entry?.code ?? null).toBe(expected.code);
      expect(['exact', 'alias']).toContain(finding.match);
      if (expected.status) expect(finding.extracted.httpStatus).toBe(expected.status);
      if (expected.operation) expect(finding.operation).toBe(expected.operation);
      if (expected.requestId) expect(finding.extracted.requestId).toBe(expected.requestId);
    });
});

describe('an explicit code the catalog does not have', () => {
  const known = new Set(
    catalog.flatMap((e) => [e.code, ...e.aliases.map((a) => a.code)].map((c) => c.toLowerCase())),
  );
  // A catalog code with one letter changed, dropped or added: what a typo or an undocumented code looks like.
  const unknownCode = fc
    .tuple(
      fc.constantFrom(...catalog.map((e) => e.code)),
      fc.nat(),
      fc.constantFrom('drop', 'swap', 'add'),
      fc.constantFrom('x', 'Q', 'z'),
    )
    .map(([code, at, how, letter]) => {
      const i = 1 + (at % (code.length - 1));
      if (how === 'drop') return code.slice(0, i) + code.slice(i + 1);
      if (how === 'swap') return code.slice(0, i) + letter + code.slice(i + 1);
      return code.slice(0, i) + letter + code.slice(i);
    })
    .filter(
      (code) => !known.has(code.toLowerCase()) && !known.has(code.replace(/[\s_-]/g, '').toLowerCase()),
    );
  const anyMessage = fc.constantFrom(...catalog.map((e) => e.messages[0]!.text));

  it('never decodes to another code, whatever message comes with it', () => {
    fc.assert(
      fc.property(
        unknownCode,
        anyMessage,
        fc.constantFrom(...Object.values(formats)),
        (code, message, write) => {
          const result = decode(write(code, message, 400));
          if (!result.ok) throw new Error(result.reason);
          for (const finding of result.findings) {
            expect(finding.entry, `${code} / ${message}`).toBeUndefined();
            expect(finding.match).toBe('none');
          }
        },
      ),
      { ...settings, endOnFailure: true },
    );
  });

  it('reports the code as written, with the family and suggestions, for the issue’s example', () => {
    const result = decode(
      '{"Code":"Rejected.ResourceExists","Message":"The request was rejected becasue key already exsit"}',
    );
    if (!result.ok) throw new Error(result.reason);
    const [finding] = result.findings;
    expect([finding!.entry, finding!.match, finding!.family]).toEqual([undefined, 'none', 'Rejected']);
    expect(finding!.candidates[0]).toBe('Rejected.ResourceExist');
  });
});
