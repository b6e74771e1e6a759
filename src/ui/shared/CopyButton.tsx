import { useState } from 'react';

interface Props {
  text: string;
  label: string;
}

/** Copies text to the clipboard and says so in a live region; says so too when the browser refuses. */
export function CopyButton({ text, label }: Props) {
  const [said, setSaid] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setSaid('Copied');
    } catch {
      setSaid('Copy failed: select the text and copy it by hand');
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
