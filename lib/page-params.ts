/** A page's query as Next.js gives it: a repeated parameter arrives as a list. */
export type PageParams = Record<string, string | string[] | undefined>;

/** A parameter given once, or undefined (not given, or given more than once). */
export function singleParam(params: PageParams, name: string): string | undefined {
  const value = params[name];
  return typeof value === 'string' ? value : undefined;
}
