import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { builtPages } from '../support/dist';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Tailwind utilities and the build's inline styles/SVG are intended.
    'no-inline-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'no-trailing-whitespace': 'off',
    'long-title': 'off',
    'prefer-native-element': 'off',
    // MDX writes <br/>; both spellings are valid HTML.
    'void-style': 'off',
    // HTML5 allows ids that start with a digit (headings like "14 suggesties …").
    'valid-id': ['error', { relaxed: true }],
  },
});

describe('HTML validation (html-validate, recommended rules)', () => {
  it('every page is valid HTML', async () => {
    const problems: string[] = [];
    for (const page of builtPages()) {
      const report = await validator.validateString(page.html, page.path);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    expect(problems.slice(0, 50)).toEqual([]);
  });
});
