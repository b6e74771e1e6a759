import { useEffect, useRef } from 'react';

/**
 * After a "show more" button, moves the focus to the first item added, so a keyboard user lands on what
 * they asked for, and never on the page's start when the last page removes the button. Returns what the
 * button calls before asking for more.
 */
export function useFocusFirstAdded(count: number, focusItem: (index: number) => void): () => void {
  const from = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (from.current === undefined || count <= from.current) return;
    focusItem(from.current);
    from.current = undefined;
  }, [count, focusItem]);
  return () => {
    from.current = count;
  };
}
