import { Fragment } from 'react';

/**
 * An error code that may wrap only after a dot, never inside a word: "Forbidden.<wbr>KeyNotFound".
 * Its parts keep together (CSS `.code-text`), so a narrow column grows rather than breaking a word.
 */
export function CodeText({ code }: { code: string }) {
  const parts = code.split('.');
  return (
    <span className="code-text">
      {/* Each dot joined to the word before it: one text node, not two beside each other. */}
      {parts.map((part, index) =>
        index < parts.length - 1 ? (
          <Fragment key={index}>
            {`${part}.`}
            <wbr />
          </Fragment>
        ) : (
          part
        ),
      )}
    </span>
  );
}
