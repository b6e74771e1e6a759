import { useState, type ClipboardEvent, type DragEvent } from 'react';
import { lineCount } from '../../decode/textLines.ts';

// Putting megabytes into a textarea costs the browser about a second of main thread per megabyte, so
// larger pastes are kept out of the box and shown as a summary instead.
const LARGE_PASTE = 100 * 1024;
const MAX_FILE = 20 * 1024 * 1024;

interface Props {
  /** Text typed or pasted into the box. */
  typed: string;
  /** A large paste or a file, kept out of the box and decoded instead of it; undefined when none. */
  held: { name: string; text: string } | undefined;
  onTyped: (text: string) => void;
  onHeld: (held: { name: string; text: string } | undefined) => void;
}

/** The paste box: type, paste, drop or choose a log file; decoding follows by itself. */
export function PasteBox({ typed, held, onTyped, onHeld }: Props) {
  const [refusal, setRefusal] = useState('');

  const takeFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE) {
      setRefusal(`${file.name} is ${megabytes(file.size)} MB; the decoder reads files up to 20 MB.`);
      return;
    }
    setRefusal('');
    onHeld({ name: file.name, text: await file.text() });
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const text = event.clipboardData.getData('text');
    if (text.length < LARGE_PASTE) return;
    event.preventDefault();
    onHeld({ name: 'pasted text', text });
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    void takeFile(event.dataTransfer.files[0]);
  };

  return (
    <div className="paste" onDragOver={(event) => event.preventDefault()} onDrop={onDrop}>
      <label htmlFor="paste">Paste an error: a body, an SDK exception, CLI output or a log</label>
      <textarea
        id="paste"
        value={typed}
        rows={8}
        spellCheck={false}
        autoComplete="off"
        placeholder='{"Code": "Forbidden.KeyNotFound", "Message": "The specified Key is not found.", …}'
        onChange={(event) => onTyped(event.target.value)}
        onPaste={onPaste}
      />
      {held && (
        <p className="held" role="status">
          Decoding {held.name}: {megabytes(held.text.length)} MB, {lineCount(held.text).toLocaleString('en')}{' '}
          lines, kept out of the box so the page stays fast.{' '}
          <button type="button" onClick={() => onHeld(undefined)}>
            Clear {held.name}
          </button>
        </p>
      )}
      <p className="hint">
        Or drop a log file here, or{' '}
        <label className="file">
          choose a log file
          <input
            type="file"
            accept=".txt,.log,.json,.xml,text/*"
            onChange={(event) => void takeFile(event.target.files?.[0])}
          />
        </label>{' '}
        (up to 20 MB). Nothing you paste leaves this page.
      </p>
      {refusal && (
        <p className="refusal" role="alert">
          {refusal}
        </p>
      )}
    </div>
  );
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
