import { useText } from '../../app/pageText.ts';
import type { Shared } from '../../decode/share/fragment.ts';
import { codesOfSummary } from '../../decode/share/summaryLines.ts';
import { CodeButtons } from '../shared/CodeButtons.tsx';

/** Tells the person who opened a share link what it holds: a masked paste, or a log's codes and counts. */
export function SharedNotice({ shared, onOpen }: { shared: Shared; onOpen: (code: string) => void }) {
  const { ui } = useText();
  if (shared.kind === 'paste')
    return (
      <p className="shared-notice" role="note">
        <strong>{ui.decoder.sharedWithYou}</strong>
        {ui.decoder.sharedPaste}
      </p>
    );
  const codes = codesOfSummary(shared.text);
  return (
    <div className="shared-notice" role="note">
      <p>
        <strong>{ui.decoder.sharedWithYou}</strong>
        {ui.decoder.sharedSummary}
      </p>
      <pre>{shared.text}</pre>
      <CodeButtons codes={codes} onOpen={onOpen} />
    </div>
  );
}
