import { builder } from "./builder.ts";
import "./types/role.ts";
import "./types/user.ts";
import "./types/organization.ts";
import "./types/membership.ts";

export const schema = builder.toSchema({ sortSchema: true });
