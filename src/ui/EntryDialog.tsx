import { useEffect, useRef } from 'react';
import type { CatalogEntry } from '../catalog/types.ts';
import { EntryDetails } from './EntryDetails.tsx';

interface Props {
  entry: CatalogEntry | undefined;
  /** The misspelling the link used, when it named the entry by an alias. */
  via?: string;
  link: string;
  onOpen: (code: string) => void;
  onClose: () => void;
}

/** The detail view: a modal dialog, so focus stays in it and Escape closes it. */
export function EntryDialog({ entry, via, link, onOpen, onClose }: Props) {
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
          <EntryDetails entry={entry} via={via} link={link} onOpen={onOpen} />
        </>
      )}
    </dialog>
  );
}
