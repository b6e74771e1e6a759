import { useEffect, useRef } from 'react';
import { useText } from '../../app/pageText.ts';

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** Arrow Down leaves the box for the first result. */
  onArrowDown: () => void;
  /** Focus says a search is coming: time to load it. */
  onFocus: () => void;
}

/** The one search box; `/` and Ctrl/⌘+K focus it, Escape clears it. */
export function SearchBox({ value, onChange, onArrowDown, onFocus }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const { explorer } = useText().ui;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const slash = event.key === '/' && !isTextField(event.target);
      const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey);
      if (!slash && !commandK) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="search">
      <label htmlFor="search">{explorer.searchLabel}</label>
      <input
        id="search"
        ref={input}
        type="search"
        value={value}
        placeholder={explorer.searchPlaceholder}
        autoComplete="off"
        spellCheck={false}
        aria-describedby="search-hint"
        onFocus={onFocus}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && value !== '') {
            event.preventDefault();
            onChange('');
          } else if (event.key === 'ArrowDown') {
            event.preventDefault();
            onArrowDown();
          }
        }}
      />
      <p id="search-hint" className="hint keyboard-hint">
        <kbd>/</kbd>
        {explorer.hintShortcuts}
        <kbd>Ctrl</kbd>+<kbd>K</kbd>
        {explorer.hintSearch}
        <kbd>↓</kbd>
        {explorer.hintDown}
      </p>
    </div>
  );
}

// Where "/" is a character being typed rather than a shortcut: text inputs, the paste box, editable text.
const TEXT_INPUTS =
  'input:not([type]), input[type=text], input[type=search], input[type=url], input[type=email], input[type=number], input[type=password], textarea, [contenteditable]:not([contenteditable=false])';

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.matches(TEXT_INPUTS);
}
