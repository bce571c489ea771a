/**
 * A click on a heading's "#" link or a recommendation's number (4.3) also copies that link and
 * says so (the link works without it). "Kopieer verwijzing" copies the text of the element its
 * data-tekst names, with each link in it as the full address the reader is on (the build may not
 * know the site's domain); an empty data-tekst copies the link itself.
 */
import { byId, closest } from './dom';

/** An element's text with every link written out as its full address. */
function withAddresses(element: HTMLElement) {
  const copy = element.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('a').forEach((link) => (link.textContent = link.href));
  return copy.textContent!.replace(/\s+/g, ' ').trim();
}

/** How long "gekopieerd" stays on the button or link, in ms. */
const FEEDBACK_MS = 2500;

addEventListener('click', (event) => {
  const link = closest(event, '.heading-link,[data-tekst]');
  if (!link || !navigator.clipboard) return;
  const textId = link.dataset.tekst;
  const text = textId ? withAddresses(byId(textId)) : (link as HTMLAnchorElement).href;
  navigator.clipboard.writeText(text).then(
    () => {
      link.dataset.gekopieerd = '';
      byId('kopieer-status').textContent = `${textId ? 'Verwijzing' : 'Link'} gekopieerd`;
      setTimeout(() => delete link.dataset.gekopieerd, FEEDBACK_MS);
    },
    // No clipboard permission: the link still works, nothing to say.
    () => {},
  );
});
