import { useCallback, useState, type ReactNode } from 'react';
import { Outlet, ScrollRestoration, useLocation, useNavigation } from 'react-router-dom';
import { KeyboardHelpDialog } from '../components/keyboard-help-dialog';
import { ChipsSkeleton, FeedSkeleton, PageSkeleton } from '../components/skeletons';
import { SiteHeader } from './site-header';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';

/** The frame of every page: skip link, header, main, footer, keyboard help. */
function Shell({ children, loading }: { children: ReactNode; loading?: boolean }) {
  const [helpOpen, setHelpOpen] = useState(false);
  const openHelp = useCallback(() => setHelpOpen(true), []);
  useKeyboardShortcuts({ onHelp: openHelp });
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
      <footer className="site-footer">
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
  return (
    <Shell loading={navigation.state === 'loading'}>
      <Outlet />
      <ScrollRestoration />
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
