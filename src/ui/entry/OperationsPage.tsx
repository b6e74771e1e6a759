import { errorsOf, keyStateRow, operations } from '../../catalog/operations/operations.ts';
import { operationErrors } from '../../catalog/sources/extracts.ts';
import { SourceLink } from './SourceLink.tsx';
import { ViewLink } from '../shared/ViewLink.tsx';
import type { ViewChange } from '../../app/viewState.ts';

const groups = [...new Set(operations.map((operation) => operation.group))];

/** Every KMS operation by group, with what it does and how many errors its reference documents. */
export function OperationsPage({ onGo }: { onGo: (to: ViewChange) => void }) {
  return (
    <article className="page operations-page" aria-labelledby="page-title">
      <h2 id="page-title">Operations</h2>
      <p className="lead">
        The {operations.length} operations of the KMS API (version 2016-01-20), grouped as Alibaba&apos;s API
        metadata groups them. Each page lists the errors its reference documents and, for operations on a key,
        what it returns in each key state.
      </p>
      {groups.map((group) => (
        <section key={group} aria-labelledby={`group-${group}`}>
          <h3 id={`group-${group}`}>{group}</h3>
          <dl className="operation-list">
            {operations
              .filter((operation) => operation.group === group)
              .map((operation) => (
                <div key={operation.name}>
                  <dt>
                    <ViewLink to={{ op: operation.name }} onGo={onGo}>
                      {operation.name}
                    </ViewLink>
                  </dt>
                  <dd>
                    {operation.summary}{' '}
                    <span className="meta">
                      {errorsOf(operation.name).length} documented errors
                      {keyStateRow(operation.name) ? ', depends on key state' : ''}
                    </span>
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
      <p className="sources">
        Groups and documented errors from <SourceLink origin={operationErrors.origin} />.
      </p>
    </article>
  );
}
