import { useState } from 'react';
import { useText } from '../../app/pageText.ts';

interface Props {
  text: string;
  label: string;
}

/** Copies text to the clipboard and says so in a live region; says so too when the browser refuses. */
export function CopyButton({ text, label }: Props) {
  const { ui } = useText();
  const [said, setSaid] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setSaid(ui.shared.copied);
    } catch {
      setSaid(ui.shared.copyFailed);
    }
  };
  return (
    <span className="copy">
      <button type="button" onClick={copy}>
        {label}
      </button>
      <span role="status" className="said">
        {said}
      </span>
    </span>
  );
}
