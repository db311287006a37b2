/* The custom element that enhances PayloadExample.astro; src/scripts/site.ts loads it. */
import { el } from '../dom.ts';
import { fieldAnchor, fieldPathOf } from '../../lib/model/anchors.ts';

/**
 * Shows a key's documentation beside the payload. The documentation is the
 * field's entry in the field reference on the same page: nothing is fetched.
 *
 * In a narrow column the panel is under the payload, often a screen or more
 * below the key; there the page's CSS pins the open panel to the bottom of
 * the screen (`data-open`), and this keeps the chosen key in sight above it
 * and gives the panel a close button (Escape closes it too).
 */
class PayloadView extends HTMLElement {
  /** The panel's first content, the hint, shown again when the panel is closed. */
  #hint: Node[] = [];

  connectedCallback(): void {
    this.#hint = [...(this.querySelector('.ia-example__doc-body')?.childNodes ?? [])];
    this.addEventListener('click', (event) => {
      const target = event.target as Element;
      if (target.closest('.ia-example__close')) {
        this.#close();
        return;
      }
      const key = target.closest<HTMLAnchorElement>('a.ia-key');
      if (!key || !this.contains(key)) return;
      if (this.#show(key)) event.preventDefault();
    });
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && this.#panel()?.hasAttribute('data-open')) {
        event.preventDefault();
        this.#close();
      } else this.#onKey(event);
    });
  }

  #panel(): HTMLElement | null {
    return this.querySelector<HTMLElement>('.ia-example__doc');
  }

  /** Whether the page shows the open panel pinned over the page, not beside the payload. */
  #pinned(panel: HTMLElement): boolean {
    return getComputedStyle(panel).position === 'fixed';
  }

  /** Opens the panel for `key`; when it is pinned over the page, keeps the key in sight above it. */
  #open(key: HTMLAnchorElement): void {
    const panel = this.#panel();
    if (!panel) return;
    panel.setAttribute('data-open', '');
    if (!this.#pinned(panel)) return;
    if (!panel.querySelector('.ia-example__close')) {
      const close = el('button', { type: 'button', className: 'ia-button ia-example__close', textContent: 'Close' });
      close.setAttribute('aria-label', 'Close the field details');
      panel.prepend(close);
    }
    panel.scrollTop = 0;
    const covered = key.getBoundingClientRect().bottom - panel.getBoundingClientRect().top + 12;
    if (covered > 0) window.scrollBy({ top: covered, behavior: 'instant' });
  }

  /** Closes the panel: the hint again, no key chosen, the focus back on the key when it was in the panel. */
  #close(): void {
    const panel = this.#panel();
    const current = this.querySelector<HTMLAnchorElement>('a.ia-key[aria-current="true"]');
    if (!panel) return;
    const hadFocus = panel.contains(document.activeElement);
    panel.removeAttribute('data-open');
    current?.removeAttribute('aria-current');
    this.querySelector('.ia-example__doc-body')?.replaceChildren(...this.#hint);
    if (hadFocus) current?.focus();
  }

  #keys(): HTMLAnchorElement[] {
    return [...this.querySelectorAll<HTMLAnchorElement>('a.ia-key')];
  }

  #onKey(event: KeyboardEvent): void {
    const key = (event.target as Element).closest<HTMLAnchorElement>('a.ia-key');
    if (!key) return;
    const keys = this.#keys();
    const i = keys.indexOf(key);
    const next = {
      ArrowDown: i + 1,
      ArrowRight: i + 1,
      ArrowUp: i - 1,
      ArrowLeft: i - 1,
      Home: 0,
      End: keys.length - 1,
    }[event.key];
    if (event.key === ' ') {
      event.preventDefault();
      this.#show(key);
    } else if (next !== undefined) {
      event.preventDefault();
      keys[Math.max(0, Math.min(keys.length - 1, next))]?.focus();
    }
  }

  #show(key: HTMLAnchorElement): boolean {
    const path = fieldPathOf(key.hash) ?? '';
    const entry = document.getElementById(fieldAnchor(path))?.closest('li');
    const body = this.querySelector('.ia-example__doc-body');
    if (!entry || !body) return false;
    for (const k of this.#keys()) k.removeAttribute('aria-current');
    key.setAttribute('aria-current', 'true');

    const badges = el('p', { className: 'ia-example__doc-badges' });
    for (const badge of entry.querySelectorAll(
      ':scope > details > summary .ia-badge, :scope > details > summary .ia-field__type',
    )) {
      badges.append(badge.cloneNode(true), ' ');
    }
    const parts: Node[] = [el('h3', { className: 'ia-example__doc-title' }, el('code', { textContent: path })), badges];
    for (const selector of [
      ':scope > details > .ia-field__body > .ia-field__desc',
      ':scope > details > .ia-field__body > .ia-field__facts',
    ]) {
      const part = entry.querySelector(selector);
      if (part) parts.push(part.cloneNode(true));
    }
    parts.push(
      el('p', {}, el('a', { href: `#${fieldAnchor(path)}`, textContent: 'Open this field in the reference' })),
    );
    body.replaceChildren(...parts);
    this.#open(key);
    return true;
  }
}

customElements.define('ia-payload', PayloadView);
