import type { ReactNode } from 'react';
import { useViewText } from '../text/useViewText.ts';
import { alibabaLink } from '../../catalog/links.ts';
import type { Finding } from '../../decode/types.ts';
import { ExternalLink } from '../shared/ExternalLink.tsx';

/**
 * The fields as the pasted text shows them, unknown ones included; rendered as plain text, but for a
 * Recommend URL to Alibaba Cloud's own site, which is a link.
 */
export function FindingFields({ finding }: { finding: Finding }) {
  const { ui } = useViewText();
  const names = ui.results.fieldNames;
  const { extracted } = finding;
  const recommend = alibabaLink(extracted.recommend);
  const rows: [string, ReactNode][] = [
    [names.status, extracted.httpStatus],
    [names.code, extracted.code],
    [names.message, extracted.message],
    [names.param, finding.param],
    [names.requestId, extracted.requestId],
    [names.hostId, extracted.hostId],
    [
      names.recommend,
      recommend ? <ExternalLink href={recommend}>{extracted.recommend}</ExternalLink> : extracted.recommend,
    ],
    ...Object.entries(extracted.other),
  ];
  const shown = rows.filter(([, value]) => value !== undefined && value !== '');
  return (
    <details className="fields">
      <summary>{ui.results.fields(shown.length)}</summary>
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
