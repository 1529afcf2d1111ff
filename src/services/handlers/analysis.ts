import { coincidenceMatrix, pupilsChoosingBoth } from '../../core/coincidence';
import { courseDemand } from '../../core/demand';
import { pupilDisplayName } from '../../core/model';
import { readChoices, readCourses, readPupils } from '../../data/plan/cohort-repository';
import type { analysisContract } from '../../shared/contract/analysis';
import { ServiceError } from '../service-error';
import type { HandlersFor, ServiceContext } from './context';

export function analysisHandlers({
  session,
}: ServiceContext): HandlersFor<typeof analysisContract> {
  return {
    getChoicesAnalysis: () => {
      const db = session.db;
      const courses = readCourses(db);
      const choices = readChoices(db);
      const demand = courseDemand({ courses, choices });
      const matrix = coincidenceMatrix(
        courses.map((course) => course.code),
        choices,
      );
      return {
        pupilsWithChoices: choices.filter((list) => list.choices.length > 0).length,
        courses: courses.map((course, index) => {
          const figures = demand[index];
          return {
            code: course.code,
            name: course.name,
            category: course.category,
            firstChoice: figures?.firstChoice ?? 0,
            total: figures?.total ?? 0,
            reserve: figures?.reserve ?? 0,
            maxGroupSize: course.maxGroupSize,
            groupsNeeded: figures?.groupsNeeded ?? 0,
            fixedGroups: course.groups,
          };
        }),
        coincidence: matrix.counts,
      };
    },

    listPupilsChoosingBoth: ({ first, second }) => {
      const db = session.db;
      const courses = readCourses(db);
      const find = (code: string) => {
        const course = courses.find((entry) => entry.code.toUpperCase() === code.toUpperCase());
        if (!course) {
          throw new ServiceError('invalid-edit', `The plan has no course with the code “${code}”.`);
        }
        return course.code;
      };
      const [a, b] = [find(first), find(second)];
      const choices = readChoices(db);
      const wanted = new Set(pupilsChoosingBoth(choices, a, b));
      const listOf = new Map(choices.map((list) => [list.upn, list]));
      return {
        first: a,
        second: b,
        // readPupils lists pupils by surname, then forename: the order a school expects.
        pupils: readPupils(db)
          .filter((pupil) => wanted.has(pupil.upn))
          .map((pupil) => ({
            upn: pupil.upn,
            name: pupilDisplayName(pupil),
            form: pupil.form,
            choices: listOf.get(pupil.upn)?.choices ?? [],
            reserves: listOf.get(pupil.upn)?.reserves ?? [],
          })),
      };
    },
  };
}
