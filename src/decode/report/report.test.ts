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
    const { report } = decodeReport(log, 25);
    expect(report.ok && report.summary).toEqual([
      { code: 'Forbidden.KeyNotFound', count: 2, firstRequestId: 'R-1-AAAAAA', lastRequestId: 'R-3-AAAAAA' },
      { code: 'InternalFailure', count: 1, firstRequestId: 'R-2-AAAAAA', lastRequestId: 'R-2-AAAAAA' },
    ]);
    if (report.ok)
      expect(summaryCsv(report.summary).split('\r\n')[1]).toBe(
        'Forbidden.KeyNotFound,2,R-1-AAAAAA,R-3-AAAAAA',
      );
  });

  it('hands over the first findings in full, counts them all and keeps them all for later pages', () => {
    const log = Array.from({ length: 500 }, (_, i) => line('Rejected.Disabled', `R-${i}-BBBBBB`)).join('\n');
    const { report, all } = decodeReport(log, 25);
    expect(report.ok && [report.findings.length, report.total, report.summary[0]?.count]).toEqual([
      25, 500, 500,
    ]);
    expect(all.map((finding) => finding.extracted.requestId).slice(498)).toEqual([
      'R-498-BBBBBB',
      'R-499-BBBBBB',
    ]);
  });

  it('lists every catalog code matched, beyond the first findings too', () => {
    const log = [
      ...Array.from({ length: 30 }, (_, i) => line('Rejected.Disabled', `R-${i}-DDDDDD`)),
      line('Forbidden.KeyNotFound', 'R-99-DDDDDD'),
      line('Rejected.Disabled', 'R-100-DDDDDD'),
    ].join('\n');
    const { report } = decodeReport(log, 25);
    expect(report.ok && report.matched).toEqual(['Rejected.Disabled', 'Forbidden.KeyNotFound']);
  });

  it('writes a ticket note with the ids, the meaning and the next step', () => {
    const { report } = decodeReport(
      `{"Code":"Rejected.PendingDeletion","RequestId":"R-9-CCCCCC","HostId":"kms.cn-hangzhou.aliyuncs.com"}`,
      25,
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
