// PostgreSQL's bytea as a Buffer on both drivers (pg gives a Buffer, PGlite a Uint8Array): uploaded files are stored
// in the database, so any stateless app process can serve them.
import { customType } from 'drizzle-orm/pg-core';

export const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});
