import { z } from 'astro/zod';

export const sourceTypes = [
  'rapport',
  'wetenschappelijk',
  'praktijkvoorbeeld',
  'website',
  'video',
  'wetgeving',
  'artikel',
  'boek',
  'brief',
] as const;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const dateField = (what: string) =>
  z.string().regex(isoDate, `${what}: een datum als JJJJ-MM-DD`);

/** A publication, website, video or law the guide refers to; one entry per source. */
export const sourceSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/, 'id: kleine letters, cijfers en streepjes')
      .describe('Vaste id, ook het adres /bronnen/<id>/; verwijs ernaar met [titel](bron:<id>). Niet wijzigen.'),
    title: z.string().min(2).describe('Titel zoals de handreiking die noemt.'),
    description: z.string().optional().describe('Ondertitel of korte omschrijving uit de handreiking.'),
    authors: z.array(z.string()).optional().describe('Auteurs (personen).'),
    organisation: z.string().optional().describe('Organisatie of uitgever.'),
    year: z.number().int().min(1900).max(2030).optional().describe('Jaar van verschijnen.'),
    type: z.enum(sourceTypes).describe(`Soort bron: ${sourceTypes.join(', ')}.`),
    url: z
      .url({ protocol: /^https?$/, message: 'url moet een volledige http(s)-link zijn' })
      .optional()
      .describe('Link naar de bron zelf. Uit de handreiking (zet dan urlInHandreiking) of gevonden door de redactie (met urlGevonden en urlGecontroleerd); zonder url toont de site "Link onbekend".'),
    urlInHandreiking: z
      .boolean()
      .optional()
      .describe('true als deze link letterlijk in de handreiking staat; de site toont hem dan als link uit de handreiking.'),
    urlGevonden: z
      .url({ protocol: /^https?$/, message: 'urlGevonden moet een volledige http(s)-link zijn' })
      .optional()
      .describe('Bij een link van de redactie: het adres van de pagina die bevestigt dat de link bij deze bron hoort (de pagina van de uitgever zelf, een overheidssite of een catalogus).'),
    urlGecontroleerd: dateField('urlGecontroleerd')
      .optional()
      .describe('Bij een link van de redactie: de dag waarop die bevestiging is gecontroleerd, als JJJJ-MM-DD.'),
    urlArchief: z
      .boolean()
      .optional()
      .describe('true als de link niet meer werkt: de bronpagina biedt dan de kopie uit 2020 in het Internet Archive aan, gemarkeerd als kopie. Alleen na controle met npm run check:links.'),
    urlSoort: z
      .enum(['publicatie', 'over-publicatie'])
      .optional()
      .describe('Bij een link van de redactie: "publicatie" (standaard) als de link naar de publicatie zelf gaat; "over-publicatie" als hij naar een pagina van de uitgever of de overheid over de publicatie gaat (een aankondiging, een reactie, een aanbiedingsbrief) en de publicatie zelf niet is gevonden. De bronpagina zegt dat dan.'),
    urlNotitie: z
      .string()
      .optional()
      .describe('Notitie van de redactie, niet op de site: wat de bevestigende pagina is, of waarop gezocht is en wat er wel was. Een veld en geen commentaarregel, zodat het CMS het bewaart.'),
    urlGezocht: dateField('urlGezocht')
      .optional()
      .describe('Bij een bron zonder link: de dag waarop de redactie op titel en uitgever zocht en niets vond, als JJJJ-MM-DD.'),
  })
  .superRefine((s, ctx) => {
    const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (s.url && !s.urlInHandreiking && (!s.urlGevonden || !s.urlGecontroleerd)) {
      problem(
        'url',
        'deze link staat niet in de handreiking (geen urlInHandreiking: true), dus horen erbij: urlGevonden (de pagina die de link bevestigt) en urlGecontroleerd (de datum, JJJJ-MM-DD)',
      );
    }
    if (!s.url) {
      for (const field of ['urlInHandreiking', 'urlGevonden', 'urlGecontroleerd', 'urlArchief', 'urlSoort'] as const) {
        if (s[field] !== undefined) problem(field, `${field} hoort bij een link, maar deze bron heeft geen url`);
      }
    }
    if (s.urlInHandreiking && s.urlSoort) problem('urlSoort', 'urlSoort is voor een link van de redactie; deze link staat in de handreiking: haal urlSoort weg');
    if (s.url && s.urlGezocht) problem('urlGezocht', 'urlGezocht is voor een bron zonder link; deze bron heeft een url: haal urlGezocht weg');
  });
export type SourceData = z.infer<typeof sourceSchema>;
