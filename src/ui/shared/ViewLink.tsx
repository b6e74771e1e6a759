import type { MouseEvent, ReactNode } from 'react';
import { viewHref, type ViewChange } from '../../app/viewState.ts';

interface Props {
  to: ViewChange;
  onGo: (to: ViewChange) => void;
  className?: string;
  current?: boolean;
  children: ReactNode;
}

/** A link to another view of the app: a real href (new tab, copy link), followed in place on a plain click. */
export function ViewLink({ to, onGo, className, current, children }: Props) {
  const go = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onGo(to);
  };
  return (
    <a href={viewHref(to)} onClick={go} className={className} aria-current={current ? 'page' : undefined}>
      {children}
    </a>
  );
}
