import { lazy, Suspense, useCallback, useState } from 'react';
import { resolveCode } from '../catalog/lookup.ts';
import { Decoder } from '../ui/decoder/Decoder.tsx';
import { EntryDialog } from '../ui/entry/EntryDialog.tsx';
import { Explorer } from '../ui/explorer/Explorer.tsx';
import { useUrlView } from './useUrlView.ts';
import { ViewLink } from '../ui/shared/ViewLink.tsx';
import { DEFAULT_VIEW, viewUrl, type ViewChange } from './viewState.ts';

// The pages beside the decoder and explorer load when first visited: the first view needs none of them.
const OperationPage = lazy(() =>
  import('../ui/entry/OperationPage.tsx').then((m) => ({ default: m.OperationPage })),
);
const OperationsPage = lazy(() =>
  import('../ui/entry/OperationsPage.tsx').then((m) => ({ default: m.OperationsPage })),
);
const KeyStatesPage = lazy(() =>
  import('../ui/entry/KeyStatesPage.tsx').then((m) => ({ default: m.KeyStatesPage })),
);

/** Layout and URL state; the catalog and decoder do the thinking. */
export function App() {
  const [view, update] = useUrlView();
  const [decoded, setDecoded] = useState<readonly string[]>([]);
  const opened = view.code ? resolveCode(view.code) : undefined;
  const linkFor = (code: string) => viewUrl({ ...view, code });
  const open = (code: string) => update({ code });
  const go = (to: ViewChange) => update({ ...DEFAULT_VIEW, ...to });
  const onMatched = useCallback((codes: readonly string[]) => setDecoded(codes), []);
  const page = view.page || (view.op ? 'operation' : 'home');

  return (
    <>
      <header className="site">
        <h1>KMS Error Explorer</h1>
        <p>Every Alibaba Cloud KMS API error code: what it means, whose move it is, and what to do next.</p>
        <nav aria-label="Pages">
          <ViewLink to={{}} onGo={go} current={page === 'home'}>
            Decode and explore
          </ViewLink>
          <ViewLink
            to={{ page: 'operations' }}
            onGo={go}
            current={page === 'operations' || page === 'operation'}
          >
            Operations
          </ViewLink>
          <ViewLink to={{ page: 'key-states' }} onGo={go} current={page === 'key-states'}>
            Key states
          </ViewLink>
        </nav>
      </header>
      <main>
        {/* Hidden, not unmounted, on the other pages: what was pasted or searched is still there on return. */}
        <div className="home" hidden={page !== 'home'}>
          <Decoder linkFor={linkFor} onOpen={open} onMatched={onMatched} />
          <Explorer view={view} update={update} decoded={decoded} onGo={go} />
        </div>
        {page !== 'home' && (
          <Suspense fallback={<p>Loading…</p>}>
            {page === 'operation' && <OperationPage name={view.op} onGo={go} />}
            {page === 'operations' && <OperationsPage onGo={go} />}
            {page === 'key-states' && <KeyStatesPage onGo={go} />}
          </Suspense>
        )}
      </main>
      <EntryDialog
        entry={opened?.entry}
        via={opened?.via === 'alias' ? view.code : undefined}
        link={opened ? linkFor(opened.entry.code) : ''}
        onOpen={open}
        onGo={go}
        onClose={() => update({ code: '' })}
      />
      <footer className="site">
        <p>
          From Alibaba Cloud&apos;s KMS documentation and API metadata, and the API gateway&apos;s own
          wordings. Nothing you type or paste leaves this page: decoding runs in your browser, and the
          page&apos;s Content-Security-Policy (<code>connect-src &apos;none&apos;</code>) forbids it to send
          anything anywhere. Your browser enforces that, not us; its developer tools show the policy and every
          request.
        </p>
      </footer>
    </>
  );
}
