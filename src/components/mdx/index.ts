// Components editors may use inside MDX without importing them (passed to <Content components>).
import Example from './Example.astro';
import Quote from './Quote.astro';

export const mdxComponents = { Quote, Example };
