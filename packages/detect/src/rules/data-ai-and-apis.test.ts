import { describe, expect, it } from 'vitest';
import { detect, memoryFiles } from '../engine.js';
import { parsers } from '../parsers/index.js';
import { dataAiAndApisRules } from './data-ai-and-apis.js';

/** The shared tests prove every pattern fires; these prove the names that must not, and the ones that name two tools. */
const slugsOf = async (files: Array<{ path: string; content: string }>) =>
  (await detect(memoryFiles(files), {}, { rules: dataAiAndApisRules, parsers })).tools.map((tool) => tool.slug);
const npm = (...names: string[]) => ({ path: 'package.json', content: JSON.stringify({ dependencies: Object.fromEntries(names.map((name) => [name, '1.0.0'])) }) });
const pypi = (...names: string[]) => ({ path: 'requirements.txt', content: names.map((name) => `${name}\n`).join('') });

describe('the data, AI and API rules', () => {
  it('leave namesakes in shared scopes alone', async () => {
    // @mapbox/node-pre-gyp builds native modules; Qwik and Partytown share Builder.io's scope; npm `groq` is
    // Sanity's query language; paddlepaddle is Baidu's framework, not Paddle billing.
    expect(await slugsOf([npm('@mapbox/node-pre-gyp', '@builder.io/qwik', '@builder.io/partytown', 'groq')])).toEqual(['sanity']);
    expect(await slugsOf([pypi('paddlepaddle')])).toEqual([]);
  });

  it('name both the framework and the provider for a provider package, and Spark for PySpark', async () => {
    expect(await slugsOf([pypi('langchain-openai', 'pyspark')])).toEqual(['apache-spark', 'langchain', 'openai-api', 'pyspark']);
    expect(await slugsOf([npm('@ai-sdk/anthropic')])).toEqual(['anthropic-claude-api']);
  });

  it('match PyPI names however the file spells them', async () => {
    expect(await slugsOf([pypi('Great_Expectations', 'huggingface_hub', 'scikit_learn')])).toEqual(['great-expectations', 'hugging-face-hub', 'scikit-learn']);
  });
});
