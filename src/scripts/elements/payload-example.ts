/* The custom element that enhances PayloadExample.astro; src/scripts/site.ts loads it. */
import { el } from '../dom.ts';
import { fieldAnchor, fieldPathOf } from '../../lib/model/anchors.ts';

/**
 * Shows a key's documentation beside the payload. The documentation is the
 * field's entry in the field reference on the same page: nothing is fetched.
 */
class PayloadView extends HTMLElement {
  connectedCallback(): void {
    this.addEventListener('click', (event) => {
      const key = (event.target as Element).closest<HTMLAnchorElement>('a.ia-key');
      if (!key || !this.contains(key)) return;
      if (this.#show(key)) event.preventDefault();
    });
    this.addEventListener('keydown', (event) => this.#onKey(event));
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
    return true;
  }
}

customElements.define('ia-payload', PayloadView);
