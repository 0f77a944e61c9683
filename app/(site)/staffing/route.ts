import { defaultView, viewPath } from '@/lib/staffing/address';
import { staffingQuery } from '@/lib/staffing/address-schema';

// The range form's target without JavaScript: /staffing?scope=…&from=…&to=… redirects to
// the view's own address. Unreadable values fall back to the default view.
export function GET(request: Request) {
  const url = new URL(request.url);
  const params = Object.fromEntries([...url.searchParams].filter(([, value]) => value !== ''));
  const parsed = staffingQuery.safeParse(params);
  return Response.redirect(new URL(viewPath(parsed.success ? parsed.data : defaultView), url), 303);
}
