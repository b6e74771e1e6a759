import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { resolveCode } from '../catalog/lookup.ts';
import { Decoder } from '../ui/decoder/Decoder.tsx';
import { EntryDialog } from '../ui/entry/EntryDialog.tsx';
import { Explorer } from '../ui/explorer/Explorer.tsx';
import { ViewLink } from '../ui/shared/ViewLink.tsx';
import type { UiText } from '../ui/text/en.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { useText } from './pageText.ts';
import { FOOTER_TEXT } from './footerText.ts';
import { SiteFooter } from './SiteFooter.tsx';
import { useUrlView } from './useUrlView.ts';
import { DEFAULT_VIEW, viewUrl, type View, type ViewChange } from './viewState.ts';

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
  const text = useText();
  const { app } = text.ui;
  const [view, update] = useUrlView();
  const [decoded, setDecoded] = useState<readonly string[]>([]);
  const opened = view.code ? resolveCode(view.code) : undefined;
  const unknown = view.code && !opened ? view.code : undefined;
  const linkFor = (code: string) => viewUrl({ ...view, code });
  const open = (code: string) => update({ code });
  const go = (to: ViewChange) => update({ ...DEFAULT_VIEW, ...to });
  const onMatched = useCallback((codes: readonly string[]) => setDecoded(codes), []);
  const page = view.page || (view.op ? 'operation' : 'home');

  useEffect(() => {
    document.title = titleOf(view, opened?.entry.code, app);
  }, [view, opened, app]);

  return (
    <>
      {page === 'home' ? (
        <a className="skip-link" href="#search" onClick={skipTo('search')}>
          {app.skipToSearch}
        </a>
      ) : (
        <a className="skip-link" href="#main" onClick={skipTo('main')}>
          {app.skipToContent}
        </a>
      )}
      <header className="site">
        <div className="brand">
          <h1>{app.name}</h1>
          <p>{app.tagline}</p>
        </div>
        <nav aria-label={app.pages}>
          <ViewLink to={{}} onGo={go} current={page === 'home'}>
            {app.home}
          </ViewLink>
          <ViewLink
            to={{ page: 'operations' }}
            onGo={go}
            current={page === 'operations' || page === 'operation'}
          >
            {app.operations}
          </ViewLink>
          <ViewLink to={{ page: 'key-states' }} onGo={go} current={page === 'key-states'}>
            {app.keyStates}
          </ViewLink>
          <LanguageSwitch view={view} />
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        {/* Hidden, not unmounted, on the other pages: what was pasted or searched is still there on return. */}
        <div className="home" hidden={page !== 'home'}>
          <Decoder linkFor={linkFor} onOpen={open} onMatched={onMatched} />
          <Explorer view={view} update={update} decoded={decoded} onGo={go} />
        </div>
        {page !== 'home' && (
          <Suspense fallback={<p>{app.loading}</p>}>
            {page === 'operation' && <OperationPage name={view.op} onGo={go} />}
            {page === 'operations' && <OperationsPage onGo={go} />}
            {page === 'key-states' && <KeyStatesPage onGo={go} />}
          </Suspense>
        )}
      </main>
      <EntryDialog
        entry={opened?.entry}
        unknown={unknown}
        via={opened?.via === 'alias' ? view.code : undefined}
        link={opened ? linkFor(opened.entry.code) : ''}
        onOpen={open}
        onGo={go}
        onClose={() => update({ code: '' })}
        otherLanguage={<LanguageSwitch view={view} suggest={false} />}
      />
      {/* The build writes the footer into the page; the development server prerenders nothing. */}
      {import.meta.env.DEV && <SiteFooter words={FOOTER_TEXT[text.lang]} />}
    </>
  );
}

/** The tab's title for a view: what it shows first, then the app's name. */
function titleOf(view: View, code: string | undefined, app: UiText['app']): string {
  const first = view.code
    ? (code ?? app.title.unknownCode(view.code))
    : view.op
      ? app.title.operation(view.op)
      : view.page === 'operations'
        ? app.operations
        : view.page === 'key-states'
          ? app.keyStates
          : view.q
            ? app.title.search(view.q)
            : undefined;
  return first ? `${first} · ${app.name}` : app.name;
}

// A skip link moves the focus, not the URL: the fragment is where a shared paste travels.
function skipTo(id: string) {
  return (event: React.MouseEvent) => {
    const target = document.getElementById(id);
    if (!target) return;
    event.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'center' });
  };
}
