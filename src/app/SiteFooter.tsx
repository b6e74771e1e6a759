import type { FooterText } from './footerText.ts';
import { REPOSITORY_URL, reportIssueUrl } from './project.ts';

/**
 * What a reader should know about the page: where it comes from, what happens to a paste, where to go.
 * Static: the build renders it into each page after the app's root (scripts/prerender.mjs), and nothing
 * hydrates it.
 */
export function SiteFooter({ words }: { words: FooterText }) {
  return (
    <footer className="site">
      <p>{words.sources}</p>
      <p>
        <strong>{words.privacyHeading}</strong> {words.privacy}
      </p>
      <p className="footer-links">
        <a href={reportIssueUrl()} target="_blank" rel="noopener noreferrer">
          {words.report}
        </a>
        <a href={REPOSITORY_URL} target="_blank" rel="noopener noreferrer">
          {words.source}
        </a>
      </p>
    </footer>
  );
}
