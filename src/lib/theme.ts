import { useSyncExternalStore } from 'react';

export type Theme = 'light' | 'dark';

/** Must match the inline script in index.html, which applies the theme before first paint. */
export const THEME_STORAGE_KEY = 'news-reader:theme';

const listeners = new Set<() => void>();

function storedTheme(): Theme | null {
  try {
    const value = globalThis.localStorage?.getItem(THEME_STORAGE_KEY);
    return value === 'dark' || value === 'light' ? value : null;
  } catch {
    return null;
  }
}

function systemTheme(): Theme {
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The reader's choice when they made one, otherwise whatever the system prefers. */
export function currentTheme(): Theme {
  return storedTheme() ?? systemTheme();
}

/** The page background per theme (tokens.css), for the browser's toolbar colour. */
const THEME_COLORS: Record<Theme, string> = { light: '#ffffff', dark: '#111418' };

export function applyTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
  // index.html's theme-color metas follow the system; a chosen theme overrides both.
  document.querySelectorAll('meta[name="theme-color"]').forEach((meta) => {
    meta.setAttribute('content', THEME_COLORS[theme]);
  });
}

export function setTheme(theme: Theme): void {
  try {
    globalThis.localStorage?.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Not remembered, but applied for this visit.
  }
  applyTheme(theme);
  listeners.forEach((notify) => notify());
}

function subscribe(notify: () => void): () => void {
  listeners.add(notify);
  // Until the reader chooses, the page follows the system as it changes.
  const media = globalThis.matchMedia?.('(prefers-color-scheme: dark)');
  const onSystemChange = () => {
    if (storedTheme() === null) {
      applyTheme(systemTheme());
      notify();
    }
  };
  media?.addEventListener('change', onSystemChange);
  return () => {
    listeners.delete(notify);
    media?.removeEventListener('change', onSystemChange);
  };
}

export function useTheme(): [Theme, (theme: Theme) => void] {
  const theme = useSyncExternalStore(subscribe, currentTheme, () => 'light' as const);
  return [theme, setTheme];
}
