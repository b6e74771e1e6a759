import { revisionLabels } from '../../catalog/labels.ts';
import { commonErrors } from '../../catalog/sources/extracts.ts';
import type { CatalogEntry, MessageSource } from '../../catalog/types.ts';
import { SourceLink } from './SourceLink.tsx';

/** Every documented or seen wording and spelling, and where each comes from. */
export function EntryProvenance({ entry }: { entry: CatalogEntry }) {
  return (
    <>
      <h3>As documented</h3>
      <ul className="provenance">
        {entry.messages.map((message) => (
          <li key={message.text}>
            <q>{message.text}</q>
            <ul>
              {message.sources.map((source) => (
                <li key={JSON.stringify(source)}>
                  <Source source={source} />
                </li>
              ))}
            </ul>
          </li>
        ))}
        {entry.aliases.map((alias) => (
          <li key={alias.code}>
            Also spelled <code>{alias.code}</code>: {alias.note}
          </li>
        ))}
        {entry.revisions.length > 0 && (
          <li>
            Listed on{' '}
            {entry.revisions.map((revision, index) => (
              <span key={revision}>
                {index > 0 && ' and '}
                <SourceLink origin={commonErrors[revision].origin} />
              </span>
            ))}
            .
          </li>
        )}
      </ul>
    </>
  );
}

function Source({ source }: { source: MessageSource }) {
  if (source.kind === 'page')
    return (
      <>
        the {source.place === 'table' ? 'error table' : 'sample error response'} of{' '}
        {revisionLabels[source.revision]}
      </>
    );
  if (source.kind === 'operations')
    return <>HTTP {source.status}, in the operations&apos; references (below)</>;
  return (
    <>
      HTTP {source.status}, seen in{' '}
      <a href={source.url} rel="noreferrer">
        {source.where}
      </a>
    </>
  );
}
