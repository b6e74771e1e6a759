import type { ReactNode } from 'react';
import { alibabaLink } from '../../catalog/links.ts';
import type { Finding } from '../../decode/types.ts';
import { ExternalLink } from '../shared/ExternalLink.tsx';

/**
 * The fields as the pasted text shows them, unknown ones included; rendered as plain text, but for a
 * Recommend URL to Alibaba Cloud's own site, which is a link.
 */
export function FindingFields({ finding }: { finding: Finding }) {
  const { extracted } = finding;
  const recommend = alibabaLink(extracted.recommend);
  const rows: [string, ReactNode][] = [
    ['HTTP status', extracted.httpStatus],
    ['Code', extracted.code],
    ['Message', extracted.message],
    ['Parameter', finding.param],
    ['RequestId', extracted.requestId],
    ['HostId', extracted.hostId],
    [
      'Recommend',
      recommend ? <ExternalLink href={recommend}>{extracted.recommend}</ExternalLink> : extracted.recommend,
    ],
    ...Object.entries(extracted.other),
  ];
  const shown = rows.filter(([, value]) => value !== undefined && value !== '');
  return (
    <details className="fields">
      <summary>Fields in the text ({shown.length})</summary>
      <dl className="facts">
        {shown.map(([name, value]) => (
          <div key={name} className="fact">
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
