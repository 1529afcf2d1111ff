import type { CourseDemandView } from '../../shared/api';

const NUMBER_COLUMNS: { key: keyof CourseDemandView; label: string }[] = [
  { key: 'firstChoice', label: 'First choices' },
  { key: 'total', label: 'All choices' },
  { key: 'reserve', label: 'Reserves' },
  { key: 'maxGroupSize', label: 'Max group size' },
  { key: 'groupsNeeded', label: 'Groups needed' },
];

export function DemandTable({ demand }: { demand: CourseDemandView[] }) {
  return (
    <div className="table-scroll">
      <table className="demand-table">
        <caption className="visually-hidden">
          Pupils choosing each course, and the groups needed at its maximum group size
        </caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Course</th>
            {NUMBER_COLUMNS.map((column) => (
              <th scope="col" className="number" key={column.key}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {demand.map((row) => (
            <tr key={row.code}>
              <td className="code">{row.code}</td>
              <th scope="row">{row.name}</th>
              {NUMBER_COLUMNS.map((column) => (
                <td className="number" key={column.key}>
                  {row[column.key]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
