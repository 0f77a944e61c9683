export function StatCard({
  label,
  value,
  children,
}: {
  label: string;
  value: string;
  children?: React.ReactNode;
}) {
  return (
    <li className="card">
      <p className="card-label">{label}</p>
      <p className="card-value">{value}</p>
      {children}
    </li>
  );
}
