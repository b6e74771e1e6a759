import { useEffect, useState } from 'react';
import { readShareFragment } from '../../decode/share/fragment.ts';
import { useText } from '../../app/pageText.ts';
import { takeEarlyPaste } from '../../app/prerendered.ts';
import { DecodedResult } from './DecodedResult.tsx';
import { PasteBox, type Held } from './PasteBox.tsx';
import { SharedNotice } from './SharedNotice.tsx';
import { useDecoder } from './useDecoder.ts';

// One empty list, so telling the explorer "nothing matched" twice changes nothing.
const NONE: readonly string[] = [];

interface Props {
  linkFor: (code: string) => string;
  onOpen: (code: string) => void;
  /** Told the codes the decoder matched, so the explorer can mark them. */
  onMatched: (codes: readonly string[]) => void;
}

/** The decoder: paste anything, see which catalog entry it is. The text stays in this component's state. */
export function Decoder({ linkFor, onOpen, onMatched }: Props) {
  const { ui } = useText();
  // A share link's fragment holds text someone chose to share; it never reaches a server.
  const [shared] = useState(() =>
    typeof window === 'undefined' ? undefined : readShareFragment(window.location.hash),
  );
  const [typed, setTyped] = useState(() => (shared?.kind === 'paste' ? shared.text : takeEarlyPaste()));
  const [held, setHeld] = useState<Held | undefined>();
  // Counts texts that arrived whole (a paste, a file, an example, a link): their result is brought into
  // view once decoded. Typed text is not: the page must not move under the typist.
  const [arrivals, setArrivals] = useState(() => (typed === '' ? 0 : 1));
  const text = held?.text ?? typed;
  const decoding = useDecoder(text);
  const { state } = decoding;

  useEffect(() => {
    const report = state.status === 'done' ? state.report : undefined;
    onMatched(report?.ok ? report.matched : NONE);
  }, [state, onMatched]);

  return (
    <section className="decoder" aria-labelledby="decoder-title">
      <h2 id="decoder-title">{ui.decoder.heading}</h2>
      {shared && (shared.kind === 'summary' || typed === shared.text) && (
        <SharedNotice shared={shared} onOpen={onOpen} />
      )}
      <PasteBox
        typed={typed}
        held={held}
        onTyped={(next, atOnce) => {
          setHeld(undefined);
          setTyped(next);
          if (next.trim() === '') decoding.reset();
          if (atOnce && next !== '') setArrivals((count) => count + 1);
        }}
        onHeld={(next) => {
          setHeld(next);
          if (!next && typed.trim() === '') decoding.reset();
          if (next) setArrivals((count) => count + 1);
        }}
      />
      <DecodedResult decoding={decoding} text={text} arrivals={arrivals} linkFor={linkFor} onOpen={onOpen} />
    </section>
  );
}
