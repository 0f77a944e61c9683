import { defaultView } from '@/lib/staffing/view';
import { StaffingDashboard } from './_components/StaffingDashboard';

// Rendered once and served from the page cache until the data changes (db/page-cache.cjs).
export default function HomePage() {
  return <StaffingDashboard view={defaultView} />;
}
