/** Ctrl/Cmd+K jumps to the search box; no single-key shortcut (WCAG 2.1.4). */
import { byId } from './dom';

addEventListener('keydown', (event) => {
  if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
    event.preventDefault();
    byId('site-search').focus();
  }
});
