import { resolveCode } from './catalog/lookup.ts';
import { EntryDialog } from './ui/EntryDialog.tsx';
import { Explorer } from './ui/Explorer.tsx';
import { useUrlView } from './ui/useUrlView.ts';
import { writeView } from './ui/viewState.ts';

/** Layout and URL state; the catalog and decoder do the thinking. */
export function App() {
  const [view, update] = useUrlView();
  const opened = view.code ? resolveCode(view.code) : undefined;
  const link = opened
    ? new URL(writeView({ ...view, code: opened.entry.code }), window.location.href).href
    : '';

  return (
    <>
      <header className="site">
        <h1>KMS Error Explorer</h1>
        <p>Every Alibaba Cloud KMS API error code: what it means, whose move it is, and what to do next.</p>
      </header>
      <main>
        <Explorer view={view} update={update} />
      </main>
      <EntryDialog
        entry={opened?.entry}
        via={opened?.via === 'alias' ? view.code : undefined}
        link={link}
        onOpen={(code) => update({ code })}
        onClose={() => update({ code: '' })}
      />
      <footer className="site">
        <p>
          From the KMS documentation&apos;s two revisions of &ldquo;Responses and common errors&rdquo;.
          Nothing you type or paste leaves this page.
        </p>
      </footer>
    </>
  );
}
