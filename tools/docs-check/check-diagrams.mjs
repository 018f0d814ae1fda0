// Parses every ```mermaid block under docs/ with Mermaid's own parser, so a diagram the harness wrote
// (harness replay --diagram, pasted into the pitfall pages) is known to render on GitHub and Azure DevOps.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { JSDOM } from 'jsdom';

const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');

const root = join(import.meta.dirname, '..', '..');
const files = (function walk(folder) {
  return readdirSync(folder).flatMap(name => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.md') ? [path] : [];
  });
})(join(root, 'docs'));

let diagrams = 0;
let failures = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/```mermaid\n([\s\S]*?)```/g)) {
    diagrams++;
    const line = text.slice(0, match.index).split('\n').length + 1;
    try {
      await mermaid.parse(match[1]);
    } catch (error) {
      failures++;
      console.error(`${relative(root, file)}:${line}: Mermaid cannot parse this diagram: ${String(error.message).split('\n').slice(0, 3).join(' ')}`);
    }
  }
}

console.log(`mermaid: ${diagrams} diagrams parsed, ${failures} failed`);
process.exit(failures === 0 ? 0 : 1);
