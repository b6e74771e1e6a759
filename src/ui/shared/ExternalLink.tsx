import type { ReactNode } from 'react';
import { useText } from '../../app/pageText.ts';

/**
 * A link that leaves the app, in a new tab so what was pasted stays on this one. Navigation only: the
 * page itself sends nothing anywhere.
 */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const { ui } = useText();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="external">
      {children}
      <span className="visually-hidden">{ui.shared.newTab}</span>
    </a>
  );
}
