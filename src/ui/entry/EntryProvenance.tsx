import { commonErrors } from '../../catalog/sources/extracts.ts';
import type { CatalogEntry, MessageSource } from '../../catalog/types.ts';
import { useViewText } from '../text/useViewText.ts';
import { SourceLink } from './SourceLink.tsx';

/**
 * Every documented or seen wording and spelling, and where each comes from. On the Chinese page, the
 * first wording (the one the API returns) is followed by what it means in Chinese.
 */
export function EntryProvenance({ entry }: { entry: CatalogEntry }) {
  const { ui, catalog } = useViewText();
  const text = ui.entry.provenance;
  return (
    <>
      <h3>{text.heading}</h3>
      <ul className="provenance">
        {entry.messages.map((message, index) => (
          <li key={message.text}>
            <q lang="en">{message.text}</q>
            {index === 0 && entry.says && (
              <p className="says" lang="zh-CN">
                {entry.says}
              </p>
            )}
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
            {text.alsoSpelled}
            <code>{alias.code}</code>
            {ui.shared.colon}
            {catalog.aliasNote[alias.code]}
          </li>
        ))}
        {entry.revisions.length > 0 && (
          <li>
            {text.listedOn}
            {entry.revisions.map((revision, index) => (
              <span key={revision}>
                {index > 0 && text.and}
                <SourceLink origin={commonErrors[revision].origin} />
              </span>
            ))}
            {ui.shared.fullStop}
          </li>
        )}
      </ul>
    </>
  );
}

function Source({ source }: { source: MessageSource }) {
  const { ui, catalog } = useViewText();
  const text = ui.entry.provenance;
  if (source.kind === 'page')
    return (
      <>
        {source.place === 'table' ? text.table : text.sample}
        {text.of}
        {catalog.revision[source.revision]}
      </>
    );
  if (source.kind === 'operations') return <>{text.operations(source.status)}</>;
  return (
    <>
      {text.seen(String(source.status ?? ''))}
      <a href={source.url} rel="noreferrer">
        {source.where}
      </a>
    </>
  );
}
