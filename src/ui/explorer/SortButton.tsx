import type { ReactNode } from 'react';

interface Props {
  direction: false | 'asc' | 'desc';
  onClick: undefined | ((event: unknown) => void);
  children: ReactNode;
}

/** A column header's sort toggle; the arrow is decoration, aria-sort on the header says the order. */
export function SortButton({ direction, onClick, children }: Props) {
  const arrow = direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕';
  return (
    <button type="button" className="sort" onClick={onClick}>
      {children}
      <span aria-hidden="true" className="arrow">
        {arrow}
      </span>
    </button>
  );
}
