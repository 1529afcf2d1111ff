import { useCallback, useMemo, useRef, useState } from 'react';
import { MATRIX_ORDERS, orderCourses, type MatrixOrder } from '../../../core/coincidence';
import type {
  ChoicesAnalysisView,
  PupilsChoosingPairView,
} from '../../../shared/contract/analysis';
import { usePlannerApi } from '../../api-context';
import { usePlanner } from '../../store-context';
import { ClashMatrix, type MatrixCell } from './ClashMatrix';
import { PairPupils } from './PairPupils';

const ORDER_LABELS: Record<MatrixOrder, string> = {
  category: 'Category, then demand',
  demand: 'Demand',
  plan: 'As listed in the plan',
};

/** The clash matrix with the pupils behind the chosen cell beside it. */
export function ClashView({ analysis }: { analysis: ChoicesAnalysisView }) {
  const api = usePlannerApi();
  const showError = usePlanner((state) => state.showError);
  const [order, setOrder] = useState<MatrixOrder>('category');
  // Both belong to the figures they were chosen from: when the plan changes they lapse.
  const [selection, setSelection] = useState<{
    from: ChoicesAnalysisView;
    cell: MatrixCell;
  } | null>(null);
  const [answer, setAnswer] = useState<{
    from: ChoicesAnalysisView;
    pupils: PupilsChoosingPairView;
  } | null>(null);
  const selected = selection?.from === analysis ? selection.cell : null;
  const pupils = answer?.from === analysis ? answer.pupils : null;
  const latestRequest = useRef(0);

  const codes = useMemo(
    () =>
      orderCourses(
        analysis.courses,
        new Map(analysis.courses.map((course) => [course.code, course.total])),
        order,
      ),
    [analysis, order],
  );

  const select = useCallback(
    (cell: MatrixCell) => {
      setSelection({ from: analysis, cell });
      const request = ++latestRequest.current;
      void api.listPupilsChoosingBoth({ first: cell.first, second: cell.second }).then((result) => {
        // A slower answer to an earlier click must not replace the latest one.
        if (request !== latestRequest.current) return;
        if (result.ok) setAnswer({ from: analysis, pupils: result.value });
        else showError(result.error);
      });
    },
    [analysis, api, showError],
  );

  return (
    <section className="clash-view" aria-labelledby="clash-heading">
      <div className="clash-main choices-panel">
        <div className="panel-heading">
          <h2 id="clash-heading">Clash matrix</h2>
          <label className="order-picker">
            Order
            <select value={order} onChange={(event) => setOrder(event.target.value as MatrixOrder)}>
              {MATRIX_ORDERS.map((entry) => (
                <option key={entry} value={entry}>
                  {ORDER_LABELS[entry]}
                </option>
              ))}
            </select>
          </label>
        </div>
        <p className="panel-note">
          Pupils who chose both courses (reserves left out): courses chosen together by many should
          not share a block. The diagonal is the course itself. Choose a cell, or use the arrow keys
          and Enter, to list its pupils.
        </p>
        <ClashMatrix analysis={analysis} codes={codes} selected={selected} onSelect={select} />
      </div>
      <PairPupils
        analysis={analysis}
        selected={selected}
        pupils={
          pupils && selected && pupils.first === selected.first && pupils.second === selected.second
            ? pupils
            : null
        }
      />
    </section>
  );
}
