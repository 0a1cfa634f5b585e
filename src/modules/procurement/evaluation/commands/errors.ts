// Refusals shared by the evaluation commands.
import { HttpError } from '../../../../core/http/errors.js';

/** Only the call's appointed evaluators declare and score. */
export const notEvaluator = () => new HttpError(403, 'forbidden', 'procurement.evaluation.error.notEvaluator');
