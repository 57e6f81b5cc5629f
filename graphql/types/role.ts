import "server-only";
import { Role } from "../../prisma/generated/client/enums.ts";
import { builder } from "../builder.ts";

export const RoleEnum = builder.enumType(Role, {
  name: "Role",
  description: "OWNER and ADMIN manage members; MEMBER edits goals; STAKEHOLDER only views.",
});
