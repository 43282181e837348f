import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { registryModule, terraformParser } from './terraform.js';
import { terraformLockParser } from './terraform-lock.js';

const fixture = (path: string) => readFileSync(new URL(`./fixtures/terraform/${path}`, import.meta.url), 'utf8');
const context = { readText: () => undefined };
const parse = (path: string, content = fixture(path)) => (path.endsWith('.lock.hcl') ? terraformLockParser : terraformParser).parse({ path, content }, context);
const brief = (path: string) => parse(path).signals.map((signal) => [signal.kind, signal.name, signal.line, signal.version]);

describe('Terraform', () => {
  it('reads *.tf and .terraform.lock.hcl', () => {
    expect(terraformParser.matches('infra/eks/main.tf')).toBe(true);
    expect(terraformParser.matches('main.tf.json')).toBe(false);
    expect(terraformLockParser.matches('infra/.terraform.lock.hcl')).toBe(true);
    expect(terraformParser.matches('infra/.terraform.lock.hcl')).toBe(false);
  });

  it('names required providers in both forms, and provider blocks by the source the file gives them', () => {
    expect(brief('versions.tf')).toEqual([
      ['terraformProvider', 'hashicorp/aws', 10, '~> 5.0'],
      ['terraformProvider', 'gavinbunney/kubectl', 13, '>= 1.14'],
      ['terraformProvider', 'random', 14, '~> 3.6'],
      ['terraformProvider', 'helm', 19, '2.13.1'],
      ['terraformProvider', 'hashicorp/aws', 25, undefined],
      ['terraformProvider', 'gavinbunney/kubectl', 29, undefined],
    ]);
    const { signals, problems } = parse('versions.tf');
    expect(signals[0]).toMatchObject({ snippet: 'source  = "hashicorp/aws"', scope: 'runtime' });
    expect(problems).toEqual([]);
  });

  it('names resource and data source types, and registry modules as module:<source>; comments and heredocs say nothing', () => {
    expect(brief('main.tf')).toEqual([
      ['terraformResource', 'module:terraform-aws-modules/eks/aws', 8, '20.8.4'],
      ['terraformResource', 'module:terraform-aws-modules/vpc/aws', 15, undefined],
      ['terraformResource', 'aws_ecr_repository', 26, undefined],
      ['terraformResource', 'aws_iam_policy_document', 31, undefined],
      ['terraformResource', 'aws_iam_role_policy', 37, undefined],
      ['terraformResource', 'aws_sns_topic', 46, undefined],
    ]);
    expect(parse('main.tf').problems).toEqual([]);
  });

  it('tells registry modules from local, git and URL sources', () => {
    expect(registryModule('app.terraform.io/acme/network/aws')).toBe('acme/network/aws');
    for (const source of ['./modules/x', '../x', 'git::https://x', 'github.com/acme/x', 'https://x/y.zip', 's3::https://b/k', 'acme/x']) expect(registryModule(source), source).toBeUndefined();
  });

  it('names each locked provider with its version', () => {
    expect(brief('.terraform.lock.hcl')).toEqual([
      ['terraformProvider', 'registry.terraform.io/hashicorp/aws', 4, '5.31.0'],
      ['terraformProvider', 'registry.terraform.io/gavinbunney/kubectl', 13, '1.14.0'],
    ]);
  });

  it('reads on past a block that never closes, and reports it', () => {
    const { signals, problems } = parse('broken.tf');
    expect(signals.map((signal) => [signal.name, signal.line])).toEqual([
      ['google_cloud_run_v2_service', 1],
      ['google_pubsub_topic', 4],
    ]);
    expect(problems).toEqual([
      'not valid HCL: a string that does not end, at line 2',
      'not valid HCL: resource opened at line 1 does not close',
      'not valid HCL: resource opened at line 4 does not close',
    ]);
    for (const junk of ['}}}{{{', '"\\', '/* never ends', 'x = <<EOF\nnever ends', '\u0000\uFFFD"${"${', 'a = "${x}"']) expect(() => parse('x.tf', junk), junk).not.toThrow();
  });

  it('reads every line of a file of several megabytes', () => {
    const block = 'resource "aws_s3_bucket" "b" {\n  bucket = "${var.x}-logs" # comment\n  tags = { a = "b" }\n}\n';
    const big = block.repeat(60_000);
    expect(parse('big.tf', big).signals).toHaveLength(60_000);
  });
});
