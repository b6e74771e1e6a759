import type { ReactNode } from 'react';

/**
 * A link that leaves the app, in a new tab so what was pasted stays on this one. Navigation only: the
 * page itself sends nothing anywhere.
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="external">
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
