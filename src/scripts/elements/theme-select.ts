/* The custom element that enhances ThemeSelect.astro; src/scripts/site.ts loads it. */
const KEY = 'ia-theme';

/** Lets the reader override the system colour scheme; the choice persists in localStorage (when allowed). */
class ThemeSelect extends HTMLElement {
  connectedCallback(): void {
    const buttons = [...this.querySelectorAll<HTMLButtonElement>('button[data-theme-choice]')];
    const show = (choice: string) => {
      for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset['themeChoice'] === choice));
    };
    show(document.documentElement.dataset['theme'] ?? 'system');
    this.addEventListener('click', (event) => {
      const choice = (event.target as Element).closest<HTMLButtonElement>('button[data-theme-choice]')?.dataset[
        'themeChoice'
      ];
      if (!choice) return;
      try {
        if (choice === 'light' || choice === 'dark') localStorage.setItem(KEY, choice);
        else localStorage.removeItem(KEY);
      } catch {
        // Storage may be blocked: the choice then lasts for this page.
      }
      if (choice === 'light' || choice === 'dark') document.documentElement.dataset['theme'] = choice;
      else delete document.documentElement.dataset['theme'];
      show(choice);
    });
    this.hidden = false;
  }
}

customElements.define('ia-theme-select', ThemeSelect);
