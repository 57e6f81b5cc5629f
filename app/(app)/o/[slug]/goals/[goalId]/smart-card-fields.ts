import { graphql, type ResultOf } from "@/graphql/client/graphql";

/** The SMART checklist, as the API judges it. */
export const SmartCardFields = graphql(`
  fragment SmartCardFields on Goal @_unmask {
    __typename
    id
    smart {
      __typename
      criterion
      met
      label
      detail
    }
  }
`);

export type SmartCriteria = ResultOf<typeof SmartCardFields>["smart"];
