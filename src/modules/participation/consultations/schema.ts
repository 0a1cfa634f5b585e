// Tables of the consultations area of participation (see ../index.ts).
export {};
