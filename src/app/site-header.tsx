import { Link } from 'react-router-dom';
import { SettingsMenu } from '../components/settings-menu';
import { ThemeToggle } from '../components/theme-toggle';

type SiteHeaderProps = {
  onHelp: () => void;
};

/** The banner on every page, one row even on a phone: home link, settings, theme, keyboard help. */
export function SiteHeader({ onHelp }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <div className="site-header__inner container">
        <Link className="site-name" to="/">
          <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="M4 4h13a3 3 0 0 1 3 3v11a2 2 0 0 1-2 2H6a2 2 0 0 1-2-2V4Zm3 3v3h7V7H7Zm0 5v1.5h10V12H7Zm0 3.5V17h10v-1.5H7Z"
            />
          </svg>
          News reader
        </Link>
        <SettingsMenu />
        <ThemeToggle />
        {/* Touch screens get no keyboard help until a key is pressed (useMarkKeyboardUse). */}
        <button type="button" className="icon-button keyboard-hint" onClick={onHelp}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="M3 6a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H5a2 2 0 0 1-2-2V6Zm2 0v12h14V6H5Zm1 2h2v2H6V8Zm3 0h2v2H9V8Zm3 0h2v2h-2V8Zm3 0h3v2h-3V8ZM6 11h3v2H6v-2Zm4 0h2v2h-2v-2Zm3 0h2v2h-2v-2Zm3 0h2v2h-2v-2ZM8 14h8v2H8v-2Z"
            />
          </svg>
          <span className="icon-button__label">Keyboard shortcuts</span>
        </button>
      </div>
    </header>
  );
}
