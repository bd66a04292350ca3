import { describe, expect, it } from 'vitest';
import { richText, safeUrl } from '../../../packages/ui/src/rich-text';

const link = (href: string, label: string) => ({ href, label });

describe('safeUrl: only http(s) and page-relative URLs', () => {
  it.each([
    ['https://example.com/privacy', true],
    ['http://example.com/privacy', true],
    ['/privacy', true],
    ['privacy.html', true],
    ['../privacy', true],
    ['#cookies', true],
    ['?lang=de', true],
    ['//cdn.example/privacy', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['java\tscript:alert(1)', false],
    ['java\nscript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox(1)', false],
    ['mailto:dpo@example.com', false],
    ['', false],
    [undefined, false],
  ])('%j → %s', (url, ok) => {
    expect(safeUrl(url as string | undefined)).toBe(ok ? url : undefined);
  });
});

describe('richText: [label](url) becomes a link, nothing else is markup', () => {
  it('splits text and links', () => {
    expect(richText('Read [our policy](/privacy) and [terms](https://example.com/t).', link)).toEqual([
      'Read ', { href: '/privacy', label: 'our policy' }, ' and ', { href: 'https://example.com/t', label: 'terms' }, '.',
    ]);
  });

  it('an unsafe URL leaves its label as plain text', () => {
    expect(richText('Click [here](javascript:alert(document.cookie)) now', link)).toEqual(['Click ', 'here', ' now']);
    expect(richText('[x](data:text/html;base64,PHNjcmlwdD4=)', link)).toEqual(['', 'x', '']);
  });

  it('HTML stays text (the caller renders strings as Text nodes)', () => {
    expect(richText('<img src=x onerror=alert(1)> [a](/b)', link)).toEqual(['<img src=x onerror=alert(1)> ', { href: '/b', label: 'a' }, '']);
  });

  it('a URL with balanced parentheses, and text without links', () => {
    expect(richText('[wiki](https://en.wikipedia.org/wiki/HTTP_(protocol))', link)).toEqual(['', { href: 'https://en.wikipedia.org/wiki/HTTP_(protocol)', label: 'wiki' }, '']);
    expect(richText('No links [here] (or) there', link)).toEqual(['No links [here] (or) there']);
  });
});
