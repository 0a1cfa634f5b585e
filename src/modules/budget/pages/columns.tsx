// Table columns the budget pages share: the three measures as money, right-aligned (core Table, views/components).
import type { ViewContext } from '../../../core/views/context.js';
import type { Column } from '../../../core/views/components/table.js';
import { MEASURE_NAMES } from '../babbage/model.js';
import type { Amounts } from './aggregate.js';
import { moneyOrDash } from './money.js';
import { measureName } from './names.js';

export const measureColumns = <Row,>(ctx: ViewContext, amounts: (row: Row) => Amounts): Column<Row>[] =>
  MEASURE_NAMES.map((m) => ({ header: measureName(ctx, m), numeric: true, cell: (row: Row) => moneyOrDash(amounts(row)[m], ctx.locale) }));
