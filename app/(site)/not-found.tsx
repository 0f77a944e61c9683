// A page of the site that finds nothing (an unknown event or article), inside its chrome.
export { PageNotFound as default } from './_components/PageNotFound';
