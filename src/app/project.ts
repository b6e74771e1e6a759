// The project's own home: its repository, where a missing or wrong code is reported. The deploy sets it
// to the repository it runs in (VITE_REPOSITORY_URL, from GitHub's context); a build elsewhere names the
// project's public home.
const DEFAULT_REPOSITORY = 'https://github.com/kms-error-explorer/kms-error-explorer';

/** The project's repository on GitHub. */
export const REPOSITORY_URL: string =
  (import.meta.env.VITE_REPOSITORY_URL as string | undefined) || DEFAULT_REPOSITORY;

/**
 * A new issue on the project's repository, prefilled to report a missing or wrong code. Only a link:
 * the reader's browser opens it, nothing is sent by the page, and nothing pasted goes into it.
 */
export function reportIssueUrl(code?: string): string {
  const title = code ? `Missing or wrong: ${code}` : 'A missing or wrong KMS error code';
  const body = [
    code ? `Code: ${code}` : 'Code:',
    '',
    'What is missing or wrong:',
    '',
    'Where you met it (operation, SDK or CLI, region), without credentials:',
    '',
  ].join('\n');
  return `${REPOSITORY_URL}/issues/new?title=${encodeURIComponent(title)}&body=${encodeURIComponent(body)}`;
}
