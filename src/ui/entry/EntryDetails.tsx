import { exampleJson, exampleXml } from '../../catalog/examples.ts';
import { families, familyOf } from '../../catalog/families.ts';
import { actorLabels, categoryLabels, retryLabels } from '../../catalog/labels.ts';
import { catalog } from '../../catalog/catalog.ts';
import { statusesOf } from '../../catalog/statuses.ts';
import type { CatalogFacts } from '../../catalog/types.ts';
import { CodeButtons } from '../shared/CodeButtons.tsx';
import { CopyButton } from '../shared/CopyButton.tsx';
import { EntryProvenance } from './EntryProvenance.tsx';
import { EntryOperations } from './EntryOperations.tsx';
import type { ViewChange } from '../../app/viewState.ts';

const NO_GUIDANCE = { meaning: '', causes: [], fixes: [], related: [] };

interface Props {
  entry: CatalogFacts;
  via?: string;
  link: string;
  onOpen: (code: string) => void;
  onGo: (to: ViewChange) => void;
}

/** Everything the catalog says of one code, in the order a support engineer needs it. */
export function EntryDetails({ entry: facts, via, link, onOpen, onGo }: Props) {
  // This component loads with the guidance; the dialog knows only the facts.
  const entry = catalog.find((candidate) => candidate.code === facts.code) ?? { ...facts, ...NO_GUIDANCE };
  const family = families[familyOf(entry.code)];
  return (
    <article>
      <h2 id="entry-title">
        <code>{entry.code}</code>{' '}
        <span className="badge">
          {entry.httpStatus === null ? 'HTTP status not documented' : `HTTP ${statusesOf(entry).join(' · ')}`}
        </span>
      </h2>
      {via && (
        <p className="note">
          You followed <code>{via}</code>, a misspelling of this code that the documentation used.
        </p>
      )}
      <p className="meaning">{entry.meaning}</p>
      <dl className="facts">
        <dt>Who acts</dt>
        <dd>{actorLabels[entry.actor]}</dd>
        <dt>Retry</dt>
        <dd>{retryLabels[entry.retry]}</dd>
        <dt>Category</dt>
        <dd>{categoryLabels[entry.category]}</dd>
        <dt>Family</dt>
        <dd>
          <code>{family.label}</code> — {family.explanation}
        </dd>
      </dl>
      <h3>Likely causes</h3>
      <ul>
        {entry.causes.map((cause) => (
          <li key={cause}>{cause}</li>
        ))}
      </ul>
      <h3>What to do</h3>
      <ol>
        {entry.fixes.map((fix) => (
          <li key={fix}>{fix}</li>
        ))}
      </ol>
      {entry.avoid && (
        <p className="avoid">
          <strong>Do not:</strong> {entry.avoid}
        </p>
      )}
      <EntryOperations entry={entry} onGo={onGo} />
      <EntryProvenance entry={entry} />
      <h3>Example bodies</h3>
      <div className="copies">
        <CopyButton text={entry.code} label="Copy code" />
        <CopyButton text={link} label="Copy link" />
      </div>
      <figure>
        <figcaption>JSON body</figcaption>
        <pre tabIndex={0}>{exampleJson(entry)}</pre>
        <CopyButton text={exampleJson(entry)} label="Copy JSON body" />
      </figure>
      <figure>
        <figcaption>XML body</figcaption>
        <pre tabIndex={0}>{exampleXml(entry)}</pre>
        <CopyButton text={exampleXml(entry)} label="Copy XML body" />
      </figure>
      <h3>Related codes</h3>
      <CodeButtons codes={entry.related} onOpen={onOpen} />
    </article>
  );
}
