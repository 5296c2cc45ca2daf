import { useCallback, useState, type ReactNode } from 'react';
import {
  Outlet,
  ScrollRestoration,
  useLocation,
  useNavigation,
  type Location,
} from 'react-router-dom';
import { KeyboardHelpDialog } from '../components/keyboard-help-dialog';
import { ChipsSkeleton, FeedSkeleton, PageSkeleton } from '../components/skeletons';
import { documentEntryId, historyEntryKey } from './history-entry-key';
import { SiteHeader } from './site-header';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import { useMarkKeyboardUse } from './use-mark-keyboard-use';
import { usePendingLink } from './use-pending-link';
import { useRefocusOpenedStory } from './use-refocus-opened-story';

/** Read when the app starts, before the router pushes an entry (see documentEntryId). */
const documentEntry = documentEntryId(window.history);

/**
 * Names history entries for scroll restoration and the story refocused after Back: a saved
 * position goes back onto the entry it was saved for, never onto another page's first entry.
 */
function entryKey(location: Location): string {
  return historyEntryKey(location, documentEntry);
}

/** The frame of every page: skip link, header, main, footer, keyboard help. */
function Shell({ children, loading }: { children: ReactNode; loading?: boolean }) {
  const [helpOpen, setHelpOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  useKeyboardShortcuts({ onHelp: openHelp });
  useMarkKeyboardUse();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {loading && <div className="nav-progress" aria-hidden="true" />}
      <SiteHeader onHelp={openHelp} />
      <main id="main" className="site-main container" tabIndex={-1}>
        {children}
      </main>
      {/* The footer holds only the keyboard hint, so it goes where the hint goes (layout.css). */}
      <footer className="site-footer keyboard-hint">
        <div className="container">
          Press <kbd>?</kbd> for keyboard shortcuts.
        </div>
      </footer>
      <KeyboardHelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </>
  );
}

export function RootLayout() {
  const navigation = useNavigation();
  usePendingLink();
  useRefocusOpenedStory(entryKey);
  return (
    <Shell loading={navigation.state === 'loading'}>
      <Outlet />
      <ScrollRestoration getKey={entryKey} />
    </Shell>
  );
}

/** The first load runs the route's loader before anything renders: show the page's shape meanwhile. */
export function RootHydrateFallback() {
  const { pathname } = useLocation();
  return (
    <Shell>
      {pathname.startsWith('/articles/') || pathname.startsWith('/stories/') ? (
        <PageSkeleton />
      ) : (
        <>
          <ChipsSkeleton />
          <FeedSkeleton />
        </>
      )}
    </Shell>
  );
}
