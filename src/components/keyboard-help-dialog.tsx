import { useEffect, useId, useRef } from 'react';
import './keyboard-help-dialog.css';

type KeyboardHelpDialogProps = {
  open: boolean;
  onClose: () => void;
};

const SHORTCUTS: { keys: string[]; action: string }[] = [
  { keys: ['j'], action: 'Next story' },
  { keys: ['k'], action: 'Previous story' },
  { keys: ['o', 'Enter'], action: 'Open the focused story' },
  { keys: ['?'], action: 'Show these shortcuts' },
  { keys: ['Esc'], action: 'Close this dialog' },
];

/** The `?` help: a native modal dialog, so focus is trapped and Escape closes it. */
export function KeyboardHelpDialog({ open, onClose }: KeyboardHelpDialogProps) {
  const titleId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
    }
  }, [open]);

  const handleClose = () => {
    onClose();
    // Back to where the reader was (browsers mostly do this; not all of them, not always).
    if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus();
  };

  return (
    <dialog ref={ref} className="help-dialog" aria-labelledby={titleId} onClose={handleClose}>
      <h2 id={titleId}>Keyboard shortcuts</h2>
      <dl className="help-dialog__list">
        {SHORTCUTS.map(({ keys, action }) => (
          <div key={action} className="help-dialog__row">
            <dt>
              {keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && ' or '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <p className="help-dialog__note">Shortcuts are off while you type in a field.</p>
      <form method="dialog">
        <button type="submit" className="button">
          Close
        </button>
      </form>
    </dialog>
  );
}
