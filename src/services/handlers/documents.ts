import { existsSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import type { documentsContract } from '../../shared/contract/documents';
import { withPlanExtension } from '../planner-services';
import { RecentPlans } from '../recent-plans';
import { ServiceError } from '../service-error';
import type { HandlersFor, ServiceContext } from './context';

export function documentsHandlers(context: ServiceContext): HandlersFor<typeof documentsContract> {
  const { session, hooks, exclusive } = context;
  const recent = new RecentPlans(context.preferences);

  // Every way of opening or creating a plan goes through the session, so the list follows
  // them all. The plan is open by then: a preferences file that cannot be written must not
  // turn that into a failure.
  session.onOpened((path) => {
    try {
      recent.record(path);
    } catch {
      // The list stays as it was; the plan is open all the same.
    }
  });

  return {
    listRecentPlans: () => recent.list(),

    openRecentPlan: ({ id }) =>
      exclusive(() => {
        const path = recent.pathFor(id);
        if (path === null) {
          throw new ServiceError(
            'not-found',
            'That plan is no longer in your recent plans. Open it with Open plan… instead.',
          );
        }
        if (!existsSync(path)) {
          throw new ServiceError(
            'not-found',
            `${basename(path)} is no longer in ${dirname(path)}. It may have been moved, ` +
              'renamed or deleted. Open it from where it is now with Open plan…, or remove it ' +
              'from your recent plans.',
          );
        }
        return session.open(path);
      }),

    forgetRecentPlan: ({ id }) => {
      recent.forget(id);
      return recent.list();
    },

    reopenLastPlan: () =>
      exclusive(() => {
        // A reloaded page catching up with the plan that is still open.
        if (session.isOpen) return session.info();
        const path = recent.mostRecent();
        if (path === null || !existsSync(path)) return null;
        return session.open(path);
      }),

    savePlanCopy: () =>
      exclusive(async () => {
        const { fileName } = session.info();
        const stem = fileName.slice(0, fileName.length - extname(fileName).length);
        const chosen = await hooks.choosePlanCopyPath(`${stem} copy.ks4`);
        if (chosen === null) return null;
        return session.saveCopy(withPlanExtension(chosen));
      }),
  };
}
