import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { guideMarkdown } from '../../src/plugins';
import { readMentions } from '../../src/content-model/mentions';
import { fixtureRegistry } from './registry';

/** Render Markdown through the site's real pipeline, as if it were the given content file. */
export async function renderGuide(markdown: string, file = '/content/themes/voorbeeld.mdx') {
  const processor = await createMarkdownProcessor(guideMarkdown({ registry: fixtureRegistry() }));
  const result = await processor.render(markdown, { fileURL: new URL(`file://${file}`) });
  return { html: result.code, ...readMentions(result.metadata.frontmatter) };
}

export const renderGuideMarkdown = async (markdown: string, file?: string) => (await renderGuide(markdown, file)).html;
