import type { MouseEvent } from 'react';
import { RetryBadge, StatusBadge } from '../shared/Badges.tsx';
import { Highlighted } from './Highlighted.tsx';
import type { ShownHit } from './useCatalogSearch.ts';
import { useText } from '../../app/pageText.ts';

interface Props {
  hit: ShownHit;
  isOpen: boolean;
  isDecoded: boolean;
  href: string;
  onOpen: (code: string) => void;
}

/** One code in the table: a link that opens it, its highlights, and whether the decoder matched it. */
export function CodeRow({ hit, isOpen, isDecoded, href, onOpen }: Props) {
  const { lang, ui, catalog } = useText();
  const code = hit.entry.code;
  // A plain click opens the entry in place; modified clicks keep the browser's (new tab, window).
  // The link's click also reaches the row, which must not open the entry twice.
  const open = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    event.preventDefault();
    onOpen(code);
  };
  return (
    <tr
      className={[isOpen && 'open', isDecoded && 'decoded'].filter(Boolean).join(' ') || undefined}
      onClick={open}
    >
      <th scope="row" className="code">
        <a className="row-link" href={href} onClick={open}>
          <Highlighted text={code} spans={hit.code} code />
        </a>
        {isDecoded && <span className="decoded-badge">{ui.explorer.decoded}</span>}
        {hit.alias && (
          <span className="alias">
            {ui.explorer.alsoSpelled}
            <Highlighted text={hit.alias.code} spans={hit.alias.spans} code />
          </span>
        )}
      </th>
      <td className="status">
        <StatusBadge status={hit.entry.httpStatus} />
      </td>
      <td className="message">
        {/* The API's message as it returns it: English on either page. */}
        <span lang={lang === 'en' ? undefined : 'en'}>
          <Highlighted text={hit.entry.messages[0]?.text ?? ''} spans={hit.message} />
        </span>
        {/* A Chinese query's rows say in Chinese what the message means, with what matched marked. */}
        {hit.says && (
          <span className="says" lang="zh-CN">
            <Highlighted text={hit.says.text} spans={hit.says.spans} />
          </span>
        )}
        <span className="category">{catalog.category[hit.entry.category]}</span>
      </td>
      <td className="retry">
        <RetryBadge retry={hit.entry.retry} />
      </td>
    </tr>
  );
}
