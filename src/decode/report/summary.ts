// What a log's errors add up to: a summary by code for the page and for an incident channel, every
// occurrence as CSV, and a ticket note for one error. Everything here can leave the page: all masked.
import { csvField } from '../../catalog/csv.ts';
import type { Actor } from '../../catalog/types.ts';
import { maskSecrets } from '../secrets/secrets.ts';
import type { Finding } from '../types.ts';
import type { DecoderText } from '../text/decoderText.ts';

/** Where in the log an error was: its line, and its time when the log gives one. */
export interface Seen {
  readonly line: number;
  readonly time?: string;
}

export interface CodeSummary {
  /** The catalog code, or the code as written when it is not in the catalog, or "(no code)". */
  readonly code: string;
  readonly count: number;
  /** The HTTP statuses the text shows for it, most frequent first; the catalog's when it shows none. */
  readonly statuses: readonly number[];
  /** Who acts, when the code is in the catalog. */
  readonly actor?: Actor;
  readonly firstSeen: Seen;
  readonly lastSeen: Seen;
  readonly firstRequestId?: string;
  readonly lastRequestId?: string;
}

/** The key an error is grouped under: its catalog code, else its code as written, else "(no code)". */
export function groupKey(finding: Finding): string {
  return finding.entry?.code ?? finding.extracted.code ?? '(no code)';
}

/** The findings by code, most frequent first (ties in order of first appearance). */
export function summarise(findings: readonly Finding[]): CodeSummary[] {
  const byCode = new Map<string, Finding[]>();
  for (const finding of findings) {
    const key = groupKey(finding);
    const group = byCode.get(key);
    if (group) group.push(finding);
    else byCode.set(key, [finding]);
  }
  return [...byCode]
    .map(([code, group]) => summaryOf(code, group))
    .sort((a, b) => b.count - a.count || a.firstSeen.line - b.firstSeen.line);
}

function summaryOf(code: string, group: readonly Finding[]): CodeSummary {
  const first = group[0]!;
  const last = group.at(-1)!;
  const requestIds = group.flatMap((finding) => finding.extracted.requestId ?? []);
  const entry = first.entry;
  return {
    code,
    count: group.length,
    statuses: statusesSeen(group),
    ...(entry ? { actor: entry.actor } : {}),
    firstSeen: seenAt(first),
    lastSeen: seenAt(last),
    ...(requestIds.length > 0 ? { firstRequestId: requestIds[0], lastRequestId: requestIds.at(-1) } : {}),
  };
}

function seenAt(finding: Finding): Seen {
  return finding.time ? { line: finding.line, time: finding.time } : { line: finding.line };
}

function statusesSeen(group: readonly Finding[]): number[] {
  const counts = new Map<number, number>();
  for (const { extracted } of group)
    if (extracted.httpStatus) counts.set(extracted.httpStatus, (counts.get(extracted.httpStatus) ?? 0) + 1);
  if (counts.size === 0) {
    const documented = group[0]!.entry?.httpStatus;
    return documented ? [documented] : [];
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([status]) => status);
}

/** "10:00:01" or "line 12": how a person would say where an error was. */
export function seenLabel(seen: Seen, words: DecoderText): string {
  return seen.time ?? words.report.line(seen.line);
}

const CLOCK = /\d{2}:\d{2}:\d{2}/;

/** The time of day alone ("17:20:01"), for a table whose errors all fall on one day; else as seenLabel. */
export function clockLabel(seen: Seen, words: DecoderText): string {
  return (seen.time && CLOCK.exec(seen.time)?.[0]) ?? seenLabel(seen, words);
}

/** The day all the errors fall on, when the log gives one and they all share it. */
export function commonDay(summary: readonly CodeSummary[]): string | undefined {
  const days = new Set(
    summary.flatMap((row) => [row.firstSeen, row.lastSeen]).map((seen) => seen.time?.slice(0, 10)),
  );
  const [day] = days;
  return days.size === 1 && day && /^\d{4}[-/]\d{2}[-/]\d{2}$/.test(day) ? day : undefined;
}

/** A plain-text summary for an incident channel: totals, then each code with its count and window. */
export function incidentText(summary: readonly CodeSummary[], total: number, words: DecoderText): string {
  const { report } = words;
  const seen = (at: Seen) => seenLabel(at, words);
  const first = [...summary].sort((a, b) => a.firstSeen.line - b.firstSeen.line)[0];
  const last = [...summary].sort((a, b) => b.lastSeen.line - a.lastSeen.line)[0];
  const window = first && last ? report.incidentWindow(seen(first.firstSeen), seen(last.lastSeen)) : '';
  const lines = [
    report.incidentHeading(total, summary.length, window),
    ...summary.map((row) => {
      const actor = row.actor ? words.catalog.actor[row.actor].toLowerCase() : report.notInCatalog;
      const status = report.status(row.statuses);
      return report.incidentRow(row.count, row.code, status, actor, seen(row.firstSeen), seen(row.lastSeen));
    }),
  ];
  return maskSecrets(lines.join('\n') + '\n');
}

/** Every error as a CSV row, in log order: what happened when, with its ids; masked. */
export function occurrencesCsv(findings: readonly Finding[], words: DecoderText): string {
  const rows = findings.map((finding) => {
    const { extracted, entry } = finding;
    // In the order of words.report.csvHeaders.
    const cells = [
      groupKey(finding),
      String(extracted.httpStatus ?? entry?.httpStatus ?? ''),
      entry ? words.catalog.actor[entry.actor] : '',
      finding.time ?? '',
      String(finding.line),
      extracted.requestId ?? '',
      extracted.hostId ?? '',
      regionOf(extracted.hostId) ?? '',
      finding.operation ?? '',
      extracted.message ?? '',
      finding.match,
    ];
    return cells.map(csvField).join(',');
  });
  return maskSecrets([words.report.csvHeaders.join(','), ...rows].join('\r\n') + '\r\n');
}

// cn-hangzhou, ap-southeast-1, cn-shanghai-finance-1, us-west-1: Alibaba Cloud's region IDs.
const REGION = /\b(?:cn|ap|us|eu|me|na|sa|af)-[a-z]+(?:-[a-z0-9]+)*\b/;

/** The region an endpoint or HostId names ("kms.cn-hangzhou.aliyuncs.com" → "cn-hangzhou"). */
export function regionOf(host: string | undefined): string | undefined {
  return host ? REGION.exec(host)?.[0] : undefined;
}

/** A plain-text note for a support ticket: what the error is, its ids, what it means and what to do; masked. */
export function ticketText(finding: Finding, entryLink: string, words: DecoderText): string {
  const { extracted, entry } = finding;
  const { ticket } = words.report;
  const field = (label: keyof typeof ticket.labels, value: string | number | undefined) =>
    value === undefined || value === '' ? '' : `${ticket.labels[label]}: ${value}`;
  const nextStep = finding.nextStep ?? entry?.fixes[0];
  const lines = [
    ticket.error(entry?.code ?? extracted.code ?? ticket.unknown, entry?.httpStatus),
    entry ? ticket.matched(finding.match, finding.confidence) : ticket.notMatched(finding.candidates),
    field('statusSeen', extracted.httpStatus),
    field('requestId', extracted.requestId),
    field('hostId', extracted.hostId),
    field('time', finding.time),
    field('param', finding.param),
    field('operation', finding.operation),
    field('whoActs', entry ? words.catalog.actor[entry.actor] : undefined),
    field('meaning', entry?.meaning),
    field('nextStep', nextStep),
    ...finding.warnings.map((warning) => field('note', warning)),
    entry ? field('reference', entryLink) : '',
  ];
  return maskSecrets(lines.filter((line) => line !== '').join('\n') + '\n');
}
