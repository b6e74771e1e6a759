import { exampleJson, exampleXml } from '../../catalog/examples.ts';
import { families, familyOf } from '../../catalog/families.ts';
import { categoryLabels } from '../../catalog/labels.ts';
import { catalog } from '../../catalog/catalog.ts';
import { statusesOf } from '../../catalog/statuses.ts';
import type { CatalogFacts } from '../../catalog/types.ts';
import { ActorBadge, RetryBadge, StatusBadge } from '../shared/Badges.tsx';
import { CodeButtons } from '../shared/CodeButtons.tsx';
import { CodeText } from '../shared/CodeText.tsx';
import { CopyButton } from '../shared/CopyButton.tsx';
import { EntryLinks } from './EntryLinks.tsx';
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

/**
 * Everything the catalog says of one code, in the order a support engineer needs it: what it means,
 * what to do and not to do; then why it happens, its family, where it comes from, and examples.
 */
export function EntryDetails({ entry: facts, via, link, onOpen, onGo }: Props) {
  // This component loads with the guidance; the dialog knows only the facts.
  const entry = catalog.find((candidate) => candidate.code === facts.code) ?? { ...facts, ...NO_GUIDANCE };
  const family = families[familyOf(entry.code)];
  const statuses = statusesOf(entry);
  return (
    <article className="entry-details">
      <header>
        <h2 id="entry-title">
          <CodeText code={entry.code} />
        </h2>
        <p className="badges">
          {statuses.length === 0 && <StatusBadge status={null} />}
          {statuses.map((status) => (
            <StatusBadge key={status} status={status} />
          ))}
          <ActorBadge actor={entry.actor} />
          <RetryBadge retry={entry.retry} />
        </p>
      </header>
      {via && (
        <p className="note">
          You followed <code>{via}</code>, a misspelling of this code that the documentation used.
        </p>
      )}
      <p className="meaning">{entry.meaning}</p>
      <section className="next-step" aria-labelledby="entry-fixes">
        <h3 id="entry-fixes">What to do</h3>
        <ol>
          {entry.fixes.map((fix) => (
            <li key={fix}>{fix}</li>
          ))}
        </ol>
      </section>
      {entry.avoid && (
        <p className="avoid">
          <strong>Do not:</strong> {entry.avoid}
        </p>
      )}
      <h3>Likely causes</h3>
      <ul>
        {entry.causes.map((cause) => (
          <li key={cause}>{cause}</li>
        ))}
      </ul>
      <EntryLinks entry={entry} />
      <h3>Family and category</h3>
      <p>
        <code>{family.label}</code>: {family.explanation} Category: {categoryLabels[entry.category]}.
      </p>
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
