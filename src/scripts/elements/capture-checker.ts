/*
 * The custom element that enhances CaptureChecker.astro, loaded by the
 * site's script (site.ts) on the page with the component only. It
 * shows the form; the check's code (the report and its Web Worker) loads
 * when the reader first checks a capture.
 */
class CaptureChecker extends HTMLElement {
  connectedCallback(): void {
    const form = this.querySelector('form');
    if (!form) return;
    form.hidden = false;
    this.querySelector('.ia-capture__nojs')?.remove();
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      // Said at once: the check's code may still have to load.
      const status = this.querySelector('.ia-capture__status');
      if (status) status.textContent = 'Checking…';
      void import('../capture-ui.ts').then(({ checkCaptureFile }) => checkCaptureFile(this, form));
    });
  }
}

customElements.define('ia-capture-checker', CaptureChecker);
