/**
 * Which option courses one teacher typically covers, by the course that a new teacher is
 * recruited for, with relative frequency: linguists teach two languages, historians often teach
 * RS, PE teachers teach the BTEC too. A course not listed is taught by its own specialists.
 */
export interface Specialism {
  courses: readonly string[];
  weight: number;
}

export const SPECIALISMS: Readonly<Record<string, readonly Specialism[]>> = {
  Fr: [
    { courses: ['Fr', 'Sp'], weight: 3 },
    { courses: ['Fr', 'Ge'], weight: 2 },
    { courses: ['Fr'], weight: 1 },
  ],
  Sp: [
    { courses: ['Sp', 'Fr'], weight: 3 },
    { courses: ['Sp'], weight: 2 },
  ],
  Ge: [
    { courses: ['Ge', 'Fr'], weight: 2 },
    { courses: ['Ge'], weight: 1 },
  ],
  La: [
    { courses: ['La', 'Fr'], weight: 1 },
    { courses: ['La', 'Hi'], weight: 1 },
  ],
  Hi: [
    { courses: ['Hi', 'RS'], weight: 2 },
    { courses: ['Hi'], weight: 2 },
    { courses: ['Hi', 'Gg'], weight: 1 },
  ],
  Gg: [
    { courses: ['Gg'], weight: 3 },
    { courses: ['Gg', 'Hi'], weight: 1 },
  ],
  RS: [
    { courses: ['RS', 'So'], weight: 2 },
    { courses: ['RS', 'Hi'], weight: 1 },
    { courses: ['RS'], weight: 1 },
  ],
  So: [
    { courses: ['So', 'Ps'], weight: 3 },
    { courses: ['So', 'RS'], weight: 1 },
  ],
  Ps: [
    { courses: ['Ps', 'So'], weight: 3 },
    { courses: ['Ps'], weight: 1 },
  ],
  CS: [
    { courses: ['CS'], weight: 2 },
    { courses: ['CS', 'Bu'], weight: 1 },
  ],
  Ar: [
    { courses: ['Ar', 'Ph'], weight: 3 },
    { courses: ['Ar'], weight: 1 },
  ],
  Ph: [
    { courses: ['Ph', 'Ar'], weight: 2 },
    { courses: ['Ph', 'Me'], weight: 1 },
  ],
  Dr: [
    { courses: ['Dr'], weight: 2 },
    { courses: ['Dr', 'Da'], weight: 1 },
  ],
  Da: [
    { courses: ['Da', 'PE'], weight: 1 },
    { courses: ['Da', 'Dr'], weight: 1 },
  ],
  Me: [
    { courses: ['Me'], weight: 1 },
    { courses: ['Me', 'Ph'], weight: 1 },
  ],
  PE: [
    { courses: ['PE', 'BTEC-Spt'], weight: 3 },
    { courses: ['PE'], weight: 1 },
  ],
  'BTEC-Spt': [{ courses: ['BTEC-Spt', 'PE'], weight: 1 }],
  Bu: [
    { courses: ['Bu'], weight: 2 },
    { courses: ['Bu', 'CS'], weight: 1 },
  ],
  FPN: [
    { courses: ['FPN'], weight: 2 },
    { courses: ['FPN', 'CD'], weight: 1 },
  ],
  DT: [
    { courses: ['DT', 'Eng'], weight: 3 },
    { courses: ['DT'], weight: 1 },
  ],
  Eng: [{ courses: ['Eng', 'DT'], weight: 1 }],
  'BTEC-HSC': [
    { courses: ['BTEC-HSC', 'CD'], weight: 3 },
    { courses: ['BTEC-HSC', 'So'], weight: 1 },
  ],
  CD: [
    { courses: ['CD', 'BTEC-HSC'], weight: 2 },
    { courses: ['CD', 'FPN'], weight: 1 },
  ],
};
