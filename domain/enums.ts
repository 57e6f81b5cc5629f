// The one source of every enum the rules, the API and the UI share. They are declared once, in
// prisma/schema.prisma, and generated as plain objects and union types that the browser can import.
export * from "../prisma/generated/client/enums.ts";
