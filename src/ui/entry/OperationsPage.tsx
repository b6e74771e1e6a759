import { use } from 'react';
import { errorsOf, keyStateRow, operations } from '../../catalog/operations/operations.ts';
import { operationErrors } from '../../catalog/sources/extracts.ts';
import { loadOperationSummaries } from '../text/loaders.ts';
import { SourceLink } from './SourceLink.tsx';
import { ViewLink } from '../shared/ViewLink.tsx';
import type { ViewChange } from '../../app/viewState.ts';
import { useViewText } from '../text/useViewText.ts';

// Each group by its English name (which the section ids keep), with its name in Alibaba's Chinese metadata.
const groups = [...new Map(operations.map((operation) => [operation.group, operation.groupZh]))];

/** Every KMS operation by group, with what it does and how many errors its reference documents. */
export function OperationsPage({ onGo }: { onGo: (to: ViewChange) => void }) {
  const { lang, ui } = useViewText();
  const text = ui.pages.operations;
  // What each operation does, in the page's language (loads with the page; App's Suspense shows meanwhile).
  const summaries = use(loadOperationSummaries(lang));
  return (
    <article className="page operations-page" aria-labelledby="page-title">
      <h2 id="page-title">{text.heading}</h2>
      <p className="lead">{text.lead(operations.length)}</p>
      {groups.map(([group, groupZh]) => (
        <section key={group} aria-labelledby={`group-${group}`}>
          <h3 id={`group-${group}`}>{lang === 'zh-CN' ? groupZh : group}</h3>
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
                    {summaries[operation.name]}{' '}
                    <span className="meta">
                      {text.documented(errorsOf(operation.name).length)}
                      {keyStateRow(operation.name) ? text.dependsOnState : ''}
                    </span>
                  </dd>
                </div>
              ))}
          </dl>
        </section>
      ))}
      <p className="sources">
        {text.sources}
        <SourceLink origin={operationErrors.origin} />
        {ui.shared.fullStop}
      </p>
    </article>
  );
}
