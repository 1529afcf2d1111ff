import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A static check that keeps the shell's security settings as they are: every source file in
 * electron/ and src/ is scanned for settings and calls that would weaken it, and each finding
 * names its file and line. (An off-the-shelf Electron security linter, electronegativity, was
 * considered; it needs network access to install and run, which the build machines do not
 * have, so these rules are checked here instead.) The window's options themselves are checked
 * value by value in window-options.test.ts and electron-main.test.ts.
 */

interface Rule {
  pattern: RegExp;
  why: string;
}

const RULES: Rule[] = [
  { pattern: /\bwebSecurity\s*:\s*false/, why: 'turns off the same-origin policy' },
  {
    pattern: /\ballowRunningInsecureContent\s*:\s*true/,
    why: 'lets an https page run http content',
  },
  {
    pattern: /\bnodeIntegration(?:InWorker|InSubFrames)?\s*:\s*true/,
    why: 'gives the page Node',
  },
  { pattern: /\bcontextIsolation\s*:\s*false/, why: "puts the preload in the page's world" },
  { pattern: /\bsandbox\s*:\s*false/, why: 'takes the renderer out of the sandbox' },
  { pattern: /\benableRemoteModule\b/, why: 'the remote module gives the page the main process' },
  { pattern: /\bexperimentalFeatures\s*:\s*true/, why: 'turns on untested browser features' },
  { pattern: /\benableBlinkFeatures\b/, why: 'turns on untested browser features' },
  { pattern: /\bwebviewTag\s*:\s*true/, why: 'lets the page embed other content' },
  { pattern: /\ballowpopups\b/i, why: 'lets embedded content open windows' },
  {
    // Only a fixed string: a URL or path from the page, a file or the network could open anything.
    pattern: /\b(?:openExternal|openPath|showItemInFolder)\s*\((?!\s*(['"])[^'"$]*\1\s*[,)])/,
    why: 'opens something outside the app from a string that is not a constant',
  },
  {
    pattern: /\bloadURL\s*\((?!\s*devServerUrl\s*\))/,
    why: 'loads a page other than the dev server (the built app uses loadFile)',
  },
  { pattern: /(?<![\w.])eval\s*\(/, why: 'runs a string as code' },
  { pattern: /\bnew\s+Function\s*\(/, why: 'runs a string as code' },
  { pattern: /\bdangerouslySetInnerHTML\b/, why: 'writes unescaped HTML into the page' },
  { pattern: /\.(?:innerHTML|outerHTML)\s*=|\binsertAdjacentHTML\s*\(/, why: 'writes raw HTML' },
  { pattern: /\bdocument\.write\s*\(/, why: 'writes raw HTML' },
  { pattern: /'unsafe-eval'/, why: 'lets the Content-Security-Policy run strings as code' },
];

const SCANNED_FOLDERS = ['electron', 'src'];
const SCANNED_EXTENSIONS = new Set(['.ts', '.tsx', '.js', '.mjs', '.cjs', '.html']);

interface Finding {
  file: string;
  line: number;
  text: string;
  why: string;
}

/** Build output (out, out-<name>) is bundled third-party code, not source: it is not scanned. */
const BUILD_OUTPUT = /(^|[\\/])out(-[^\\/]*)?([\\/]|$)/;

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && SCANNED_EXTENSIONS.has(extname(entry.name)))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !BUILD_OUTPUT.test(file));
}

/**
 * Blanks out comments, keeping line breaks so line numbers stay right: a comment that names a
 * dangerous setting to explain why it is not used is not a finding. `//` after a colon (a URL
 * in a string) is kept.
 */
function withoutComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, (_match, before: string) => before);
}

function scan(file: string, source: string): Finding[] {
  const findings: Finding[] = [];
  withoutComments(source)
    .split('\n')
    .forEach((line, index) => {
      for (const rule of RULES) {
        if (rule.pattern.test(line)) {
          findings.push({ file, line: index + 1, text: line.trim(), why: rule.why });
        }
      }
    });
  return findings;
}

describe('the security audit of the source', () => {
  it('finds nothing that weakens the shell in electron/ or src/', () => {
    const files = SCANNED_FOLDERS.flatMap(sourceFiles);
    // The preload, the main process and the renderer are all in scope.
    expect(files.some((file) => file.startsWith(join('electron', 'preload')))).toBe(true);
    expect(files.some((file) => file.startsWith(join('src', 'renderer')))).toBe(true);
    const findings = files.flatMap((file) => scan(relative('.', file), readFileSync(file, 'utf8')));
    const report = findings.map((f) => `${f.file}:${f.line}: ${f.why}: ${f.text}`);
    expect(report).toEqual([]);
  });

  it('reports each dangerous pattern with its file and line', () => {
    const sample = [
      "import { shell } from 'electron';",
      'const prefs = { webSecurity: false, sandbox: false };',
      'const more = { contextIsolation: false, nodeIntegration: true, webviewTag: true };',
      'shell.openExternal(link);',
      "shell.openExternal('https://example.com/help');",
      "win.loadURL('https://example.com/');",
      'win.loadURL(devServerUrl);',
      'eval(code); const f = new Function(body);',
      '<div dangerouslySetInnerHTML={{ __html: html }} />',
      '// webSecurity: false is never used; eval( in a comment is fine',
      "const policy = \"script-src 'self' 'unsafe-eval'\";",
      'const ok = evaluate(x) + retrieval(y);',
    ].join('\n');
    const found = scan('sample.ts', sample).map((f) => `${f.file}:${f.line}: ${f.why}`);
    expect(found).toEqual([
      'sample.ts:2: turns off the same-origin policy',
      'sample.ts:2: takes the renderer out of the sandbox',
      'sample.ts:3: gives the page Node',
      "sample.ts:3: puts the preload in the page's world",
      'sample.ts:3: lets the page embed other content',
      'sample.ts:4: opens something outside the app from a string that is not a constant',
      'sample.ts:6: loads a page other than the dev server (the built app uses loadFile)',
      'sample.ts:8: runs a string as code',
      'sample.ts:8: runs a string as code',
      'sample.ts:9: writes unescaped HTML into the page',
      'sample.ts:11: lets the Content-Security-Policy run strings as code',
    ]);
  });

  it('keeps line numbers right across block comments', () => {
    const sample = ['/* a comment', ' over lines */', 'const x = { sandbox: false };'].join('\n');
    expect(scan('b.ts', sample).map((f) => f.line)).toEqual([3]);
  });
});
