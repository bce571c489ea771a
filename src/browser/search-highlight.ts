/**
 * After a search (?markeer=…), mark the hits: the code for it (src/browser/search-hits.ts, served
 * as /markeer.js) loads only then, after the load event, when the browser has made its jump to
 * the section's heading.
 */
if (/[?&]markeer=/.test(location.search)) addEventListener('load', () => import('/markeer.js' as string));
