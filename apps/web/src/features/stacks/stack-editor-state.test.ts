import { describe, expect, it } from 'vitest';
import { addTool, groupByLayer, mergeImported, moveTool, parseDraft, placeInLayer, removeTool, stackRequestOf, type EditorTool } from './stack-editor-state.js';

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

  it('merges imported tools: listed ones keep their place and note and take the evidence, new ones go last; saving sends it', () => {
    const evidence = [{ file: 'package.json', line: 4, kind: 'npm', package: 'react', version: '^19.0.0', snippet: '"react": "^19.0.0"' }];
    const listed = [{ ...tool('a1', 'app'), note: 'kept' }, tool('d1', 'devops')];
    const merged = mergeImported(listed, [
      { ...tool('a1', 'app'), evidence, detected: { file: 'package.json', line: 4 } },
      { ...tool('n1', 'app'), evidence, detected: { file: 'package.json', line: 4 } },
    ]);
    expect(slugs(merged)).toEqual(['a1', 'd1', 'n1']);
    expect(merged[0]).toMatchObject({ note: 'kept', evidence, detected: { file: 'package.json', line: 4 } });
    expect(merged[1]!.evidence).toBeUndefined();
    const request = stackRequestOf({ name: 'x', description: '', websiteUrl: '', tools: merged }, ['app', 'devops']);
    expect(request.tools).toEqual([{ slug: 'a1', note: 'kept', evidence }, { slug: 'n1', note: null, evidence }, { slug: 'd1', note: null }]);
    // A draft keeps the evidence through a reload; evidence of the wrong shape is dropped, not the tool.
    const stored = JSON.parse(JSON.stringify({ name: 'x', description: '', websiteUrl: '', tools: merged }));
    expect(parseDraft(stored)?.tools).toEqual(merged);
    stored.tools[0].evidence = [{ file: 'package.json' }];
    expect(parseDraft(stored)?.tools[0]).toEqual({ ...merged[0], evidence: undefined });
  });
});
