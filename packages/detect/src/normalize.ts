import type { MatcherKind } from './types.js';

/** PEP 503: case-insensitive, and runs of "-", "_" and "." are one "-". */
export function normalizePypi(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/**
 * A container image reference as a name: the registry, the tag and the digest go, and so does Docker Hub's
 * "library/". "docker.io/library/postgres:16@sha256:..." is "postgres"; "ghcr.io/acme/api:1" is "acme/api".
 */
export function normalizeImage(reference: string): string {
  let name = reference.trim().toLowerCase();
  const at = name.indexOf('@');
  if (at >= 0) name = name.slice(0, at);
  const slash = name.lastIndexOf('/');
  const colon = name.lastIndexOf(':');
  if (colon > slash) name = name.slice(0, colon);
  const parts = name.split('/');
  if (parts.length > 1 && (parts[0]!.includes('.') || parts[0]!.includes(':') || parts[0] === 'localhost')) parts.shift();
  if (parts.length > 1 && parts[0] === 'library') parts.shift();
  return parts.join('/');
}

/** "actions/setup-node@v4" and "github/codeql-action/init@v3" are the actions "actions/setup-node", "github/codeql-action". */
export function normalizeAction(uses: string): string {
  const [path] = uses.trim().toLowerCase().split('@');
  return path!.split('/').slice(0, 2).join('/');
}

/** "registry.terraform.io/hashicorp/aws" and a bare "aws" (Terraform's default namespace) are "hashicorp/aws". */
export function normalizeTerraformProvider(source: string): string {
  const parts = source.trim().toLowerCase().split('/');
  if (parts.length === 1) return `hashicorp/${parts[0]}`;
  return parts.slice(-2).join('/');
}

/** The name a signal of this kind is matched by. */
export function normalizeName(kind: MatcherKind, name: string): string {
  switch (kind) {
    case 'pypi':
      return normalizePypi(name);
    case 'docker':
      return normalizeImage(name);
    case 'action':
      return normalizeAction(name);
    case 'terraformProvider':
      return normalizeTerraformProvider(name);
    case 'cargo':
      return name.trim().toLowerCase().replace(/_/g, '-');
    case 'gomod':
      // A module's major version suffix is the same project: github.com/redis/go-redis/v9.
      return name.trim().replace(/\/v\d+$/, '');
    case 'npm':
    case 'file':
      return name.trim();
    case 'env':
      return name.trim().toUpperCase();
    default:
      return name.trim().toLowerCase();
  }
}
