import { apiError } from './errors';

const handled = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
type Method = (typeof handled)[number];

/**
 * Handlers for every method a route does not have, so that they too answer in the one JSON
 * error shape: Next.js's own 405 has an empty body. (It answers HEAD and OPTIONS itself.)
 * Use: `export const { PUT, PATCH, DELETE } = otherMethods('GET', 'POST');`
 */
export function otherMethods(...allowed: Method[]): Record<Method, () => Response> {
  const allow = [...allowed, ...(allowed.includes('GET') ? ['HEAD'] : []), 'OPTIONS'];
  const refuse = () => {
    const response = apiError(
      405,
      'method_not_allowed',
      `expected ${allowed.join(' or ')} on this address`,
    );
    response.headers.set('allow', allow.join(', '));
    return response;
  };
  return Object.fromEntries(handled.map((method) => [method, refuse])) as Record<
    Method,
    () => Response
  >;
}
