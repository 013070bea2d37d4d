/**
 * A small OData `$filter` interpreter, enough for what a stock client sends: comparisons (`eq ne gt ge
 * lt le`), `in (…)`, `and`, `or`, `not`, parentheses; string, number, boolean and date-time literals
 * (V2 `datetimeoffset'…'` / `datetime'…'`, V4 bare ISO-8601). Anything else is a FilterSyntaxError,
 * which the routes answer with 400 as SAP does.
 */
export class FilterSyntaxError extends Error {
  override name = 'FilterSyntaxError';
}

type Value = string | number | boolean | null;
export type Predicate = (row: Record<string, unknown>) => boolean;

const TOKEN = /\s*(?:(\()|(\))|(,)|'((?:[^']|'')*)'|(datetimeoffset|datetime)'([^']*)'|(\d{4}-\d{2}-\d{2}T[0-9:.]+(?:Z|[+-]\d{2}:\d{2}))|(-?\d+(?:\.\d+)?)(?![\w-])|([A-Za-z_][\w/]*))/y;

type Token = { kind: '(' | ')' | ',' } | { kind: 'literal'; value: Value } | { kind: 'word'; value: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) throw new FilterSyntaxError(`unexpected input at position ${at}: ${text.slice(at, at + 20)}`);
    if (m[1]) tokens.push({ kind: '(' });
    else if (m[2]) tokens.push({ kind: ')' });
    else if (m[3]) tokens.push({ kind: ',' });
    else if (m[4] !== undefined) tokens.push({ kind: 'literal', value: m[4].replace(/''/g, "'") });
    else if (m[5]) tokens.push({ kind: 'literal', value: dateValue(m[6]!) });
    else if (m[7]) tokens.push({ kind: 'literal', value: dateValue(m[7]) });
    else if (m[8]) tokens.push({ kind: 'literal', value: Number(m[8]) });
    else if (m[9] === 'true' || m[9] === 'false') tokens.push({ kind: 'literal', value: m[9] === 'true' });
    else if (m[9] === 'null') tokens.push({ kind: 'literal', value: null });
    else tokens.push({ kind: 'word', value: m[9]! });
  }
  return tokens;
}

function dateValue(text: string): number {
  const ms = Date.parse(/Z$|[+-]\d{2}:\d{2}$/.test(text) ? text : `${text}Z`);
  if (Number.isNaN(ms)) throw new FilterSyntaxError(`not a date-time: ${text}`);
  return ms;
}

const COMPARE: Record<string, (a: Value, b: Value) => boolean> = {
  eq: (a, b) => a === b,
  ne: (a, b) => a !== b,
  gt: (a, b) => a !== null && b !== null && a > b,
  ge: (a, b) => a !== null && b !== null && a >= b,
  lt: (a, b) => a !== null && b !== null && a < b,
  le: (a, b) => a !== null && b !== null && a <= b,
};

/** `fieldValue` turns a row's field into a comparable value (dates as epoch ms). */
export function parseFilter(text: string, fieldValue: (row: Record<string, unknown>, field: string) => Value): Predicate {
  const tokens = tokenize(text);
  let i = 0;
  const peekWord = (w: string) => tokens[i]?.kind === 'word' && (tokens[i] as { value: string }).value === w;
  const expect = (kind: Token['kind']) => {
    if (tokens[i]?.kind !== kind) throw new FilterSyntaxError(`expected ${kind} at token ${i + 1}`);
    return tokens[i++]!;
  };
  const literal = (): Value => {
    const t = tokens[i++];
    if (t?.kind !== 'literal') throw new FilterSyntaxError(`expected a literal at token ${i}`);
    return t.value;
  };
  const or = (): Predicate => {
    let left = and();
    while (peekWord('or')) {
      i++;
      const [l, r] = [left, and()];
      left = (row) => l(row) || r(row);
    }
    return left;
  };
  const and = (): Predicate => {
    let left = unary();
    while (peekWord('and')) {
      i++;
      const [l, r] = [left, unary()];
      left = (row) => l(row) && r(row);
    }
    return left;
  };
  const unary = (): Predicate => {
    if (peekWord('not')) {
      i++;
      const inner = unary();
      return (row) => !inner(row);
    }
    if (tokens[i]?.kind === '(') {
      i++;
      const inner = or();
      expect(')');
      return inner;
    }
    const field = expect('word') as { value: string };
    const op = expect('word') as { value: string };
    if (op.value === 'in') {
      expect('(');
      const values = [literal()];
      while (tokens[i]?.kind === ',') {
        i++;
        values.push(literal());
      }
      expect(')');
      return (row) => values.includes(fieldValue(row, field.value));
    }
    const compare = COMPARE[op.value];
    if (!compare) throw new FilterSyntaxError(`unknown operator ${op.value}`);
    const value = literal();
    return (row) => compare(fieldValue(row, field.value), value);
  };
  const predicate = or();
  if (i !== tokens.length) throw new FilterSyntaxError(`unexpected token ${i + 1}`);
  return predicate;
}
