import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

// jsdom has no layout, so no scrolling; the virtualizer, scroll restoration and j/k call these.
window.scrollTo = () => {};
Element.prototype.scrollIntoView = () => {};
