import { describe, expect, it } from 'vitest';
import { frameworkTabCss } from '~/lib/frameworkTabCss';

describe('frameworkTabCss', () => {
  const css = frameworkTabCss(['keras', 'tensorflow', 'pytorch', 'jax']);

  it('hides the other panels for every framework, a fourth one included', () => {
    for (const id of ['keras', 'tensorflow', 'pytorch', 'jax']) {
      expect(css).toContain(
        `[data-js][data-framework="${id}"] .framework-code:not(.framework-code--columns) > .variant:not([data-variant="${id}"]){display:none}`,
      );
      expect(css).toContain(`.tab[data-tab="${id}"]`);
    }
  });

  it('applies to side-by-side groups only on narrow screens, and never without JavaScript', () => {
    expect(css).toMatch(
      /@media \(max-width:64rem\)\{(\[data-js\]\[data-framework="[a-z]+"\] \.framework-code--columns > [^}]+\})+\}$/,
    );
    expect(
      css
        .split('}')
        .filter((rule) => rule.includes('display:none'))
        .every((rule) => rule.includes('[data-js]')),
    ).toBe(true);
  });
});
