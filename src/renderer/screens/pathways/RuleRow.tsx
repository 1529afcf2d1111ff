import type { PathwaysView } from '../../../shared/contract/pathways';
import { RULE_KINDS, type RuleDraft, type RuleKind } from './rule-draft';

interface RuleRowProps {
  rule: RuleDraft;
  position: number;
  courses: PathwaysView['courses'];
  categories: string[];
  /** The rule in words as the plan reads it; null while it cannot be checked. */
  words: string | null;
  onChange(rule: RuleDraft): void;
  onRemove(): void;
}

/** One rule of a route: its kind, the courses or category it is about, and its number. */
export function RuleRow({
  rule,
  position,
  courses,
  categories,
  words,
  onChange,
  onRemove,
}: RuleRowProps) {
  const id = `rule-${rule.id}`;
  const counted = rule.kind === 'at-least' || rule.kind === 'at-most';
  return (
    <fieldset className="rule-row">
      <legend>Rule {position}</legend>
      <div className="rule-row-fields">
        <div className="rule-field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select
            id={`${id}-kind`}
            value={rule.kind}
            onChange={(event) => onChange({ ...rule, kind: event.target.value as RuleKind })}
          >
            {RULE_KINDS.map((entry) => (
              <option key={entry.kind} value={entry.kind}>
                {entry.label}
              </option>
            ))}
          </select>
        </div>
        {counted && (
          <div className="rule-field rule-count">
            <label htmlFor={`${id}-count`}>How many</label>
            <input
              id={`${id}-count`}
              type="number"
              min={rule.kind === 'at-most' ? 0 : 1}
              value={rule.count}
              onChange={(event) => onChange({ ...rule, count: event.target.value })}
            />
          </div>
        )}
        {rule.kind === 'must-include' ? (
          <div className="rule-field">
            <label htmlFor={`${id}-course`}>Course</label>
            <select
              id={`${id}-course`}
              value={rule.course}
              onChange={(event) => onChange({ ...rule, course: event.target.value })}
            >
              <option value="">Choose a course…</option>
              {courses.map((course) => (
                <option key={course.code} value={course.code}>
                  {course.name} ({course.code})
                </option>
              ))}
            </select>
          </div>
        ) : (
          <div className="rule-field">
            <label htmlFor={`${id}-from`}>From</label>
            <select
              id={`${id}-from`}
              value={rule.target}
              onChange={(event) =>
                onChange({ ...rule, target: event.target.value as RuleDraft['target'] })
              }
            >
              <option value="category">a category of courses</option>
              <option value="courses">courses I pick</option>
            </select>
          </div>
        )}
        {rule.kind !== 'must-include' && rule.target === 'category' && (
          <div className="rule-field">
            <label htmlFor={`${id}-category`}>Category</label>
            <select
              id={`${id}-category`}
              value={rule.category}
              onChange={(event) => onChange({ ...rule, category: event.target.value })}
            >
              <option value="">Choose a category…</option>
              {categories.map((category) => (
                <option key={category} value={category}>
                  {category}
                </option>
              ))}
            </select>
          </div>
        )}
        <button type="button" className="button small subtle rule-remove" onClick={onRemove}>
          Remove rule {position}
        </button>
      </div>
      {rule.kind !== 'must-include' && rule.target === 'courses' && (
        <fieldset className="rule-courses">
          <legend>Courses for rule {position}</legend>
          <div className="rule-course-list">
            {courses.map((course) => (
              <label key={course.code} htmlFor={`${id}-${course.code}`}>
                <input
                  id={`${id}-${course.code}`}
                  type="checkbox"
                  checked={rule.codes.includes(course.code)}
                  onChange={(event) =>
                    onChange({
                      ...rule,
                      codes: event.target.checked
                        ? [...rule.codes, course.code]
                        : rule.codes.filter((code) => code !== course.code),
                    })
                  }
                />
                {course.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {words && <p className="rule-words">Reads: a pupil on this route {words}.</p>}
    </fieldset>
  );
}
