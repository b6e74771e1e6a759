import { KEY_STATES, keyStateOperations } from '../../catalog/operations/operations.ts';
import { keyStateTables } from '../../catalog/sources/extracts.ts';
import { SourceLink } from './SourceLink.tsx';
import type { ViewChange } from '../../app/viewState.ts';
import { useViewText } from '../text/useViewText.ts';
import { KeyStateTable } from './KeyStateTable.tsx';

/** The key lifecycle, and what each operation returns in each key state. */
export function KeyStatesPage({ onGo }: { onGo: (to: ViewChange) => void }) {
  const { ui, catalog } = useViewText();
  const text = ui.pages.keyStates;
  return (
    <article className="page key-states-page" aria-labelledby="page-title">
      <h2 id="page-title">{text.heading}</h2>
      <p className="lead">
        {text.lead[0]}
        <code>Rejected.</code>
        {text.lead[1]}
      </p>
      <ul className="lifecycle">
        {KEY_STATES.map((state) => (
          <li key={state}>
            <strong>{catalog.keyState[state]}</strong>
            {ui.shared.colon}
            {text.lifecycle[state]}
          </li>
        ))}
      </ul>
      <p>
        {text.stateModified[0]}
        <code>Rejected.StateModifiedFailed</code>
        {text.stateModified[1]}
      </p>
      <KeyStateTable
        names={keyStateOperations}
        caption={text.caption}
        onGo={onGo}
        linkOperations
        from={{ page: 'key-states' }}
      />
      <p className="sources">
        {text.from}
        {keyStateTables.map((table, index) => (
          <span key={table.origin.document}>
            {index > 0 && text.and}
            <SourceLink origin={table.origin} />
          </span>
        ))}
        {text.notInTable}
      </p>
    </article>
  );
}
