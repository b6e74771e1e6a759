import { describe, expect, it } from 'vitest';
import { decodeReport } from './report.ts';
import { summaryCsv, ticketText } from './summary.ts';

const line = (code: string, id: string) => `ERROR ${code} RequestId: ${id}`;

describe('the report', () => {
  it('summarises every finding by code with first and last RequestId', () => {
    const log = [
      line('Forbidden.KeyNotFound', 'R-1-AAAAAA'),
      line('InternalFailure', 'R-2-AAAAAA'),
      line('Forbidden.KeyNotFound', 'R-3-AAAAAA'),
    ].join('\n');
    const report = decodeReport(log);
    expect(report.ok && report.summary).toEqual([
      { code: 'Forbidden.KeyNotFound', count: 2, firstRequestId: 'R-1-AAAAAA', lastRequestId: 'R-3-AAAAAA' },
      { code: 'InternalFailure', count: 1, firstRequestId: 'R-2-AAAAAA', lastRequestId: 'R-2-AAAAAA' },
    ]);
    if (report.ok)
      expect(summaryCsv(report.summary).split('\r\n')[1]).toBe(
        'Forbidden.KeyNotFound,2,R-1-AAAAAA,R-3-AAAAAA',
      );
  });

  it('sends at most 200 findings but counts them all', () => {
    const log = Array.from({ length: 500 }, (_, i) => line('Rejected.Disabled', `R-${i}-BBBBBB`)).join('\n');
    const report = decodeReport(log);
    expect(report.ok && [report.findings.length, report.total, report.summary[0]?.count]).toEqual([
      200, 500, 500,
    ]);
  });

  it('writes a ticket note with the ids, the meaning and the next step', () => {
    const report = decodeReport(
      `{"Code":"Rejected.PendingDeletion","RequestId":"R-9-CCCCCC","HostId":"kms.cn-hangzhou.aliyuncs.com"}`,
    );
    if (!report.ok) throw new Error(report.reason);
    const text = ticketText(report.findings[0]!, 'https://example.test/?code=Rejected.PendingDeletion');
    expect(text).toContain('KMS error: Rejected.PendingDeletion (HTTP 409)');
    expect(text).toContain('RequestId: R-9-CCCCCC');
    expect(text).toContain('HostId: kms.cn-hangzhou.aliyuncs.com');
    expect(text).toMatch(/Next step: .*CancelKeyDeletion|Next step: .*DescribeKey/);
    expect(text).toContain('Reference: https://example.test/?code=Rejected.PendingDeletion');
  });
});
