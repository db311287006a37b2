/* The custom element that enhances PayloadChecker.astro; src/scripts/site.ts loads it. */
/** Loads the checker's code the first time the reader opens the panel. */
class Checker extends HTMLElement {
  connectedCallback(): void {
    const details = this.querySelector('details');
    if (!details) return;
    const load = () => {
      if (!details.open) return;
      details.removeEventListener('toggle', load);
      void import('../checker-ui.ts')
        .then(({ mountChecker }) => mountChecker(this))
        .then(() => this.querySelector('textarea')?.focus());
    };
    details.addEventListener('toggle', load);
    if (location.hash === `#${details.querySelector('h2')?.id}`) details.open = true;
    load();
  }
}

customElements.define('ia-checker', Checker);
