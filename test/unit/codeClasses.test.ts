import githubDark from '@shikijs/themes/github-dark-default';
import githubLight from '@shikijs/themes/github-light-default';
import { describe, expect, it } from 'vitest';
import { classesForStyle, codeColourCss, styleToClassTransformer, themePalette } from '~/lib/codeClasses';

const palettes = { light: themePalette(githubLight), dark: themePalette(githubDark) };

describe('classesForStyle', () => {
  it('turns a token style into one class per scheme, case-insensitively', () => {
    expect(classesForStyle('--shiki-light:#CF222E;--shiki-dark:#FF7B72', palettes)).toEqual([
      'shl-cf222e',
      'shd-ff7b72',
    ]);
  });

  it('turns the block style into colour and background classes and drops the scroll rule', () => {
    expect(
      classesForStyle(
        '--shiki-light:#1f2328;--shiki-dark:#e6edf3;--shiki-light-bg:#ffffff;--shiki-dark-bg:#0d1117;overflow-x:auto',
        palettes,
      ),
    ).toEqual(['shl-1f2328', 'shd-e6edf3', 'shlb-ffffff', 'shdb-0d1117']);
  });

  it('gives shared font styles one class and skips inherited colours', () => {
    expect(
      classesForStyle(
        '--shiki-light:inherit;--shiki-dark:#ff7b72;--shiki-light-font-style:italic;--shiki-dark-font-style:italic',
        palettes,
      ),
    ).toEqual(['shd-ff7b72', 'sh-italic']);
  });

  it('fails, naming the declaration, for a colour the theme does not have or a style it does not know', () => {
    expect(() => classesForStyle('--shiki-light:#123456', palettes)).toThrow('--shiki-light:#123456');
    expect(() => classesForStyle('--shiki-light-bg:#1f2328', palettes)).toThrow('--shiki-light-bg:#1f2328');
    expect(() => classesForStyle('color:red', palettes)).toThrow('color:red');
    expect(() => classesForStyle('--shiki-light-font-style:italic;--shiki-dark-font-style:normal', palettes)).toThrow(
      'disagree on font-style',
    );
  });
});

describe('codeColourCss', () => {
  const css = codeColourCss(githubLight, githubDark);

  it('has a rule for every colour of both themes, setting the variable the site CSS reads', () => {
    for (const hex of palettes.light.foregrounds) expect(css).toContain(`.shl-${hex}{--shiki-light:#${hex}}`);
    for (const hex of palettes.dark.foregrounds) expect(css).toContain(`.shd-${hex}{--shiki-dark:#${hex}}`);
    expect(css).toContain('.shdb-0d1117{--shiki-dark-bg:#0d1117}');
    expect(css).toContain('.astro-code .sh-italic{font-style:italic}');
  });

  it('stays small: each theme has a few dozen colours at most', () => {
    expect(palettes.light.foregrounds.size).toBeGreaterThan(5);
    expect(css.length).toBeLessThan(4000);
  });
});

describe('styleToClassTransformer', () => {
  it('moves a style attribute into the class list, keeping existing classes', () => {
    const transformer = styleToClassTransformer(githubLight, githubDark);
    const pre = { properties: { class: 'astro-code', style: '--shiki-light:#1f2328;--shiki-dark:#e6edf3' } };
    transformer.pre(pre);
    expect(pre.properties).toEqual({ class: 'astro-code shl-1f2328 shd-e6edf3' });
  });
});
