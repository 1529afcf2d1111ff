import type { analysisContract } from '../../shared/contract/analysis';
import type { HandlersFor, ServiceContext } from './context';

export function analysisHandlers(_context: ServiceContext): HandlersFor<typeof analysisContract> {
  return {};
}
