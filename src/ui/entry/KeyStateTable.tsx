import { KEY_STATES, keyStateRow, operations } from '../../catalog/operations/operations.ts';
import { ViewLink } from '../shared/ViewLink.tsx';
import type { ViewChange } from '../../app/viewState.ts';

interface Props {
  /** The operations to show, one row each, in this order. */
  names: readonly string[];
  caption: string;
  onGo: (to: ViewChange) => void;
  /** Whether each row's operation links to its page (not on that page itself). */
  linkOperations: boolean;
  /** The page a code's entry opens over. */
  from: ViewChange;
}

const groupOf = new Map<string, string>(operations.map((operation) => [operation.name, operation.group]));

/** Operations by key state: each cell says success, or the code the operation returns, linked to its entry. */
export function KeyStateTable({ names, caption, onGo, linkOperations, from }: Props) {
  return (
    <div className="table-scroll">
      <table className="key-states">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Operation</th>
            {KEY_STATES.map((state) => (
              <th key={state} scope="col">
                {state}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {names.map((name) => {
            const row = keyStateRow(name);
            if (!row) return null;
            return (
              <tr key={name}>
                <th scope="row">
                  {linkOperations ? (
                    <ViewLink to={{ op: name }} onGo={onGo}>
                      {name}
                    </ViewLink>
                  ) : (
                    name
                  )}
                  {row.targetKey && <span className="note"> (target key)</span>}
                  <span className="group">{groupOf.get(name)}</span>
                </th>
                {KEY_STATES.map((state) => {
                  const outcome = row.outcomes[state];
                  return outcome === 'Success' ? (
                    <td key={state} className="outcome success">
                      Succeeds
                    </td>
                  ) : (
                    <td key={state} className="outcome refused">
                      <ViewLink to={{ ...from, code: outcome }} onGo={onGo}>
                        {outcome}
                      </ViewLink>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
