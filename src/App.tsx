import { useCallback, useState } from 'react';
import { resolveCode } from './catalog/lookup.ts';
import { Decoder } from './ui/Decoder.tsx';
import { EntryDialog } from './ui/EntryDialog.tsx';
import { Explorer } from './ui/Explorer.tsx';
import { useUrlView } from './ui/useUrlView.ts';
import { writeView } from './ui/viewState.ts';

/** Layout and URL state; the catalog and decoder do the thinking. */
export function App() {
  const [view, update] = useUrlView();
  const [decoded, setDecoded] = useState<readonly string[]>([]);
  const opened = view.code ? resolveCode(view.code) : undefined;
  const linkFor = (code: string) => new URL(writeView({ ...view, code }) || '?', window.location.href).href;
  const open = (code: string) => update({ code });
  const onMatched = useCallback((codes: readonly string[]) => setDecoded(codes), []);

  return (
    <>
      <header className="site">
        <h1>KMS Error Explorer</h1>
        <p>Every Alibaba Cloud KMS API error code: what it means, whose move it is, and what to do next.</p>
      </header>
      <main>
        <Decoder linkFor={linkFor} onOpen={open} onMatched={onMatched} />
        <Explorer view={view} update={update} decoded={decoded} />
      </main>
      <EntryDialog
        entry={opened?.entry}
        via={opened?.via === 'alias' ? view.code : undefined}
        link={opened ? linkFor(opened.entry.code) : ''}
        onOpen={open}
        onClose={() => update({ code: '' })}
      />
      <footer className="site">
        <p>
          From the KMS documentation&apos;s two revisions of &ldquo;Responses and common errors&rdquo;.
          Nothing you type or paste leaves this page: decoding runs in your browser, and the page&apos;s
          Content-Security-Policy (<code>connect-src &apos;none&apos;</code>) forbids it to send anything
          anywhere. Your browser enforces that, not us; its developer tools show the policy and every request.
        </p>
      </footer>
    </>
  );
}
