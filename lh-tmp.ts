import { runLighthouse } from '/work/main/bench/lighthouse';
for (const path of process.argv.slice(2)) {
  const r = runLighthouse('http://127.0.0.1:3000', path);
  console.log(path, JSON.stringify(r.scores), JSON.stringify(r.metrics), r.failing.join('; '));
}
