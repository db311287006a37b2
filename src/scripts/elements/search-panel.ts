/* The custom element that enhances SearchPanel.astro; src/scripts/site.ts loads it. */
/**
 * Turns the plain form into live search. Nothing of the search loads until
 * the reader focuses the field or arrives with a query (?q=).
 */
class SearchPanel extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    const input = this.querySelector('input');
    if (!form || !input) return;
    form.hidden = false;
    const start = () => {
      input.removeEventListener('focus', start);
      void import('../search-ui.ts').then((m) => {
        const hadFocus = document.activeElement === input;
        const typed = input.value;
        form.remove();
        m.mountSearch(this, typed, hadFocus);
      });
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      start();
    });
    input.addEventListener('focus', start);
    if (new URL(location.href).searchParams.get('q')) {
      input.value = new URL(location.href).searchParams.get('q') ?? '';
      start();
    }
  }
}
customElements.define('ia-search-panel', SearchPanel);
