export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

interface Props {
  label: string;
  id: string;
  /** What "no filter" is called: "All statuses". */
  all: string;
  choices: readonly Choice[];
  value: string;
  onChange: (value: string) => void;
}

/** One filter as a compact select, each choice with a live count of what it would show. */
export function ChoiceSelect({ label, id, all, choices, value, onChange }: Props) {
  return (
    <div className="choice">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{all}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {`${choice.label} (${choice.count})`}
          </option>
        ))}
      </select>
    </div>
  );
}
