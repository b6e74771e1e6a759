/** A list of codes, each a button that opens its entry. */
export function CodeButtons({ codes, onOpen }: { codes: readonly string[]; onOpen: (code: string) => void }) {
  return (
    <ul className="related">
      {codes.map((code) => (
        <li key={code}>
          <button type="button" className="link" onClick={() => onOpen(code)}>
            {code}
          </button>
        </li>
      ))}
    </ul>
  );
}
