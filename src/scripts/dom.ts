/**
 * Small DOM helpers shared by the page's custom elements. Browser-only.
 */

/** Opens every `<details>` around an element, scrolls it into view, marks it and moves focus to its summary. */
export function revealTarget(target: Element): void {
  for (let el: Element | null = target; el; el = el.parentElement) {
    if (el instanceof HTMLDetailsElement) el.open = true;
  }
  const summary = target.closest('summary') ?? target;
  for (const old of document.querySelectorAll('.ia-highlight')) old.classList.remove('ia-highlight');
  const item = target.closest('li, .ia-faq__item') ?? target;
  item.classList.add('ia-highlight');
  summary.scrollIntoView({ block: 'start' });
  if (summary instanceof HTMLElement) summary.focus({ preventScroll: true });
}

/** Copies text to the clipboard and says so on the button for a moment, and to screen readers. */
export async function copyText(text: string, button: HTMLButtonElement): Promise<void> {
  const label = button.dataset['label'] ?? button.textContent ?? '';
  button.dataset['label'] = label;
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = 'Copied';
  } catch {
    button.textContent = 'Copy failed';
  }
  announce(button.textContent);
  setTimeout(() => {
    button.textContent = label;
  }, 1500);
}

/**
 * Says `message` to screen readers, through one polite status region the page
 * keeps for it. The text is set a moment after the region is emptied, so the
 * same message twice is said twice.
 */
export function announce(message: string): void {
  let region = document.getElementById('ia-announce');
  if (!region) {
    region = el('div', { id: 'ia-announce', className: 'ia-sr-only' });
    region.setAttribute('role', 'status');
    document.body.append(region);
  }
  const target = region;
  target.textContent = '';
  setTimeout(() => {
    target.textContent = message;
  }, 100);
}

/** Creates an element with properties and children; text is always set as text, never parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** The element the address's `#fragment` names, or null; a fragment that is not valid percent-encoding names none. */
export function hashTarget(): HTMLElement | null {
  try {
    return location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  } catch {
    return null;
  }
}
