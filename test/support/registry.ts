import type { Registry } from '../../src/content-model/registry';

/** A small, hand-made registry for plugin tests: two themes, a step, footnotes, a source. */
export function fixtureRegistry(): Registry {
  return {
    themes: new Map([
      [1, { id: 'optimale-ontwikkeling', title: 'Optimale ontwikkeling van kinderen' }],
      [3, { id: 'sociaal-domein-en-preventie', title: 'Verbinden binnen sociaal domein en inzetten op preventie' }],
    ]),
    steps: new Map([['analyse', { title: 'Analyse' }]]),
    footnotes: new Map([
      [4, { text: 'Zie onder meer de eindrapportage Scenariostudie.', missing: false }],
      [11, { text: '', missing: true }],
    ]),
    // The address is a placeholder of the test, not the report's.
    sources: new Map([['ser-2016-gelijk-goed-van-start', { title: 'Gelijk goed van start', url: 'https://www.example.org/ser' }]]),
    achtergrond: new Map([['column-radar-handreiking', { title: 'RadarLokaal' }]]),
    pages: new Map([['colofon', { title: 'Colofon' }]]),
    quotes: new Set(['bashara-hoorn']),
    examples: new Set(['zoetermeer-studiereis']),
  };
}
