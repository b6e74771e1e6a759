import { KEY_STATES, keyStateRow, operations, type Operation } from '../../catalog/operations/operations.ts';
import { ViewLink } from '../shared/ViewLink.tsx';
import type { ViewChange } from '../../app/viewState.ts';
import { useViewText } from '../text/useViewText.ts';

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

const byName = new Map<string, Operation>(operations.map((operation) => [operation.name, operation]));

/** Operations by key state: each cell says success, or the code the operation returns, linked to its entry. */
export function KeyStateTable({ names, caption, onGo, linkOperations, from }: Props) {
  const { lang, ui, catalog } = useViewText();
  const text = ui.pages.keyStates;
  const groupOf = (name: string) => {
    const operation = byName.get(name);
    return lang === 'zh-CN' ? operation?.groupZh : operation?.group;
  };
  return (
    <div className="table-scroll">
      <table className="key-states">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{text.operation}</th>
            {KEY_STATES.map((state) => (
              <th key={state} scope="col">
                {catalog.keyState[state]}
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
                  {row.targetKey && <span className="note">{text.targetKey}</span>}
                  <span className="group">{groupOf(name)}</span>
                </th>
                {KEY_STATES.map((state) => {
                  const outcome = row.outcomes[state];
                  return outcome === 'Success' ? (
                    <td key={state} className="outcome success">
                      {text.succeeds}
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
