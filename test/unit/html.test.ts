import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToText, isHtmlName } from '../../src/ingest/html.js';
import { OffsetMap } from '../../src/util/offset-map.js';
import { MODEL } from '../helpers/model.js';

/** The source stretch behind `word` (its first occurrence in the text). */
function sourceOf(html: string, word: string): string {
  const { text, map } = htmlToText(MODEL, html);
  const at = text.indexOf(word);
  expect(at, `${JSON.stringify(word)} in ${JSON.stringify(text)}`).toBeGreaterThanOrEqual(0);
  const { start, end } = map.toSource(at, at + word.length);
  return html.slice(start, end);
}

describe('htmlToText: the words of an HTML article', () => {
  it.each([
    // paragraphs and line breaks
    ['<p>One.</p><p>Two.</p>', 'One.\n\nTwo.'],
    ['<p>First<br>second</p>', 'First\nsecond'],
    ['<ul><li>a</li><li>b</li></ul>', 'a\n\nb'],
    // white space collapsed, none at the ends
    ['<p>  lasted\n     two   hours  </p>', 'lasted two hours'],
    // inline elements keep words whole
    ['<p>more than <strong>two</strong> hours</p>', 'more than two hours'],
    ['<p>Zelensk<em>yy</em></p>', 'Zelenskyy'],
    // entities decoded
    ['<p>AT&amp;T &ldquo;said&rdquo; Trump&rsquo;s&nbsp;call</p>', 'AT&T “said” Trump’s call'],
    ['<p>&#8220;yes&#x201D;</p>', '“yes”'],
    // left out: scripts, styles, navigation, forms, asides, footers, comments
    [
      '<body><nav>Home</nav><script>var a = "<p>x</p>";</script><style>p{}</style>' +
        '<p>Kept.</p><aside>Ad</aside><footer>(c)</footer><!-- note --></body>',
      'Kept.',
    ],
    ['<body><form><button>Go</button></form><p>Kept.</p><noscript>Enable JS</noscript></body>', 'Kept.'],
    // the narrowest region with words: <article>, else <main>, else <body>
    ['<body><p>Menu</p><article><p>Story.</p></article><p>More links</p></body>', 'Story.'],
    ['<body><p>Menu</p><main><p>Story.</p></main></body>', 'Story.'],
    ['<body><p>Menu</p><article></article><main><p>Story.</p></main></body>', 'Story.'],
    // the headline: the <h1>, else the <title>
    ['<html><head><title>Headline</title></head><body><p>Body.</p></body></html>', 'Headline\n\nBody.'],
    [
      '<html><head><title>Site - Headline</title></head><body><h1>Headline</h1><p>Body.</p></body></html>',
      'Headline\n\nBody.',
    ],
    // a fragment, and nothing at all
    ['Just text, no tags.', 'Just text, no tags.'],
    ['', ''],
    ['<html><body><script>x()</script></body></html>', ''],
    // broken markup is read, not refused
    ['<p>Unclosed <b>bold <p>next', 'Unclosed bold\n\nnext'],
  ])('%j → %j', (html, text) => {
    expect(htmlToText(MODEL, html).text).toBe(text);
  });

  it.each([
    ['<meta property="article:published_time" content="2025-08-19T08:30:00Z"><p>x</p>', '2025-08-19'],
    ['<meta name="date" content="2013-07-22"><p>x</p>', '2013-07-22'],
    ['<meta name="DC.date.issued" content="2011-11-10"><p>x</p>', '2011-11-10'],
    ['<article><time datetime="2024-02-01T10:00">Feb 1</time><p>x</p></article>', '2024-02-01'],
    ['<meta name="description" content="2025-01-01"><p>x</p>', undefined],
    ['<p>x</p>', undefined],
  ])('the date of %j is %s', (html, date) => {
    expect(htmlToText(MODEL, html).date).toBe(date);
  });

  it.each([
    // offsets point into the file: plain words, words across lines, entities taken whole
    ['<p>The call lasted\n   more than two hours.</p>', 'more than two hours', 'more than two hours'],
    ['<p>Trump&rsquo;s call</p>', 'Trump’s', 'Trump&rsquo;s'],
    ['<p>AT&amp;T said</p>', 'AT&T said', 'AT&amp;T said'],
    ['<p>lasted two\n  hours</p>', 'two hours', 'two\n  hours'],
    ['<p>more than <b>two</b> hours</p>', 'than two', 'than <b>two'],
    ['<head><title>Big &amp; small</title></head><p>x</p>', 'Big & small', 'Big &amp; small'],
  ])('in %j, %j comes from %j', (html, word, source) => {
    expect(sourceOf(html, word)).toBe(source);
  });

  it('names .html, .htm and .xhtml files', () => {
    expect(['a.html', 'b.HTM', 'c.xhtml', 'd.txt', 'html', 'e.md'].filter(isHtmlName)).toEqual([
      'a.html',
      'b.HTM',
      'c.xhtml',
    ]);
  });

  // Property: every character of the text comes from a stretch of the file that reads as it.
  const ENTITIES: Record<string, string> = {
    '&amp;': '&',
    '&rsquo;': '’',
    '&#8220;': '“',
    '&lt;': '<',
    '&eacute;': 'é',
  };
  const word = fc
    .array(fc.constantFrom('a', 'b', 'Z', '9', ...Object.keys(ENTITIES)), { minLength: 1, maxLength: 6 })
    .map((parts) => parts.join(''));
  const inline = fc
    .tuple(word, fc.constantFrom('', 'b', 'em', 'span'))
    .map(([w, tag]) => (tag ? `<${tag}>${w}</${tag}>` : w));
  const paragraph = fc
    .array(fc.tuple(inline, fc.constantFrom(' ', '\n  ', '  ', '&nbsp;')), { minLength: 1, maxLength: 6 })
    .map((ws) => ws.map(([w, s]) => w + s).join(''));
  const page = fc
    .array(fc.tuple(fc.constantFrom('p', 'div', 'li', 'h2'), paragraph), { minLength: 1, maxLength: 5 })
    .map((ps) => ps.map(([tag, p]) => `<${tag}>${p}</${tag}>`).join('\n'));

  it('maps every character back to the markup that reads as it', () => {
    fc.assert(
      fc.property(page, (html) => {
        const { text, map } = htmlToText(MODEL, html);
        for (let i = 0; i < text.length; i++) {
          if (/\s/.test(text[i] as string)) continue;
          const { start, end } = map.toSource(i, i + 1);
          const raw = html.slice(start, end);
          expect(ENTITIES[raw] ?? raw).toBe(text[i]);
        }
        expect(text).not.toMatch(/^\s|\s$|  /);
      }),
    );
  });
});

describe('OffsetMap', () => {
  it('joins copies and keeps replaced pieces whole', () => {
    const map = new OffsetMap();
    map.copy(0, 3); // "abc" ← source 0..3
    map.copy(3, 2); // "de"  ← source 3..5 (one piece with the first)
    map.replace(5, 6, 1); // "&"  ← "&amp;" + 1
    map.copy(20, 4); // "wxyz" ← source 20..24
    expect(map.length).toBe(10);
    expect(map.toSource(0, 5)).toEqual({ start: 0, end: 5 });
    expect(map.toSource(5, 6)).toEqual({ start: 5, end: 11 });
    expect(map.toSource(4, 7)).toEqual({ start: 4, end: 21 });
    expect(map.toSource(7, 9)).toEqual({ start: 21, end: 23 });
    expect(map.toSource(3, 3)).toEqual({ start: 3, end: 3 });
  });
});
