/* The custom element that enhances SearchButton.astro; src/scripts/site.ts loads it. */
/**
 * Opens the search dialog. Nothing of the search (its UI or Pagefind's
 * index) loads before the reader asks for it: a click, a focus of the
 * button, "/" or Ctrl/Cmd+K. Without JavaScript the link leads to /search/.
 */
let loading: Promise<{ openSearch(opener: HTMLElement): void }> | undefined;
const load = () => (loading ??= import('../search-ui.ts'));

class SearchButton extends HTMLElement {
  connectedCallback(): void {
    const link = this.querySelector('a');
    if (!link) return;
    link.setAttribute('role', 'button');
    link.setAttribute('aria-haspopup', 'dialog');
    link.addEventListener('click', (event) => {
      event.preventDefault();
      void load().then((m) => m.openSearch(link));
    });
    link.addEventListener('focus', () => void load(), { once: true });
    link.addEventListener('keydown', (event) => {
      if (event.key === ' ') {
        event.preventDefault();
        link.click();
      }
    });
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement;
      const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
      const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
      if (shortcut || (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey)) {
        event.preventDefault();
        // Closing gives focus back to where the reader was, or to the button.
        const from = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        void load().then((m) => m.openSearch(from && from !== document.body ? from : link));
      }
    });
  }
}

customElements.define('ia-search-button', SearchButton);
