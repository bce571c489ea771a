/**
 * "Op deze pagina": marks the section being read (aria-current), as Starlight does: the last
 * section whose heading has passed the top third of the screen.
 */
import { all, byId } from './dom';

const links = [...all('.toc a')] as HTMLAnchorElement[];

function markCurrent() {
  let current: HTMLAnchorElement | undefined;
  for (const link of links) if (byId(decodeURIComponent(link.hash.slice(1))).getBoundingClientRect().top < innerHeight / 3) current = link;
  for (const link of links) link.ariaCurrent = link === current ? 'true' : null;
}

if (links.length) {
  addEventListener('scroll', markCurrent, { passive: true });
  markCurrent();
}
