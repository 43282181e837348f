import { describe, expect, it } from 'vitest';
import { detect, memoryFiles } from '../engine.js';
import { parsers } from '../parsers/index.js';
import { cloudAndDataRules } from './cloud-and-data.js';

const run = async (dependencies: Record<string, string>) => {
  const content = JSON.stringify({ name: 'app', dependencies }, null, 2);
  const result = await detect(memoryFiles([{ path: 'package.json', content }]), {}, { rules: cloudAndDataRules, parsers });
  return result.tools.map((tool) => tool.slug).sort();
};

describe('the cloud and data rules', () => {
  it('name the service an SDK package is for, and the cloud it brings, but no other service of that cloud', async () => {
    expect(await run({ '@aws-sdk/client-sqs': '3.0.0' })).toEqual(['amazon-sqs', 'amazon-web-services']);
    expect(await run({ '@google-cloud/pubsub': '4.0.0' })).toEqual(['google-cloud-platform', 'google-cloud-pub-sub']);
    expect(await run({ '@azure/service-bus': '7.0.0' })).toEqual(['azure-service-bus', 'microsoft-azure']);
  });

  it('bring the database a hosted flavour or extension of it always runs on', async () => {
    expect(await run({ '@neondatabase/serverless': '1.0.0' })).toEqual(['neon', 'postgresql']);
    expect(await run({ pgvector: '0.2.0' })).toEqual(['pgvector', 'postgresql']);
  });

  it('leave packages of a vendor that are not its hosted product alone', async () => {
    // @vercel/ncc compiles Node packages; @types/node types Node: neither is a deployment platform or a service.
    expect(await run({ '@vercel/ncc': '0.38.0', '@types/node': '20.0.0', '@upstash/redis': '1.0.0' })).toEqual(['upstash']);
  });
});
