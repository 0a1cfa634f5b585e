// Integer pesos as Chileans read them: "$1.234.567" (es-CL), "$1,234,567" (en). One formatter for every procurement
// page, report and message, so an amount reads the same on the call, the bid, the report and the contract.
import { formatters, type Locale } from '../../core/i18n/index.js';

export const formatPesos = (amount: number, locale: Locale) => `$${formatters(locale).number.format(amount)}`;
