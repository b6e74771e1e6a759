import { expect } from 'vitest';
import { decode } from '../english.ts';
import { decodeReport } from '../report/report.ts';
import { readShareFragment } from '../share/fragment.ts';
import { shareable, shareFragment } from '../share/share.ts';
import { incidentText, occurrencesCsv, ticketText } from '../report/summary.ts';
import { englishDecoderText } from '../text/en.ts';

// The error every paste in the masking tests is about: what must stay readable after masking.
export const CODE = 'Rejected.Disabled';
export const MESSAGE = 'The request was rejected because the key state is Disabled.';
export const REQUEST_ID = '4C467B38-3910-447D-87BC-AC049166F216';
const KEY_ID = 'key-hzz62f1cb66fa42qo9ba5';
export const errorAround = (line: string) =>
  `SDK.ServerError\nErrorCode: ${CODE}\nRecommend: https://api.aliyun.com/troubleshoot?q=${CODE}&product=Kms\nRequestId: ${REQUEST_ID}\nMessage: ${MESSAGE}\nKeyId: ${KEY_ID}\n${line}\n`;

// Everything that can leave the page, for one paste: the link (and so its preview), the ticket note,
// the incident summary, the CSV of every error, and the fields shown.
function outlets(text: string): Record<string, string> {
  const { report, all } = decodeReport(text, decode);
  if (!report.ok) throw new Error(`no error found in: ${text}`);
  const shared = shareable(text, report.summary, report.total, englishDecoderText);
  return {
    link: shared ? shareFragment(shared) : '',
    preview: shared ? (readShareFragment(shareFragment(shared))?.text ?? '') : '',
    ticket: all.map((finding) => ticketText(finding, 'https://example.test/', englishDecoderText)).join('\n'),
    incident: incidentText(report.summary, report.total, englishDecoderText),
    csv: occurrencesCsv(all, englishDecoderText),
    fields: JSON.stringify(report.groups.map((group) => [group.first.extracted, group.occurrences])),
  };
}

/** The secret leaves the page by none of the outlets, and the error stays readable in the preview. */
export function expectHidden(text: string, secret: string) {
  for (const [outlet, out] of Object.entries(outlets(text))) {
    const readable = outlet === 'link' ? (readShareFragment(out)?.text ?? '') : out;
    expect(readable, `${outlet} of ${text}`).not.toContain(secret);
  }
  const preview = outlets(text).preview;
  for (const kept of [CODE, MESSAGE, REQUEST_ID, KEY_ID])
    expect(preview, `${kept} in ${text}`).toContain(kept);
}
