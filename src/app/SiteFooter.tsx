import { REPOSITORY_URL, reportIssueUrl } from './project.ts';

/** What a reader should know about the page: where it comes from, what happens to a paste, where to go. */
export function SiteFooter() {
  return (
    <footer className="site">
      <p>
        Made from Alibaba Cloud&apos;s KMS documentation and API metadata, and the API gateway&apos;s own
        wordings; each entry names its sources. An independent project, not an Alibaba Cloud product.
      </p>
      <p>
        <strong>What you paste stays in this browser tab.</strong> Decoding happens on your device; the page
        is not allowed to send anything anywhere, and it stores nothing.
      </p>
      <p className="footer-links">
        <a href={reportIssueUrl()} target="_blank" rel="noopener noreferrer">
          Report a missing or wrong code
        </a>
        <a href={REPOSITORY_URL} target="_blank" rel="noopener noreferrer">
          Source code
        </a>
      </p>
    </footer>
  );
}
