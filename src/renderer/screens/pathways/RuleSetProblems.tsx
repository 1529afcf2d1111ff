import type { RuleSetProblemView } from '../../../shared/contract/pathways';

const KIND_TITLES: Record<RuleSetProblemView['kind'], string> = {
  contradiction: 'No pupil could satisfy this',
  'unknown-course': 'Unknown course',
  'unknown-category': 'Unknown category',
  warning: 'Worth a look',
};

/** Problems with routes' rules, the ones no pupil could satisfy first. */
export function RuleSetProblems({ problems }: { problems: readonly RuleSetProblemView[] }) {
  const ordered = [...problems].sort(
    (a, b) => Number(a.kind === 'warning') - Number(b.kind === 'warning'),
  );
  return (
    <ul className="rule-problems">
      {ordered.map((problem, index) => (
        <li key={`${problem.pathway}-${index}`} className={`rule-problem ${problem.kind}`}>
          <span className="rule-problem-kind">{KIND_TITLES[problem.kind]}</span>
          <span>{problem.message}</span>
        </li>
      ))}
    </ul>
  );
}
