import { useEffect, useId, useRef, useState } from 'react';
import { LINK_PREFERENCES, useLinkPreference } from '../lib/link-preference';
import './settings-menu.css';

/**
 * The one place the reader chooses how stories open (Web, AMP or AMP cache): a Settings button
 * in the header and a small panel under it (the disclosure pattern: a button that shows and hides
 * a region). The choice is remembered across visits; every story link follows it, and the other
 * versions of a story stay one step away where the story is shown.
 */
export function SettingsMenu() {
  const panelId = useId();
  const legendId = useId();
  const [open, setOpen] = useState(false);
  const [preference, setPreference] = useLinkPreference();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', closeOutside);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('pointerdown', closeOutside);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [open]);

  return (
    <div className="settings" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="icon-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((was) => !was)}
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M10.3 2h3.4l.5 2.6 1.9.8 2.2-1.5 2.4 2.4-1.5 2.2.8 1.9 2.6.5v3.4l-2.6.5-.8 1.9 1.5 2.2-2.4 2.4-2.2-1.5-1.9.8-.5 2.6h-3.4l-.5-2.6-1.9-.8-2.2 1.5-2.4-2.4 1.5-2.2-.8-1.9L2 13.7v-3.4l2.6-.5.8-1.9-1.5-2.2 2.4-2.4 2.2 1.5 1.9-.8.5-2.6ZM12 8.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7Z"
          />
        </svg>
        <span className="icon-button__label">Settings</span>
      </button>
      <div id={panelId} className="settings__panel" hidden={!open}>
        <fieldset className="settings__group" aria-describedby={legendId}>
          <legend>Open stories as</legend>
          {LINK_PREFERENCES.map(({ value, label }) => (
            <label key={value} className="settings__option">
              <input
                type="radio"
                name="open-stories-as"
                value={value}
                checked={preference === value}
                onChange={() => setPreference(value)}
              />
              {label}
            </label>
          ))}
          <p id={legendId} className="settings__hint">
            Story links open this version when the story has one, the web page otherwise. Every
            version stays a step away on the story.
          </p>
        </fieldset>
      </div>
    </div>
  );
}
