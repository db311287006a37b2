/*
 * Copy buttons on code blocks: Shiki's <pre> in pages and FAQ answers, and
 * the example payloads (whose text is the JSON file as published). Only
 * scripts can copy, so only scripts add them: src/scripts/site.ts loads this
 * when a code block comes near the screen.
 */
import { copyText, el } from '../dom.ts';

/** Puts each code block of the page that has none in a frame with a "Copy" button at its top right. */
function addCopyButtons(): void {
  for (const pre of document.querySelectorAll<HTMLPreElement>('pre.shiki')) {
    if (pre.parentElement?.classList.contains('ia-code')) continue;
    const what = pre.closest('.ia-example') ? 'the payload' : 'the code';
    const button = el('button', { type: 'button', className: 'ia-button ia-code__copy', textContent: 'Copy' });
    button.setAttribute('aria-label', `Copy ${what}`);
    button.addEventListener('click', () => void copyText(pre.textContent ?? '', button));
    const frame = el('div', { className: 'ia-code' });
    pre.replaceWith(frame);
    frame.append(button, pre);
  }
}

addCopyButtons();
