// The feed of one view of the events explorer: `/events/feed.xml?actor=RU&kind=expulsion`.
export { GET, POST, PUT, PATCH, DELETE } from '../../../feed.xml/route';
