import { useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import { useText } from '../../app/pageText.ts';
import { lineCount } from '../../decode/textLines.ts';
import { examples } from './examples.ts';

// Putting megabytes into a textarea costs the browser about a second of main thread per megabyte, so
// larger pastes are kept out of the box and shown as a summary instead.
const LARGE_PASTE = 100 * 1024;
const MAX_FILE = 20 * 1024 * 1024;

export type Held = { readonly name: string; readonly text: string };

interface Props {
  /** Text typed or pasted into the box. */
  typed: string;
  /** A large paste or a file, kept out of the box and decoded instead of it; undefined when none. */
  held: Held | undefined;
  /** New text in the box; `atOnce` when it arrived whole (a paste, an example), not typed. */
  onTyped: (text: string, atOnce: boolean) => void;
  onHeld: (held: Held | undefined) => void;
}

/**
 * The paste box: type, paste, drop or choose a log file; decoding follows by itself. Examples are offered
 * while it is empty, so none ever replaces what was typed; Clear can be undone (the button, or Ctrl+Z).
 */
export function PasteBox({ typed, held, onTyped, onHeld }: Props) {
  const { lang, ui } = useText();
  const words = ui.decoder;
  const box = useRef<HTMLTextAreaElement>(null);
  // Set while text is put into the box whole, so its change is known as not typed.
  const arriving = useRef(false);
  const [refusal, setRefusal] = useState('');
  const [cleared, setCleared] = useState<{ typed: string; held: Held | undefined }>();
  const empty = typed === '' && !held;

  // The browser's own editing keeps its undo history (Ctrl+Z); setting the value would erase it.
  const replaceAll = (text: string) => {
    const element = box.current;
    arriving.current = true;
    element?.focus();
    element?.select();
    const done =
      element !== null &&
      (text === '' ? document.execCommand('delete') : document.execCommand('insertText', false, text));
    arriving.current = false;
    if (!done || element.value !== text) onTyped(text, true);
  };

  const takeFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE) {
      setRefusal(words.fileTooLarge(file.name, megabytes(file.size)));
      return;
    }
    setRefusal('');
    setCleared(undefined);
    onHeld({ name: file.name, text: await file.text() });
  };

  const onPaste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const text = event.clipboardData.getData('text');
    setCleared(undefined);
    if (text.length < LARGE_PASTE) {
      arriving.current = true;
      return;
    }
    event.preventDefault();
    onHeld({ name: words.pastedText, text });
  };

  const clear = () => {
    setCleared({ typed, held });
    if (held) onHeld(undefined);
    else replaceAll('');
  };

  const undoClear = () => {
    if (!cleared) return;
    if (cleared.held) onHeld(cleared.held);
    else replaceAll(cleared.typed);
    setCleared(undefined);
  };

  const tryExample = async (load: () => Promise<{ default: string }>) => {
    const text = (await load()).default;
    setCleared(undefined);
    replaceAll(text);
  };

  return (
    <div
      className="paste"
      onDragOver={(event) => event.preventDefault()}
      onDrop={(event: DragEvent) => {
        event.preventDefault();
        void takeFile(event.dataTransfer.files[0]);
      }}
    >
      <label htmlFor="paste">{words.pasteLabel}</label>
      <textarea
        id="paste"
        ref={box}
        value={typed}
        rows={7}
        spellCheck={false}
        autoComplete="off"
        placeholder={words.pastePlaceholder}
        onChange={(event) => {
          const atOnce = arriving.current;
          arriving.current = false;
          if (!atOnce) setCleared(undefined);
          onTyped(event.target.value, atOnce);
        }}
        onPaste={onPaste}
      />
      {held && (
        <p className="held" role="status">
          {words.held(held.name, megabytes(held.text.length), lineCount(held.text).toLocaleString(lang))}
        </p>
      )}
      <div className="paste-bar">
        {!empty && (
          <button type="button" onClick={clear}>
            {words.clear}
          </button>
        )}
        {cleared && empty && (
          <button type="button" onClick={undoClear}>
            {words.undoClear}
          </button>
        )}
        <p className="hint">
          {words.dropBefore}
          <label className="file">
            {words.chooseFile}
            <input
              type="file"
              accept=".txt,.log,.json,.xml,text/*"
              onChange={(event) => void takeFile(event.target.files?.[0])}
            />
          </label>
          {words.dropAfter}
        </p>
      </div>
      {refusal && (
        <p className="refusal" role="alert">
          {refusal}
        </p>
      )}
      {empty && (
        <div className="examples" role="group" aria-label={words.tryExample}>
          <span>{words.tryExampleLead}</span>
          {examples.map((example) => (
            <button key={example.key} type="button" onClick={() => void tryExample(example.load)}>
              {words.examples[example.key]}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
