import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown.js';

describe('rendering people’s Markdown', () => {
  it('renders the usual Markdown', () => {
    const html = renderMarkdown('We chose **Puma** over *Unicorn*:\n\n- threads\n- `config/puma.rb`');
    expect(html).toContain('<strong>Puma</strong>');
    expect(html).toContain('<em>Unicorn</em>');
    expect(html).toContain('<li>threads</li>');
    expect(html).toContain('<code>config/puma.rb</code>');
  });

  it('shows raw HTML as text: a script tag never becomes one', () => {
    const html = renderMarkdown('Hello <script>alert(1)</script> and <img src=x onerror="alert(2)">');
    expect(html).not.toContain('<script');
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops javascript:, data: and vbscript: links, keeping their text inert', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html;base64,PHNjcmlwdD4=', 'vbscript:msgbox(1)']) {
      const html = renderMarkdown(`[click me](${url})`);
      expect(html, url).not.toMatch(/<a /);
      expect(html.toLowerCase(), url).not.toContain('href="javascript');
    }
  });

  it('marks every link nofollow ugc and opens it apart', () => {
    const html = renderMarkdown('See [the docs](https://puma.io) or https://example.org');
    expect(html).toContain('<a href="https://puma.io" rel="nofollow ugc noopener" target="_blank">the docs</a>');
    expect(html).toContain('<a href="https://example.org" rel="nofollow ugc noopener" target="_blank">https://example.org</a>');
  });

  it('does not load images', () => {
    const html = renderMarkdown('![tracker](https://evil.example/pixel.png)');
    expect(html).not.toMatch(/<img/i);
  });
});
