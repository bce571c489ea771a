import { browserModule } from '../utils/inline-script';

/** /markeer.js: the search highlight, loaded by the page script only after a search. */
export async function GET() {
  return new Response(await browserModule('search-hits.ts'), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
