import { catalog } from '../../catalog/catalog.ts';
import { families, familyOf } from '../../catalog/families.ts';
import { troubleshootUrl } from '../../catalog/links.ts';
import { createGuesser } from '../../decode/match/guess.ts';
import { reportIssueUrl } from '../../app/project.ts';
import { CodeButtons } from '../shared/CodeButtons.tsx';
import { CodeText } from '../shared/CodeText.tsx';
import { ExternalLink } from '../shared/ExternalLink.tsx';

const guesser = createGuesser(catalog);

/**
 * A code the catalog does not have, named in a link: said plainly, with what its family means, codes it
 * resembles (as guesses), Alibaba's troubleshooting page for it, and a way to report it missing.
 */
export function UnknownCode({ code, onOpen }: { code: string; onOpen: (code: string) => void }) {
  const familyName = familyOf(code);
  const family = familyName === 'none' ? undefined : families[familyName];
  const guesses = guesser.code(code).map((entry) => entry.code);
  return (
    <article className="entry-details">
      <h2 id="entry-title">
        <CodeText code={code} />
      </h2>
      <p className="meaning">
        <strong>Not in the catalog.</strong> No KMS documentation or API gateway list this catalog is built
        from names this code.
      </p>
      {family && (
        <p>
          Its prefix is known: <code>{family.label}</code> {family.explanation}
        </p>
      )}
      {guesses.length > 0 && (
        <>
          <p>Codes it resembles (guesses, not matches):</p>
          <CodeButtons codes={guesses} onOpen={onOpen} />
        </>
      )}
      <ul className="ways-out">
        <li>
          <ExternalLink href={troubleshootUrl(code)}>Alibaba&apos;s troubleshooting page for it</ExternalLink>
        </li>
        <li>
          <ExternalLink href={reportIssueUrl(code)}>Report it as missing</ExternalLink>
        </li>
      </ul>
    </article>
  );
}
