// Strings of the budget module's downloads: Fiscal Data Package, streamed CSV and JSON.
export const budgetDownloads = {
  es: {
    'budget.download.badQuery': 'La consulta no es válida: {detail}',
    'budget.fdp.title.ley': 'Ley de Presupuestos {year}: {institution}',
    'budget.fdp.title.ejecucion': 'Ejecución presupuestaria {year}: {institution}',
    'budget.fdp.description': 'Todos los registros del cubo {cube} de Cabildo: las hojas del clasificador presupuestario (partida, capítulo y programa; subtítulo, ítem y asignación) con sus nombres. Los niveles superiores se obtienen sumando. Montos en unidades enteras de la moneda de cada columna.',
    'budget.fdp.field.label': '{level}: nombre',
    'budget.fdp.field.amount': '{measure} ({currency})',
    'budget.fdp.field.amount.description': 'Unidades enteras de {currency}; vacío cuando la fuente no da esta medida o el registro es de otra moneda.',
    'budget.fdp.field.mes.description': 'Mes de la cifra de ejecución (1 a 12); vacío en una cifra anual, como la Ley.',
    'budget.fdp.field.direction.description': 'expenditure: gasto (subtítulos 21 a 35); revenue: ingreso (subtítulos 01 a 15).',
    'budget.fdp.field.tecnologia.description': 'Calculado por Cabildo al importar, con las reglas de gasto en tecnología vigentes; al importar este paquete se vuelve a calcular.',
  },
  en: {
    'budget.download.badQuery': 'The query is not valid: {detail}',
    'budget.fdp.title.ley': 'Budget Law {year}: {institution}',
    'budget.fdp.title.ejecucion': 'Budget execution {year}: {institution}',
    'budget.fdp.description': 'Every record of the Cabildo cube {cube}: the leaves of the Chilean budget classification (partida, capítulo and programa; subtítulo, ítem and asignación) with their names. Higher levels are sums. Amounts in whole units of each column\'s currency.',
    'budget.fdp.field.label': '{level}: name',
    'budget.fdp.field.amount': '{measure} ({currency})',
    'budget.fdp.field.amount.description': 'Whole units of {currency}; empty when the source does not give this measure or the record is in another currency.',
    'budget.fdp.field.mes.description': 'Month of an execution figure (1 to 12); empty for a yearly figure, such as the Budget Law.',
    'budget.fdp.field.direction.description': 'expenditure: spending (subtítulos 21 to 35); revenue: income (subtítulos 01 to 15).',
    'budget.fdp.field.tecnologia.description': 'Computed by Cabildo at import with the technology-spending rules then active; computed again when this package is imported.',
  },
} satisfies { es: Record<string, string>; en: Record<string, string> };
