/** A key of a JSON object, located in the JSON text. */
export interface JsonKey {
  /** Offset of the key's opening quote. */
  readonly start: number;
  /** Offset just after its closing quote. */
  readonly end: number;
  /** Dotted path of the field the key names, e.g. `context.os.name`; array items as `[0]`. */
  readonly path: string;
}

type Frame = { readonly kind: 'object'; key: string | undefined } | { readonly kind: 'array'; index: number };

function pathOf(stack: readonly Frame[], leaf: string): string {
  let out = '';
  for (const frame of stack.slice(0, -1)) {
    if (frame.kind === 'object') out += out === '' ? (frame.key ?? '') : `.${frame.key ?? ''}`;
    else out += `[${frame.index}]`;
  }
  return out === '' ? leaf : `${out}.${leaf}`;
}

/**
 * Finds every object key in a JSON text with the path of the field it names,
 * without parsing values. The text must be valid JSON (examples are checked
 * before they are highlighted).
 */
export function findJsonKeys(text: string): JsonKey[] {
  const keys: JsonKey[] = [];
  const stack: Frame[] = [];
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const end = j + 1;
      const top = stack.at(-1);
      if (expectKey && top?.kind === 'object') {
        const name = JSON.parse(text.slice(i, end)) as string;
        top.key = name;
        keys.push({ start: i, end, path: pathOf(stack, name) });
        expectKey = false;
      } else if (top?.kind === 'array') {
        top.index++;
      }
      i = end - 1;
    } else if (ch === '{') {
      if (stack.at(-1)?.kind === 'array') (stack.at(-1) as { index: number }).index++;
      stack.push({ kind: 'object', key: undefined });
      expectKey = true;
    } else if (ch === '[') {
      if (stack.at(-1)?.kind === 'array') (stack.at(-1) as { index: number }).index++;
      stack.push({ kind: 'array', index: -1 });
    } else if (ch === '}' || ch === ']') {
      stack.pop();
    } else if (ch === ',') {
      if (stack.at(-1)?.kind === 'object') expectKey = true;
    } else if (ch !== ' ' && ch !== '\n' && ch !== '\r' && ch !== '\t' && ch !== ':') {
      // A scalar inside an array counts as an item.
      const top = stack.at(-1);
      if (top?.kind === 'array' && /[-0-9tfn]/.test(ch ?? '')) {
        const prev = text.slice(0, i).trimEnd().at(-1);
        if (prev === '[' || prev === ',') top.index++;
      }
    }
  }
  return keys;
}
