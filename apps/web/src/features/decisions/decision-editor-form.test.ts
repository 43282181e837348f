import { DECISION_MAX_TOOLS } from '@stackyard/domain';
import { describe, expect, it } from 'vitest';
import { checkDraft } from './decision-editor-form.js';
import { prefilledStack, prefilledTools } from './decision-editor-params.js';

describe('the decision form', () => {
  it('reads ?tools= as slugs, each once, dropping what is not a slug', () => {
    expect(prefilledTools('gunicorn,passenger')).toEqual(['gunicorn', 'passenger']);
    expect(prefilledTools(' Gunicorn , gunicorn,,no slug!,nginx')).toEqual(['gunicorn', 'nginx']);
    expect(prefilledTools(Array.from({ length: 12 }, (_, index) => `tool-${index}`).join(','))).toHaveLength(DECISION_MAX_TOOLS);
    expect(prefilledTools(null)).toEqual([]);
  });

  it('reads ?stack= only as one of the viewer’s stacks', () => {
    const stacks = [{ owner: 'Ada', slug: 'shop' }];
    expect(prefilledStack('ada/shop', stacks)).toBe('Ada/shop');
    expect(prefilledStack('ada/other', stacks)).toBe('');
    expect(prefilledStack('grace/shop', stacks)).toBe('');
    expect(prefilledStack(null, stacks)).toBe('');
  });

  it('checks a draft with the API’s own schema, one message per field', () => {
    expect(checkDraft({ body: 'Too short', tools: [], stack: '' })).toEqual({
      problems: { body: 'Must be at least 20 characters.', tools: 'Must name at least one tool.' },
    });
    expect(checkDraft({ body: '  We kept Gunicorn because it is simple.  ', tools: ['gunicorn'], stack: 'ada/shop' })).toEqual({
      request: { body: 'We kept Gunicorn because it is simple.', tools: ['gunicorn'], stack: 'ada/shop' },
    });
    expect(checkDraft({ body: 'We kept Gunicorn because it is simple.', tools: ['gunicorn'], stack: '' })).toEqual({
      request: { body: 'We kept Gunicorn because it is simple.', tools: ['gunicorn'] },
    });
  });
});
