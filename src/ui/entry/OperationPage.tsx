import Fuse from 'fuse.js';
import { facts } from '../../catalog/facts/facts.ts';
import { errorsOf, findOperation, keyStateRow, operations } from '../../catalog/operations/operations.ts';
import { originOf } from '../../catalog/origin.ts';
import { KeyStateTable } from './KeyStateTable.tsx';
import { ViewLink } from '../shared/ViewLink.tsx';
import type { ViewChange } from '../../app/viewState.ts';

interface Props {
  name: string;
  onGo: (to: ViewChange) => void;
}

// Codes that any call can meet, whichever operation: the common-errors page's and the gateway's.
const everywhere = {
  page: facts.filter((entry) => originOf(entry) === 'page').map((entry) => entry.code),
  gateway: facts.filter((entry) => originOf(entry) === 'gateway').map((entry) => entry.code),
};
const byName = new Fuse(operations, { keys: ['name'], threshold: 0.4 });

/** One operation: what it does, the errors its reference documents, and how the key's state changes it. */
export function OperationPage({ name, onGo }: Props) {
  const operation = findOperation(name);
  if (!operation) return <UnknownOperation name={name} onGo={onGo} />;
  const errors = errorsOf(operation.name);
  const row = keyStateRow(operation.name);
  return (
    <article className="page operation" aria-labelledby="page-title">
      <p className="crumbs">
        <ViewLink to={{ page: 'operations' }} onGo={onGo}>
          Operations
        </ViewLink>{' '}
        › {operation.group}
      </p>
      <h2 id="page-title">
        <code>{operation.name}</code>
      </h2>
      <p className="lead">{operation.summary}</p>
      <h3>Errors its reference documents</h3>
      {errors.length === 0 ? (
        <p>Its reference lists no error of its own; the codes below apply to it as to every operation.</p>
      ) : (
        <div className="table-scroll">
          <table className="operation-errors">
            <caption>
              {errors.length} documented {errors.length === 1 ? 'error' : 'errors'} of {operation.name}
            </caption>
            <thead>
              <tr>
                <th scope="col">HTTP status</th>
                <th scope="col">Code</th>
                <th scope="col">Message as documented</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((error) => (
                <tr key={`${error.written}|${error.status}|${error.message}`}>
                  <td className="status">{error.status}</td>
                  <th scope="row" className="code">
                    <ViewLink to={{ op: operation.name, code: error.code }} onGo={onGo}>
                      {error.code}
                    </ViewLink>
                    {error.written !== error.code && <span className="alias"> written {error.written}</span>}
                  </th>
                  <td className="message">{error.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {row && (
        <>
          <h3>By key state</h3>
          <p>
            What {operation.name} returns on a key in each state
            {row.targetKey ? ' (the state of the key the alias is to point to)' : ''}.{' '}
            <ViewLink to={{ page: 'key-states' }} onGo={onGo}>
              Every operation by key state
            </ViewLink>
          </p>
          <KeyStateTable
            names={[operation.name]}
            caption={`${operation.name} by key state`}
            onGo={onGo}
            linkOperations={false}
            from={{ op: operation.name }}
          />
        </>
      )}
      <h3>Errors any operation can return</h3>
      <p>
        The common-errors page&apos;s codes apply to every KMS operation:{' '}
        <CodeLinks codes={everywhere.page} op={operation.name} onGo={onGo} />.
      </p>
      <p>
        And every call passes the API gateway that fronts all Alibaba Cloud products first, which can refuse
        it before KMS sees it: <CodeLinks codes={everywhere.gateway} op={operation.name} onGo={onGo} />.
      </p>
    </article>
  );
}

function CodeLinks({ codes, op, onGo }: { codes: readonly string[]; op: string; onGo: Props['onGo'] }) {
  return codes.map((code, index) => (
    <span key={code}>
      {index > 0 && ', '}
      <ViewLink to={{ op, code }} onGo={onGo}>
        {code}
      </ViewLink>
    </span>
  ));
}

function UnknownOperation({ name, onGo }: Props) {
  const nearest = byName.search(name, { limit: 3 }).map((result) => result.item.name);
  return (
    <article className="page operation" aria-labelledby="page-title">
      <h2 id="page-title">
        <code>{name}</code> is not a KMS operation
      </h2>
      {nearest.length > 0 && (
        <p>
          Did you mean{' '}
          {nearest.map((near, index) => (
            <span key={near}>
              {index > 0 && ' or '}
              <ViewLink to={{ op: near }} onGo={onGo}>
                {near}
              </ViewLink>
            </span>
          ))}
          ?
        </p>
      )}
      <p>
        <ViewLink to={{ page: 'operations' }} onGo={onGo}>
          See every operation
        </ViewLink>
      </p>
    </article>
  );
}
