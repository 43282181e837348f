import type { MatcherKind } from '../types.js';

/**
 * The smallest tree in which a name of a kind shows: the file a rule's example is fired through, so the test
 * of every rule goes through the real parser of that kind.
 */
export function exampleFiles(kind: MatcherKind, name: string): Array<{ path: string; content: string }> {
  switch (kind) {
    case 'npm':
      return [{ path: 'package.json', content: JSON.stringify({ name: 'example', dependencies: { [name]: '1.0.0' } }, null, 2) }];
    case 'pypi':
      return [{ path: 'requirements.txt', content: `${name}==1.0\n` }];
    case 'rubygems':
      return [{ path: 'Gemfile', content: `source "https://rubygems.org"\n\ngem "${name}"\n` }];
    case 'maven': {
      const [group, artifact] = name.split(':');
      return [{
        path: 'pom.xml',
        content: `<project>\n  <modelVersion>4.0.0</modelVersion>\n  <groupId>com.example</groupId>\n  <artifactId>app</artifactId>\n  <version>1.0</version>\n  <dependencies>\n    <dependency>\n      <groupId>${group}</groupId>\n      <artifactId>${artifact}</artifactId>\n      <version>1.0</version>\n    </dependency>\n  </dependencies>\n</project>\n`,
      }];
    }
    case 'nuget':
      return [{ path: 'App.csproj', content: `<Project Sdk="Microsoft.NET.Sdk">\n  <ItemGroup>\n    <PackageReference Include="${name}" Version="1.0.0" />\n  </ItemGroup>\n</Project>\n` }];
    case 'hex':
      return [{ path: 'mix.exs', content: `defmodule Example.MixProject do\n  use Mix.Project\n\n  defp deps do\n    [\n      {:${name}, "~> 1.0"}\n    ]\n  end\nend\n` }];
    case 'cargo':
      return [{ path: 'Cargo.toml', content: `[package]\nname = "example"\nversion = "0.1.0"\n\n[dependencies]\n${name} = "1"\n` }];
    case 'gomod':
      return [{ path: 'go.mod', content: `module example.com/app\n\ngo 1.22\n\nrequire ${name} v1.0.0\n` }];
    case 'composer':
      return [{ path: 'composer.json', content: JSON.stringify({ name: 'example/app', require: { [name]: '^1.0' } }, null, 2) }];
    case 'docker':
      return [{ path: 'compose.yaml', content: `services:\n  app:\n    image: ${name}:1\n` }];
    case 'action':
      return [{ path: '.github/workflows/ci.yml', content: `on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ${name}@v1\n` }];
    case 'terraformProvider':
      return [{ path: 'versions.tf', content: `terraform {\n  required_providers {\n    example = {\n      source = "${name}"\n    }\n  }\n}\n` }];
    case 'terraformResource':
      return [{ path: 'main.tf', content: `resource "${name}" "example" {\n}\n` }];
    case 'helm':
      return [{ path: 'Chart.yaml', content: `apiVersion: v2\nname: app\nversion: 1.0.0\ndependencies:\n  - name: ${name}\n    version: 1.0.0\n    repository: https://charts.example.com\n` }];
    case 'apt':
      return [{ path: 'Dockerfile', content: `FROM scratch\nRUN apt-get update && apt-get install -y ${name}\n` }];
    case 'runtime':
      return [{ path: '.tool-versions', content: `${name} 1.0.0\n` }];
    case 'command':
      return [{ path: 'Procfile', content: `web: ${name} start\n` }];
    case 'addon':
      return [{ path: 'app.json', content: JSON.stringify({ name: 'example', addons: [name] }, null, 2) }];
    case 'file':
      return [{ path: name, content: '' }];
    case 'extension':
      return [1, 2, 3].map((n) => ({ path: `src/file${n}${name}`, content: '' }));
    case 'env':
      return [{ path: '.env', content: `${name}=value\n` }];
  }
}
