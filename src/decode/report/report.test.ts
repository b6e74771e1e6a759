import { describe, expect, it } from 'vitest';
import { decode } from '../english.ts';
import { decodeReport, occurrencesOf, REPORT_LIMITS } from './report.ts';
import { incidentText, occurrencesCsv, ticketText } from './summary.ts';
import { englishDecoderText } from '../text/en.ts';

const line = (time: string, code: string, id: string) =>
  `2026-11-29 ${time} ERROR ${code} RequestId: ${id} HostId: kms.cn-hangzhou.aliyuncs.com`;

// Four errors of two codes; the rarer code comes first in the log.
const LOG = [
  line('10:00:01', 'InternalFailure', 'R-1-AAAAAA'),
  line('10:00:02', 'Forbidden.KeyNotFound', 'R-2-AAAAAA'),
  'a line between them',
  line('10:00:05', 'Forbidden.KeyNotFound', 'R-3-AAAAAA'),
  line('10:00:09', 'Forbidden.KeyNotFound', 'R-4-AAAAAA'),
].join('\n');

describe('the report', () => {
  it('sums up by code, most frequent first, with statuses, who acts and the window each was seen in', () => {
    const { report } = decodeReport(LOG, decode);
    if (!report.ok) throw new Error(report.reason);
    expect(report.summary).toEqual([
      {
        code: 'Forbidden.KeyNotFound',
        count: 3,
        statuses: [404],
        actor: 'caller',
        firstSeen: { line: 2, time: '2026-11-29 10:00:02' },
        lastSeen: { line: 5, time: '2026-11-29 10:00:09' },
        firstRequestId: 'R-2-AAAAAA',
        lastRequestId: 'R-4-AAAAAA',
      },
      {
        code: 'InternalFailure',
        count: 1,
        statuses: [500],
        actor: 'nobody',
        firstSeen: { line: 1, time: '2026-11-29 10:00:01' },
        lastSeen: { line: 1, time: '2026-11-29 10:00:01' },
        firstRequestId: 'R-1-AAAAAA',
        lastRequestId: 'R-1-AAAAAA',
      },
    ]);
  });

  it('groups the errors by code: the first in full, the rest as rows with time, line, ids and region', () => {
    const { report } = decodeReport(LOG, decode);
    if (!report.ok) throw new Error(report.reason);
    const [keys] = report.groups;
    expect(keys?.first.entry?.code).toBe('Forbidden.KeyNotFound');
    expect(keys?.occurrences.map((row) => [row.time, row.line, row.requestId, row.region])).toEqual([
      ['2026-11-29 10:00:02', 2, 'R-2-AAAAAA', 'cn-hangzhou'],
      ['2026-11-29 10:00:05', 4, 'R-3-AAAAAA', 'cn-hangzhou'],
      ['2026-11-29 10:00:09', 5, 'R-4-AAAAAA', 'cn-hangzhou'],
    ]);
  });

  it('hands over a few rows per code and keeps every error for the rows asked later', () => {
    const log = Array.from({ length: 500 }, (_, i) => line('10:00:00', 'Rejected.Disabled', `R-${i}-BBBBBB`));
    const { report, byCode } = decodeReport(log.join('\n'), decode);
    if (!report.ok) throw new Error(report.reason);
    expect([report.total, report.groups[0]?.occurrences.length]).toEqual([500, REPORT_LIMITS.rows]);
    const rest = occurrencesOf(byCode.get('Rejected.Disabled')!, 498, 100);
    expect(rest.map((row) => row.requestId)).toEqual(['R-498-BBBBBB', 'R-499-BBBBBB']);
  });

  it('lists every catalog code matched, in order of first appearance', () => {
    const { report } = decodeReport(LOG, decode);
    expect(report.ok && report.matched).toEqual(['InternalFailure', 'Forbidden.KeyNotFound']);
  });

  it('writes an incident summary: totals, the window, and each code with its count', () => {
    const { report } = decodeReport(LOG, decode);
    if (!report.ok) throw new Error(report.reason);
    expect(incidentText(report.summary, report.total, englishDecoderText)).toBe(
      [
        'KMS errors: 4 in all, 2 codes, 2026-11-29 10:00:01 to 2026-11-29 10:00:09',
        '- 3 × Forbidden.KeyNotFound (HTTP 404, caller), 2026-11-29 10:00:02 to 2026-11-29 10:00:09',
        '- 1 × InternalFailure (HTTP 500, no one: wait and retry), 2026-11-29 10:00:01 to 2026-11-29 10:00:01',
        '',
      ].join('\n'),
    );
  });

  it('lists every error in the CSV, in log order', () => {
    const { all } = decodeReport(LOG, decode);
    const rows = occurrencesCsv(all, englishDecoderText).trimEnd().split('\r\n');
    expect(rows[0]).toBe('code,httpStatus,whoActs,time,line,requestId,hostId,region,operation,message,match');
    expect(rows.slice(1).map((row) => row.split(',').slice(0, 6).join(','))).toEqual([
      'InternalFailure,500,No one: wait and retry,2026-11-29 10:00:01,1,R-1-AAAAAA',
      'Forbidden.KeyNotFound,404,Caller,2026-11-29 10:00:02,2,R-2-AAAAAA',
      'Forbidden.KeyNotFound,404,Caller,2026-11-29 10:00:05,4,R-3-AAAAAA',
      'Forbidden.KeyNotFound,404,Caller,2026-11-29 10:00:09,5,R-4-AAAAAA',
    ]);
  });

  it('writes a ticket note with the ids, the meaning and the next step', () => {
    const { report } = decodeReport(
      `{"Code":"Rejected.PendingDeletion","RequestId":"R-9-CCCCCC","HostId":"kms.cn-hangzhou.aliyuncs.com"}`,
      decode,
    );
    if (!report.ok) throw new Error(report.reason);
    const text = ticketText(
      report.groups[0]!.first,
      'https://example.test/?code=Rejected.PendingDeletion',
      englishDecoderText,
    );
    expect(text).toContain('KMS error: Rejected.PendingDeletion (HTTP 409)');
    expect(text).toContain('RequestId: R-9-CCCCCC');
    expect(text).toContain('HostId: kms.cn-hangzhou.aliyuncs.com');
    expect(text).toMatch(/Next step: .*CancelKeyDeletion|Next step: .*DescribeKey/);
    expect(text).toContain('Reference: https://example.test/?code=Rejected.PendingDeletion');
  });
});
