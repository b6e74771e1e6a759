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

interface Props {
  entry: CatalogFacts;
  onGo: (to: ViewChange) => void;
}

/** Which operations return a code, with the status and wording each documents, and in which key states. */
export function EntryOperations({ entry, onGo }: Props) {
  const returning = operationsReturning(entry.code);
  const origin = originOf(entry);
  const byState = KEY_STATES.map((state) => ({
    state,
    operations: keyStateOperations.filter((name) => keyStateRow(name)?.outcomes[state] === entry.code),
  })).filter((row) => row.operations.length > 0);
  return (
    <>
      <h3>Operations that return it</h3>
      {origin === 'page' && (
        <p>
          It is on the common-errors page, so any KMS operation can return it
          {returning.length ? '; these document it too:' : '.'}
        </p>
      )}
      {origin === 'gateway' && (
        <p>
          The API gateway in front of every Alibaba Cloud product returns it before the request reaches KMS,
          so any operation can get it.
        </p>
      )}
      {origin === 'operations' && <p>The references of these operations document it:</p>}
      {returning.length > 0 && (
        <div className="table-scroll">
          <table className="entry-operations">
            <caption>Operations documenting {entry.code}</caption>
            <thead>
              <tr>
                <th scope="col">Operation</th>
                <th scope="col">HTTP status</th>
                <th scope="col">Message as documented</th>
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
          <h3>In the key-state table</h3>
          <ul>
            {byState.map(({ state, operations }) => (
              <li key={state}>
                On a key that is <strong>{state}</strong>: {operations.join(', ')}.
              </li>
            ))}
          </ul>
          <p>
            <ViewLink to={{ page: 'key-states' }} onGo={onGo}>
              Every operation by key state
            </ViewLink>
          </p>
        </>
      )}
    </>
  );
}
