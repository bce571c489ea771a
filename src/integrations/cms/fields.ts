import { z } from 'astro/zod';

/** A Sveltia CMS field, as far as this site uses them. */
export interface CmsField {
  name: string;
  label: string;
  label_singular?: string;
  widget: 'string' | 'text' | 'number' | 'boolean' | 'select' | 'list' | 'markdown';
  required?: false;
  hint?: string;
  default?: unknown;
  value_type?: 'int';
  min?: number;
  max?: number;
  minlength?: number;
  maxlength?: number;
  options?: string[];
  pattern?: [string, string];
  field?: CmsField;
  fields?: CmsField[];
  modes?: ['raw'];
}

/**
 * Short Dutch labels: the schemas describe each field in a sentence (the CMS shows that as the
 * hint), but a form needs a name. `collection.field` overrides the label of `field` there.
 */
const LABELS: Record<string, string> = {
  title: 'Titel',
  navTitle: 'Korte naam',
  number: 'Nummer',
  summary: 'Samenvatting',
  order: 'Volgorde',
  colour: 'Kleur',
  activities: 'Doorlopende activiteiten',
  'activities.id': 'Anker',
  'activities.title': 'Naam',
  missing: 'Tekst ontbreekt in de bron',
  unmarkedOn: 'Zonder markering afgedrukt bij stap',
  id: 'Id',
  description: 'Omschrijving',
  authors: 'Auteurs',
  organisation: 'Organisatie',
  year: 'Jaar',
  type: 'Soort',
  url: 'Link',
  urlInHandreiking: 'Link staat in de handreiking',
  urlGevonden: 'Bevestigd door',
  urlGecontroleerd: 'Gecontroleerd op',
  urlArchief: 'Kopie uit het Internet Archive tonen',
  urlGezocht: 'Gezocht op',
  urlSoort: 'Soort link',
  urlNotitie: 'Notitie van de redactie',
  'quotes.text': 'Citaat',
  person: 'Naam',
  role: 'Functie',
  attribution: 'Naamregel zoals gedrukt',
  municipality: 'Gemeente',
  publication: 'Verschenen in',
  'achtergrond.date': 'Datum',
  themes: "Thema's (nummers)",
  steps: "Stappen (id's)",
  titleByEditors: 'Titel van de redactie',
};
/** Names of list items, where the CMS offers "add …". */
const SINGULAR: Record<string, string> = { activities: 'Activiteit' };
/** Texts of a sentence or more get a text box instead of one line. */
const MULTILINE = new Set(['summary', 'quotes.text', 'urlNotitie']);

type JsonSchema = {
  type?: string;
  description?: string;
  default?: unknown;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

const label = (scope: string, name: string) => {
  const found = LABELS[`${scope}.${name}`] ?? LABELS[name];
  if (!found) throw new Error(`src/integrations/cms/fields.ts: geen label voor het veld "${name}" (${scope}); zet het in LABELS.`);
  return found;
};
/** A limit the editor should see; Zod's "any safe integer" bounds are none. */
const bound = (n: number | undefined) => (n !== undefined && Math.abs(n) < Number.MAX_SAFE_INTEGER ? n : undefined);
const unwrap = (t: z.ZodType): z.ZodType => (t instanceof z.ZodOptional || t instanceof z.ZodDefault ? unwrap(t.unwrap() as z.ZodType) : t);
/** The schema's own Dutch message for a value of the wrong form (shown by the CMS at a pattern). */
const messageFor = (schema: z.ZodType | undefined, wrong: string) => schema?.safeParse(wrong).error?.issues[0]?.message ?? 'ongeldige waarde';

function field(scope: string, name: string, json: JsonSchema, required: boolean, zod: z.ZodType | undefined): CmsField {
  const key = `${scope}.${name}`;
  const out: CmsField = { name, label: label(scope, name), widget: 'string' };
  const element = zod && unwrap(zod);
  if (json.enum) Object.assign(out, { widget: 'select', options: json.enum });
  else if (json.type === 'integer' || json.type === 'number') {
    Object.assign(out, { widget: 'number', ...(json.type === 'integer' && { value_type: 'int' }) });
    if (bound(json.minimum) !== undefined) out.min = json.minimum;
    if (bound(json.maximum) !== undefined) out.max = json.maximum;
  } else if (json.type === 'boolean') out.widget = 'boolean';
  else if (json.type === 'array') {
    out.widget = 'list';
    if (SINGULAR[name]) out.label_singular = SINGULAR[name];
    const items = json.items ?? {};
    const itemZod = element instanceof z.ZodArray ? (element.element as z.ZodType) : undefined;
    if (items.type === 'object') out.fields = fieldsOf(items, name, itemZod);
    else if (items.type !== 'string') out.field = field(scope, name, items, true, itemZod);
  } else {
    if (MULTILINE.has(name) || MULTILINE.has(key)) out.widget = 'text';
    if (json.minLength !== undefined) out.minlength = json.minLength;
    if (json.maxLength !== undefined) out.maxlength = json.maxLength;
    if (json.pattern) out.pattern = [json.pattern, messageFor(element, 'Geen Geldige Waarde!')];
    if (json.format === 'uri') out.pattern = ['^https?://', messageFor(element, 'geen-link')];
  }
  if (!required) out.required = false;
  if (json.default !== undefined && !Array.isArray(json.default)) out.default = json.default;
  if (json.description) out.hint = json.description;
  return out;
}

function fieldsOf(json: JsonSchema, scope: string, zod: z.ZodType | undefined): CmsField[] {
  const shape = zod instanceof z.ZodObject ? (zod.shape as Record<string, z.ZodType>) : {};
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, property]) => field(scope, name, property, required.has(name), shape[name]));
}

/**
 * The CMS fields of one collection, from its Zod schema: kind, required, limits, patterns,
 * choices and defaults as the schema says (through Zod's own JSON Schema), the hint from the
 * schema's Dutch description. What the CMS may save is then exactly what the build accepts.
 */
export function schemaFields(collection: string, schema: z.ZodObject): CmsField[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return fieldsOf(json, collection, schema);
}
