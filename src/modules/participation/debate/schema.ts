// Tables of the debate area of participation (see ../index.ts).
export {};
