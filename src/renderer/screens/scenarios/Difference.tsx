import { differenceText, verdictOf, VERDICT_WORDS, type Better } from './compare-figures';

/** A difference from the baseline: the sign says which way, the colour and words say if it helps. */
export function Difference(props: {
  difference: number;
  better: Better;
  unit?: { one: string; many: string };
}) {
  const verdict = verdictOf(props.difference, props.better);
  const words = VERDICT_WORDS[verdict];
  return (
    <span className={`difference ${verdict}`}>
      {differenceText(props.difference, props.unit)}
      {words && <span className="visually-hidden"> ({words})</span>}
    </span>
  );
}
