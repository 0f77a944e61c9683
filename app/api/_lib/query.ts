/** Every query parameter, a repeated key (kind=a&kind=b) joined as a list, so none goes unchecked. */
export function queryObject(params: URLSearchParams): Record<string, string> {
  const object: Record<string, string> = {};
  for (const key of new Set(params.keys())) object[key] = params.getAll(key).join(',');
  return object;
}
