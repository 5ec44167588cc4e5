/** What every reader that checks sources shares. */
import type { DataErrors } from '../errors.ts';
import type { CheckSource } from './sources.ts';
import type { Publisher } from './publish.ts';

export interface ReadContext {
  errors: DataErrors;
  source: CheckSource;
  publish: Publisher;
}
