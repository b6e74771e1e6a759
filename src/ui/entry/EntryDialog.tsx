import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import type { CatalogFacts } from '../../catalog/types.ts';
import type { ViewChange } from '../../app/viewState.ts';
import { useText } from '../../app/pageText.ts';

interface Props {
  entry: CatalogFacts | undefined;
  /** A code named in the URL that the catalog does not have. */
  unknown?: string;
  /** The misspelling the link used, when it named the entry by an alias. */
  via?: string;
  link: string;
  onOpen: (code: string) => void;
  onGo: (to: ViewChange) => void;
  onClose: () => void;
  /** The link to this entry on the other language's page: the header's is behind the modal dialog. */
  otherLanguage: ReactNode;
}

// The details load when an entry is first opened: the first view shows none. They read the catalog of
// the page's language, which loads then too; the fallback below shows meanwhile.
const EntryDetails = lazy(() => import('./EntryDetails.tsx').then((m) => ({ default: m.EntryDetails })));
const UnknownCode = lazy(() => import('./UnknownCode.tsx').then((m) => ({ default: m.UnknownCode })));

/** The detail view: a modal dialog, so focus stays in it and Escape closes it. */
export function EntryDialog({ entry, unknown, via, link, onOpen, onGo, onClose, otherLanguage }: Props) {
  const { ui } = useText();
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const shown = entry !== undefined || unknown !== undefined;
    if (shown && !element.open) element.showModal();
    if (!shown && element.open) element.close();
  }, [entry, unknown]);

  return (
    <dialog ref={dialog} className="entry" aria-labelledby="entry-title" onClose={onClose}>
      {(entry || unknown) && (
        <>
          <div className="dialog-bar">
            {otherLanguage}
            <button type="button" className="close" onClick={() => dialog.current?.close()}>
              {ui.shared.close}
            </button>
          </div>
          <Suspense fallback={<p>{ui.shared.loadingCode(entry?.code ?? unknown ?? '')}</p>}>
            {entry ? (
              <EntryDetails entry={entry} via={via} link={link} onOpen={onOpen} onGo={onGo} />
            ) : (
              <UnknownCode code={unknown!} onOpen={onOpen} />
            )}
          </Suspense>
        </>
      )}
    </dialog>
  );
}
