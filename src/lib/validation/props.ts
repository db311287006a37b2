import { AstroError } from 'astro/errors';
import type { z } from '../../schemas/zod.ts';
import { COMPONENT_PROPS, type ComponentName } from '../../schemas/component-props.ts';
import { didYouMean } from './did-you-mean.ts';

/** One problem with the props of a component as written in MDX. */
export interface PropProblem {
  /** The prop, e.g. `title`. */
  readonly path: string;
  readonly message: string;
  readonly hint: string;
}

/** Whether a tag name is a component MDX pages may use. */
export function isComponentName(name: string): name is ComponentName {
  return Object.hasOwn(COMPONENT_PROPS, name);
}

/** The problems of a component's props, in the words the content check and the render both use. */
export function propProblems(component: ComponentName, props: Record<string, unknown>): PropProblem[] {
  const result = COMPONENT_PROPS[component].schema.safeParse(props);
  return result.success ? [] : describeIssues(component, props, result.error.issues);
}

function describeIssues(
  component: ComponentName,
  props: Record<string, unknown>,
  issues: readonly z.core.$ZodIssue[],
): PropProblem[] {
  const { usage, ...rest } = COMPONENT_PROPS[component];
  const hints: Readonly<Record<string, string>> = 'hints' in rest ? rest.hints : {};
  return issues.flatMap((issue: z.core.$ZodIssue): PropProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      const known = Object.keys((COMPONENT_PROPS[component].schema as { shape?: object }).shape ?? {});
      return issue.keys.map((key) => ({
        path: key,
        message: `<${component}> has no prop "${key}"`,
        hint: `${didYouMean(key, known).trim()} Check its spelling; write ${usage}.`.trim(),
      }));
    }
    const prop = String(issue.path[0] ?? '');
    const missing = prop !== '' && !Object.hasOwn(props, prop);
    return [
      {
        path: issue.path.join('.'),
        message: missing
          ? `<${component}> needs the prop "${prop}"`
          : `the prop "${prop}" is invalid: ${issue.message}`,
        hint: `${issue.code === 'invalid_value' && typeof props[prop] === 'string' ? didYouMean(props[prop], issue.values.map(String)).trim() : ''} ${(!missing && hints[prop]) || `Write ${usage}.`}`.trim(),
      },
    ];
  });
}

/** The problem of an `example` prop that names no example payload. */
export function unknownExampleProblem(id: string, known: readonly string[]): PropProblem {
  const meant = didYouMean(id, known).trim();
  return {
    path: 'example',
    message: `no example payload has the id "${id}"`,
    hint: `${meant ? `${meant} ` : ''}Use the path of a JSON file under content/ without ".json"; known: ${[...known].sort().join(', ') || '(none)'}.`,
  };
}

/** Fails the render with the problems of a component's props: what is wrong, where, and how to fix it. */
export function failRender(component: ComponentName, page: string, problems: readonly PropProblem[]): never {
  throw new AstroError(
    `<${component}> on ${page} has invalid props:\n${problems.map((p) => `- ${p.path}: ${p.message}`).join('\n')}`,
    [...new Set(problems.map((p) => p.hint))].join(' '),
  );
}

/**
 * Checks the props a component got against its schema and returns them typed;
 * invalid props fail the render with an `AstroError` (message and hint).
 */
export function parseProps<C extends ComponentName>(
  component: C,
  props: Record<string, unknown>,
  page: string,
): z.output<(typeof COMPONENT_PROPS)[C]['schema']> {
  const result = COMPONENT_PROPS[component].schema.safeParse(props);
  if (!result.success) failRender(component, page, describeIssues(component, props, result.error.issues));
  return result.data as z.output<(typeof COMPONENT_PROPS)[C]['schema']>;
}
