import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { guideMarkdown } from '../../plugins';
import { readContent, type ContentFile } from '../../content-model/content-files';
import { contentDir } from '../../content-model/content-dir';
import { readEditorialText, readRedactielog } from '../../content-model/redactielog';
import { registryFrom } from '../../content-model/registry';
import { validateContent } from '../../content-model/validate-content';
import { checkEditions } from '../editions/check-editions';

/**
 * `npm run check:content`: every rule the build applies to content/, without building the site.
 * The schemas and cross-file rules (validateContent), the editorial log, and every Markdown body
 * through the site's own remark plugins (references, footnote markers, <Quote>/<Example> ids).
 */
export async function checkContent(root: string = contentDir): Promise<string[]> {
  const snapshot = readContent(root);
  const problems = validateContent(snapshot);
  try {
    readRedactielog(root);
  } catch (error) {
    problems.push((error as Error).message);
  }
  problems.push(...checkEditions(root));
  try {
    // A footnote without text shows the editors' notice; without it the page would say nothing.
    const editorial = readEditorialText(root);
    if (snapshot.footnotes.some((f) => f.data.missing === true) && !editorial.some((e) => e.bij?.includes('voetnoot-ontbreekt'))) {
      problems.push('content/redactie/eigen-tekst.yaml: geen tekst met bij: [voetnoot-ontbreekt]; die melding staat bij elke voetnoot zonder tekst.');
    }
  } catch (error) {
    problems.push((error as Error).message);
  }
  const registry = registryFrom(snapshot);
  const plugins = guideMarkdown({ registry }).remarkPlugins as PluggableList;
  const markdown = (file: ContentFile, mdx: boolean) => {
    const processor = unified().use(remarkParse).use(mdx ? [remarkMdx] : []).use(remarkGfm).use(plugins);
    const vfile = new VFile({ path: file.path, value: file.body });
    try {
      processor.runSync(processor.parse(vfile), vfile);
    } catch (error) {
      const e = error as { reason?: string; message: string; line?: number; place?: { line?: number; start?: { line: number } } };
      const reason = e.reason ?? e.message;
      // The plugins' messages start with file:line; the parser's (invalid MDX) get them here.
      const line = e.line ?? e.place?.start?.line ?? e.place?.line;
      problems.push(reason.startsWith(file.file) ? reason : `${file.file}:${line ?? '?'}: ongeldige MDX: ${reason}`);
    }
  };
  for (const file of [...snapshot.pages, ...snapshot.themes, ...snapshot.steps]) markdown(file, true);
  for (const file of [...snapshot.footnotes, ...snapshot.examples, ...snapshot.achtergrond]) markdown(file, false);
  return [...new Set(problems)];
}
