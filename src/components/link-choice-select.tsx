import { useId } from 'react';
import { LINK_PREFERENCES, useLinkPreference, type LinkPreference } from '../lib/link-preference';

/** "Open stories as": Web, AMP or AMP cache. Remembered across visits. */
export function LinkChoiceSelect() {
  const id = useId();
  const [preference, setPreference] = useLinkPreference();
  return (
    <div className="link-choice">
      <label htmlFor={id}>Open stories as</label>
      <select
        id={id}
        value={preference}
        onChange={(event) => {
          const chosen = LINK_PREFERENCES.find(({ value }) => value === event.target.value);
          if (chosen) setPreference(chosen.value satisfies LinkPreference);
        }}
      >
        {LINK_PREFERENCES.map(({ value, label }) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}
