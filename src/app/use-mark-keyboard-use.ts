import { useEffect } from 'react';
import { isTyping } from './is-typing';

/** Set on the root element once the reader has pressed a key: layout.css shows keyboard hints. */
export const KEYBOARD_USED = 'keyboardUsed';

/**
 * Marks the page as used from a keyboard at the first key pressed outside a text field. Keyboard
 * hints show on devices with a mouse or trackpad anyway; on a touch screen, only after this (an
 * on-screen keyboard types into fields, which do not count).
 */
export function useMarkKeyboardUse(): void {
  useEffect(() => {
    const root = document.documentElement;
    if (KEYBOARD_USED in root.dataset) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.key === 'Unidentified') return;
      root.dataset[KEYBOARD_USED] = '';
      document.removeEventListener('keydown', onKeyDown, true);
    };
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown, true);
  }, []);
}
