/**
 * A type-level reader of the JSON Schemas in `src/api/openapi.ts`: `FromSchema<S, Defs>` is the
 * TypeScript type a value valid against schema `S` has. It covers exactly the keywords the
 * contract uses (object/properties/required/additionalProperties, string/integer/number/boolean/
 * null, enum, type arrays such as `['string', 'null']`, array/items and `$ref` to components);
 * an unknown shape becomes `never` so the contract test fails rather than passing vacuously.
 * Test-only: never shipped.
 */

/** The component schemas `$ref`s point into. */
export type Defs = Record<string, unknown>;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

type Mutable<T> = T extends readonly (infer U)[] ? U[] : T;

type RefName<R> = R extends `#/components/schemas/${infer Name}` ? Name : never;

type Primitive<T> = T extends 'string'
  ? string
  : T extends 'integer' | 'number'
    ? number
    : T extends 'boolean'
      ? boolean
      : T extends 'null'
        ? null
        : never;

type FromProperties<P, R extends readonly string[], D extends Defs> = Simplify<
  { -readonly [K in keyof P as K extends R[number] ? K : never]: FromSchema<P[K], D> } & {
    -readonly [K in keyof P as K extends R[number] ? never : K]?: FromSchema<P[K], D>;
  }
>;

type FromObject<S, D extends Defs> = S extends { properties: infer P }
  ? FromProperties<P, S extends { required: infer R extends readonly string[] } ? R : [], D>
  : S extends { additionalProperties: infer A extends object }
    ? Record<string, FromSchema<A, D>>
    : Record<string, unknown>;

/** The TypeScript type of values valid against JSON Schema `S`, with `$ref`s resolved in `D`. */
export type FromSchema<S, D extends Defs = Defs> = S extends { $ref: infer R }
  ? RefName<R> extends keyof D
    ? FromSchema<D[RefName<R>], D>
    : never
  : S extends { enum: infer E extends readonly unknown[] }
    ? Mutable<E>[number]
    : S extends { type: 'object' }
      ? FromObject<S, D>
      : S extends { type: 'array'; items: infer I }
        ? FromSchema<I, D>[]
        : S extends { type: infer T extends readonly string[] }
          ? Primitive<T[number]>
          : S extends { type: infer T extends string }
            ? Primitive<T>
            : never;
