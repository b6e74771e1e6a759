import { use } from 'react';
import { exampleJson, exampleXml } from '../../catalog/examples.ts';
import { familyOf } from '../../catalog/families.ts';
import { statusesOf } from '../../catalog/statuses.ts';
import type { CatalogFacts } from '../../catalog/types.ts';
import { ActorBadge, RetryBadge, StatusBadge } from '../shared/Badges.tsx';
import { CodeButtons } from '../shared/CodeButtons.tsx';
import { CodeText } from '../shared/CodeText.tsx';
import { CopyButton } from '../shared/CopyButton.tsx';
import { loadCatalog } from '../text/loaders.ts';
import { EntryLinks } from './EntryLinks.tsx';
import { EntryProvenance } from './EntryProvenance.tsx';
import { EntryOperations } from './EntryOperations.tsx';
import type { ViewChange } from '../../app/viewState.ts';
import { useViewText } from '../text/useViewText.ts';

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
  const { lang, ui, catalog } = useViewText();
  // The dialog knows only the facts; the guidance, in the page's language, loads with this component
  // (the dialog's Suspense shows meanwhile).
  const entries = use(loadCatalog(lang));
  const entry = entries.find((candidate) => candidate.code === facts.code) ?? { ...facts, ...NO_GUIDANCE };
  const familyName = familyOf(entry.code);
  const family = { label: catalog.family[familyName], explanation: catalog.familyMeaning[familyName] };
  const statuses = statusesOf(entry);
  const text = ui.entry;
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
          {text.viaBefore}
          <code>{via}</code>
          {text.viaAfter}
        </p>
      )}
      <p className="meaning">{entry.meaning}</p>
      <section className="next-step" aria-labelledby="entry-fixes">
        <h3 id="entry-fixes">{text.whatToDo}</h3>
        <ol>
          {entry.fixes.map((fix) => (
            <li key={fix}>{fix}</li>
          ))}
        </ol>
      </section>
      {entry.avoid && (
        <p className="avoid">
          <strong>{text.doNot}</strong> {entry.avoid}
        </p>
      )}
      <h3>{text.causes}</h3>
      <ul>
        {entry.causes.map((cause) => (
          <li key={cause}>{cause}</li>
        ))}
      </ul>
      <EntryLinks entry={entry} />
      <h3>{text.familyHeading}</h3>
      <p>
        <code>{family.label}</code>
        {ui.shared.colon}
        {family.explanation}
        {text.category(catalog.category[entry.category])}
      </p>
      <EntryOperations entry={entry} onGo={onGo} />
      <EntryProvenance entry={entry} />
      <h3>{text.examples}</h3>
      <div className="copies">
        <CopyButton text={entry.code} label={text.copyCode} />
        <CopyButton text={link} label={text.copyLink} />
      </div>
      <figure>
        <figcaption>{text.jsonBody}</figcaption>
        <pre tabIndex={0}>{exampleJson(entry)}</pre>
        <CopyButton text={exampleJson(entry)} label={text.copyJson} />
      </figure>
      <figure>
        <figcaption>{text.xmlBody}</figcaption>
        <pre tabIndex={0}>{exampleXml(entry)}</pre>
        <CopyButton text={exampleXml(entry)} label={text.copyXml} />
      </figure>
      <h3>{text.related}</h3>
      <CodeButtons codes={entry.related} onOpen={onOpen} />
    </article>
  );
}
