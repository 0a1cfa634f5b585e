// The methodology area's addresses (URL map of the observatory, issue 9).
export const METHODOLOGY_PATH = '/observatorio/metodologia';
export const VERSIONS_PATH = `${METHODOLOGY_PATH}/versiones`;
export const PREVIEW_PATH = `${METHODOLOGY_PATH}/vista-previa`;
export const SENSITIVITY_PATH = '/observatorio/sensibilidad';
export const INDICATORS_PATH = '/observatorio/indicadores';
export const versionPath = (version: number) => `${VERSIONS_PATH}/${version}`;
