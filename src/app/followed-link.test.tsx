import { fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { followedLink, leadsTo } from './followed-link';

let followed: HTMLAnchorElement | null | undefined;
const record = (event: MouseEvent) => {
  followed = followedLink(event);
  // jsdom cannot load another document.
  event.preventDefault();
};

afterEach(() => {
  document.removeEventListener('click', record, true);
  followed = undefined;
});

function clickOn(element: HTMLElement, init: MouseEventInit = {}) {
  document.addEventListener('click', record, true);
  fireEvent.click(element, init);
  return followed;
}

describe('followedLink', () => {
  it('is the link clicked, also from an element inside it', () => {
    render(
      <a href="/topics/science">
        <span>Science</span>
      </a>,
    );
    const link = screen.getByRole('link', { name: 'Science' });
    expect(clickOn(link)).toBe(link);
    expect(clickOn(screen.getByText('Science'))).toBe(link);
  });

  it('is none for a click that opens another tab or window, or a download', () => {
    render(
      <>
        <a href="/topics/science">Science</a>
        <a href="/topics/space" target="_blank" rel="noreferrer">
          Space
        </a>
        <a href="/api/index.json" download>
          Index
        </a>
      </>,
    );
    const science = screen.getByRole('link', { name: 'Science' });
    const space = screen.getByRole('link', { name: 'Space' });
    const download = screen.getByRole('link', { name: 'Index' });
    expect(clickOn(science, { ctrlKey: true })).toBeNull();
    expect(clickOn(science, { metaKey: true })).toBeNull();
    expect(clickOn(science, { shiftKey: true })).toBeNull();
    expect(clickOn(science, { button: 1 })).toBeNull();
    expect(clickOn(space)).toBeNull();
    expect(clickOn(download)).toBeNull();
  });

  it('is none for a link to another site, or a click outside any link', () => {
    render(
      <>
        <a href="https://harbor-times.example/tram">Read at Harbor Times</a>
        <p>Not a link</p>
      </>,
    );
    const outside = screen.getByRole('link', { name: 'Read at Harbor Times' });
    const text = screen.getByText('Not a link');
    expect(clickOn(outside)).toBeNull();
    expect(clickOn(text)).toBeNull();
  });
});

describe('leadsTo', () => {
  it('compares path and query, however they are escaped', () => {
    const latest = '/topics/city%20life?sort=latest';
    expect(leadsTo(latest, { pathname: '/topics/city life', search: '?sort=latest' })).toBe(true);
    expect(leadsTo(latest, { pathname: '/topics/city%20life', search: '' })).toBe(false);
    expect(leadsTo('http://localhost:3000/topics/x', { pathname: '/topics/x', search: '' })).toBe(
      true,
    );
    expect(leadsTo('/topics/x', { pathname: '/topics/y', search: '' })).toBe(false);
  });
});
