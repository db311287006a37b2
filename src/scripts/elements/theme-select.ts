/* The custom element that enhances ThemeSelect.astro; src/scripts/site.ts loads it. */
const KEY = 'ia-theme';

/** Lets the reader override the system colour scheme; the choice persists in localStorage. */
class ThemeSelect extends HTMLElement {
  connectedCallback(): void {
    const select = this.querySelector('select');
    if (!select) return;
    select.value = document.documentElement.dataset['theme'] ?? 'system';
    select.addEventListener('change', () => {
      const value = select.value;
      if (value === 'light' || value === 'dark') {
        document.documentElement.dataset['theme'] = value;
        localStorage.setItem(KEY, value);
      } else {
        delete document.documentElement.dataset['theme'];
        localStorage.removeItem(KEY);
      }
    });
    this.hidden = false;
  }
}

customElements.define('ia-theme-select', ThemeSelect);
