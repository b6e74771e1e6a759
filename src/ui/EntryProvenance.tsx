import { revisionLabels } from '../catalog/labels.ts';
import type { CatalogEntry } from '../catalog/types.ts';

/** Every documented wording and spelling, and which revision of the documentation says it where. */
export function EntryProvenance({ entry }: { entry: CatalogEntry }) {
  return (
    <>
      <h3>As documented</h3>
      <ul className="provenance">
        {entry.messages.map((message) => (
          <li key={message.text}>
            <q>{message.text}</q>{' '}
            <span className="source">
              —{' '}
              {message.sources
                .map(
                  (source) =>
                    `${source.place === 'table' ? 'error table' : 'sample response'}, ${revisionLabels[source.revision]}`,
                )
                .join('; ')}
            </span>
          </li>
        ))}
        {entry.aliases.map((alias) => (
          <li key={alias.code}>
            Spelled <code>{alias.code}</code> in the{' '}
            {alias.revisions.map((r) => revisionLabels[r]).join(' and ')}: {alias.note}
          </li>
        ))}
        <li>Listed in the {entry.revisions.map((r) => revisionLabels[r]).join(' and ')}.</li>
      </ul>
    </>
  );
}
