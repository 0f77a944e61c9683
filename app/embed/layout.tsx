import { embedScript } from '@/lib/embed';

// The charts other sites frame: no site chrome, a source line and a link back on each.
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="embed">
      {children}
      <script dangerouslySetInnerHTML={{ __html: embedScript }} />
    </div>
  );
}
