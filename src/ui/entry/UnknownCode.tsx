import { facts } from '../../catalog/facts/facts.ts';
import { familyOf } from '../../catalog/families.ts';
import { troubleshootUrl } from '../../catalog/links.ts';
import { createGuesser } from '../../decode/match/guess.ts';
import { reportIssueUrl } from '../../app/project.ts';
import { useViewText } from '../text/useViewText.ts';
import { CodeButtons } from '../shared/CodeButtons.tsx';
import { CodeText } from '../shared/CodeText.tsx';
import { ExternalLink } from '../shared/ExternalLink.tsx';

// The guesses need only codes and spellings, the same in every language: the facts, without guidance.
const guesser = createGuesser(
  facts.map((entry) => ({ ...entry, meaning: '', causes: [], fixes: [], related: [] })),
);

/**
 * A code the catalog does not have, named in a link: said plainly, with what its family means, codes it
 * resembles (as guesses), Alibaba's troubleshooting page for it, and a way to report it missing.
 */
export function UnknownCode({ code, onOpen }: { code: string; onOpen: (code: string) => void }) {
  const { ui, catalog } = useViewText();
  const text = ui.entry.unknown;
  const familyName = familyOf(code);
  const family =
    familyName === 'none'
      ? undefined
      : { label: catalog.family[familyName], explanation: catalog.familyMeaning[familyName] };
  const guesses = guesser.code(code).map((entry) => entry.code);
  return (
    <article className="entry-details">
      <h2 id="entry-title">
        <CodeText code={code} />
      </h2>
      <p className="meaning">
        <strong>{text.notInCatalog}</strong>
        {text.explain}
      </p>
      {family && (
        <p>
          {text.family}
          <code>{family.label}</code> {family.explanation}
        </p>
      )}
      {guesses.length > 0 && (
        <>
          <p>{text.resembles}</p>
          <CodeButtons codes={guesses} onOpen={onOpen} />
        </>
      )}
      <ul className="ways-out">
        <li>
          <ExternalLink href={troubleshootUrl(code)}>{text.troubleshoot}</ExternalLink>
        </li>
        <li>
          <ExternalLink href={reportIssueUrl(code)}>{text.report}</ExternalLink>
        </li>
      </ul>
    </article>
  );
}
