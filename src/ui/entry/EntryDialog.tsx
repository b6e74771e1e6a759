import { lazy, Suspense, useEffect, useRef } from 'react';
import type { CatalogFacts } from '../../catalog/types.ts';
import type { ViewChange } from '../../app/viewState.ts';

interface Props {
  entry: CatalogFacts | undefined;
  /** The misspelling the link used, when it named the entry by an alias. */
  via?: string;
  link: string;
  onOpen: (code: string) => void;
  onGo: (to: ViewChange) => void;
  onClose: () => void;
}

// The details load when an entry is first opened: the first view shows none.
const EntryDetails = lazy(() => import('./EntryDetails.tsx').then((m) => ({ default: m.EntryDetails })));

/** The detail view: a modal dialog, so focus stays in it and Escape closes it. */
export function EntryDialog({ entry, via, link, onOpen, onGo, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (entry && !element.open) element.showModal();
    if (!entry && element.open) element.close();
  }, [entry]);

  return (
    <dialog ref={dialog} className="entry" aria-labelledby="entry-title" onClose={onClose}>
      {entry && (
        <>
          <div className="dialog-bar">
            <button type="button" className="close" onClick={() => dialog.current?.close()}>
              Close
            </button>
          </div>
          <Suspense fallback={<p>Loading {entry.code}…</p>}>
            <EntryDetails entry={entry} via={via} link={link} onOpen={onOpen} onGo={onGo} />
          </Suspense>
        </>
      )}
    </dialog>
  );
}
