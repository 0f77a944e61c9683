import SiteLayout from './(site)/layout';
import { PageNotFound } from './(site)/_components/PageNotFound';

// An address that names nothing: the not-found page, with the site's chrome.
export default function NotFound() {
  return (
    <SiteLayout>
      <PageNotFound />
    </SiteLayout>
  );
}
