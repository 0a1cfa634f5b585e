// Tables of the proposals area of participation (see ../index.ts).
export {};
