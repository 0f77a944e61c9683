// Embeds: the tracker's charts framed by other sites (app/embed/), and the code they paste.
import { escapeMarkup } from './escape-markup';

/** The message an embed sends its parent page whenever its content changes height. */
export const resizeMessage = 'diplomatic-staffing-tracker:resize';

/**
 * What an embed page runs: it tells the page that frames it how tall its content is, as
 * Datawrapper's responsive embeds do, and opens its links in a new tab, since the tracker's
 * own pages may not be framed.
 */
export const embedScript = `(function () {
  function send() {
    parent.postMessage({ type: '${resizeMessage}', height: document.documentElement.scrollHeight }, '*');
  }
  new ResizeObserver(send).observe(document.body);
  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[href]');
    if (link && !link.target) link.target = '_blank';
  }, true);
})();`;

/**
 * The code a newsroom pastes: the frame, and a listener that sets its height from the
 * embed's messages, taken only from the tracker's own origin.
 */
export function embedSnippet({
  src,
  title,
  height,
}: {
  src: string;
  title: string;
  height: number;
}) {
  const origin = new URL(src).origin;
  return [
    `<iframe src="${escapeMarkup(src)}" title="${escapeMarkup(title)}" height="${height}" style="width:100%;border:0" loading="lazy"></iframe>`,
    `<script>window.addEventListener("message",function(e){if(e.origin!==${JSON.stringify(origin)}||!e.data||e.data.type!=="${resizeMessage}")return;document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=e.data.height+"px"})});</script>`,
  ].join('\n');
}
