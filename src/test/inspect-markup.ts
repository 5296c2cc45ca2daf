/**
 * The DOM as markup, for the one question Testing Library's queries cannot answer: whether text
 * from a story became elements or behaviour. The queries find what a reader finds, so an inline
 * event handler or a script element is invisible to them.
 */

/** Every element inside `element`, as HTML: none for text shown as text. */
export function elementsInside(element: Element): string[] {
  return Array.from(element.querySelectorAll('*'), (inner) => inner.outerHTML);
}

const ACTIVE_ELEMENTS = 'script, iframe, frame, object, embed, [srcdoc]';
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster'];

/**
 * Everything under `root` that could run code: script and frame elements, inline event handlers
 * (`on*` attributes), and javascript:, data: or vbscript: URLs. Each is described for the failure
 * message.
 */
export function activeMarkup(root: ParentNode = document): string[] {
  const describe = (element: Element) => `<${element.tagName.toLowerCase()}>`;
  const found = Array.from(root.querySelectorAll(ACTIVE_ELEMENTS), (element) => element.outerHTML);
  for (const element of Array.from(root.querySelectorAll('*'))) {
    for (const { name, value } of Array.from(element.attributes)) {
      const attribute = name.toLowerCase();
      if (attribute.startsWith('on')) found.push(`${name} on ${describe(element)}`);
      // Browsers skip leading whitespace and control characters in a URL; so does this check.
      const url = Array.from(value)
        .filter((char) => char.charCodeAt(0) > 0x20)
        .join('')
        .toLowerCase();
      if (URL_ATTRIBUTES.includes(attribute) && /^(javascript|data|vbscript):/.test(url)) {
        found.push(`${name}="${value}" on ${describe(element)}`);
      }
    }
  }
  return found;
}
