import { describe, expectTypeOf, it } from 'vitest';

/**
 * The types editors get for the components of MDX pages (src/mdx-components.d.ts), checked by the type
 * check (`npm run check`, part of `npm test`): a wrong prop below would fail it.
 */
type Props<Name extends keyof MDXProvidedComponents> = Parameters<MDXProvidedComponents[Name]>[0];

describe('the components pages use, as editors see them', () => {
  it('knows each component’s props and which ones hold content', () => {
    expectTypeOf<Props<'Aside'>['type']>().toEqualTypeOf<'note' | 'tip' | 'caution' | 'danger' | undefined>();
    expectTypeOf<Props<'TabItem'>['label']>().toEqualTypeOf<string>();
    expectTypeOf<Props<'Tabs'>['children']>().toEqualTypeOf<unknown>();
    expectTypeOf<Props<'Verified'>['children']>().toEqualTypeOf<undefined>();
    const aside: Props<'Aside'> = { type: 'caution', children: 'text' };
    // @ts-expect-error: an aside of a kind that does not exist
    const wrong: Props<'Aside'> = { type: 'warning', children: 'text' };
    // @ts-expect-error: <Verified> takes no content
    const filled: Props<'Verified'> = { cite: 'analytics-gate', children: 'text' };
    // @ts-expect-error: a misspelt prop
    const misspelt: Props<'PayloadExample'> = { exampel: 'x', title: 't' };
    expectTypeOf([aside, wrong, filled, misspelt]).toBeArray();
  });
});
