import { use } from 'react';
import Fuse from 'fuse.js';
import { facts } from '../../catalog/facts/facts.ts';
import { errorsOf, findOperation, keyStateRow, operations } from '../../catalog/operations/operations.ts';
import { originOf } from '../../catalog/origin.ts';
import { loadOperationSummaries } from '../text/loaders.ts';
import { KeyStateTable } from './KeyStateTable.tsx';
import { ViewLink } from '../shared/ViewLink.tsx';
import type { ViewChange } from '../../app/viewState.ts';
import { useViewText } from '../text/useViewText.ts';

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
  const { lang, ui } = useViewText();
  // What each operation does, in the page's language (loads with the page; App's Suspense shows meanwhile).
  const summaries = use(loadOperationSummaries(lang));
  const operation = findOperation(name);
  if (!operation) return <UnknownOperation name={name} onGo={onGo} />;
  const text = ui.pages.operation;
  const errors = errorsOf(operation.name);
  const row = keyStateRow(operation.name);
  return (
    <article className="page operation" aria-labelledby="page-title">
      <p className="crumbs">
        <ViewLink to={{ page: 'operations' }} onGo={onGo}>
          {ui.pages.operations.heading}
        </ViewLink>{' '}
        › {lang === 'zh-CN' ? operation.groupZh : operation.group}
      </p>
      <h2 id="page-title">
        <code>{operation.name}</code>
      </h2>
      <p className="lead">{summaries[operation.name]}</p>
      <h3>{text.errorsHeading}</h3>
      {errors.length === 0 ? (
        <p>{text.noErrors}</p>
      ) : (
        <div className="table-scroll">
          <table className="operation-errors">
            <caption>{text.caption(errors.length, operation.name)}</caption>
            <thead>
              <tr>
                <th scope="col">{text.columns.status}</th>
                <th scope="col">{text.columns.code}</th>
                <th scope="col">{text.columns.message}</th>
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
                    {error.written !== error.code && (
                      <span className="alias">
                        {' '}
                        {text.written}
                        {error.written}
                      </span>
                    )}
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
          <h3>{text.byStateHeading}</h3>
          <p>
            {text.byState(operation.name, row.targetKey)}
            <ViewLink to={{ page: 'key-states' }} onGo={onGo}>
              {text.everyByState}
            </ViewLink>
          </p>
          <KeyStateTable
            names={[operation.name]}
            caption={text.stateCaption(operation.name)}
            onGo={onGo}
            linkOperations={false}
            from={{ op: operation.name }}
          />
        </>
      )}
      <h3>{text.anyHeading}</h3>
      <p>
        {text.pageCodes}
        <CodeLinks codes={everywhere.page} op={operation.name} onGo={onGo} />
        {ui.shared.fullStop}
      </p>
      <p>
        {text.gatewayCodes}
        <CodeLinks codes={everywhere.gateway} op={operation.name} onGo={onGo} />
        {ui.shared.fullStop}
      </p>
    </article>
  );
}

function CodeLinks({ codes, op, onGo }: { codes: readonly string[]; op: string; onGo: Props['onGo'] }) {
  const { ui } = useViewText();
  return codes.map((code, index) => (
    <span key={code}>
      {index > 0 && ui.shared.listSeparator}
      <ViewLink to={{ op, code }} onGo={onGo}>
        {code}
      </ViewLink>
    </span>
  ));
}

function UnknownOperation({ name, onGo }: Props) {
  const { ui } = useViewText();
  const text = ui.pages.operation;
  const nearest = byName.search(name, { limit: 3 }).map((result) => result.item.name);
  return (
    <article className="page operation" aria-labelledby="page-title">
      <h2 id="page-title">
        <code>{name}</code>
        {text.notOperation}
      </h2>
      {nearest.length > 0 && (
        <p>
          {text.didYouMean}
          {nearest.map((near, index) => (
            <span key={near}>
              {index > 0 && text.or}
              <ViewLink to={{ op: near }} onGo={onGo}>
                {near}
              </ViewLink>
            </span>
          ))}
          {text.didYouMeanEnd}
        </p>
      )}
      <p>
        <ViewLink to={{ page: 'operations' }} onGo={onGo}>
          {text.seeAll}
        </ViewLink>
      </p>
    </article>
  );
}
