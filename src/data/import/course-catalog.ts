import { distance } from 'fastest-levenshtein';
import { compactKey } from './keys';
import type { MappedRow } from './mapped-rows';

export interface CatalogCourse {
  code: string;
  name: string;
}

export type CourseLookup =
  { ok: true; code: string } | { ok: false; problem: 'unknown' | 'ambiguous'; message: string };

/**
 * Finds the course a person meant by a code, a name or one of the plan's aliases, ignoring
 * case, accents and punctuation ("sport btec" finds "Sport (BTEC)"). Codes win over aliases,
 * aliases over names.
 */
export class CourseCatalog {
  private readonly courses = new Map<string, CatalogCourse>();
  private readonly byCode = new Map<string, string>();
  private readonly byAlias = new Map<string, string>();
  private readonly byName = new Map<string, Set<string>>();

  constructor(
    courses: Iterable<CatalogCourse>,
    aliases: Iterable<{ alias: string; courseCode: string }> = [],
  ) {
    for (const course of courses) this.addCourse(course);
    for (const alias of aliases) this.addAlias(alias.alias, alias.courseCode);
  }

  /** Adds a course, or replaces the course with the same code (an import updating the plan). */
  addCourse(course: CatalogCourse): void {
    const code = course.code.toUpperCase();
    const previous = this.courses.get(code);
    if (previous) this.byName.get(compactKey(previous.name))?.delete(code);
    this.courses.set(code, course);
    this.byCode.set(compactKey(course.code), code);
    const nameKey = compactKey(course.name);
    this.byName.set(nameKey, (this.byName.get(nameKey) ?? new Set()).add(code));
  }

  addAlias(alias: string, courseCode: string): void {
    const code = courseCode.toUpperCase();
    if (this.courses.has(code)) this.byAlias.set(compactKey(alias), code);
  }

  /** The course whose code (not name or alias) is written this way. */
  byCodeKey(text: string): CatalogCourse | undefined {
    const code = this.byCode.get(compactKey(text));
    return code === undefined ? undefined : this.courses.get(code);
  }

  /** Courses other than `code` whose name is written this way. */
  othersNamed(text: string, code: string): CatalogCourse[] {
    const own = code.toUpperCase();
    return [...(this.byName.get(compactKey(text)) ?? [])]
      .filter((other) => other !== own)
      .flatMap((other) => this.courses.get(other) ?? []);
  }

  lookup(text: string): CourseLookup {
    const key = compactKey(text);
    const code = this.byCode.get(key) ?? this.byAlias.get(key);
    const course = code === undefined ? undefined : this.courses.get(code);
    if (course) return { ok: true, code: course.code };
    const named = [...(this.byName.get(key) ?? [])].flatMap((c) => this.courses.get(c) ?? []);
    if (named.length === 1 && named[0]) return { ok: true, code: named[0].code };
    if (named.length > 1) {
      return {
        ok: false,
        problem: 'ambiguous',
        message:
          `'${text}' is the name of more than one course (${named.map((c) => `'${c.code}'`).join(', ')}); ` +
          'use the course code instead.',
      };
    }
    const suggestion = this.closest(key);
    return {
      ok: false,
      problem: 'unknown',
      message: suggestion
        ? `unknown course '${text}' — did you mean ${this.describe(suggestion)}?`
        : `unknown course '${text}' — no course in the plan has that code, name or alias. ` +
          'Add the course to the subjects, or add an alias if it is another name for one.',
    };
  }

  /** "'Hi' (History)" */
  describe(code: string): string {
    const course = this.courses.get(code.toUpperCase());
    return course ? `'${course.code}' (${course.name})` : `'${code}'`;
  }

  /**
   * The course whose code, name or alias is closest to what was typed, when it is close enough
   * to be a slip (about one wrong letter in three) or contains it, e.g. "History GCSE".
   */
  private closest(key: string): string | null {
    if (key === '') return null;
    const candidates: [string, string][] = [
      ...this.byCode,
      ...this.byAlias,
      ...[...this.byName].flatMap(([name, codes]) =>
        [...codes].map((code): [string, string] => [name, code]),
      ),
    ];
    const allowed = Math.max(1, Math.floor(key.length / 3));
    let bestCode: string | null = null;
    let bestDistance = Infinity;
    for (const [candidate, code] of candidates) {
      const contains =
        Math.min(candidate.length, key.length) >= 4 &&
        (candidate.includes(key) || key.includes(candidate));
      const d = contains ? 0.5 : distance(key, candidate);
      if (d <= allowed && d < bestDistance) {
        bestCode = code;
        bestDistance = d;
      }
    }
    return bestCode;
  }
}

/** Looks up a course named in a cell, reporting an unknown or ambiguous one on that cell. */
export function courseInCell(
  row: MappedRow,
  field: string,
  text: string,
  catalog: CourseCatalog,
): string | undefined {
  const found = catalog.lookup(text);
  if (found.ok) return found.code;
  row.error(
    field,
    found.problem === 'unknown' ? 'unknown-course' : 'ambiguous-course',
    found.message,
  );
  return undefined;
}
