// Strings of the observatory's maps area (issue 9).
export const observatoryMaps = {
  es: {
    'observatory.maps.legend': 'Leyenda',
    'observatory.maps.noData': 'Sin datos',
    'observatory.maps.noDataLabel': '{name}: sin datos',
    'observatory.maps.inset05201': 'Isla de Pascua',
    'observatory.maps.inset05104': 'Juan Fernández',
    'observatory.maps.insetNote': 'Isla de Pascua y el archipiélago Juan Fernández van en recuadros, a otra escala.',
  },
  en: {
    'observatory.maps.legend': 'Legend',
    'observatory.maps.noData': 'No data',
    'observatory.maps.noDataLabel': '{name}: no data',
    'observatory.maps.inset05201': 'Easter Island',
    'observatory.maps.inset05104': 'Juan Fernández',
    'observatory.maps.insetNote': 'Easter Island and the Juan Fernández Islands are shown in boxes, at another scale.',
  },
};
