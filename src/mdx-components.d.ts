import type { z } from './schemas/zod.ts';
import type { COMPONENT_PROPS } from './schemas/component-props.ts';

type Specs = typeof COMPONENT_PROPS;

/** Each page component's props as a page writes them: its schema's input, and content for those that hold some. */
type PageComponentProps = {
  [Name in keyof Specs]: z.input<Specs[Name]['schema']> &
    (Specs[Name] extends { readonly content: string } ? { children: unknown } : { children?: never });
};

declare global {
  /**
   * The components MDX pages use without importing them (src/components/page-components.ts), with their
   * props. The MDX language server reads this type, so an editor knows the components of a page in
   * content/ and checks the props written on them.
   */
  type MDXProvidedComponents = { [Name in keyof PageComponentProps]: (props: PageComponentProps[Name]) => unknown };
}

export {};
