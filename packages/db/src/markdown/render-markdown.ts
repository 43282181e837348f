import MarkdownIt from 'markdown-it';

/**
 * Markdown written by people, rendered so that it cannot run anything: raw HTML is shown as text, only
 * http(s) and mailto links survive, every link gets rel="nofollow ugc noopener" (we vouch for none of
 * them), and images are rendered as links, so a post cannot load content from elsewhere.
 *
 * It lives beside the tables because its output is stored: a decision's `html` column is this function of
 * its `body`, written with it (the API, the demo seed and the migration that added the column all call it).
 */
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false });
markdown.disable(['image']);

const SAFE_LINK = /^(https?:|mailto:)/i;
markdown.validateLink = (url: string) => SAFE_LINK.test(url.trim());

const renderLinkOpen = markdown.renderer.rules.link_open ?? ((tokens, index, options, _env, self) => self.renderToken(tokens, index, options));
markdown.renderer.rules.link_open = (tokens, index, options, env, self) => {
  const token = tokens[index]!;
  token.attrSet('rel', 'nofollow ugc noopener');
  token.attrSet('target', '_blank');
  return renderLinkOpen(tokens, index, options, env, self);
};

export function renderMarkdown(source: string): string {
  return markdown.render(source);
}
