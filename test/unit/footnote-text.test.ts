import { describe, expect, it } from 'vitest';
import { footnotePlainText } from '../../src/content-model/footnote-text';

describe('footnote tooltips show exactly the footnote text', () => {
  it('keeps underscores in URLs and file names', () => {
    expect(footnotePlainText('Zie <https://example.org/met_andere_ogen.pdf> en met_andere_ogen.pdf.')).toBe(
      'Zie https://example.org/met_andere_ogen.pdf en met_andere_ogen.pdf.',
    );
  });
  it('drops markup but keeps link texts and code', () => {
    expect(footnotePlainText('*Gelijk* **goed** van [start](bron:ser) en `code`.')).toBe('Gelijk goed van start en code.');
  });
  it('joins paragraphs with a space', () => {
    expect(footnotePlainText('Eerste.\n\nTweede.')).toBe('Eerste. Tweede.');
  });
});
