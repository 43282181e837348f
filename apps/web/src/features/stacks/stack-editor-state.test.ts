import { describe, expect, it } from 'vitest';
import { addTool, groupByLayer, moveTool, parseDraft, placeInLayer, removeTool, stackRequestOf, type EditorTool } from './stack-editor-state.js';

const tool = (slug: string, layer: string): EditorTool => ({ slug, name: slug.toUpperCase(), logoUrl: null, layer: { slug: layer, name: `Layer ${layer}` }, note: '' });
const tools = [tool('a1', 'app'), tool('d1', 'devops'), tool('a2', 'app'), tool('a3', 'app'), tool('d2', 'devops')];
const slugs = (list: EditorTool[]) => list.map((listed) => listed.slug);

describe('the stack editor state', () => {
  it('groups tools by layer in the taxonomy order, keeping the owner order inside each', () => {
    const layers = groupByLayer(tools, ['devops', 'app']);
    expect(layers.map((layer) => [layer.slug, slugs(layer.tools)])).toEqual([
      ['devops', ['d1', 'd2']],
      ['app', ['a1', 'a2', 'a3']],
    ]);
    expect(groupByLayer([tool('x', 'unknown'), tool('a', 'app')], ['app']).map((layer) => layer.slug)).toEqual(['app', 'unknown']);
  });

  it('moves a tool past its neighbour in the same layer only, and not past the edge', () => {
    expect(slugs(moveTool(tools, 'a2', 'up'))).toEqual(['a2', 'd1', 'a1', 'a3', 'd2']);
    expect(slugs(moveTool(tools, 'd1', 'down'))).toEqual(['a1', 'd2', 'a2', 'a3', 'd1']);
    expect(moveTool(tools, 'a1', 'up')).toBe(tools);
    expect(moveTool(tools, 'd2', 'down')).toBe(tools);
    expect(placeInLayer(moveTool(tools, 'a3', 'up'), 'a3')).toEqual({ index: 1, count: 3 });
  });

  it('adds a tool once and removes it', () => {
    expect(addTool(tools, tool('a1', 'app'))).toBe(tools);
    expect(slugs(removeTool(addTool(tools, tool('n', 'app')), 'a1'))).toEqual(['d1', 'a2', 'a3', 'd2', 'n']);
  });

  it('sends the tools in the order shown, without empty notes or an empty website', () => {
    const request = stackRequestOf({ name: 'N', description: '', websiteUrl: '  ', tools: [{ ...tools[0]!, note: 'why' }, ...tools.slice(1)] }, ['devops', 'app']);
    expect(request.websiteUrl).toBeNull();
    expect(request.tools).toEqual([
      { slug: 'd1', note: null },
      { slug: 'd2', note: null },
      { slug: 'a1', note: 'why' },
      { slug: 'a2', note: null },
      { slug: 'a3', note: null },
    ]);
  });

  it('reads back only drafts of the shape it writes', () => {
    const draft = { name: 'N', description: 'D', websiteUrl: '', tools: [tools[0]] };
    expect(parseDraft(JSON.parse(JSON.stringify(draft)))).toEqual(draft);
    expect(parseDraft({ ...draft, tools: [{ slug: 1 }] })).toBeNull();
    expect(parseDraft('text')).toBeNull();
    expect(parseDraft(null)).toBeNull();
  });
});
