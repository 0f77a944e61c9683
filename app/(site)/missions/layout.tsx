import './missions.css';

// The map, timeline and post pages' styles, loaded only under /missions.
export default function MissionsLayout({ children }: { children: React.ReactNode }) {
  return children;
}
