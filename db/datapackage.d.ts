// The Frictionless Data Package library ships no types: the part the tests use.
declare module 'datapackage' {
  type Resource = {
    name: string;
    descriptor: { path: string };
    read(options?: { relations?: boolean }): Promise<unknown[][]>;
  };
  export const Package: {
    load(
      descriptor: string | object,
    ): Promise<{ valid: boolean; errors: Error[]; resources: Resource[] }>;
  };
  export function validate(descriptor: object): Promise<{ valid: boolean; errors: Error[] }>;
}
