// Open Contracting IDs. A publisher registers a prefix with the Open Contracting Partnership ('ocds-' and six
// characters); the installation's is CABILDO_OCDS_OCID_PREFIX. Each process's ocid is fixed when it is created, so a
// later change of prefix never renames what was already published.
export const ocidForCall = (prefix: string, institutionSlug: string, callId: number) => `${prefix}-${institutionSlug}-${callId}`;
/** A call-off is its own process, named after its framework agreement (OCDS relatedProcesses 'framework'). */
export const ocidForCallOff = (agreementOcid: string, n: number) => `${agreementOcid}-co-${n}`;
