import type { Cohort, Course, Pupil } from '../../../src/core/model';
import type { Pathway } from '../../../src/core/pathways/types';
import type { Solution } from '../../../src/core/solver/types';

/** A small year group with one pupil for each way a letter can turn out. */

function course(code: string, name: string): Course {
  return {
    code,
    name,
    maxGroupSize: 30,
    minGroupSize: 1,
    groups: null,
    blocksSpanned: 1,
    allowedBlocks: [],
    qualification: 'GCSE',
    category: code === 'Fr' ? 'language' : null,
  };
}

function pupil(upn: string, forename: string, surname: string, pathway: string | null): Pupil {
  return {
    upn,
    forename,
    surname,
    form: '9X',
    gender: null,
    disadvantaged: false,
    send: 'N',
    eal: false,
    priorAttainment: { score: null, band: null },
    pathway,
  };
}

export const lettersCohort: Cohort = {
  blocks: ['A', 'B', 'C'],
  courses: [
    course('Fr', 'French'),
    course('Gg', 'Geography'),
    course('Hi', 'History'),
    course('Ar', 'Art'),
    course('SUP', 'Supported Studies'),
  ],
  pupils: [
    pupil('U1', 'Amy', 'Able', 'EBACC'),
    pupil('U2', 'Ben', 'Brown', 'EBACC'),
    pupil('U3', 'Cara', 'Cole', null),
    pupil('U4', 'Dan', 'Dee', 'EBACC'),
    pupil('U5', 'Eve', 'Ede', 'SUPPORTED'),
    pupil('U6', 'Finn', 'Fox', 'EBACC'),
    pupil('U7', 'Gus', 'Gray', 'EBACC'),
  ],
  choices: [
    { upn: 'U1', choices: ['Fr', 'Hi', 'Ar'], reserves: ['Gg'] },
    { upn: 'U2', choices: ['Fr', 'Gg', 'Ar'], reserves: ['Hi'] },
    { upn: 'U3', choices: ['Hi', 'Ar', 'Fr'], reserves: [] },
    { upn: 'U4', choices: ['Gg', 'Hi', 'Fr'], reserves: [] },
    { upn: 'U5', choices: ['Ar', 'Hi'], reserves: [] },
    { upn: 'U6', choices: ['Fr', 'Gg', 'Ar'], reserves: [] },
    { upn: 'U7', choices: ['Fr', 'Hi'], reserves: [] },
  ],
  staff: [
    { code: 'JS', name: 'Ms J Smith', courses: ['Fr'], maxGroups: null, unavailableBlocks: [] },
  ],
};

export const lettersPathways: Pathway[] = [
  {
    code: 'EBACC',
    name: 'EBacc route',
    description: 'A language and a humanity alongside the core. It keeps every door open.',
    optionCount: 3,
    freeSlots: 0,
    rules: [{ kind: 'choose-one-of', from: { kind: 'category', category: 'language' } }],
    eligibility: { bands: [], note: '' },
  },
  {
    code: 'SUPPORTED',
    name: 'Supported route',
    description: 'Two options and Supported Studies.',
    optionCount: 3,
    freeSlots: 0,
    rules: [{ kind: 'must-include', course: 'SUP' }],
    eligibility: { bands: [], note: '' },
  },
];

const place = (upn: string, courseCode: string, group: string, reserve = false) => ({
  upn,
  course: courseCode,
  group,
  reserve,
});

export const lettersSolution: Solution = {
  groups: [
    { label: 'Fr1', course: 'Fr', blocks: ['A'], teacher: 'JS' },
    { label: 'Gg1', course: 'Gg', blocks: ['A'], teacher: null },
    { label: 'SUP1', course: 'SUP', blocks: ['A'], teacher: null },
    { label: 'Hi1', course: 'Hi', blocks: ['B'], teacher: null },
    { label: 'Ar1', course: 'Ar', blocks: ['C'], teacher: null },
  ],
  placements: [
    place('U1', 'Fr', 'Fr1'),
    place('U1', 'Hi', 'Hi1'),
    place('U1', 'Ar', 'Ar1'),
    place('U2', 'Fr', 'Fr1'),
    place('U2', 'Hi', 'Hi1', true),
    place('U2', 'Ar', 'Ar1'),
    place('U3', 'Hi', 'Hi1'),
    place('U3', 'Ar', 'Ar1'),
    place('U3', 'Fr', 'Fr1'),
    place('U4', 'Hi', 'Hi1'),
    place('U4', 'Fr', 'Fr1'),
    place('U5', 'SUP', 'SUP1'),
    place('U5', 'Ar', 'Ar1'),
    place('U5', 'Hi', 'Hi1'),
    place('U6', 'Fr', 'Fr1'),
    place('U6', 'Gg', 'Gg1'),
    place('U6', 'Ar', 'Ar1'),
    // Gus is in Art, which he never asked for.
    place('U7', 'Fr', 'Fr1'),
    place('U7', 'Hi', 'Hi1'),
    place('U7', 'Ar', 'Ar1'),
  ],
};
