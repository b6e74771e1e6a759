import type { ReactNode } from 'react';

interface Props {
  direction: false | 'asc' | 'desc';
  onClick: undefined | ((event: unknown) => void);
  children: ReactNode;
}

/**
 * A column header's sort toggle. Only the sorted column shows its arrow (the others show a faint one on
 * hover and focus); the arrow is decoration, aria-sort on the header says the order.
 */
export function SortButton({ direction, onClick, children }: Props) {
  const arrow = direction === 'asc' ? '▲' : direction === 'desc' ? '▼' : '↕';
  return (
    <button type="button" className={direction ? 'sort sorted' : 'sort'} onClick={onClick}>
      {children}
      <span aria-hidden="true" className="arrow">
        {arrow}
      </span>
    </button>
  );
}
