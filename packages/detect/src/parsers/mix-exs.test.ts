import { describe, expect, it } from 'vitest';
import { mixExsParser } from './mix-exs.js';
import { brief, fixture, parseWith, snippetsMatch } from './testing-1.js';

describe('mix.exs', () => {
  it('reads the deps list with its only: scopes, the Elixir version and the app', () => {
    const content = fixture('mix/mix.exs');
    const output = parseWith(mixExsParser, 'mix.exs', content);
    expect(output.problems).toEqual([]);
    expect(output.packageName).toBe('acme');
    expect(brief(output.signals)).toEqual([
      ['runtime', 'elixir', '~> 1.15', 8, 'runtime'],
      ['hex', 'phoenix', '~> 1.7.14', 23, 'runtime'],
      ['hex', 'phoenix_ecto', '~> 4.5', 24, 'runtime'],
      ['hex', 'ecto_sql', '~> 3.10', 25, 'runtime'],
      ['hex', 'postgrex', '>= 0.0.0', 26, 'runtime'],
      ['hex', 'phoenix_live_reload', '~> 1.2', 27, 'dev'],
      ['hex', 'credo', '~> 1.7', 28, 'dev'],
      ['hex', 'ex_machina', '~> 2.8', 29, 'test'],
      ['hex', 'oban', '~> 2.18', 30, 'runtime'],
      ['hex', 'heroicons', undefined, 33, 'runtime'],
      ['hex', 'jason', '~> 1.4', 36, 'runtime'],
      ['hex', 'redix', '~> 1.5', 37, 'runtime', 'commented out'],
      ['hex', 'bandit', '~> 1.5', 38, 'runtime'],
    ]);
    expect(snippetsMatch(output.signals, content)).toBe(true);
  });

  it('reads deps written as `defp deps, do: [...]`', () => {
    const content = 'defmodule Tiny.MixProject do\n  defp deps, do: [{:plug_cowboy, "~> 2.7"}, {:jason, "~> 1.4", only: :test}]\nend\n';
    expect(brief(parseWith(mixExsParser, 'mix.exs', content).signals)).toEqual([['hex', 'plug_cowboy', '~> 2.7', 2, 'runtime'], ['hex', 'jason', '~> 1.4', 2, 'test']]);
    const multi = 'defmodule Tiny.MixProject do\n  defp deps,\n    do: [\n      {:plug, "~> 1.16"}\n    ]\nend\n';
    expect(brief(parseWith(mixExsParser, 'mix.exs', multi).signals)).toEqual([['hex', 'plug', '~> 1.16', 4, 'runtime']]);
    const spread = 'defmodule Tiny.MixProject do\n  defp deps, do: [\n    {:plug, "~> 1.16"},\n    {:jason, "~> 1.4"}\n  ]\n\n  {:not_a_dep, 1}\nend\n';
    expect(brief(parseWith(mixExsParser, 'mix.exs', spread).signals)).toEqual([['hex', 'plug', '~> 1.16', 3, 'runtime'], ['hex', 'jason', '~> 1.4', 4, 'runtime']]);
  });

  it('leaves out deps that are folders of the same tree', () => {
    const content = 'defmodule X do\n  defp deps do\n    [\n      {:acme_lib, path: "../acme_lib"},\n      {:plug, "~> 1.16"}\n    ]\n  end\nend\n';
    expect(brief(parseWith(mixExsParser, 'mix.exs', content).signals)).toEqual([['hex', 'plug', '~> 1.16', 5, 'runtime']]);
  });

  it('reads an unfinished deps list as far as it goes', () => {
    const output = parseWith(mixExsParser, 'mix.exs', 'defmodule X do\n  defp deps do\n    [\n      {:plug, "~> 1.16"},\n      {:jason,\n');
    expect(brief(output.signals)).toEqual([['hex', 'plug', '~> 1.16', 4, 'runtime'], ['hex', 'jason', undefined, 5, 'runtime']]);
    expect(output.problems).toEqual(['not valid mix.exs: the deps function does not end']);
    expect(parseWith(mixExsParser, 'mix.exs', '\u0000\u0001{{{{').signals).toEqual([]);
  });
});
