import type { Pathway } from './types';

/**
 * A starting set of routes for a school to edit, not a policy: the codes of the supported
 * route's fixed course and the categories follow the demo catalogue. Every route is open to
 * every band except the supported one, which is an agreed decision, never a default.
 */
export const STARTER_PATHWAYS: Pathway[] = [
  {
    code: 'EBACC',
    name: 'EBacc route',
    description:
      'A language and a humanity alongside the core subjects: the ' +
      'EBacc combination keeps sixth-form and university routes open.',
    optionCount: 4,
    freeSlots: 0,
    rules: [
      { kind: 'choose-one-of', from: { kind: 'category', category: 'language' } },
      { kind: 'choose-one-of', from: { kind: 'category', category: 'humanity' } },
    ],
    eligibility: {
      bands: [],
      note: 'High expectations for all: open to every pupil, whatever their prior attainment.',
    },
  },
  {
    code: 'OPEN',
    name: 'Open route',
    description:
      'A free choice of four options, with at most two vocational courses so that most of ' +
      'the programme stays GCSE.',
    optionCount: 4,
    freeSlots: 0,
    rules: [{ kind: 'at-most', count: 2, from: { kind: 'category', category: 'vocational' } }],
    eligibility: { bands: [], note: '' },
  },
  {
    code: 'SUPPORTED',
    name: 'Supported route',
    description:
      "Two options of the pupil's choosing and Supported Studies, extra literacy and numeracy " +
      'lessons, in three option slots: more time for English and maths, with GCSEs kept open.',
    optionCount: 3,
    freeSlots: 0,
    rules: [{ kind: 'must-include', course: 'SUP' }],
    eligibility: {
      bands: ['L'],
      note: 'Agree it with the pupil, their parents and the SENCo; review it each term.',
    },
  },
];
