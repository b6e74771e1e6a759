import { Fragment } from 'react';

/**
 * An error code that may wrap only after a dot, never inside a word: "Forbidden.<wbr>KeyNotFound".
 * Its parts keep together (CSS `.code-text`), so a narrow column grows rather than breaking a word.
 */
export function CodeText({ code }: { code: string }) {
  const parts = code.split('.');
  return (
    <span className="code-text">
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && (
            <>
              .<wbr />
            </>
          )}
          {part}
        </Fragment>
      ))}
    </span>
  );
}
