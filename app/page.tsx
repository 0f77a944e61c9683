import { defaultView } from '@/lib/staffing/address';
import { StaffingDashboard } from './_components/StaffingDashboard';

// Rendered once and served from the page cache until the data changes (db/page-cache/handler.cjs).
export default function HomePage() {
  return <StaffingDashboard view={defaultView} />;
}
