import { troubleshootUrl } from '../../catalog/links.ts';
import { commonErrors, operationErrors } from '../../catalog/sources/extracts.ts';
import type { CatalogEntry } from '../../catalog/types.ts';
import { reportIssueUrl } from '../../app/project.ts';
import { useViewText } from '../text/useViewText.ts';
import { ExternalLink } from '../shared/ExternalLink.tsx';
import { SourceLink } from './SourceLink.tsx';

/** Ways out: Alibaba's troubleshooting page, the document the entry comes from, and a report link. */
export function EntryLinks({ entry }: { entry: CatalogEntry }) {
  const { ui } = useViewText();
  return (
    <ul className="ways-out">
      <li>
        <ExternalLink href={troubleshootUrl(entry.code)}>{ui.entry.troubleshoot}</ExternalLink>
      </li>
      <li>
        <DocumentLink entry={entry} />
      </li>
      <li>
        <ExternalLink href={reportIssueUrl(entry.code)}>{ui.entry.report}</ExternalLink>
      </li>
    </ul>
  );
}

// The common-errors page for the codes it lists, else the first place a wording was seen, else the
// OpenAPI metadata that lists the operations' errors.
function DocumentLink({ entry }: { entry: CatalogEntry }) {
  const { ui } = useViewText();
  const revision = entry.revisions.at(-1);
  if (revision) return <SourceLink origin={commonErrors[revision].origin} />;
  const seen = entry.messages.flatMap((message) => message.sources).find((source) => source.kind === 'seen');
  if (seen?.kind === 'seen')
    return <ExternalLink href={seen.url}>{ui.entry.seenAt(seen.where)}</ExternalLink>;
  return <SourceLink origin={operationErrors.origin} />;
}
