export interface Choice {
  readonly value: string;
  readonly label: string;
  readonly count: number;
}

interface Props {
  legend: string;
  name: string;
  choices: readonly Choice[];
  value: string;
  onChange: (value: string) => void;
}

/** A radio group drawn as chips, with "All" first and a live count on each choice. */
export function ChoiceGroup({ legend, name, choices, value, onChange }: Props) {
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      {[{ value: '', label: 'All', count: -1 }, ...choices].map((choice) => (
        <label key={choice.value} className={choice.count === 0 ? 'chip empty' : 'chip'}>
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={value === choice.value}
            onChange={() => onChange(choice.value)}
          />
          {choice.label}
          {choice.count >= 0 && <span className="count"> ({choice.count})</span>}
        </label>
      ))}
    </fieldset>
  );
}
