import {
  KEY_STATES,
  keyStateOperations,
  keyStateRow,
  operationsReturning,
} from '../../catalog/operations/operations.ts';
import { originOf } from '../../catalog/origin.ts';
import type { CatalogFacts } from '../../catalog/types.ts';
import { ViewLink } from '../shared/ViewLink.tsx';
import type { ViewChange } from '../../app/viewState.ts';
import { useViewText } from '../text/useViewText.ts';

interface Props {
  entry: CatalogFacts;
  onGo: (to: ViewChange) => void;
}

/** Which operations return a code, with the status and wording each documents, and in which key states. */
export function EntryOperations({ entry, onGo }: Props) {
  const { ui, catalog } = useViewText();
  const text = ui.entry.operations;
  const returning = operationsReturning(entry.code);
  const origin = originOf(entry);
  const byState = KEY_STATES.map((state) => ({
    state,
    operations: keyStateOperations.filter((name) => keyStateRow(name)?.outcomes[state] === entry.code),
  })).filter((row) => row.operations.length > 0);
  return (
    <>
      <h3>{text.heading}</h3>
      {origin === 'page' && <p>{text.page(returning.length > 0)}</p>}
      {origin === 'gateway' && <p>{text.gateway}</p>}
      {origin === 'operations' && <p>{text.operations}</p>}
      {returning.length > 0 && (
        <div className="table-scroll">
          <table className="entry-operations">
            <caption>{text.caption(entry.code)}</caption>
            <thead>
              <tr>
                <th scope="col">{text.columns.operation}</th>
                <th scope="col">{text.columns.status}</th>
                <th scope="col">{text.columns.message}</th>
              </tr>
            </thead>
            <tbody>
              {returning.map((error) => (
                <tr key={`${error.operation}|${error.status}|${error.message}`}>
                  <th scope="row">
                    <ViewLink to={{ op: error.operation }} onGo={onGo}>
                      {error.operation}
                    </ViewLink>
                  </th>
                  <td>{error.status}</td>
                  <td>{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {byState.length > 0 && (
        <>
          <h3>{text.byState}</h3>
          <ul>
            {byState.map(({ state, operations }) => (
              <li key={state}>
                {text.onKey[0]}
                <strong>{catalog.keyState[state]}</strong>
                {text.onKey[1]}
                {operations.join(ui.shared.listSeparator)}
                {ui.shared.fullStop}
              </li>
            ))}
          </ul>
          <p>
            <ViewLink to={{ page: 'key-states' }} onGo={onGo}>
              {text.everyByState}
            </ViewLink>
          </p>
        </>
      )}
    </>
  );
}
