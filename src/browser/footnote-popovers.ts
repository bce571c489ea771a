/**
 * Footnote popovers (shown by CSS on hover and focus, src/styles/global.css) kept on screen, and
 * dismissable per WCAG 1.4.13: Esc closes them until the pointer or focus comes back. On phones
 * a tap on a marker opens the note as a sheet along the bottom edge, which stays open until Esc, a
 * tap elsewhere or the next marker. Elsewhere a click on the marker closes it, as the page then
 * scrolls to the note in the list.
 */
import { all, closest } from './dom';

const CLOSED = 'fn-dicht';
const BELOW = 'fn-onder';
const OPEN = 'fn-open';
/** Distance kept from the screen's edges, in px. */
const EDGE = 8;

const closeSheets = () => all('.fn-open').forEach((open) => open.classList.remove(OPEN));

function place(event: Event) {
  const marker = closest(event, '.fn-ref');
  // Moving within the marker and its popover is no new opening.
  if (!marker || marker.contains((event as FocusEvent).relatedTarget as Node | null)) return;
  marker.classList.remove(CLOSED, BELOW);
  const tip = marker.querySelector<HTMLElement>('.fn-tip')!;
  closeSheets();
  if (getComputedStyle(tip).position === 'fixed') marker.classList.add(OPEN);
  tip.style.setProperty('--dx', '0px');
  const box = tip.getBoundingClientRect();
  if (box.width) tip.style.setProperty('--dx', `${Math.max(EDGE - box.left, Math.min(0, innerWidth - EDGE - box.right))}px`);
  if (box.top < EDGE) marker.classList.add(BELOW);
}

addEventListener('mouseover', place);
addEventListener('focusin', place);
addEventListener('keydown', (event) => {
  if (event.key === 'Escape') all('.fn-ref:hover,.fn-ref:focus-within,.fn-open').forEach((marker) => marker.classList.add(CLOSED));
});
addEventListener('click', (event) => {
  if (closest(event, '.fn-tip')) return;
  const marker = closest(event, '.fn-ref');
  // Phones: the tap opened the note in place (the sheet); no jump to the list, which stays the
  // way to the note without JavaScript.
  if (marker?.classList.contains(OPEN)) return event.preventDefault();
  marker?.classList.add(CLOSED);
  closeSheets();
});
