/**
 * A click on a heading's "#" link or a recommendation's number (4.3) also copies that link and
 * says so (the link works without it). "Kopieer verwijzing" copies the text of the element its
 * data-tekst names; an empty data-tekst copies the link itself.
 */
import { byId, closest } from './dom';

/** How long "gekopieerd" stays on the button or link, in ms. */
const FEEDBACK_MS = 2500;

addEventListener('click', (event) => {
  const link = closest(event, '.heading-link,[data-tekst]');
  if (!link || !navigator.clipboard) return;
  const textId = link.dataset.tekst;
  const text = textId ? byId(textId).innerText : (link as HTMLAnchorElement).href;
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
