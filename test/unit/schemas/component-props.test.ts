import { describe, expect, it } from 'vitest';
import { FieldReferencePropsSchema, PayloadExamplePropsSchema } from '../../../src/schemas/component-props.ts';
import { z } from '../../../src/schemas/zod.ts';

/** The props MDX authors give the payload components: a typo fails with what was expected. */
describe('component props', () => {
  it('accept the props the content uses', () => {
    expect(
      PayloadExamplePropsSchema.safeParse({ example: 'insomnia/examples/request-executed-2026', title: 'An example' })
        .success,
    ).toBe(true);
    expect(
      FieldReferencePropsSchema.safeParse({ event: 'Request Executed', example: 'insomnia/examples/x' }).success,
    ).toBe(true);
  });

  it('reject an empty example id and a misspelt prop, saying what was expected', () => {
    const result = PayloadExamplePropsSchema.safeParse({ example: '', titel: 'An example' });
    expect(result.success).toBe(false);
    const message = result.error ? z.prettifyError(result.error) : '';
    expect(message).toContain('expected an example id; it is empty');
    expect(message).toContain('titel');
    expect(message).toContain('expected a title as text');
  });

  it('reject a field reference without its event', () => {
    const result = FieldReferencePropsSchema.safeParse({ example: 'insomnia/examples/x' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('event');
  });
});
