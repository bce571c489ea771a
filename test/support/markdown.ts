import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { guideMarkdown } from '../../src/plugins';
import { fixtureRegistry } from './registry';

/** Render Markdown through the site's real pipeline, as if it were the given content file. */
export async function renderGuideMarkdown(markdown: string, file = '/content/themes/voorbeeld.mdx') {
  const processor = await createMarkdownProcessor(guideMarkdown({ registry: fixtureRegistry() }));
  const result = await processor.render(markdown, { fileURL: new URL(`file://${file}`) });
  return result.code;
}
