/*
 * Makes each <ia-tabs> (Tabs.astro) a set of WAI-ARIA tabs: a tab list built
 * from the panels' labels, arrow keys, Home and End, and one panel shown.
 * Tabs with the same sync key (e.g. "os") switch together on the page, and
 * the choice is kept for the next page the reader opens. Without this script
 * every panel shows under its label.
 */

const STORAGE_PREFIX = 'ia-tabs:';

/** A button with its text; no shared helper, so this file stays one request on its own. */
function tabButton(id: string, text: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'ia-tabs__tab';
  button.id = id;
  button.textContent = text;
  button.setAttribute('role', 'tab');
  return button;
}
let instances = 0;

function storedChoice(key: string | undefined): string | null {
  if (!key) return null;
  try {
    return localStorage.getItem(STORAGE_PREFIX + key);
  } catch {
    return null;
  }
}

function storeChoice(key: string | undefined, label: string): void {
  if (!key) return;
  try {
    localStorage.setItem(STORAGE_PREFIX + key, label);
  } catch {
    // Storage may be blocked; the choice then lasts for this page.
  }
}

class TabSet extends HTMLElement {
  private tabs: HTMLButtonElement[] = [];
  private panels: HTMLElement[] = [];

  connectedCallback(): void {
    if (this.dataset['ready'] !== undefined) return;
    this.panels = [...this.children].filter(
      (child): child is HTMLElement => child instanceof HTMLElement && child.classList.contains('ia-tab'),
    );
    if (this.panels.length === 0) return;
    const id = `ia-tabs-${++instances}`;
    const list = document.createElement('div');
    list.className = 'ia-tabs__list';
    list.setAttribute('role', 'tablist');
    list.setAttribute('aria-label', this.dataset['label'] ?? 'Choose one');
    this.tabs = this.panels.map((panel, i) => {
      const tab = tabButton(`${id}-tab-${i}`, panel.dataset['label'] ?? `Tab ${i + 1}`);
      tab.setAttribute('aria-controls', `${id}-panel-${i}`);
      panel.id = `${id}-panel-${i}`;
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      panel.tabIndex = 0;
      return tab;
    });
    list.append(...this.tabs);
    this.prepend(list);
    list.addEventListener('click', (event) => {
      const tab = (event.target as Element).closest('button');
      if (tab) this.choose(this.tabs.indexOf(tab as HTMLButtonElement), true);
    });
    list.addEventListener('keydown', (event) => this.onKey(event));
    const stored = storedChoice(this.dataset['syncKey']);
    const initial = this.panels.findIndex((panel) => panel.dataset['label'] === stored);
    this.dataset['ready'] = '';
    this.select(Math.max(0, initial));
  }

  /** Shows panel `index`; `byReader`: also for the other tabs of its sync key, and remembered. */
  choose(index: number, byReader: boolean): void {
    const label = this.panels[index]?.dataset['label'];
    if (label === undefined) return;
    const key = this.dataset['syncKey'];
    if (!byReader || !key) return this.select(index);
    // The tab list the reader used stays where it is on the screen while others above it change height.
    const before = this.getBoundingClientRect().top;
    for (const set of document.querySelectorAll<TabSet>(`ia-tabs[data-sync-key="${CSS.escape(key)}"]`)) {
      const match = set.panels.findIndex((panel) => panel.dataset['label'] === label);
      if (match >= 0) set.select(match);
    }
    window.scrollBy(0, this.getBoundingClientRect().top - before);
    storeChoice(key, label);
  }

  private select(index: number): void {
    this.tabs.forEach((tab, i) => {
      const selected = i === index;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
      const panel = this.panels[i];
      if (panel) panel.hidden = !selected;
    });
  }

  private onKey(event: KeyboardEvent): void {
    const current = this.tabs.indexOf(document.activeElement as HTMLButtonElement);
    if (current < 0) return;
    const last = this.tabs.length - 1;
    const next = {
      ArrowRight: current === last ? 0 : current + 1,
      ArrowLeft: current === 0 ? last : current - 1,
      Home: 0,
      End: last,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.choose(next, true);
    this.tabs[next]?.focus();
  }
}

customElements.define('ia-tabs', TabSet);
