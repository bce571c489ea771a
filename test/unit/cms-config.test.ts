import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { collections } from '../../src/content.config';
import { cmsConfig } from '../../src/integrations/cms';

/*
 * The CMS (src/integrations/cms/config.yml) against the Zod schemas the build uses (src/schemas/, wired to
 * folders in src/content.config.ts): every schema field has a CMS field of a matching kind and
 * vice versa, required where the schema requires it, with the same limits and patterns, so
 * the CMS cannot save what the build would reject (a footnote without a number), and every
 * field that real content uses survives a save.
 */

const root = join(import.meta.dirname, '..', '..');
const config = cmsConfig('test/repository') as { collections: CmsCollection[] };

interface CmsField {
  name: string;
  widget?: string;
  required?: boolean;
  min?: number;
  max?: number;
  value_type?: string;
  options?: string[];
  pattern?: [string, string];
  fields?: CmsField[];
  field?: CmsField;
  root?: boolean;
  modes?: string[];
}
interface CmsCollection {
  name: string;
  folder?: string;
  extension?: string;
  files?: { name: string; file: string; fields: CmsField[]; format?: string }[];
  fields?: CmsField[];
}

/** Where each Zod collection reads its files, taken from src/content.config.ts itself. */
const sourceOf = (() => {
  const text = readFileSync(join(root, 'src', 'content.config.ts'), 'utf8');
  const out = new Map<string, { folder?: string; extension?: string; file?: string }>();
  for (const m of text.matchAll(/(\w+): defineCollection\(\{\s*loader: (?:glob\(\{ pattern: '\*\.(\w+)', base: base\('([^']+)'\)|file\(base\('([^']+)'\)(?:, \w+)?\))/g)) {
    out.set(m[1], m[4] ? { file: `content/${m[4]}` } : { folder: `content/${m[3]}`, extension: m[2] });
  }
  return out;
})();

type Def = { type: string; innerType?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> };
const def = (t: z.ZodType) => (t as unknown as { def: Def }).def;
const bag = (t: z.ZodType) => (t as unknown as { _zod: { bag: Record<string, unknown> } })._zod.bag;
/** The field without optional/default wrappers. */
const unwrap = (t: z.ZodType): z.ZodType => (['optional', 'default', 'nullable'].includes(def(t).type) ? unwrap(def(t).innerType!) : t);
const isRequired = (t: z.ZodType) => !t.safeParse(undefined).success;

/** Differences between one Zod object shape and a list of CMS fields, as readable lines. */
function compare(where: string, shape: Record<string, z.ZodType>, fields: CmsField[]): string[] {
  const problems: string[] = [];
  const byName = new Map(fields.map((f) => [f.name, f]));
  for (const name of Object.keys(shape)) if (!byName.has(name)) problems.push(`${where}.${name}: in het schema, niet in het CMS`);
  for (const field of fields) {
    const schemaField = shape[field.name];
    if (!schemaField) {
      problems.push(`${where}.${field.name}: in het CMS, niet in het schema`);
      continue;
    }
    const at = `${where}.${field.name}`;
    if (isRequired(schemaField) !== (field.required !== false)) {
      problems.push(`${at}: schema ${isRequired(schemaField) ? 'verplicht' : 'optioneel'}, CMS ${field.required !== false ? 'verplicht' : 'optioneel'}`);
    }
    problems.push(...compareKind(at, unwrap(schemaField), field));
  }
  return problems;
}

/** The collection an Astro reference() field points at: it turns an id into { collection, id }. */
function referenced(schema: z.ZodType): string | undefined {
  const parsed = schema.safeParse('een-id');
  const value = parsed.success ? (parsed.data as { collection?: unknown; id?: unknown }) : undefined;
  return typeof value === 'object' && value?.id === 'een-id' && typeof value.collection === 'string' ? value.collection : undefined;
}

function compareKind(at: string, schema: z.ZodType, field: CmsField): string[] {
  // A reference is written as the plain id of the entry: a text field in the CMS.
  const kind = referenced(schema) ? 'string' : def(schema).type;
  const widget = field.widget ?? 'string';
  const problems: string[] = [];
  const expect = (ok: boolean, what: string) => ok || problems.push(`${at}: ${what}`);
  if (kind === 'string') {
    expect(['string', 'text'].includes(widget), `tekst in het schema, widget ${widget}`);
    const patterns = [...((bag(schema).patterns as Set<RegExp> | undefined) ?? [])].map((p) => p.source);
    if (patterns.length) expect(!!field.pattern && patterns.includes(field.pattern[0]), `patroon ${patterns.join(' ')} ontbreekt in het CMS`);
    if (bag(schema).format === 'url') expect(!!field.pattern && /^\^https\?/.test(field.pattern[0]), 'url zonder http(s)-patroon in het CMS');
  } else if (kind === 'number') {
    expect(widget === 'number', `getal in het schema, widget ${widget}`);
    const number = schema as unknown as { isInt: boolean; minValue: number | null; maxValue: number | null };
    if (number.isInt) expect(field.value_type === 'int', 'geheel getal: value_type int ontbreekt');
    const min = number.minValue ?? undefined;
    const max = number.maxValue ?? undefined;
    const bounded = (n: number | undefined) => (n !== undefined && Number.isFinite(n) && Math.abs(n) < Number.MAX_SAFE_INTEGER ? n : undefined);
    expect(bounded(min) === field.min, `minimum ${bounded(min)} in het schema, ${field.min} in het CMS`);
    expect(bounded(max) === field.max, `maximum ${bounded(max)} in het schema, ${field.max} in het CMS`);
  } else if (kind === 'boolean') {
    expect(widget === 'boolean', `ja/nee in het schema, widget ${widget}`);
  } else if (kind === 'enum') {
    expect(widget === 'select', `keuzelijst in het schema, widget ${widget}`);
    expect(JSON.stringify(field.options) === JSON.stringify((schema as unknown as { options: string[] }).options), 'andere keuzes dan het schema');
  } else if (kind === 'array') {
    expect(widget === 'list', `lijst in het schema, widget ${widget}`);
    const element = unwrap(def(schema).element!);
    if (def(element).type === 'object') problems.push(...compare(at, def(element).shape!, field.fields ?? []));
    else if (field.field) problems.push(...compareKind(`${at}[]`, element, field.field));
    else expect(def(element).type === 'string' || !!referenced(element), `lijst van ${def(element).type} zonder veldtype in het CMS`);
  } else {
    problems.push(`${at}: soort ${kind} niet vergeleken`);
  }
  return problems;
}

const frontmatter = (text: string) => (parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') ?? {}) as Record<string, unknown>;

describe('CMS configuration (src/integrations/cms/config.yml) against the content schemas', () => {
  it('is a valid Sveltia CMS configuration (the package\'s own JSON schema)', () => {
    const schema = JSON.parse(readFileSync(join(root, 'node_modules', '@sveltia', 'cms', 'schema', 'sveltia-cms.json'), 'utf8'));
    const ajv = new Ajv({ allErrors: true, strict: false });
    const valid = ajv.validate(schema, config);
    expect(valid ? [] : ajv.errors!.map((e) => `${e.instancePath} ${e.message}`)).toEqual([]);
  });

  it('has a collection for every content collection, at the same folder or file', () => {
    expect(sourceOf.size).toBe(Object.keys(collections).length);
    for (const [name, source] of sourceOf) {
      const cms = config.collections.find((c) => c.name === name);
      expect(cms, name).toBeDefined();
      if (source.file) expect(cms!.files?.map((f) => f.file), name).toContain(source.file);
      else expect({ folder: cms!.folder, extension: cms!.extension }, name).toEqual(source);
    }
  });

  for (const [name, collection] of Object.entries(collections)) {
    it(`${name}: every schema field has a CMS field and every CMS field is in the schema (kind, required, limits)`, () => {
      const cms = config.collections.find((c) => c.name === name)!;
      const shape = (collection.schema as z.ZodObject).shape as Record<string, z.ZodType>;
      const fields = cms.files ? cms.files[0].fields.find((f) => f.root)!.fields! : cms.fields!.filter((f) => f.name !== 'body');
      // A file's id comes from its name in folders; the sources list keeps its id as a field.
      expect(compare(name, shape, fields)).toEqual([]);
    });
  }

  it('Markdown bodies are edited as raw Markdown (so <Quote id>, [x](thema:3) and [^12] stay as written)', () => {
    for (const cms of config.collections.filter((c) => c.extension === 'md' || c.extension === 'mdx')) {
      const body = cms.fields!.find((f) => f.name === 'body');
      expect(body?.widget, cms.name).toBe('markdown');
      expect(body?.modes, cms.name).toEqual(['raw']);
    }
  });

  it('a footnote cannot be saved without a number', () => {
    const number = config.collections.find((c) => c.name === 'footnotes')!.fields!.find((f) => f.name === 'number')!;
    expect(number.required).not.toBe(false);
    expect(number.widget).toBe('number');
  });

  it('every field that the real content uses is in the CMS, so saving in the CMS loses nothing', () => {
    const lost: string[] = [];
    for (const cms of config.collections) {
      if (cms.folder) {
        const names = new Set(cms.fields!.map((f) => f.name));
        for (const file of readdirSync(join(root, cms.folder)).filter((f) => f.endsWith(`.${cms.extension}`))) {
          const text = readFileSync(join(root, cms.folder, file), 'utf8');
          const data = cms.extension === 'yaml' ? parseYaml(text) : frontmatter(text);
          for (const key of Object.keys(data ?? {})) if (!names.has(key)) lost.push(`${cms.folder}/${file}: ${key}`);
        }
      }
      for (const entry of cms.files ?? []) {
        const list = entry.fields.find((f) => f.root);
        if (!list) continue;
        const names = new Set(list.fields!.map((f) => f.name));
        for (const item of parseYaml(readFileSync(join(root, entry.file), 'utf8')) as Record<string, unknown>[]) {
          for (const key of Object.keys(item)) if (!names.has(key)) lost.push(`${entry.file}: ${key}`);
        }
      }
    }
    expect(lost).toEqual([]);
  });

  it('the glossary files are in the CMS', () => {
    const files = config.collections.find((c) => c.name === 'glossary')!.files!.map((f) => f.file);
    expect(files.sort()).toEqual(readdirSync(join(root, 'content', 'zoeken')).map((f) => `content/zoeken/${f}`).sort());
  });
});
