import { expect, type Page } from '@playwright/test';

/** Every payload of the hostile corpus sets this global or calls alert(); see its README.txt. */
const MARKER = '__pwned';

/** Records every dialog the page opens (and dismisses it so the page goes on). */
export function recordDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

type DomFindings = {
  activeElements: string[];
  handlerAttributes: string[];
  unsafeUrls: string[];
  marker: string | null;
};

/**
 * Looks through the rendered page for anything a payload could have turned into behaviour:
 * active elements, inline event handlers, script or data URLs, and the payloads' marker global.
 */
async function inspectDom(page: Page): Promise<DomFindings> {
  return page.evaluate((marker) => {
    const body = document.body;
    const describe = (el: Element) => el.outerHTML.slice(0, 160);
    const activeElements = Array.from(
      body.querySelectorAll('script, iframe, frame, object, embed, img[src="x"], [srcdoc]'),
      describe,
    );
    const handlerAttributes: string[] = [];
    const unsafeUrls: string[] = [];
    const urlAttributes = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster'];
    for (const el of Array.from(body.querySelectorAll('*'))) {
      for (const attribute of Array.from(el.attributes)) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) handlerAttributes.push(`${name} on ${describe(el)}`);
        // Browsers ignore leading whitespace and control characters in URLs; so does this check.
        const value = Array.from(attribute.value)
          .filter((char) => char.charCodeAt(0) > 0x20)
          .join('')
          .toLowerCase();
        if (urlAttributes.includes(name) && /^(javascript|data|vbscript):/.test(value)) {
          unsafeUrls.push(`${name}="${attribute.value}" on ${describe(el)}`);
        }
      }
    }
    const value: unknown = Reflect.get(window, marker);
    return {
      activeElements,
      handlerAttributes,
      unsafeUrls,
      marker: value === undefined ? null : typeof value === 'string' ? value : typeof value,
    };
  }, MARKER);
}

/** Asserts that none of the hostile corpus's payloads became markup or ran. */
export async function expectNothingInjected(page: Page, dialogs: string[]): Promise<void> {
  const findings = await inspectDom(page);
  expect(findings.activeElements, 'no script, frame or payload element in the page').toEqual([]);
  expect(findings.handlerAttributes, 'no inline event handler in the page').toEqual([]);
  expect(findings.unsafeUrls, 'no javascript: or data: URL in the page').toEqual([]);
  expect(findings.marker, `window.${MARKER} was set by a payload`).toBeNull();
  expect(dialogs, 'no dialog was opened').toEqual([]);
}
