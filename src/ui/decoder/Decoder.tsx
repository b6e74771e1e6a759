import { useEffect, useState } from 'react';
import { readShareFragment } from '../../decode/share/fragment.ts';
import { DecodedResult } from './DecodedResult.tsx';
import { examples } from './examples.ts';
import { PasteBox } from './PasteBox.tsx';
import { SharedNotice } from './SharedNotice.tsx';
import { takeEarlyPaste } from '../../app/prerendered.ts';
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
  // A share link's fragment holds text someone chose to share; it never reaches a server.
  const [shared] = useState(() =>
    typeof window === 'undefined' ? undefined : readShareFragment(window.location.hash),
  );
  const [typed, setTyped] = useState(() => (shared?.kind === 'paste' ? shared.text : takeEarlyPaste()));
  const [held, setHeld] = useState<{ name: string; text: string } | undefined>();
  const text = held?.text ?? typed;
  const { state, showMore } = useDecoder(text);

  useEffect(() => {
    const report = state.status === 'done' ? state.report : undefined;
    onMatched(report?.ok ? report.matched : NONE);
  }, [state, onMatched]);

  const tryExample = async (load: () => Promise<{ default: string }>) => {
    setHeld(undefined);
    setTyped((await load()).default);
  };

  return (
    <section className="decoder" aria-labelledby="decoder-title">
      <h2 id="decoder-title">Decode an error</h2>
      {shared && (shared.kind === 'summary' || typed === shared.text) && (
        <SharedNotice shared={shared} onOpen={onOpen} />
      )}
      <PasteBox
        typed={typed}
        held={held}
        onTyped={(text) => {
          setHeld(undefined);
          setTyped(text);
        }}
        onHeld={setHeld}
      />
      <div className="examples" role="group" aria-label="Try an example">
        <span>Try an example:</span>
        {examples.map((example) => (
          <button key={example.label} type="button" onClick={() => void tryExample(example.load)}>
            {example.label}
          </button>
        ))}
      </div>
      <DecodedResult state={state} text={text} linkFor={linkFor} onOpen={onOpen} onMore={showMore} />
    </section>
  );
}
