import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import {
  ImportFailedError,
  importIntoPlan,
  type ImportIssue,
  type ImportRequest,
} from '../../../src/data/import';
import { openPlanFile, type PlanDatabase } from '../../../src/data/plan/plan-file';
import { makeTempDir } from '../plan/temp-plan';

export const FIXTURES = fileURLToPath(
  new URL('../../fixtures/real-world-shapes/', import.meta.url),
);

/** A temporary folder with a plan file in it, and a way to write import files beside it. */
export interface Workspace {
  dir: string;
  planPath: string;
  db: PlanDatabase;
  /** Writes a file (text is written as UTF-8) and returns its path. */
  write(name: string, content: string | Uint8Array): string;
  /** Copies a real-world fixture into the folder and returns its path. */
  fixture(name: string): string;
  reopen(): PlanDatabase;
  cleanup(): void;
}

export function makeWorkspace(): Workspace {
  const { dir, cleanup } = makeTempDir('ks4plan-import-');
  const planPath = join(dir, 'plan.ks4');
  const workspace: Workspace = {
    dir,
    planPath,
    db: openPlanFile(planPath, { create: true }),
    write(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    fixture(name) {
      const path = join(dir, name);
      copyFileSync(join(FIXTURES, name), path);
      return path;
    },
    reopen() {
      if (workspace.db.open) workspace.db.close();
      workspace.db = openPlanFile(planPath);
      return workspace.db;
    },
    cleanup() {
      if (workspace.db.open) workspace.db.close();
      cleanup();
    },
  };
  return workspace;
}

export const csv = (...lines: string[]): string => `${lines.join('\r\n')}\r\n`;

export const BLOCKS = ['A', 'B', 'C', 'D'];

export const SUBJECTS_CSV = csv(
  'code,name,max_group_size,min_group_size,groups,blocks_spanned,allowed_blocks,qualification,category',
  'Hi,History,30,10,2,1,,GCSE,humanity',
  'Gg,Geography,30,,,,,GCSE,humanity',
  'Fr,French,25,8,1,1,A;B,GCSE,language',
  'BTEC-HSC,Health & Social Care,20,6,,2,B;C,BTEC,vocational',
  'CS,Computer Science,28,,,,,GCSE,technology',
);

export const PUPILS_CSV = csv(
  'upn,surname,forename,form,gender,disadvantaged,send,eal,prior_attainment,pathway',
  'A100000000001,Smith,Amelia,10A,F,Y,N,N,104.5,',
  'A100000000002,Jones,Oliver,10B,M,N,K,Y,H,',
  'A100000000003,Ünal,Jack,10A,M,,E,,L,',
  "A100000000004,O'Brien,Chloé,10C,F,N,,N,,",
);

export const CHOICES_CSV = csv(
  'upn,choice_1,choice_2,choice_3,reserve_1,reserve_2',
  'A100000000001,Hi,Fr,CS,Gg,',
  'A100000000002,BTEC-HSC,Gg,,Hi,CS',
  'A100000000003,CS,Hi,Fr,,',
);

export const STAFF_CSV = csv(
  'code,name,subjects,max_groups,unavailable_blocks',
  'JSM,Jane Smith,Hi;Gg,3,',
  'PKN,Paul Khan,Fr,,D',
  'RAH,Rita Ahmed,BTEC-HSC;CS,4,A;B',
);

/** Runs an import that must fail and returns every issue it reported. */
export async function failedImport(
  db: PlanDatabase,
  request: ImportRequest,
): Promise<ImportIssue[]> {
  try {
    await importIntoPlan(db, request);
  } catch (error) {
    if (error instanceof ImportFailedError) return [...error.issues];
    throw error;
  }
  throw new Error('The import was expected to fail but succeeded.');
}

/** Matches one issue by where it is and what its message says. */
export function anIssue(expected: {
  severity?: ImportIssue['severity'];
  code?: ImportIssue['code'];
  file?: string | null;
  row?: number | null;
  column?: string | null;
  message: RegExp;
}): unknown {
  const { message, ...rest } = expected;
  return expect.objectContaining({
    severity: 'error',
    ...rest,
    message: expect.stringMatching(message),
  });
}

export const errorsOf = (issues: readonly ImportIssue[]): ImportIssue[] =>
  issues.filter((issue) => issue.severity === 'error');
