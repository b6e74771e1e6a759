import type { Origin } from '../../catalog/sources/extracts.ts';

/**
 * A document the catalog cites, linked to the exact revision used when it is in a public repository. Its
 * title is the document's own, in English on either page.
 */
export function SourceLink({ origin }: { origin: Origin }) {
  const label = `${origin.document}${origin.date ? ` (${origin.date})` : ''}`;
  if (!origin.repository || !origin.path || !origin.commit) return <cite lang="en">{label}</cite>;
  const href = `https://github.com/${origin.repository}/blob/${origin.commit}/${origin.path
    .split('/')
    .map(encodeURIComponent)
    .join('/')}`;
  return (
    <a href={href} rel="noreferrer">
      <cite lang="en">{label}</cite>
    </a>
  );
}
