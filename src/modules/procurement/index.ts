// Compras y mercado GovTech (procurement, issue 8) — in progress. Built so far: the OCDS 1.1 tools every part of the
// module will publish through (ocds/): the merge routine that compiles releases into records (compiled and versioned
// releases, by the OCDS merging rules) and validation against the patched schema (lots, bids, techniques,
// awardCriteria, submissionTerms, partyDetails_scale) with the usual extra checks. No tables or pages yet: suppliers,
// calls, bids, evaluation, contracts and the marketplace come next.
//
// Public exports: the OCDS tools, used by the `cabildo ocds` command.
export { compileRecordPackage, loadMergeSchema } from './ocds/merge.js';
export { PATCHED_RELEASE_SCHEMA } from './ocds/schemas.js';
export { defaultSchemaDir, OcdsSchemaError, validatePackage, type Lang, type ValidationReport } from './ocds/validate.js';
